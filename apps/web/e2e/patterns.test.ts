// The views that show patterns rather than lists, walked in a real browser over generated articles
// (six invented people across eight cities and three years): readable timelines with Spanish month
// labels, the comparison page, the co-occurrence network, the entity directory and the quote filters.
// Every view is checked with axe.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, screenshot, seriousA11yViolations } from './support/browser';
import { writeGeneratedArticles } from './support/generate';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let seeds: string;

beforeAll(async () => {
  seeds = await mkdtemp(join(tmpdir(), 'teletipo-e2e-patterns-'));
  await writeGeneratedArticles(seeds, 90);
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
