// Search that explains itself and exports, in the built app in a real browser: a search ranks by
// relevance and shows each result's matching passage with the words marked; dotted acronyms match;
// a misspelt search offers "¿Quisiste decir…?"; the page's list downloads as a Spanish-Excel CSV;
// and the app's scripts travel compressed.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, screenshot } from './support/browser';
import { makeSeedsDir } from './support/seeds';
import { type RunningServer, startServer } from './support/server';

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

const query = () => new URL(page.url()).searchParams;
const marks = () => page.locator('.article-row .snippet mark').allTextContents();

async function search(text: string) {
  const box = page.getByRole('searchbox', { name: 'Buscar en los artículos' });
  await box.fill(text);
  await page.getByRole('button', { name: 'Buscar' }).click();
  await expect.poll(() => query().get('q')).toBe(text);
}

describe('search that explains itself', () => {
  it('sends the app’s scripts compressed, and caches them for good', async () => {
    await page.goto(server.url);
    await page.locator('.article-row').first().waitFor();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => {
          const r = e as PerformanceResourceTiming;
          return { name: r.name, encoded: r.encodedBodySize, decoded: r.decodedBodySize };
        }),
    );
    const encoded = scripts.reduce((sum, s) => sum + s.encoded, 0);
    const decoded = scripts.reduce((sum, s) => sum + s.decoded, 0);
    console.log(`first page JS: ${scripts.length} files, ${decoded} B decoded, ${encoded} B on the wire`);
    expect(encoded).toBeLessThan(decoded * 0.4);
    const res = await fetch(scripts[0]!.name, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('ranks a search by relevance and marks why each article matched', async () => {
    await search('tranvias');
    await expect.poll(async () => (await marks()).length).toBeGreaterThan(0);
    expect((await marks()).every((m) => /^tranv[ií]as?$/i.test(m))).toBe(true);
    expect(query().get('sort')).toBeNull();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Ordenar por' }).inputValue())
      .toBe('relevance');
    await screenshot(page, 'search-1-marked-extracts');
  });

  it('finds dotted acronyms', async () => {
    await search('EE.UU.');
    await expect.poll(marks).toContain('EEUU');
  });

  it('offers what a misspelt search most likely meant', async () => {
    await search('Jorje Salinas');
    const suggestions = page.locator('.suggestions');
    await suggestions.waitFor();
    expect(await suggestions.textContent()).toMatch(/^¿Quisiste decir .*jorge salinas/i);
    await suggestions.getByRole('link').first().click();
    await expect.poll(() => query().get('q')?.toLowerCase()).toBe('jorge salinas');
    await page.locator('.article-row').first().waitFor();
    await screenshot(page, 'search-2-after-suggestion');
  });

  it('downloads the searched list as a CSV for Spanish Excel', async () => {
    await search('tranvias');
    await page.locator('.article-row').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^teletipo-articles-.*\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header).toBe('url;date;title;place;agency;quotes;figures;speakers;entities;id');
    expect(first).toMatch(new RegExp(`^${server.url}/articles/[^;]+;2025-04-10;`));
    expect(first).toContain('Jorge Salinas presenta una nueva línea de tranvía en Lima');
  });
});
