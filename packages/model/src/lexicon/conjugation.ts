// A small Spanish conjugator for the forms a news story uses to report speech: third persons of the
// present, preterite, imperfect, future and conditional, the first persons plural, the preterite
// first person singular, and the non-finite forms. Orthographic and stem changes are handled for the
// verb classes that occur among reporting verbs; truly irregular verbs list their forms by hand.

export type VerbForm = 'finite' | 'participle' | 'gerund' | 'infinitive';

export interface VerbPattern {
  /** Stem vowel change in the stressed present: `manifestar` → `manifiesta`, `recordar` → `recuerda`. */
  present?: 'ie' | 'ue' | 'i';
  /** `-ir` verbs that also close the vowel in the preterite: `advertir` → `advirtió`, `pedir` → `pidió`. */
  preterite?: 'i' | 'u';
}

/** Every form of `lemma` with what kind of form it is. */
export function conjugate(lemma: string, pattern: VerbPattern = {}): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  const ending = lemma.slice(-2);
  const stem = lemma.slice(0, -2);
  if (ending !== 'ar' && ending !== 'er' && ending !== 'ir') return forms;
  const finite = (list: string[]): void => list.forEach((f) => forms.set(f, 'finite'));

  const present = pattern.present ? changeLastVowel(stem, pattern.present) : stem;
  const narrow = pattern.preterite ? changeLastVowel(stem, pattern.preterite) : stem;
  // `concluir` → `concluye`, `concluyó`: a y between the stem's u and the ending vowel.
  const uir = ending === 'ir' && stem.endsWith('u') && !stem.endsWith('gu') && !stem.endsWith('qu');
  // `leer`, `creer` → `leyó`, `creyeron`.
  const eer = ending === 'er' && /[aeo]$/.test(stem);

  if (ending === 'ar') {
    finite([`${present}a`, `${present}an`, `${stem}amos`, `${stem}ó`, `${stem}aron`]);
    finite([`${firstPreterite(stem)}é`, `${stem}aba`, `${stem}aban`, `${stem}ábamos`]);
    forms.set(`${stem}ado`, 'participle');
    forms.set(`${stem}ando`, 'gerund');
  } else {
    const yStem = uir ? `${stem}y` : present;
    finite([
      `${yStem}e`,
      `${yStem}en`,
      `${stem}${ending === 'er' ? 'emos' : 'imos'}`,
      `${stem}${eer ? 'ímos' : 'imos'}`,
    ]);
    if (uir || eer) {
      finite([`${stem}yó`, `${stem}yeron`, `${stem}í`, `${stem}ía`, `${stem}ían`]);
      forms.set(`${stem}yendo`, 'gerund');
    } else {
      finite([`${narrow}ió`, `${narrow}ieron`, `${stem}í`, `${stem}ía`, `${stem}ían`]);
      forms.set(`${narrow}iendo`, 'gerund');
    }
    forms.set(eer ? `${stem}ído` : `${stem}ido`, 'participle');
  }
  finite([`${lemma}á`, `${lemma}án`, `${lemma}emos`, `${lemma}ía`, `${lemma}ían`]);
  forms.set(lemma, 'infinitive');
  // Participles agree when passive or adjectival: `lo señalado`, `las cifras reveladas`.
  for (const [form, kind] of [...forms]) {
    if (kind === 'participle') {
      const base = form.slice(0, -1);
      for (const suffix of ['a', 'os', 'as']) forms.set(base + suffix, 'participle');
    }
  }
  return forms;
}

// Preterite first person: `indiqué`, `agregué`, `puntualicé`, `averigüé`.
function firstPreterite(stem: string): string {
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}qu`;
  if (stem.endsWith('gu')) return `${stem.slice(0, -2)}gü`;
  if (stem.endsWith('g')) return `${stem}u`;
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}c`;
  return stem;
}

function changeLastVowel(stem: string, change: 'ie' | 'ue' | 'i' | 'u'): string {
  const vowel = change === 'ue' || change === 'u' ? 'o' : 'e';
  const at = stem.lastIndexOf(vowel);
  return at < 0 ? stem : stem.slice(0, at) + change + stem.slice(at + 1);
}
