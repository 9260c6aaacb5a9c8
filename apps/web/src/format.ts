// How values read in the interface: Spanish labels, dates and numbers.

const dayFormat = new Intl.DateTimeFormat('es-ES', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('es-ES', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('es-ES', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('es-ES', { maximumFractionDigits: 2 });

/** `2025-11-12` → `12 nov 2025`; anything unparsable is shown as given. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date);
}

/** `2025-11` → `nov 2025` (or `noviembre de 2025` with `long`). */
export function formatMonth(month: string, long = false): string {
  const date = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return (long ? longMonthFormat : monthFormat).format(date);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A count the API gave as a lower bound (`totalCountIsExact: false`): `más de 10.000 citas`. */
export function countLabel(count: number, exact: boolean, one: string, many: string): string {
  return exact ? plural(count, one, many) : `más de ${formatNumber(count)} ${many}`;
}

/** `1` → `1 cita`, `3` → `3 citas`. */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

export const ENTITY_TYPE_LABEL: Record<string, string> = {
  PERSON: 'Persona',
  ORGANIZATION: 'Organización',
  LOCATION: 'Lugar',
  MISC: 'Otro',
};

export const ENTITY_TYPE_PLURAL: Record<string, string> = {
  PERSON: 'Personas',
  ORGANIZATION: 'Organizaciones',
  LOCATION: 'Lugares',
  MISC: 'Otros',
};

export const FIGURE_KIND_LABEL: Record<string, string> = {
  MONEY: 'Dinero',
  PERCENT: 'Porcentaje',
  PERCENTAGE_POINTS: 'Puntos porcentuales',
  COUNT: 'Recuento',
  QUANTITY: 'Cantidad',
  AGE: 'Edad',
  YEAR: 'Año',
  DURATION: 'Duración',
  DATE: 'Fecha',
  NUMBER: 'Número',
};

export const FIGURE_KINDS = Object.keys(FIGURE_KIND_LABEL);

export const entityTypeLabel = (type: string) => ENTITY_TYPE_LABEL[type] ?? type;
export const figureKindLabel = (kind: string) => FIGURE_KIND_LABEL[kind] ?? kind;

const DURATION_UNITS: Record<string, [string, string]> = {
  second: ['segundo', 'segundos'],
  minute: ['minuto', 'minutos'],
  hour: ['hora', 'horas'],
  day: ['día', 'días'],
  week: ['semana', 'semanas'],
  month: ['mes', 'meses'],
  year: ['año', 'años'],
  decade: ['década', 'décadas'],
  century: ['siglo', 'siglos'],
};

// Currencies as Spanish newsrooms name them (singular, plural); any other keeps its ISO code.
const CURRENCIES: Record<string, [string, string]> = {
  EUR: ['euro', 'euros'],
  USD: ['dólar', 'dólares'],
  GBP: ['libra', 'libras'],
  JPY: ['yen', 'yenes'],
  CNY: ['yuan', 'yuanes'],
  RUB: ['rublo', 'rublos'],
  CHF: ['franco suizo', 'francos suizos'],
  BRL: ['real', 'reales'],
  PEN: ['sol', 'soles'],
  VES: ['bolívar', 'bolívares'],
  BOB: ['boliviano', 'bolivianos'],
  PYG: ['guaraní', 'guaraníes'],
  GTQ: ['quetzal', 'quetzales'],
  CRC: ['colón', 'colones'],
  HNL: ['lempira', 'lempiras'],
  NIO: ['córdoba', 'córdobas'],
  MXN: ['peso', 'pesos'],
  COP: ['peso', 'pesos'],
  ARS: ['peso', 'pesos'],
  CLP: ['peso', 'pesos'],
  UYU: ['peso', 'pesos'],
  DOP: ['peso', 'pesos'],
  CUP: ['peso', 'pesos'],
  PHP: ['peso', 'pesos'],
};

const SCALES: [number, string, string][] = [
  [1e12, 'billón', 'billones'],
  [1e6, 'millón', 'millones'],
];

/**
 * Money as a Spanish newsroom writes it: `413.000 millones de pesos`, `2,5 billones de euros`,
 * `1 millón de dólares`, `25.000 euros`. A billón is a million millions (long scale); thousands of
 * millions stay millions, as in the press.
 */
export function formatMoney(value: number, unit?: string | null): string {
  const code = unit?.toUpperCase() ?? '';
  const names = CURRENCIES[code];
  const scale = SCALES.find(([size]) => Math.abs(value) >= size);
  if (scale) {
    const amount = Math.round((value / scale[0]) * 100) / 100;
    const words = `${formatNumber(amount)} ${Math.abs(amount) === 1 ? scale[1] : scale[2]}`;
    if (!code) return words;
    return names ? `${words} de ${names[1]}` : `${words} ${code}`;
  }
  if (!code) return formatNumber(value);
  return `${formatNumber(value)} ${names ? names[Math.abs(value) === 1 ? 0 : 1] : code}`;
}

export interface FigureValue {
  kind: string;
  value: number;
  unit?: string | null;
  /** The resolved day of a DATE figure. */
  date?: string | null;
}

/**
 * A figure as a person reads it: `30.000 millones de dólares`, `11 %`, `2 años`, `2027`, `12 nov 2025`.
 * Years and dates are not quantities, so they are not grouped by thousands.
 */
export function formatFigureValue({ kind, value, unit, date }: FigureValue): string {
  if (kind === 'DATE') return date ? formatDate(date) : String(value);
  if (kind === 'YEAR') return String(value);
  if (kind === 'MONEY') return formatMoney(value, unit);
  if (unit === 'PERCENT') return `${formatNumber(value)} %`;
  if (kind === 'PERCENTAGE_POINTS') return `${formatNumber(value)} p. p.`;
  const duration = unit ? DURATION_UNITS[unit] : undefined;
  if (duration) return `${formatNumber(value)} ${value === 1 ? duration[0] : duration[1]}`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
