import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import type { TokenView } from './token-view.js';

// The figure's subject is the noun phrase it measures when the sentence joins them closely:
// `un volumen de intercambios de casi 30.000 millones`, `este aumento fue de 18 por ciento`,
// `la venta de cereales supone al menos 12 mil millones`.

const DETERMINERS = new Set(
  'el la los las un una unos unas su sus este esta estos estas ese esa esos esas dicho dicha nuestro nuestra cuyo cuya al del con'.split(
    ' ',
  ),
);
const LINKS = new Set(['de', 'en', 'a', ':']);
const LINKING_VERBS = new Set(
  (
    'fue es era sera seria sea son fueron eran seran serian ascendio asciende ascendera ascenderia ascendia ' +
    'alcanzo alcanza alcanzara alcanzaria alcanzaron suma sumo sumara sumaron supone supuso representa represento ' +
    'representan totalizo totaliza registro registra llego llega llegara ubico ubica situa situo cerro cierra ' +
    'quedo queda rondo ronda estimo estima calcula calculo superior supera supero rebaso rebasa'
  ).split(' '),
);
// Words that never sit inside a subject noun phrase: verbs, relatives, conjunctions, pronouns.
const NOT_IN_PHRASE = new Set(
  (
    'que se sera es fue ha han hay habia no y o como cuando donde cual cuales quien quienes lo le les sea era ' +
    'son fueron eran seran seria serian esta estan estaba mas menos muy ya tambien solo sino pero aunque ' +
    'si ni porque pues segun entre sobre tras para por sin hasta desde hacia contra ante bajo durante mediante'
  ).split(' '),
);
const MAX_WORDS = 5;
// A phrase ending in a word of the calendar dates the figure, it is not what it measures:
// `condenado el viernes a 11 años`, `imputó este año a cuatro`.
const TIME_WORDS = new Set([
  'hoy',
  'ayer',
  'ano',
  'anos',
  'mes',
  'meses',
  'semana',
  'dia',
  'dias',
  'fecha',
  'hora',
]);
const datesIt = (key: string) => TIME_WORDS.has(key) || WEEKDAYS.has(key) || MONTHS.has(key);

/** The subject noun phrase before the figure starting at token `first`, as printed, if close. */
export function subjectBefore(view: TokenView, first: number): string | undefined {
  let j = first - 1;
  if (j < 0 || view.startsSentence(first)) return undefined;
  let linked = false;
  if (LINKS.has(view.key(j)) && !view.startsSentence(j)) {
    linked = true;
    j--;
  }
  if (LINKING_VERBS.has(view.key(j)) && !view.startsSentence(j)) {
    linked = true;
    j--;
    if (view.key(j) === 'se' && !view.startsSentence(j)) j--;
  }
  if (!linked) return undefined;
  const last = j;
  let words = 0;
  for (; j >= 0 && words < MAX_WORDS; j--) {
    if (view.startsSentence(j + 1)) return undefined;
    const key = view.key(j);
    if (DETERMINERS.has(key)) {
      if (j === last) return undefined;
      // A phrase must start and end on a content word: `volumen de intercambios`.
      if (view.key(j + 1) === 'de' || view.key(last) === 'de' || view.key(last) === 'del') return undefined;
      if (datesIt(view.key(last))) return undefined;
      return view.body.slice(view.start(j + 1), view.end(last));
    }
    if (!view.isWord(j) || NOT_IN_PHRASE.has(key)) return undefined;
    words++;
  }
  return undefined;
}
