import type { TokenView } from './token-view.js';

/** Whether the verb that governs a date speaks of what has happened or of what is to come. */
export type Tense = 'past' | 'future';

// How far from the date the governing verb is looked for, in tokens, within its sentence.
const REACH = 12;

// Words that set a clause in the future whatever its verb (`la semana entrante`, `tiene previsto`).
// (Not `próximo`: `los parientes más próximos` is nearness, and `el próximo lunes` is read apart.)
const FUTURE_WORDS = new Set([
  'entrante',
  'venidero',
  'previsto',
  'prevista',
  'programado',
  'programada',
  'debe',
  'deben',
  'debera',
  'deberan',
]);
// `va a jugar`, `van a reunirse`: the periphrastic future.
const GOING = new Set(['va', 'van', 'vamos', 'voy']);
// Preterites with no accent to tell them by: `dijo`, `fue`, `hubo`.
const IRREGULAR_PRETERITES = new Set(
  (
    'dijo dijeron fue fueron hubo tuvo tuvieron estuvo estuvieron hizo hicieron puso pusieron pudo ' +
    'pudieron quiso quisieron vino vinieron dio vio trajo trajeron condujo produjo sostuvo obtuvo ' +
    'mantuvo detuvo propuso dispuso'
  ).split(' '),
);
// `ha dicho`, `habían llegado`: the perfect tenses report the past.
const PERFECT_AUXILIARIES = new Set(['ha', 'han', 'habia', 'habian', 'hubo']);

/**
 * The tense of the verb nearest to token i in its sentence: a future form (`jugará`, `van a jugar`,
 * `debe enfrentar`, `la semana entrante`) or a preterite, imperfect or perfect (`murió`, `llegaron`,
 * `ocupaban`, `ha dicho`). Undefined when the nearest verbs are in the present or have no tense to read.
 */
export function clauseTense(view: TokenView, i: number, first = i): Tense | undefined {
  const [start, end] = view.sentenceAround(i);
  // `para el jueves`, `para este jueves`: a date set as a goal lies ahead.
  if (view.key(first - 1) === 'para' && first - 1 >= start) return 'future';
  // A participle right before the date is the event it dates, whatever the main verb says
  // (`las sustancias retiradas el martes serán transferidas`), unless its auxiliary has a tense of
  // its own (`será abordado el martes`).
  if (first - 1 >= start && isParticiple(view, first - 1)) {
    return (first - 2 >= start ? tenseOf(view, first - 2) : undefined) ?? 'past';
  }
  // The nearest verb on either side, not past a `que`: the clause beyond it has a tense of its own
  // (`añadieron que … un dictamen para este jueves`).
  let left = first - 1 >= start;
  let right = true;
  for (let distance = 1; distance <= REACH && (left || right); distance++) {
    const before = first - distance;
    if (left && (before < start || view.key(before) === 'que')) left = false;
    if (left) {
      const tense = tenseOf(view, before);
      if (tense) return tense;
    }
    const after = i + distance;
    if (right && (after >= end || view.key(after) === 'que')) right = false;
    if (right) {
      const tense = tenseOf(view, after);
      if (tense) return tense;
    }
  }
  return undefined;
}

// Determiners make an -ado/-ido word a noun: `el partido`, `un jurado`, `su estado`.
const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'del', 'al', 'este', 'ese']);

function isParticiple(view: TokenView, j: number): boolean {
  return (
    view.isWord(j) &&
    !view.isCapitalized(j) &&
    /[aeií]d[oa]s?$/.test(view.key(j)) &&
    view.key(j).length > 4 &&
    !DETERMINERS.has(view.key(j - 1))
  );
}

function tenseOf(view: TokenView, j: number): Tense | undefined {
  // Capitals mark names, except on the sentence's first word (`Jugará el lunes`).
  if (!view.isWord(j) || (view.isCapitalized(j) && !view.opensSentence(j))) return undefined;
  const key = view.key(j);
  if (FUTURE_WORDS.has(key)) return 'future';
  if (GOING.has(key) && view.key(j + 1) === 'a' && /(ar|er|ir)(se)?$/.test(view.key(j + 2))) return 'future';
  if (IRREGULAR_PRETERITES.has(key)) return 'past';
  if (PERFECT_AUXILIARIES.has(key) && isParticiple(view, j + 1)) return 'past';
  const text = view.text(j).toLowerCase();
  if (text.length < 4) return undefined;
  // Future: `jugará`, `viajarán`, `habrá`; the accent tells it from nouns such as `contra`.
  if (/r[áé]n?$/.test(text)) return 'future';
  // Preterite (`murió`, `llegaron`, `murieron`, `cayeron`) and imperfect (`ocupaban`).
  if (text.endsWith('ó') || /(aron|ieron|yeron|aba|aban)$/.test(text)) return 'past';
  return undefined;
}
