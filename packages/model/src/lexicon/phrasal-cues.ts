// Reporting verbs of several words (`dio a conocer que`, `hizo saber que`, `dejó claro que`): the
// first word carries the tense and the rest is fixed, so the one-word lexicon misses them and the
// sentence's subject never became a speaker.
import { conjugate, type VerbForm } from './conjugation.js';
import type { CueVerb } from './cue-verbs.js';

function irregular(
  finite: string,
  participle: string,
  gerund: string,
  infinitive: string,
): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  for (const w of finite.split(' ')) forms.set(w, 'finite');
  forms.set(participle, 'participle');
  forms.set(gerund, 'gerund');
  forms.set(infinitive, 'infinitive');
  return forms;
}

const PHRASES: ReadonlyArray<{ lemma: string; forms: Map<string, VerbForm>; rest: readonly string[][] }> = [
  {
    lemma: 'dar a conocer',
    forms: irregular('da dan daba daban dio dieron dará darán daría darían', 'dado', 'dando', 'dar'),
    rest: [['a', 'conocer']],
  },
  {
    lemma: 'hacer saber',
    forms: irregular(
      'hace hacen hacía hacían hizo hicieron hará harán haría harían',
      'hecho',
      'haciendo',
      'hacer',
    ),
    rest: [['saber']],
  },
  { lemma: 'dejar claro', forms: conjugate('dejar'), rest: [['claro'], ['en', 'claro']] },
];

/** The multi-word reporting verb starting at `i`, with how many tokens it spans. */
export function phrasalCue(
  lower: readonly string[],
  i: number,
): { verb: CueVerb; length: number } | undefined {
  const word = lower[i] ?? '';
  for (const phrase of PHRASES) {
    const form = phrase.forms.get(word);
    if (!form) continue;
    const rest = phrase.rest.find((words) => words.every((w, k) => lower[i + 1 + k] === w));
    if (rest) return { verb: { lemma: phrase.lemma, form, strength: 'speech' }, length: rest.length + 1 };
  }
  return undefined;
}
