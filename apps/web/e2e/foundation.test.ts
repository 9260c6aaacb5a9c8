// Issue 2's thin path, walked in a real browser against the built app: the seed is listed, it opens,
// its paragraphs read as in the file; hostile text stays text; a bad file does not stop the others;
// the playground runs a query with no internet.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowOnly, type Browser, launchBrowser, screenshot } from './support/browser';
import { fixturesDir, seedsDir } from './support/paths';
import { readSeedFile, squash } from './support/seedFile';
import { makeSeedsDir } from './support/seeds';
import { type RunningServer, startServer } from './support/server';

const seedPath = join(
  seedsDir,
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]!,
);
const seed = readSeedFile(seedPath);
const scriptFixture = readSeedFile(join(fixturesDir, 'e2e-script-literal.txt'));
// The repository's seed plus every fixture except the malformed one.
const goodArticles = 1 + readdirSync(fixturesDir).filter((f) => f !== 'e2e-malformed.txt').length;

let server: RunningServer;
let browser: Browser;
let page: Page;
let removeSeeds: () => Promise<void>;

beforeAll(async () => {
  const seeds = await makeSeedsDir();
  removeSeeds = seeds.remove;
  server = await startServer(seeds.dir);
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await removeSeeds?.();
});

describe('the article list', () => {
  it('lists the seed article with its date and place', async () => {
    await page.goto(server.url);
    const row = page.locator('.article-row', { hasText: seed.title });
    await row.waitFor();
    expect(await row.locator('time').getAttribute('datetime')).toBe(seed.date);
    expect(await row.locator('.place').textContent()).toBe('Moscú');
    expect(await row.locator('.counts').textContent()).toMatch(/\d+ citas? · \d+ entidad(es)? · \d+ cifras?/);
    await screenshot(page, 'articles-list');
  });

  it('loads every good file and skips the malformed one, naming it in the server log', async () => {
    await expect.poll(() => page.locator('#results-heading').textContent()).toBe(`${goodArticles} artículos`);
    expect(server.log()).toContain('e2e-malformed.txt');
  });
});

describe('the article page', () => {
  it('opens from the list and shows the title, date, dateline and every paragraph', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: seed.title }).click();
    await page.getByRole('heading', { level: 1, name: seed.title }).waitFor();
    expect(await page.locator('.article-header time').getAttribute('datetime')).toBe(seed.date);
    expect(await page.locator('.dateline').textContent()).toMatch(/^Moscú, 12 nov \(EFE\)$/);
    // Without marks the paragraphs read exactly as in the file (as rendered: the hidden notes that
    // explain each mark to screen readers are not part of the text a reader sees or copies).
    await page.getByRole('checkbox', { name: /Citas/ }).uncheck();
    const paragraphs = (await page.locator('.article-body p').allInnerTexts()).map(squash);
    expect(paragraphs).toEqual(seed.paragraphs);
    await screenshot(page, 'article-page');
  });

  it('shows markup inside an article as text and never runs it', async () => {
    await page.goto(server.url);
    await page.locator('.article-row a', { hasText: '<script>alert("titular")</script>' }).click();
    await page.getByRole('heading', { level: 1, name: scriptFixture.title }).waitFor();
    const body = squash((await page.locator('.article-body').textContent()) ?? '');
    expect(body).toContain('<script>window.teletipoXss = true</script>');
    expect(body).toContain('<img src=x onerror="window.teletipoXss = true">');
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { teletipoXss?: boolean }).teletipoXss)).toBeUndefined();
    await screenshot(page, 'article-script-literal');
  });

  it('says so when an article does not exist', async () => {
    await page.goto(`${server.url}/articles/no-such-article`);
    await page.getByRole('heading', { level: 1, name: 'Artículo no encontrado' }).waitFor();
  });
});

describe('the playground', () => {
  it('runs a query with no internet access', async () => {
    const offline = await browser.context.newPage();
    const blocked = await allowOnly(offline, server.url);
    await offline.goto(`${server.url}/playground`);
    await offline.locator('.graphiql-container').waitFor();
    // The example tab is ready to run; wait until the schema has loaded, then run it.
    await offline.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await offline.getByRole('button', { name: /Execute query/i }).click();
    const response = async () =>
      squash(((await offline.locator('.graphiql-response').textContent()) ?? '').replace(/\u00a0/g, ' '));
    await expect.poll(response, { timeout: 20_000 }).toContain(`"totalCount": ${goodArticles}`);
    await screenshot(offline, 'playground');
    expect(blocked).toEqual([]);
    await offline.close();
  });
});
