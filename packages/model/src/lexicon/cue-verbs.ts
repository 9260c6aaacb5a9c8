// Verbs that introduce or follow what somebody said (`dijo`, `afirmó`, `insistirá`), built from their
// lemmas with the conjugator, plus the irregular ones spelled out. `speech` verbs report words;
// `opinion` verbs (`consideró`, `prevé`) report a view and count as cues only next to a quotation or
// before `que`.
import { conjugate, type VerbForm, type VerbPattern } from './conjugation.js';

export type CueStrength = 'speech' | 'opinion';

export interface CueVerb {
  lemma: string;
  form: VerbForm;
  strength: CueStrength;
}

const IE_I: VerbPattern = { present: 'ie', preterite: 'i' };

const SPEECH: ReadonlyArray<string | [string, VerbPattern]> = [
  'abundar',
  'aclarar',
  'acotar',
  'acusar',
  'adelantar',
  'admitir',
  ['advertir', IE_I],
  'afirmar',
  'agregar',
  'alertar',
  'alegar',
  'añadir',
  'anticipar',
  'anunciar',
  'apostillar',
  'aplaudir',
  'apuntar',
  'argumentar',
  'asegurar',
  'asentar',
  'aseverar',
  'avisar',
  'bromear',
  'calificar',
  'celebrar',
  'censurar',
  'clamar',
  'comentar',
  'comunicar',
  'concluir',
  ['confesar', { present: 'ie' }],
  'confirmar',
  'contestar',
  'criticar',
  'cuestionar',
  'declarar',
  'demandar',
  'denunciar',
  'deplorar',
  'describir',
  ['desmentir', IE_I],
  'destacar',
  'detallar',
  'enfatizar',
  'escribir',
  'exclamar',
  'exigir',
  'explicar',
  'expresar',
  'externar',
  'finalizar',
  'garantizar',
  'gritar',
  'indicar',
  'informar',
  'insistir',
  'instar',
  'exhortar',
  'ironizar',
  'lamentar',
  ['manifestar', { present: 'ie' }],
  'matizar',
  'mencionar',
  'narrar',
  ['negar', { present: 'ie' }],
  ['pedir', { present: 'i', preterite: 'i' }],
  'plantear',
  'precisar',
  'preguntar',
  'proclamar',
  'prometer',
  'puntualizar',
  'quejar',
  'ratificar',
  'reafirmar',
  'recalcar',
  'reclamar',
  'reconocer',
  ['recordar', { present: 'ue' }],
  ['referir', IE_I],
  'reiterar',
  'relatar',
  'remarcar',
  ['repetir', { present: 'i', preterite: 'i' }],
  'replicar',
  'reportar',
  'reprochar',
  'resaltar',
  'responder',
  'resumir',
  'revelar',
  'sentenciar',
  'señalar',
  'sintetizar',
  'solicitar',
  'subrayar',
  'tachar',
  'tildar',
  ['sugerir', IE_I],
  'urgir',
];

const OPINION: ReadonlyArray<string | [string, VerbPattern]> = [
  'augurar',
  'aventurar',
  'calcular',
  'coincidir',
  'confiar',
  'considerar',
  'creer',
  'defender',
  'definir',
  'estimar',
  'juzgar',
  // `llamó a los medios «la peor amenaza»`: naming something is a view of it.
  'llamar',
  'opinar',
  ['pensar', { present: 'ie' }],
  'pronosticar',
  'retratar',
  'valorar',
  'vaticinar',
];

// Irregular verbs, finite forms first; the participle and gerund follow the `|`.
const IRREGULAR: ReadonlyArray<[string, CueStrength, string, string]> = [
  // `«…», continuó Ali`: going on speaking, in the past only (`la continua amenaza`, `continuará
  // festejando` are no speech), and only next to a quotation or before `que`.
  ['continuar', 'opinion', 'continuó continuaron', '|'],
  [
    'decir',
    'speech',
    'dice dicen decimos dijo dijeron dije dijimos decía decían dirá dirán diremos diría dirían decir',
    'dicho dicha dichos dichas|diciendo',
  ],
  [
    'sostener',
    'speech',
    'sostiene sostienen sostuvo sostuvieron sostuve sostenía sostenían sostendrá sostendrán sostendría sostener',
    'sostenido|sosteniendo',
  ],
  [
    'mantener',
    'opinion',
    'mantiene mantienen mantuvo mantuvieron mantenía mantendrá mantendría',
    'mantenido|manteniendo',
  ],
  [
    'exponer',
    'speech',
    'expone exponen expuso expusieron expuse exponía exponían expondrá expondría exponer',
    'expuesto|exponiendo',
  ],
  [
    'proponer',
    'speech',
    'propone proponen propuso propusieron propuse proponía propondrá propondría proponer',
    'propuesto|proponiendo',
  ],
  ['reponer', 'speech', 'repuso', '|'],
  ['aducir', 'speech', 'aduce aducen adujo adujeron aducía', 'aducido|aduciendo'],
  [
    'prever',
    'opinion',
    'prevé prevén previó previeron preveía preveían preverá preverán prevería',
    'previsto|previendo',
  ],
  ['contar', 'speech', 'contó contaron contaba contaban contará', 'contado|contando'],
];

// Present forms that are more often nouns (`la denuncia`, `una pregunta`) are kept but checked in
// context; these never count.
const NEVER = new Set(['cuenta', 'cuentan', 'alerta', 'acusada', 'acusado', 'acusados', 'acusadas']);

function build(): Map<string, CueVerb> {
  const map = new Map<string, CueVerb>();
  const add = (lemma: string, strength: CueStrength, forms: Map<string, VerbForm>): void => {
    for (const [word, form] of forms) {
      if (NEVER.has(word) || map.has(word)) continue;
      map.set(word, { lemma, form, strength });
    }
  };
  for (const [list, strength] of [
    [SPEECH, 'speech'],
    [OPINION, 'opinion'],
  ] as const) {
    for (const entry of list) {
      const [lemma, pattern] = typeof entry === 'string' ? [entry, {}] : entry;
      add(lemma, strength, conjugate(lemma, pattern));
    }
  }
  for (const [lemma, strength, finite, rest] of IRREGULAR) {
    const [participles = '', gerund = ''] = rest.split('|');
    const forms = new Map<string, VerbForm>();
    for (const w of finite.split(' ')) forms.set(w, w === lemma ? 'infinitive' : 'finite');
    for (const w of participles.split(' ').filter(Boolean)) forms.set(w, 'participle');
    if (gerund) forms.set(gerund, 'gerund');
    add(lemma, strength, forms);
  }
  return map;
}

const CUE_VERBS: ReadonlyMap<string, CueVerb> = build();

/** The reporting verb `word` is a form of (lowercase), or undefined. */
export function cueVerb(word: string): CueVerb | undefined {
  return CUE_VERBS.get(word.toLowerCase());
}

/** Forms of `haber` that make a participle a perfect tense: `ha dicho`, `había señalado`. */
export const HABER: ReadonlySet<string> = new Set(
  'he has ha hemos han había habían habíamos habrá habrán habría habrían hubo haya hayan hubiera hubieran haber habiendo'.split(
    ' ',
  ),
);

/** The lemma of a reporting verb form (`declaró` → `declarar`), or undefined. */
export function cueLemma(word: string): string | undefined {
  return cueVerb(word)?.lemma;
}

export const isCueVerb = (word: string): boolean => cueVerb(word) !== undefined;
