// Spanish cardinal words, keyed without accents (`veintitres`, `dieciseis`), as the figure scanner
// folds accents before looking words up.

/** Numbers written as one word below thirty. `un`/`una`/`uno` are also articles and pronouns. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['cero', 0],
  ['un', 1],
  ['una', 1],
  ['uno', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
  ['nueve', 9],
  ['diez', 10],
  ['once', 11],
  ['doce', 12],
  ['trece', 13],
  ['catorce', 14],
  ['quince', 15],
  ['dieciseis', 16],
  ['diecisiete', 17],
  ['dieciocho', 18],
  ['diecinueve', 19],
  ['veinte', 20],
  ['veintiun', 21],
  ['veintiuno', 21],
  ['veintiuna', 21],
  ['veintidos', 22],
  ['veintitres', 23],
  ['veinticuatro', 24],
  ['veinticinco', 25],
  ['veintiseis', 26],
  ['veintisiete', 27],
  ['veintiocho', 28],
  ['veintinueve', 29],
]);

/** Tens that take `y` before a unit: `treinta y cinco`. */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['treinta', 30],
  ['cuarenta', 40],
  ['cincuenta', 50],
  ['sesenta', 60],
  ['setenta', 70],
  ['ochenta', 80],
  ['noventa', 90],
]);

export const HUNDREDS: ReadonlyMap<string, number> = new Map([
  ['cien', 100],
  ['ciento', 100],
  ['doscientos', 200],
  ['doscientas', 200],
  ['trescientos', 300],
  ['trescientas', 300],
  ['cuatrocientos', 400],
  ['cuatrocientas', 400],
  ['quinientos', 500],
  ['quinientas', 500],
  ['seiscientos', 600],
  ['seiscientas', 600],
  ['setecientos', 700],
  ['setecientas', 700],
  ['ochocientos', 800],
  ['ochocientas', 800],
  ['novecientos', 900],
  ['novecientas', 900],
]);

/**
 * Words that multiply what comes before them. Spanish `billón` is a million millions (10^12);
 * a thousand millions is `mil millones` or `millardo`.
 */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['mil', 1e3],
  ['millon', 1e6],
  ['millones', 1e6],
  ['millardo', 1e9],
  ['millardos', 1e9],
  ['billon', 1e12],
  ['billones', 1e12],
  ['trillon', 1e18],
  ['trillones', 1e18],
]);

/** Ordinal adjectives that name a fraction with `parte`: `una tercera parte`, `la quinta parte`. */
export const FRACTION_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['tercera', 3],
  ['terceras', 3],
  ['cuarta', 4],
  ['cuartas', 4],
  ['quinta', 5],
  ['quintas', 5],
  ['sexta', 6],
  ['sextas', 6],
  ['septima', 7],
  ['septimas', 7],
  ['octava', 8],
  ['octavas', 8],
  ['novena', 9],
  ['novenas', 9],
  ['decima', 10],
  ['decimas', 10],
]);

/** Fraction nouns after a cardinal: `dos tercios`, `tres cuartos`, `un quinto`. */
export const FRACTION_NOUNS: ReadonlyMap<string, number> = new Map([
  ['tercio', 3],
  ['tercios', 3],
  ['cuarto', 4],
  ['cuartos', 4],
  ['quinto', 5],
  ['quintos', 5],
  ['decimo', 10],
  ['decimos', 10],
]);
