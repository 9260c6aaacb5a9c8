// Hundreds of articles: the list keeps only the rows near the viewport in the page, loads the next
// page before the reader reaches the end, and still reaches the very last article.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, screenshot } from './support/browser';
import { writeGeneratedArticles } from './support/generate';
import { type RunningServer, startServer } from './support/server';

const COUNT = 400;

let server: RunningServer;
let browser: Browser;
let page: Page;
let seeds: string;

beforeAll(async () => {
  seeds = await mkdtemp(join(tmpdir(), 'teletipo-e2e-many-'));
  await writeGeneratedArticles(seeds, COUNT);
  server = await startServer(seeds);
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(seeds, { recursive: true, force: true });
});

describe('a long article list', () => {
  it('renders a window of rows while scrolling through every page', async () => {
    await page.goto(server.url);
    await expect
      .poll(() => page.locator('#results-heading').textContent(), { timeout: 60_000 })
      .toBe(`${COUNT} artículos`);
    const rows = page.locator('.virtual-list > li');
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(COUNT));

    let mostRows = 0;
    for (let step = 0; step < 200; step++) {
      mostRows = Math.max(mostRows, await rows.count());
      const last = Number(await rows.last().getAttribute('aria-posinset'));
      if (last === COUNT) break;
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(60);
    }
    // The last article is reached, yet the page never held more than a screenful or two of rows.
    expect(Number(await rows.last().getAttribute('aria-posinset'))).toBe(COUNT);
    expect(mostRows).toBeLessThan(60);
    expect(await page.locator('.article-row').count()).toBeLessThan(60);
    await screenshot(page, 'long-list-end');
  });

  it('returns to the same place in the list after reading an article', async () => {
    await page.mouse.wheel(0, -6000);
    await page.waitForTimeout(200);
    const title = await page.locator('.article-row h3 a').nth(3).textContent();
    const link = page.getByRole('link', { name: title!, exact: true });
    // Clicking scrolls a partly hidden link into view first; measure after that.
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(2000);
    await link.click();
    await page.getByRole('heading', { level: 1, name: title! }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: title! }).waitFor();
    // The same row is back at (within a few pixels of) the same place.
    await expect
      .poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - before))
      .toBeLessThan(10);
  });
});
