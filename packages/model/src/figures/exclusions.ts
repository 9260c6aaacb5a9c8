import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../lexicon/calendar.js';
import type { TokenView } from './token-view.js';

// Numbers that are not figures: clock times, ordinals, codes and phone numbers, numbers inside
// names (`Apolo 11`, `Grupo de los 20`), references (`artículo 27`) and titles in quotation marks.

const ORDINAL_SUFFIXES = new Set([
  'o',
  'a',
  'os',
  'as',
  'º',
  'ª',
  'er',
  'ero',
  'era',
  'do',
  'da',
  'ro',
  'ra',
  'to',
  'ta',
  'vo',
  'va',
  'no',
  'na',
  'mo',
  'ma',
]);

// Nouns that number what follows rather than count: `artículo 27`, `vuelo 370`, `el día 12`.
const REFERENCE_NOUNS = new Set(
  (
    'articulo articulos fraccion inciso parrafo apartado numeral capitulo pagina paginas linea ruta calle ' +
    'avenida carretera autopista kilometro km vuelo habitacion piso lote manzana expediente folio causa ' +
    'averiguacion oficio decreto ley norma codigo tomo seccion distrito casilla mesa sala juzgado canal ' +
    'lugar puesto posicion grado nivel fase etapa categoria tipo clase version modelo serie edicion temporada ' +
    'zona sector region local puerta terminal anden estacion parada escuadron batallon regimiento brigada ' +
    'legislatura generacion division grupo ronda juego partido dia numero no num nº n° # siglo siglos sub ' +
    'minuto calibre secciones preparatoria preparatorias prepa prepas semana jornada fecha punto libro parte ' +
    'episodio asalto dorsal camiseta telefono tel celular extension ext cp acuerdo clave placa placas ' +
    'matricula carril hoyo aula salon edificio bloque cuadrante top'
  ).split(' '),
);

// A sentence may open on a verb before a number (`Votaron 40…`, `Llegó 1…`); a name rarely ends so.
const VERB_ENDING = /(?:aron|ieron|[óé]|ían|aban|ará|erá|irá|arán|erán|irán)$/u;

// `No. 6`, `Núm. 27`, `Art. 3`.
const ABBREVIATED_REFERENCES = new Set(['no', 'num', 'art', 'arts', 'pag', 'cap', 'vol', 'fracc', 'tel']);

// Words that may stand capitalised before a number at a sentence's start without making it a name.
const FUNCTION_WORDS = new Set(
  (
    'en para de desde hasta durante entre con unos unas casi mas segun hace los las el la al del a por ' +
    'cerca alrededor solo apenas otros otras otro otra y pero tras sobre ante sin aproximadamente menos ' +
    'unicamente ya hoy ayer este esta estos estas sus su cada todos todas e o u que cuando sumo suman ' +
    'fueron son eran fue es era hay habia murieron resultaron quedaron llegaron con ademas tambien incluso ' +
    'inclusive poco algo practicamente justo exactamente hasta ni mientras aunque si'
  ).split(' '),
);

// Clock times: `a las 10`, `las 18.00 horas`, `10 de la mañana`, `9 p.m.`.
const CLOCK_MARKERS = new Set([
  'horas',
  'hrs',
  'hr',
  'h',
  'hs',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'a.m',
  'p.m',
  'gmt',
  'utc',
]);
const DAY_PARTS = new Set(['manana', 'tarde', 'noche', 'madrugada', 'mediodia']);
const CLOCK_PREPOSITIONS = new Set([
  'a',
  'desde',
  'hasta',
  'hacia',
  'pasadas',
  'sobre',
  'entre',
  'de',
  'y',
  'antes',
  'despues',
  'partir',
  'eso',
  'las',
]);

/** Reads a clock time at the number tokens [first, end), whose value is given. */
export function isClockTime(
  view: TokenView,
  first: number,
  end: number,
  value: number,
  text: string,
): boolean {
  const next = view.key(end);
  if (CLOCK_MARKERS.has(next) && next !== 'horas' && next !== 'h') return value <= 24;
  // `10 de la mañana`, `a las 8 de la noche`.
  if (next === 'de' && view.key(end + 1) === 'la' && DAY_PARTS.has(view.key(end + 2))) return value <= 24;
  // `18.00 horas`, `9:30`: hours and minutes.
  if (/^\d{1,2}[.,:]\d{2}$/.test(text) && (next === 'horas' || next === 'h' || next === 'hrs') && value < 25)
    return true;
  if (next === 'horas' && value <= 24 && isClockSpanEnd(view, first)) return true;
  if ((next === 'a' || next === 'horas') && clockSpanAt(view, first, end)) return true;
  const before = view.key(first - 1);
  if ((before === 'las' || before === 'la') && value <= 24) {
    if (next === 'horas' || next === 'h' || next === 'en' || next === 'del' || !view.isWord(end)) return true;
    return CLOCK_PREPOSITIONS.has(view.key(first - 2)) && !/s$/.test(next);
  }
  return false;
}

/**
 * A span of the clock, `de 15 a 18 horas`, `de 17:30 a 19 horas`, `8 horas a 13 horas`: opening
 * hours, not a duration. Spans of small numbers (`de 3 a 4 horas`) and spans of something (`de 10 a
 * 12 horas de espera`, `horas diarias`) stay durations.
 */
function clockSpanAt(view: TokenView, startFirst: number, startEnd: number): boolean {
  const text = view.body.slice(view.start(startFirst), view.end(startEnd - 1));
  const clock = /^\d{1,2}[.:]\d{2}$/.test(text);
  if (!clock && !/^\d{1,2}$/.test(text)) return false;
  let j = startEnd;
  const repeated = view.key(j) === 'horas';
  if (repeated) j++;
  if (view.key(j) !== 'a' || !/^\d{1,2}$/.test(view.text(j + 1)) || view.key(j + 2) !== 'horas') return false;
  const from = Number.parseInt(text, 10);
  const to = Number(view.text(j + 1));
  if (from >= to || to > 24) return false;
  const after = view.key(j + 3);
  if (after === 'de' || after === 'diarias' || after === 'semanales' || after === 'al') return false;
  const opener = view.key(startFirst - 1);
  const opened = repeated || opener === 'de' || opener === 'desde' || opener === 'las';
  return opened && (clock || repeated || (from >= 7 && to - from >= 2));
}

/** Token i ends a span of the clock: the number's tokens are found back from the `a` before it. */
function isClockSpanEnd(view: TokenView, first: number): boolean {
  let j = first - 2;
  if (view.key(j) === 'horas') j--;
  // `17:30` may be one token or three (`17`, `:`, `30`).
  let startFirst = j;
  if (view.text(j - 1) === ':' && view.touchesPrevious(j) && view.touchesPrevious(j - 1)) startFirst = j - 2;
  return view.key(first - 1) === 'a' && clockSpanAt(view, startFirst, j + 1);
}

/** `1o`, `2ª`, `3er`, `21º`: a digit token with an ordinal ending touching it. */
export function isOrdinal(view: TokenView, numberEnd: number): boolean {
  return view.touchesPrevious(numberEnd) && ORDINAL_SUFFIXES.has(view.key(numberEnd));
}

/**
 * A number glued to other digits or codes: phone numbers (`(55) 5555-5555`), scores (`2-1`), dates
 * and fractions written with a slash (`12/11/2013`, `24/7`), times (`18:00`), codes (`3D`, `4x4`).
 */
export function isCodeLike(view: TokenView, first: number, end: number): boolean {
  const before = view.text(first - 1);
  const after = view.text(end);
  if (view.touchesPrevious(first)) {
    if (view.isDigits(first - 1) || view.isWord(first - 1)) return true;
    if (
      (before === '-' || before === '/' || before === ':' || before === '.' || before === '#') &&
      view.isDigits(first - 2) &&
      view.touchesPrevious(first - 1)
    )
      return true;
    if (GLUED_BEFORE.has(before)) return true;
  }
  if (view.touchesPrevious(end)) {
    if (after === '/' || after === ':' || (after === '-' && view.isDigits(end + 1) && view.touchesNext(end)))
      return true;
    if (view.isWord(end) && !isMeasureGlue(view.key(end))) return true;
  }
  // Runs of bare numbers: `55 5555 5555`, `(55) 5555`.
  if (view.isDigits(end) && !view.startsSentence(end)) return true;
  if (after === ')' && view.isDigits(end + 1) && before === '(') return true;
  if (view.isDigits(first - 1) && !view.startsSentence(first)) return true;
  return false;
}

// Marks glued before a number that make it part of a code or formula: `G5+1`, `#3`, `x=2`.
const GLUED_BEFORE = new Set(['/', '#', '°', 'º', '+', '=', '*', '&', '_', '@', '^', '~', '|', '\\']);

// Units written without a space: `30km`, `5kg`, `100m2`.
const GLUED_UNITS = new Set([
  'km',
  'kg',
  'km2',
  'm2',
  'm3',
  'mm',
  'cm',
  'ha',
  'mw',
  'kw',
  'kwh',
  'gb',
  'mb',
  'mdd',
  'mdp',
  'mmdd',
  'mmdp',
  'mde',
  'o',
  'a',
  'os',
  'as',
  'er',
  'ero',
  'era',
  'do',
  'da',
  'ro',
  'ra',
  'to',
  'ta',
  'vo',
  'va',
  'no',
  'na',
  'mo',
  'ma',
]);

function isMeasureGlue(key: string): boolean {
  return GLUED_UNITS.has(key);
}

/**
 * A number that is part of a name or reference: after a capitalised word that is not a function
 * word (`Apolo 11`, `Boeing 747`; skipped with `afterCapital` false, as before a counted noun:
 * `en Zacatecas 30 plantas`), after `Grupo de los`, after a reference noun (`artículo 27`), or
 * after a singular article with a capitalised word next (`la 61 Legislatura`).
 */
export function isInName(view: TokenView, first: number, end: number, afterCapital = true): boolean {
  const before = first - 1;
  if (before < 0) return false;
  const key = view.key(before);
  // `No. 6`: the splitter may have ended a sentence at the abbreviation's period.
  if (key === '.' && view.touchesPrevious(before) && ABBREVIATED_REFERENCES.has(view.key(before - 1))) {
    return true;
  }
  if (view.startsSentence(first)) return false;
  if (REFERENCE_NOUNS.has(key) || REFERENCE_NOUNS.has(view.text(before))) return true;
  if (
    afterCapital &&
    view.isWord(before) &&
    view.isCapitalized(before) &&
    !FUNCTION_WORDS.has(key) &&
    !isCalendarWord(key) &&
    !(view.opensSentence(before) && VERB_ENDING.test(view.text(before)))
  ) {
    return true;
  }
  // `Grupo de los 20`, `Club de las 13`.
  if (
    (key === 'los' || key === 'las') &&
    view.key(before - 1) === 'de' &&
    view.isCapitalized(before - 2) &&
    !view.opensSentence(before - 2)
  ) {
    return true;
  }
  if (
    (key === 'la' || key === 'el' || key === 'del' || key === 'al') &&
    view.isCapitalized(end) &&
    !view.isAllCaps(end) &&
    !view.startsSentence(end)
  ) {
    return true;
  }
  return false;
}

function isCalendarWord(key: string): boolean {
  return MONTHS.has(key) || MONTH_ABBREVIATIONS.has(key) || WEEKDAYS.has(key);
}

/** Whether the word at i is a number word written with a capital inside a sentence: `Canal Once`. */
/** A reference noun right before the number: `artículo 27`, `acuerdo 384`. */
export function followsReferenceNoun(view: TokenView, first: number): boolean {
  return !view.startsSentence(first) && REFERENCE_NOUNS.has(view.key(first - 1));
}

export function isCapitalisedInside(view: TokenView, i: number): boolean {
  return view.isCapitalized(i) && !view.opensSentence(i);
}

/** A list marker at a paragraph's start: `1.`, `2)`. */
export function isListMarker(view: TokenView, first: number, end: number, paragraphStart: boolean): boolean {
  if (!paragraphStart || end !== first + 1) return false;
  const after = view.text(end);
  return after === '.' || after === ')' || after === '.-' || after === '-';
}

const OPENING_QUOTES = new Set(['«', '“', '‘']);
const CLOSING_QUOTES = new Set(['»', '”', '’']);

/**
 * Marks tokens inside short quoted titles (`«Los 300»`, `"Apolo 13"`): at most six tokens between
 * the marks, the first a capitalised word. Numbers there name works, not quantities.
 */
export function markQuotedTitles(view: TokenView): Uint8Array {
  const marks = new Uint8Array(view.length);
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < view.length; i++) {
    const text = view.text(i);
    if (OPENING_QUOTES.has(text)) open = i;
    else if (CLOSING_QUOTES.has(text) && open >= 0) {
      markTitle(view, marks, open, i);
      open = -1;
    } else if (text === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        markTitle(view, marks, straightOpen, i);
        straightOpen = -1;
      }
    }
  }
  return marks;
}

function markTitle(view: TokenView, marks: Uint8Array, open: number, close: number): void {
  const inner = close - open - 1;
  if (inner < 1 || inner > 6) return;
  if (!view.isWord(open + 1) || !view.isCapitalized(open + 1)) return;
  for (let t = open + 1; t < close; t++) marks[t] = 1;
}
