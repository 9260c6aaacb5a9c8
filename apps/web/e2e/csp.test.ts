// The API sends a strict Content-Security-Policy with every response (apps/api/src/security-headers.ts).
// The built app must still work under it: the article list, an article, and the playground with its
// Monaco editor, workers and docs explorer, with no violation reported by the browser.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from './support/browser';
import { makeSeedsDir } from './support/seeds';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let removeSeeds: () => Promise<void>;
const violations: string[] = [];

beforeAll(async () => {
  const seeds = await makeSeedsDir();
  removeSeeds = seeds.remove;
  server = await startServer(seeds.dir);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  // Chromium reports each blocked script, style, worker or connection on the console.
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await removeSeeds?.();
});

describe('under the Content-Security-Policy', () => {
  it('is what the server sends', async () => {
    const res = await page.goto(server.url);
    expect(res?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });

  it('lists the articles and opens one', async () => {
    await page.goto(server.url);
    const link = page.locator('.article-row a').first();
    const title = (await link.textContent())!.trim();
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(violations).toEqual([]);
  });

  it('runs a query in the playground, with its docs explorer', async () => {
    await page.goto(`${server.url}/playground`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await page.getByRole('button', { name: /Execute query/i }).click();
    await expect
      .poll(async () => (await page.locator('.graphiql-response').textContent()) ?? '', { timeout: 20_000 })
      .toContain('totalCount');
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    // Monaco's workers start lazily: give them a moment to report a refusal if there is one.
    await page.waitForTimeout(1000);
    expect(violations).toEqual([]);
  });
});
