// Currency names, abbreviations and symbols with their ISO 4217 codes. Keys are lowercase and
// without accents, words separated by one space. `PESO` and `$` are resolved per story: the peso
// of the country the story is about (see figures/currencies.ts).

/** A peso whose country the story must tell. */
export const PESO = 'PESO';
/** The `$` sign: pesos in Mexico and the peso countries, US dollars elsewhere. */
export const DOLLAR_SIGN = '$';

/** Currency names after a number, longest phrases first where they share a start. */
export const CURRENCY_NAMES: ReadonlyArray<readonly [phrase: string, code: string]> = [
  ['dolares estadounidenses', 'USD'],
  ['dolares estadunidenses', 'USD'],
  ['dolares americanos', 'USD'],
  ['dolares norteamericanos', 'USD'],
  ['dolares canadienses', 'CAD'],
  ['dolares australianos', 'AUD'],
  ['dolares neozelandeses', 'NZD'],
  ['dolares de hong kong', 'HKD'],
  ['dolares de singapur', 'SGD'],
  ['dolares taiwaneses', 'TWD'],
  ['dolares', 'USD'],
  ['dolar', 'USD'],
  ['dls', 'USD'],
  ['dlls', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pesos mexicanos', 'MXN'],
  ['pesos argentinos', 'ARS'],
  ['pesos chilenos', 'CLP'],
  ['pesos colombianos', 'COP'],
  ['pesos cubanos', 'CUP'],
  ['pesos convertibles', 'CUC'],
  ['pesos uruguayos', 'UYU'],
  ['pesos dominicanos', 'DOP'],
  ['pesos filipinos', 'PHP'],
  ['pesos', PESO],
  ['peso', PESO],
  ['libras esterlinas', 'GBP'],
  ['libra esterlina', 'GBP'],
  ['libras', 'GBP'],
  ['libra', 'GBP'],
  ['yenes', 'JPY'],
  ['yen', 'JPY'],
  ['yuanes', 'CNY'],
  ['yuan', 'CNY'],
  ['renminbis', 'CNY'],
  ['rublos', 'RUB'],
  ['rublo', 'RUB'],
  ['soles', 'PEN'],
  ['nuevos soles', 'PEN'],
  ['reales', 'BRL'],
  ['real', 'BRL'],
  ['bolivares', 'VES'],
  ['bolivar', 'VES'],
  ['quetzales', 'GTQ'],
  ['lempiras', 'HNL'],
  ['cordobas', 'NIO'],
  ['colones', 'CRC'],
  ['guaranies', 'PYG'],
  ['francos suizos', 'CHF'],
  ['coronas suecas', 'SEK'],
  ['coronas noruegas', 'NOK'],
  ['coronas danesas', 'DKK'],
  ['rupias indias', 'INR'],
  ['rupias', 'INR'],
  ['wones', 'KRW'],
  ['liras turcas', 'TRY'],
  ['grivnas', 'UAH'],
  ['tenges', 'KZT'],
  ['tengues', 'KZT'],
  ['zlotys', 'PLN'],
  ['rands', 'ZAR'],
  ['shekels', 'ILS'],
  ['sequeles', 'ILS'],
  ['dirhams', 'AED'],
  ['riales', 'SAR'],
  ['pesetas', 'ESP'],
  // Symbols after the amount, as Spain writes them: `30 €`.
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/** Abbreviations that carry their own scale: `mdd` is millions of dollars. */
export const SCALED_CURRENCIES: ReadonlyMap<string, { code: string; scale: number }> = new Map([
  ['mdd', { code: 'USD', scale: 1e6 }],
  ['mmdd', { code: 'USD', scale: 1e9 }],
  ['mdp', { code: PESO, scale: 1e6 }],
  ['mmdp', { code: PESO, scale: 1e9 }],
  ['mde', { code: 'EUR', scale: 1e6 }],
]);

/** Symbols and codes written before the amount: `US$ 30`, `€5`, `$5.5`. Keys are exact text. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US$', 'USD'],
  ['U$S', 'USD'],
  ['USD', 'USD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S/', 'PEN'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['EUR', 'EUR'],
  ['MXN', 'MXN'],
  ['$', DOLLAR_SIGN],
]);

/** ISO codes written after the amount: `30 USD`. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD',
  'EUR',
  'MXN',
  'GBP',
  'JPY',
  'CNY',
  'RUB',
  'BRL',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'CAD',
  'AUD',
  'CHF',
]);

/**
 * Countries whose currency is a peso, by the words that name them in a story (folded, lowercase
 * prefixes of the name or demonym), with the peso's code.
 */
export const PESO_COUNTRIES: ReadonlyArray<readonly [stem: string, code: string]> = [
  ['mexic', 'MXN'],
  ['argentin', 'ARS'],
  ['chile', 'CLP'],
  ['chilen', 'CLP'],
  ['colombi', 'COP'],
  ['cuba', 'CUP'],
  ['cuban', 'CUP'],
  ['uruguay', 'UYU'],
  ['dominican', 'DOP'],
  ['filipin', 'PHP'],
];
