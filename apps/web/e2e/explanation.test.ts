// The article page explains, on keyboard focus as on hover, why the parser marked a speaker, an
// entity or a figure the way it did: the rule that decided it, served by the API.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser, seriousA11yViolations } from './support/browser';
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

/** The text of the note an element's aria-describedby names. */
const description = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const id = el.getAttribute('aria-describedby');
      return id ? (document.getElementById(id)?.textContent ?? null) : null;
    });

describe('explanations on the article page', () => {
  it('describes speaker tags, entities and figures by the rule that decided them', async () => {
    await page.goto(server.url);
    await page
      .getByRole('link', { name: 'Marta Quiroga anuncia un plan de vivienda social para Lima' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Marta Quiroga anuncia/ }).waitFor();
    await page.locator('.article-body .speaker-tag').first().waitFor();
    expect(await description('.article-body .speaker-tag')).toMatch(
      /^Por qué: .+ \(regla quote\.speaker\.[a-z-]+\)$/,
    );
    expect(await description('.article-body .mention')).toMatch(
      /^Por qué: .+ \(regla entity\.type\.[a-z-]+\)$/,
    );
    expect(await description('.article-body .figure')).toMatch(
      /^Por qué: .+ \(regla figure\.[a-z]+\.[a-z-]+\)$/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows the explanation when a reader reaches a speaker tag with the keyboard', async () => {
    const tag = page.locator('.article-body .speaker-tag').first();
    // Tab until the first speaker tag has focus: it is in the tab order, not only clickable.
    for (let i = 0; i < 200 && !(await tag.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await tag.evaluate((el) => el === document.activeElement)).toBe(true);
    const shown = await tag.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(shown).toMatch(/Por qué: .+ \(regla quote\.speaker\./);
  });
});
