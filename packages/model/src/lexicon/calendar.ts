// Month and weekday names for dates (`12 de noviembre`, `este miércoles`). Lowercase, no accents.

/** Months by name and by the abbreviations wire datelines use (`12 nov`), numbered 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['enero', 1],
  ['febrero', 2],
  ['marzo', 3],
  ['abril', 4],
  ['mayo', 5],
  ['junio', 6],
  ['julio', 7],
  ['agosto', 8],
  ['septiembre', 9],
  ['setiembre', 9],
  ['octubre', 10],
  ['noviembre', 11],
  ['diciembre', 12],
]);

export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['ene', 1],
  ['feb', 2],
  ['mar', 3],
  ['abr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['ago', 8],
  ['sep', 9],
  ['sept', 9],
  ['set', 9],
  ['oct', 10],
  ['nov', 11],
  ['dic', 12],
]);

/** Weekdays numbered as `Date.getUTCDay()`: Sunday is 0. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['domingo', 0],
  ['lunes', 1],
  ['martes', 2],
  ['miercoles', 3],
  ['jueves', 4],
  ['viernes', 5],
  ['sabado', 6],
]);
