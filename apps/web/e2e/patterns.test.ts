// The views that show patterns rather than lists, walked in a real browser over generated articles
// (six invented people across eight cities and three years): readable timelines with Spanish month
// labels, the comparison page, the co-occurrence network, the entity directory and the quote filters.
// Every view is checked with axe.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from './support/browser';
import { writeGeneratedArticles } from './support/generate';
import { screenshotsDir } from './support/paths';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let seeds: string;

beforeAll(async () => {
  seeds = await mkdtemp(join(tmpdir(), 'teletipo-e2e-patterns-'));
  await writeGeneratedArticles(seeds, 90);
  // Our own article with two fragments («histórico», «Es un gran día») and one full quote.
  await writeFile(
    join(seeds, 'fragmentos.txt'),
    [
      ' date 2025-06-10 Elena Vidal defiende el plan de obras',
      '',
      'Lima, 10 jun (EFE).- La consejera de Obras, Elena Vidal, calificó este martes de «histórico» el plan de obras del puerto de Lima.',
      '',
      '«Es un gran día», dijo Vidal ante los periodistas, y añadió que las obras empezarán en otoño con la ayuda de los vecinos.',
      '',
    ].join('\n'),
  );
  server = await startServer(seeds);
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(seeds, { recursive: true, force: true });
});

async function expectAccessible(name: string) {
  expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
}

const SPANISH_MONTH = /^(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}$|^\d{4}$/;

describe('timelines people can read', () => {
  it('shows an entity’s articles and quotes per month with Spanish month labels and a table', async () => {
    await page.goto(`${server.url}/entities/person:elena-vidal`);
    const charts = page.locator('[data-chart="timeline"]');
    await charts.nth(1).waitFor();
    expect(await charts.count()).toBe(2);
    const ticks = charts.first().locator('.timeline-tick');
    await ticks.nth(1).waitFor();
    for (const label of await ticks.allTextContents()) expect(label).toMatch(SPANISH_MONTH);
    // Keyboard: the plot is a slider over the months, announced with the month and its count.
    const slider = charts.first().getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^[a-z]+ de \d{4}: \d+ artículos?$/);
    // The same numbers as a table.
    await charts.first().getByText('Ver los datos en una tabla').click();
    expect(await charts.first().locator('table tbody tr').count()).toBeGreaterThan(0);
    await expectAccessible('the entity page with its timelines');
    await screenshot(page, 'patterns-entity-timeline');
  });
});

describe('comparing entities', () => {
  it('shows two entities on one timeline with Spanish month labels, and a shareable URL', async () => {
    await page.goto(`${server.url}/comparar?ids=person:elena-vidal,person:tomas-arrieta`);
    const chart = page.locator('[data-chart="timeline"]');
    await chart.locator('.timeline-tick').nth(1).waitFor();
    for (const label of await chart.locator('.timeline-tick').allTextContents())
      expect(label).toMatch(SPANISH_MONTH);
    expect(await chart.locator('.timeline-legend li').allTextContents()).toEqual([
      'Elena Vidal',
      'Tomás Arrieta',
    ]);
    await expectAccessible('the comparison page');
    await screenshot(page, 'patterns-compare');
  });

  it('adds an entity with the picker, switches to quotes and removes one, all in the URL', async () => {
    const picker = page.getByRole('combobox', { name: 'Entidades que comparar' });
    await picker.fill('Salce');
    await page.getByRole('option', { name: /Iván Salcedo/ }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('ids'))
      .toBe('person:elena-vidal,person:tomas-arrieta,person:ivan-salcedo');
    await page.locator('.timeline-legend li').nth(2).waitFor();

    await page.getByRole('radio', { name: 'Citas que se les atribuyen' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('medida')).toBe('citas');
    await page.locator('figcaption', { hasText: 'Citas por mes' }).waitFor();

    await page.getByRole('button', { name: /Quitar Tomás Arrieta/ }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('ids'))
      .toBe('person:elena-vidal,person:ivan-salcedo');
  });
});

describe('the co-occurrence network', () => {
  it('shows who appears with an entity; each node is a keyboard-reachable link to that entity', async () => {
    await page.goto(`${server.url}/entities/person:elena-vidal`);
    const network = page.locator('[data-chart="network"]');
    const nodes = network.locator('a.network-node');
    await nodes.first().waitFor();
    expect(await nodes.count()).toBeGreaterThan(1);
    await expectAccessible('the entity page with its network');
    await mkdir(screenshotsDir, { recursive: true });
    await network.screenshot({ path: `${screenshotsDir}/patterns-network.png` });

    // Keyboard: focus a node and press Enter.
    const first = nodes.first();
    const target = (await first.getAttribute('data-entity'))!;
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(`/entities/${target}`);

    // Mouse: click a node of the new page's network.
    const next = page.locator('[data-chart="network"] a.network-node').first();
    await next.waitFor();
    const nextTarget = (await next.getAttribute('data-entity'))!;
    await next.click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(`/entities/${nextTarget}`);
  });
});

describe('the entity directory and the speakers', () => {
  it('lists every entity, filters by type and sorts by name', async () => {
    await page.goto(`${server.url}/entidades`);
    const rows = page.locator('.directory-table tbody tr');
    await rows.first().waitFor();
    expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-type'))))).toEqual(
      new Set(['PERSON', 'LOCATION', 'ORGANIZATION']),
    );
    await expectAccessible('the entity directory');

    await page.getByLabel('Tipo').selectOption('LOCATION');
    await expect.poll(() => new URL(page.url()).searchParams.get('tipo')).toBe('LOCATION');
    await expect
      .poll(
        async () => new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-type')))),
      )
      .toEqual(new Set(['LOCATION']));

    await page.getByLabel('Ordenar por').selectOption('nombre');
    await expect
      .poll(() => rows.locator('th a').allTextContents())
      .toEqual(['Asunción', 'Bogotá', 'La Paz', 'Lima', 'Madrid', 'Montevideo', 'Quito', 'Santiago']);
  });

  it('ranks who is quoted most, and is reached from the navigation', async () => {
    await page.goto(server.url);
    await page
      .getByRole('navigation', { name: 'Secciones' })
      .getByRole('link', { name: 'Quién habla' })
      .click();
    const items = page.locator('.speaker-list li');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(6);
    await expectAccessible('the speakers page');
  });
});

describe('the quotes page', () => {
  const quoteTexts = () => page.locator('.quote-card blockquote').allTextContents();

  it('hides fragments under four words by default, and shows them on request', async () => {
    await page.goto(`${server.url}/quotes?speaker=person:elena-vidal&from=2025-06-01&to=2025-06-30`);
    await page.locator('.quote-card').first().waitFor();
    const shown = await quoteTexts();
    expect(shown.some((t) => t.includes('las obras empezarán en otoño'))).toBe(true);
    expect(shown.some((t) => t.includes('histórico'))).toBe(false);
    await expectAccessible('the quotes page');

    // The box follows the URL, which changes a moment after the click: the polls below wait for it.
    await page.getByLabel(/Mostrar fragmentos/).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('fragments')).toBe('yes');
    await expect.poll(async () => (await quoteTexts()).some((t) => t.includes('histórico'))).toBe(true);
  });

  it('sorts oldest first', async () => {
    await page.goto(`${server.url}/quotes?speaker=person:elena-vidal&sort=oldest`);
    await page.locator('.quote-card').first().waitFor();
    const dates = await page
      .locator('.quote-card time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort()).toEqual(dates);
  });
});
