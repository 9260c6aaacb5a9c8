import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './support.mjs';

export const SECTIONS = ['model', 'adversarial', 'ingest', 'api', 'abuse', 'web', 'fuzz'];

/**
 * Where a run's figures go. Only a complete run (every section of the full bench, at the default
 * sizes, none failed) updates the tracked bench/results/latest.json, which the README's figures come
 * from; anything less goes to an untracked bench/results/partial-<time>.json.
 */
export function saveResults(results, { complete, reason }) {
  if (complete) {
    const latest = join(root, 'bench/results/latest.json');
    const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : {};
    // Sections not run this time (fuzz without --long) keep their last figures, with their date.
    for (const section of SECTIONS) {
      if (results[section]) results[section].measured = results.date;
      else if (previous[section]) results[section] = { measured: previous.date, ...previous[section] };
    }
    writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
    console.log('wrote bench/results/latest.json');
    return latest;
  }
  const name = `partial-${results.date.replace(/[:.]/g, '-')}.json`;
  const file = join(root, 'bench/results', name);
  writeFileSync(file, `${JSON.stringify({ partial: reason, ...results }, null, 2)}\n`);
  console.log(`partial run (${reason}): wrote bench/results/${name}; bench/results/latest.json is unchanged`);
  return file;
}
