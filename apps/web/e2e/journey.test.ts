// Issue 7's user path through the built app in a real browser: search → filter by entity → open an
// article → see a marked quote with its speaker → entity page → quotes view → sort figures → run a
// playground query offline. Every page is checked with axe and photographed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowOnly, type Browser, launchBrowser, screenshot, seriousA11yViolations } from './support/browser';
import { fixturesDir, seedsDir } from './support/paths';
import { readSeedFile, squash } from './support/seedFile';
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

/** The newest date among the seed and fixture articles, read from the files themselves. */
function latestArticleDate(): string {
  const files = [
    ...readdirSync(seedsDir).map((f) => join(seedsDir, f)),
    ...readdirSync(fixturesDir).map((f) => join(fixturesDir, f)),
  ].filter((f) => f.endsWith('.txt') && !f.endsWith('e2e-malformed.txt'));
  return files
    .map((f) => readSeedFile(f).date)
    .sort()
    .at(-1)!;
}

const titles = () => page.locator('.article-row h3').allTextContents();
const query = () => new URL(page.url()).searchParams;

async function expectAccessible(name: string) {
  expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
}

describe('a reader’s path through Teletipo', () => {
  it('searches the articles in Spanish, accents and plurals aside', async () => {
    await page.goto(server.url);
    await page.locator('.article-row').first().waitFor();
    await expectAccessible('the article list');
    await page.getByRole('searchbox', { name: 'Buscar en los artículos' }).fill('tranvias');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect.poll(titles).toEqual(['Jorge Salinas presenta una nueva línea de tranvía en Lima']);
    expect(query().get('q')).toBe('tranvias');
    await screenshot(page, 'journey-1-search');
  });

  it('goes back to the unfiltered list with the browser’s back button', async () => {
    await page.goBack();
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(1);
    expect(query().get('q')).toBeNull();
    expect(await page.getByRole('searchbox', { name: 'Buscar en los artículos' }).inputValue()).toBe('');
  });

  it('filters by an entity chosen with the autocomplete', async () => {
    // Keyboard only: type, arrow down to the suggestion, Enter.
    const picker = page.getByRole('combobox', { name: 'Mencionan a' });
    await picker.fill('Quiro');
    await page.getByRole('option', { name: /Marta Quiroga/ }).waitFor();
    await picker.press('ArrowDown');
    expect(await picker.getAttribute('aria-activedescendant')).toBeTruthy();
    await picker.press('Enter');
    await expect
      .poll(async () => (await titles()).sort())
      .toEqual([
        'Jorge Salinas presenta una nueva línea de tranvía en Lima',
        'Marta Quiroga anuncia un plan de vivienda social para Lima',
      ]);
    expect(query().getAll('entity')).toHaveLength(1);
    // The chosen entity shows as a removable chip, and the monthly chart follows the filter.
    await page.getByRole('button', { name: 'Quitar Marta Quiroga' }).waitFor();
    await expect.poll(() => page.locator('[data-chart="timeline"] .timeline-table tbody tr').count()).toBe(2);
    await screenshot(page, 'journey-2-entity-filter');
  });

  it('narrows further from the facet sidebar, and the URL keeps every filter', async () => {
    await page.locator('.facet', { hasText: 'Jorge Salinas' }).first().click();
    await expect.poll(() => query().getAll('entity').length).toBe(2);
    // The facets refetch under the new filter; the chosen one comes back pressed.
    await expect
      .poll(() => page.locator('.facet[aria-pressed="true"]', { hasText: 'Jorge Salinas' }).count())
      .toBeGreaterThan(0);
    // A shared link restores the same view.
    const shared = page.url();
    const other = await browser.context.newPage();
    await other.goto(shared);
    await other.locator('.article-row').first().waitFor();
    expect((await other.locator('.article-row h3').allTextContents()).sort()).toEqual(
      (await titles()).sort(),
    );
    await other.close();
  });

  it('opens an article and shows the quote marked with its speaker', async () => {
    await page
      .getByRole('link', { name: 'Marta Quiroga anuncia un plan de vivienda social para Lima' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Marta Quiroga anuncia/ }).waitFor();
    const quote = page.locator('mark.quote', { hasText: 'Queremos que ninguna familia espere' });
    await quote.waitFor();
    expect(await quote.getAttribute('data-speaker')).toMatch(/Quiroga/);
    const tag = page.locator('.speaker-tag', { hasText: /Quiroga/ }).first();
    expect(await tag.isVisible()).toBe(true);
    // The side panel lists who is quoted, with the same colour as the marks.
    const speakers = page.locator('.speakers > li', { hasText: /Quiroga/ });
    await speakers.waitFor();
    await expectAccessible('the article page');
    await screenshot(page, 'journey-3-article');
  });

  it('follows a #quote link to the quote and marks it', async () => {
    const link = page.locator('.quote-link', { hasText: 'Queremos que ninguna familia' });
    await link.click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#quote-/);
    const target = page.locator('mark.quote.is-target');
    await target.waitFor();
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    // Reloading with the fragment lands on the same quote.
    await page.reload();
    await page.locator('mark.quote.is-target').waitFor();
    expect(await page.locator('mark.quote.is-target').isVisible()).toBe(true);
  });

  it('opens the speaker’s entity page from the text', async () => {
    await page.locator('a.mention', { hasText: 'Marta Quiroga' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Marta Quiroga' }).waitFor();
    await page.getByRole('heading', { name: 'Lo que ha dicho' }).waitFor();
    await page.locator('.quote-card', { hasText: 'Queremos que ninguna familia' }).waitFor();
    await page.locator('.related a', { hasText: 'Jorge Salinas' }).waitFor();
    // Its articles load beside the charts and the network: wait for them rather than race them.
    await expect.poll(() => page.locator('.entity-page .article-row').count(), { timeout: 10_000 }).toBe(2);
    await expectAccessible('the entity page');
    await screenshot(page, 'journey-4-entity');
  });

  it('finds the quote in the quotes view by text and kind', async () => {
    await page.getByRole('link', { name: 'Citas', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Citas' }).waitFor();
    await page.getByRole('searchbox', { name: 'Buscar en el texto de las citas' }).fill('familia');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await page.getByRole('combobox', { name: 'Tipo de cita' }).selectOption('yes');
    await expect.poll(() => page.locator('.quote-card').count()).toBe(1);
    const card = page.locator('.quote-card');
    expect(squash((await card.textContent()) ?? '')).toMatch(/Queremos que ninguna familia.*Quiroga/);
    expect(query().get('direct')).toBe('yes');
    await expectAccessible('the quotes view');
    await screenshot(page, 'journey-5-quotes');
  });

  it('sorts figures by value both ways', async () => {
    await page.getByRole('link', { name: 'Cifras', exact: true }).click();
    await page.locator('.figures-table tbody tr').first().waitFor();
    const values = async () =>
      await page
        .locator('.figures-table tbody td.num')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    const descending = await values();
    expect(descending.length).toBeGreaterThan(3);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.getByRole('button', { name: /^Valor/ }).click();
    await expect.poll(() => query().get('sort')).toBe('value-asc');
    await expect.poll(values).toEqual([...descending].sort((a, b) => a - b));
    await expectAccessible('the figures view');
    await screenshot(page, 'journey-6-figures');
  });

  it('exports the figures as CSV, one row per figure', async () => {
    const total = Number(((await page.locator('#figures-heading').textContent()) ?? '').match(/\d+/)?.[0]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^teletipo-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'url,date,title,text,kind,value,unit,approximate,qualifier,subject,context,entities,id',
    );
    expect(lines).toHaveLength(total + 1);
  });

  it('runs an example query in the playground with no internet', async () => {
    const blocked = await allowOnly(page, server.url);
    await page.getByRole('link', { name: 'Playground' }).click();
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await page.getByRole('button', { name: /Execute query/i }).click();
    const response = async () =>
      squash(((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\u00a0/g, ' '));
    await expect.poll(response, { timeout: 20_000 }).toContain('"totalCount"');
    // The docs explorer knows the schema.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await expectAccessible('the playground with its docs explorer');
    await screenshot(page, 'journey-7-playground');
    expect(blocked).toEqual([]);
    await page.unroute('**/*');
  });

  it('answers unknown addresses with a 404 page', async () => {
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Página no encontrada' }).waitFor();
    await expectAccessible('the 404 page');
  });
});

describe('keyboard and failure handling', () => {
  it('starts with a skip link that moves focus to the content', async () => {
    await page.goto(server.url);
    await page.locator('.article-row').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Saltar al contenido');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('moves through the monthly chart with the arrow keys and filters by the chosen month', async () => {
    await page.goto(server.url);
    // The plot is one tab stop: a slider over the months.
    const slider = page.locator('[data-chart="timeline"]').getByRole('slider');
    await slider.waitFor();
    await slider.focus();
    await page.keyboard.press('End');
    // End lands on the newest month, which holds exactly the newest article.
    const newest = latestArticleDate();
    const [year, month] = newest.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-valuetext')))
      .toMatch(new RegExp(`${year}: 1 artículo$`));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => [query().get('from'), query().get('to')])
      .toEqual([`${newest.slice(0, 7)}-01`, `${newest.slice(0, 7)}-${lastDay}`]);
    await expect.poll(async () => (await titles()).length).toBe(1);
  });

  it('shows an error with a retry button when the API cannot be reached, and recovers', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${server.url}/quotes`);
    const retry = page.getByRole('button', { name: 'Reintentar' });
    await retry.waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/No se pudo cargar/);
    await screenshot(page, 'error-state');
    await page.unroute('**/graphql');
    await retry.click();
    await page.locator('.quote-card').first().waitFor();
  });
});

describe('on a 375 px phone screen', () => {
  it('fits the width and keeps the filters one tap away', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto(server.url);
    await phone.locator('.article-row').first().waitFor();
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const toggle = phone.getByRole('button', { name: /^Filtros/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await phone.getByRole('combobox', { name: 'Mencionan a' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, 'phone-articles');
    const firstTitle = phone.locator('.article-row h3 a').first();
    await firstTitle.click();
    await phone.locator('.article-body').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(phone, 'phone-article');
    for (const view of ['quotes', 'figures']) {
      await phone.goto(`${server.url}/${view}`);
      await phone
        .locator(view === 'quotes' ? '.quote-card' : '.figures-table tbody tr')
        .first()
        .waitFor();
      expect(await overflow(), view).toBeLessThanOrEqual(0);
      await screenshot(phone, `phone-${view}`);
    }
    await phone.close();
  });
});
