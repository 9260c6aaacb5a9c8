import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { root, round } from './support.mjs';

/**
 * Time to parse each family of hostile article (packages/model/src/test-support/adversarial.ts) at
 * three lengths, each four times the one before and the last within the parser's size limit, with
 * how much slower the longest was than the one before: a linear parser takes about 4×. The best of
 * two runs, as the machine is shared. Figures only; the tests check that these sizes finish at all.
 */
export async function benchAdversarial() {
  const model = await import(pathToFileURL(join(root, 'packages/model/dist/index.js')).href);
  const families = join(root, 'packages/model/src/test-support/adversarial.ts');
  const { ADVERSARIAL_FAMILIES, adversarialArticle } = await tsImport(families, import.meta.url);
  model.parseArticle(adversarialArticle('Ana Ruiz dijo que sí.')); // loads the NER weights
  const largest = Math.floor(model.MAX_ARTICLE_LENGTH * 0.95);
  const lengths = [largest / 16, largest / 4, largest].map(Math.floor);
  const rows = [];
  for (const family of ADVERSARIAL_FAMILIES) {
    const row = { family: family.name };
    let previous;
    for (const length of lengths) {
      const text = adversarialArticle(family.body(repetitionsFor(family, adversarialArticle, length)));
      const ms = Math.min(timeParse(model, text), timeParse(model, text));
      row[`~${Math.round(length / 1000)} KB`] = `${round(ms, 1)} ms`;
      if (previous !== undefined) row.growth = round(ms / previous, 1);
      previous = ms;
    }
    rows.push(row);
  }
  return { lengths, maxArticleLength: model.MAX_ARTICLE_LENGTH, rows };
}

/** The most repetitions whose article is at most `length` characters long. */
function repetitionsFor(family, article, length) {
  let low = 1;
  let high = 1;
  while (article(family.body(high)).length <= length) high *= 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (article(family.body(mid)).length <= length) low = mid;
    else high = mid;
  }
  return low;
}

function timeParse(model, text) {
  const t0 = performance.now();
  model.parseArticle(text);
  return performance.now() - t0;
}
