import type { TokenView } from './token-view.js';

// What a number is when no unit says so outright: a year, a decade, or (with `años`) an age.

/** `1995`, `2013`: four bare digits in the range years are written in. */
export function isYearLike(text: string, value: number): boolean {
  return /^\d{4}$/.test(text) && value >= 1000 && value <= 2100;
}

// Words before a year that make `2013 empresas` read as a count only when absent.
const YEAR_CONTEXT = new Set([
  'en',
  'de',
  'del',
  'desde',
  'hasta',
  'para',
  'ano',
  'el',
  'hacia',
  'entre',
  'a',
  'finales',
  'principios',
  'mediados',
  'durante',
  'y',
  'o',
]);

/** The word before a four-digit number places it in time: `en 2013 empresas…` is a year. */
export function hasYearContext(view: TokenView, first: number): boolean {
  return YEAR_CONTEXT.has(view.key(first - 1));
}

/**
 * `los años 90`, `la década de los 80`, `los años ochenta`: a two-digit multiple of ten, in digits
 * or one word (`spelled`), naming a decade, read as the decade's first year in the twentieth
 * century (1990).
 */
export function decadeYear(
  view: TokenView,
  first: number,
  text: string,
  value: number,
  spelled = false,
): number | undefined {
  const twoDigits = spelled ? value >= 20 && value <= 90 : /^\d{2}$/.test(text);
  if (!twoDigits || value % 10 !== 0) return undefined;
  // `los '90`: the apostrophe stands for the century.
  const apostrophe = APOSTROPHES.has(view.text(first - 1)) && view.touchesPrevious(first) ? 1 : 0;
  first -= apostrophe;
  const before = view.key(first - 1);
  if (apostrophe && (before === 'los' || before === 'anos')) return 1900 + value;
  if (
    before === 'anos' ||
    (before === 'los' && view.key(first - 2) === 'de' && view.key(first - 3) === 'decada')
  ) {
    return 1900 + value;
  }
  return undefined;
}

const APOSTROPHES = new Set(["'", '’', '‘']);

// People a `de N años` can describe: `un hombre de 45 años`.
const PERSON_NOUNS = new Set(
  (
    'hombre hombres mujer mujeres joven jovenes nino ninos nina ninas menor menores anciano ancianos anciana ' +
    'ancianas adolescente adolescentes estudiante estudiantes senor senora chico chica chicos chicas bebe ' +
    'muchacho muchacha muchachos muchachas individuo sujeto victima victimas conductor conductora policia agente ' +
    'madre padre hijo hija hijos hijas esposa esposo campesino campesina indigena migrante migrantes activista ' +
    'periodista maestro maestra profesor profesora alumno alumna persona personas trabajador trabajadora ' +
    'jugador jugadora futbolista actor actriz cantante escritor escritora pintor pintora poeta presunto presunta ' +
    'detenido detenida lesionado lesionada herido herida occiso occisa paciente infante nieto nieta hermano hermana'
  ).split(' '),
);
// Nouns of agents and trades by their endings: `realizador`, `cineasta`, `dirigente`, `director`.
const PERSON_ENDINGS = /(?:dor|dora|dores|doras|tor|tora|ista|istas|asta|ante|antes|ente|entes)$/;
// Words with those endings that name things, whose `de N años` is a duration or an age of a thing.
const THING_NOUNS = new Set([
  'sector',
  'sectores',
  'antecedente',
  'antecedentes',
  'precedente',
  'restaurante',
  'accidente',
  'incidente',
  'ambiente',
  'puente',
  'lista',
  'pista',
  'conquista',
  'entrevista',
  'revista',
  'vista',
  'propuesta',
  'encuesta',
  'apuesta',
  'respuesta',
  'fuente',
  'mente',
  'corriente',
  'pendiente',
  'expediente',
  'contingente',
  'frente',
  'vigente',
  'ente',
  'diente',
  'ambientes',
  'periodo',
  'mandato',
]);
/** Jubilados and graduates: participles that name people, which the endings above miss. */
const PERSON_PARTICIPLES = new Set([
  'jubilado',
  'jubilada',
  'jubilados',
  'graduado',
  'graduada',
  'empleado',
  'empleada',
  'abogado',
  'abogada',
  'diputado',
  'diputada',
  'soldado',
  'acusado',
  'acusada',
  'procesado',
  'procesada',
  'secuestrado',
  'secuestrada',
  'desaparecido',
  'desaparecida',
  'fallecido',
  'fallecida',
  'vecino',
  'vecina',
  'ciudadano',
  'ciudadana',
  'migrante',
  'turista',
  'residente',
  'habitante',
]);

/** Whether the word at i names a person whose age `de N años` can give. */
function isPersonNoun(key: string): boolean {
  if (PERSON_NOUNS.has(key) || PERSON_PARTICIPLES.has(key)) return true;
  return key.length > 4 && PERSON_ENDINGS.test(key) && !THING_NOUNS.has(key);
}

const HAVING_AGE = new Set([
  'tenia',
  'tiene',
  'tienen',
  'tenian',
  'cumplio',
  'cumple',
  'cumplir',
  'cumplira',
  'cumplido',
  'cumplia',
  'edad',
  'sus',
  'contaba',
]);

/**
 * Whether `N años` (the number starting at `first`, `años` ending before `end`) is someone's age:
 * `de 45 años` after a person or a name, `tenía 30 años`, `a los 45 años`, `45 años de edad`,
 * or `Juan Pérez, 45 años,`.
 */
export function isAge(view: TokenView, first: number, end: number): boolean {
  if (view.key(end) === 'de' && view.key(end + 1) === 'edad') return true;
  const before = view.key(first - 1);
  // `a sus 80 años`, not `en sus 20 años de carrera`.
  if (before === 'sus') return view.key(first - 2) === 'a' && view.key(end) !== 'de';
  if (HAVING_AGE.has(before)) return true;
  if (before === 'los' && view.key(first - 2) === 'a' && view.key(end) !== 'de') return true;
  if (before === 'de' && view.key(end) !== 'de') {
    const owner = first - 2;
    if (view.text(owner) === ',' && view.isCapitalized(owner - 1)) return true;
    if (isPersonNoun(view.key(owner))) return true;
    if (view.isCapitalized(owner) && !view.opensSentence(owner) && view.isWord(owner)) return true;
  }
  if (before === ',' && view.isCapitalized(first - 2) && view.text(end) === ',') return true;
  return false;
}
