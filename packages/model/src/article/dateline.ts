import type { Dateline } from '../types.js';

// A place name: capitalised words, with lowercase particles between them
// (`San Cristóbal de las Casas`, `Río de Janeiro`), or a slash pair (`Ginebra/Davos`).
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:de|del|la|las|los|el|do|da|dos|das)`;
const PLACE = String.raw`${WORD}(?:[ ](?:${PARTICLE}[ ])*${WORD}){0,4}(?:/${WORD}(?:[ ]${WORD}){0,2})?`;
// A region after the place: a state abbreviation (`Gro.`, `DF`, `D.F.`) or a name (`Nebraska`, `Perú`).
const REGION = String.raw`\p{Lu}(?:\.\p{Lu}){1,2}\.?|\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*)?\.?`;
const DATE = String.raw`\d{1,2}[ ](?:de[ ])?\p{Ll}{3,10}\.?(?:[ ](?:de[ ])?\d{4})?`;
const AGENCY = String.raw`\((?<agency>\p{Lu}[\p{L}\p{M}.]*(?:[ ][\p{L}\p{M}.]+){0,2})\)`;
// What ends a dateline: the wire's `.-`, a dash, or a period before the first sentence.
const SEPARATOR = String.raw`(?:\.?[ ]?[-—–]+|\.|:)`;
const NEXT = String.raw`(?=[ ]*[\p{Lu}«“"'¿¡(\d])`;

const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?:[ ]\((?<paren>${REGION})\))?(?:,?[ ](?<region>${REGION}))??` +
    String.raw`(?:,[ ](?<date>${DATE}))?(?:[ ]${AGENCY})?[ ]?(?<sep>${SEPARATOR})${NEXT}`,
  'u',
);

// Some copy drops the dateline's punctuation (`Barcelona El brasileño…`, `Naciones Unidas, Tras…`):
// a place, then a capitalised article or preposition opening a sentence that goes on in lower case.
const SENTENCE_OPENING = String.raw`(?:El|La|Los|Las|Un|Una|Tras|Al|En|Con|Ante|Desde|Durante)[ ]\p{Ll}`;
const UNMARKED_DATELINE = new RegExp(String.raw`^(?<place>${PLACE}),?[ ](?=${SENTENCE_OPENING})`, 'u');
// Words that open sentences and so cannot be the first word of such a place: `Según El País, …`.
const NOT_PLACES = new Set(
  (
    'según hoy ayer ante tras para con en el la los las un una este esta estos estas ese esa desde durante ' +
    'mientras aunque pero además luego así sin por a de al del cuando donde como mañana anoche también ' +
    'incluso sobre entre hasta contra hace'
  ).split(' '),
);

// Mexican state abbreviations, which sometimes follow the city without a comma (`Villahermosa Tab.`).
const STATES = new Set(
  'ags bc bcs camp coah col chis chih df cdmx dgo gto gro hgo jal méx mex mich mor nay nl oax pue qro qroo roo slp sin son tab tamps tams tlax ver yuc zac edomex'.split(
    ' ',
  ),
);

/** The dateline that opens a story's first paragraph, or undefined when the story has none. */
export function parseDateline(paragraph: string, offset = 0): Dateline | undefined {
  const head = paragraph.slice(0, 160);
  const match = DATELINE.exec(head);
  if (!match?.groups) return unmarkedDateline(head, offset);
  const { region, paren, date, agency, sep } = match.groups;
  let place = match.groups.place ?? '';
  let regionText = (region ?? paren)?.replace(/\.$/, '');
  // A bare period after a single word is also how short sentences end ("Gracias. …").
  if (sep === ':' || (sep === '.' && !date && !agency && OPENERS.has(place.toLowerCase()))) return undefined;
  const words = place.split(' ');
  const last = words.at(-1) ?? '';
  if (!regionText && words.length > 1 && STATES.has(last.toLowerCase())) {
    regionText = last;
    place = words.slice(0, -1).join(' ');
  }
  const dateline: Dateline = { place: titleCase(place), start: offset, end: offset + match[0].length };
  if (regionText) dateline.region = regionText;
  // `12 nov.` keeps its abbreviation's period; `3 de marzo.-` does not.
  if (date) dateline.date = date.replace(/(\p{L}{5,})\.$/u, '$1');
  if (agency) dateline.agency = agency;
  return dateline;
}

/** A dateline with no punctuation of its own: `Barcelona El brasileño…`. */
function unmarkedDateline(head: string, offset: number): Dateline | undefined {
  const match = UNMARKED_DATELINE.exec(head);
  const place = match?.groups?.place;
  if (!match || !place) return undefined;
  const words = place.split(' ');
  if (words.length > 4 || NOT_PLACES.has(words[0]!.toLowerCase())) return undefined;
  return { place: titleCase(place), start: offset, end: offset + match[0].trimEnd().length };
}

const OPENERS = new Set([
  'gracias',
  'no',
  'si',
  'sí',
  'bueno',
  'claro',
  'hola',
  'adiós',
  'nada',
  'basta',
  'ya',
]);

// `CALERA` and `JEREZ` are printed in capitals; the place is the name, not the typography.
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .replace(/(^|[ /-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
