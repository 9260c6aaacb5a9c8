// Plain ASCII has no marks to strip: most words take the cheap path.
const ASCII = /^[\t-~]*$/;

/** Accents stripped and lower case: the form names are compared in. */
export const fold = (text: string) =>
  ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a name, folded, without dots or connecting particles. */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !PARTICLES.has(w));
}

export const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'para',
  'en',
  'a',
  'al',
  'da',
  'do',
  'dos',
  'van',
  'von',
]);
