import type { ArticleDocument } from '../article/document.js';
import type { Token } from '../article/tokens.js';
import { cueVerb } from '../lexicon/cue-verbs.js';
import {
  CLAUSE_OPENERS,
  CLITICS,
  DETERMINERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from '../lexicon/spanish-function-words.js';
import type { Entity } from '../types.js';
import type { MarkedSpan } from './marks.js';

const CAPITALISED = /^\p{Lu}/u;
const NAME_PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'of',
  'the',
  'van',
  'von',
  'da',
  'di',
  'do',
  'dos',
  'du',
  'le',
  'al',
  'bin',
  'ben',
  'y',
]);
const SENTENCE_WORDS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CLAUSE_OPENERS,
  ...CLITICS,
  ...SUBJECT_PRONOUNS,
  ...TIME_WORDS,
  'y',
  'e',
  'o',
  'u',
  'ni',
  'no',
  'sí',
  'si',
  'pero',
  'sino',
  'así',
  'aún',
  'hay',
  'es',
  'fue',
  'son',
  'era',
  'está',
  'están',
  'ha',
  'han',
  'se',
]);

/**
 * The article's tokens as the quote extractor reads them: lower-cased, with the quotation each token
 * lies in, the entity each names, and which capitalised words are names rather than sentence openers.
 */
export class TokenView {
  readonly tokens: Token[];
  readonly lower: string[];
  /** Index of the marked span a token lies in (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** The entity whose mention covers a token. */
  readonly entityAt: (Entity | undefined)[];
  /** Tokens that open a sentence (first word of a sentence, a paragraph or after a colon). */
  readonly opensSentence: Uint8Array;
  private readonly capitalisedInside = new Set<string>();

  constructor(
    readonly doc: ArticleDocument,
    readonly spans: readonly MarkedSpan[],
    readonly entities: readonly Entity[],
  ) {
    const { tokens } = doc;
    this.tokens = tokens;
    this.lower = tokens.map((t) => t.text.toLowerCase());
    this.quoteOf = new Int32Array(tokens.length).fill(-1);
    this.entityAt = new Array<Entity | undefined>(tokens.length);
    this.opensSentence = new Uint8Array(tokens.length);

    let s = 0;
    spans.forEach((span, index) => {
      while (s < tokens.length && (tokens[s] as Token).end <= span.open) s++;
      for (let i = s; i < tokens.length && (tokens[i] as Token).start < span.close; i++)
        this.quoteOf[i] = index;
    });
    for (const sentence of doc.sentences) this.opensSentence[sentence.tokenStart] = 1;
    tokens.forEach((t, i) => {
      const prev = tokens[i - 1];
      if (prev && /^[:«“"'‘(—–-]$/.test(prev.text) && this.opensSentence[i - 1]) this.opensSentence[i] = 1;
      // After a colon, the wire's `.-`, a dash or a bullet, a new sentence starts.
      if (prev && /^(?::|\.-|[—–■•▪])$/.test(prev.text)) this.opensSentence[i] = 1;
      if (!this.opensSentence[i] && CAPITALISED.test(t.text)) this.capitalisedInside.add(t.text);
    });
    const sorted = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ entity, m })))
      .sort((a, b) => a.m.start - b.m.start);
    let t = 0;
    for (const { entity, m } of sorted) {
      while (t < tokens.length && (tokens[t] as Token).end <= m.start) t++;
      for (let i = t; i < tokens.length && (tokens[i] as Token).start < m.end; i++)
        this.entityAt[i] ??= entity;
    }
  }

  /** Index of the marked span token `i` lies in, or -1. */
  q(i: number): number {
    return this.quoteOf[i] ?? -1;
  }

  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  isWord(i: number): boolean {
    return /^[\p{L}\p{N}]/u.test(this.text(i));
  }

  /** Whether token `i` is a capitalised word that belongs to a name, not just a sentence opener. */
  isName(i: number): boolean {
    const text = this.text(i);
    if (!CAPITALISED.test(text) || !this.isWord(i)) return false;
    const lower = this.lower[i] as string;
    // `El`, `Según` opening a sentence are words, whatever a tagger made of them.
    if (this.opensSentence[i] && (SENTENCE_WORDS.has(lower) || cueVerb(lower))) return false;
    if (this.entityAt[i]) return true;
    // `el cuento No oyes ladrar…`, `apodado El caballero gaucho`: a capitalised function word
    // before a lowercase word opens a title or a nickname, whose words name no speaker.
    if (SENTENCE_WORDS.has(lower) && /^\p{Ll}/u.test(this.text(i + 1))) return false;
    if (!this.opensSentence[i]) return !NAME_PARTICLES.has(lower);
    if (this.capitalisedInside.has(text)) return true;
    // A sentence-opening word that never recurs capitalised is a name only when another follows.
    return CAPITALISED.test(this.text(i + 1)) && this.isWord(i + 1) && !this.opensSentence[i + 1];
  }

  /** The end (exclusive) of the name that starts at `i`: capitalised words joined by particles. */
  nameEnd(i: number, limit: number): number {
    let end = i + 1;
    for (;;) {
      const entity = this.entityAt[end];
      const before = this.entityAt[end - 1];
      // Two entities side by side are two names: `el delantero de Cruz Azul Mauro Formica`.
      const joins = entity === undefined || before === undefined || entity === before;
      if (end < limit && this.q(end) < 0 && joins && (this.isName(end) || (entity && entity === before))) {
        end++;
        continue;
      }
      // Particles join names only between capitalised words: `Banco de México`, `Bank of America`.
      let j = end;
      while (j < limit && NAME_PARTICLES.has(this.lower[j] as string) && this.lower[j] !== 'y') j++;
      if (
        j > end &&
        j < limit &&
        j - end <= 2 &&
        this.q(j) < 0 &&
        this.isName(j) &&
        (this.entityAt[j] === undefined ||
          this.entityAt[j] === this.entityAt[end - 1] ||
          this.entityAt[end - 1] === undefined ||
          this.lower[end] === 'of')
      ) {
        end = j + 1;
        continue;
      }
      return end;
    }
  }

  /** Text of tokens `[first, end)` as printed in the body. */
  slice(first: number, end: number): string {
    const a = this.tokens[first];
    const b = this.tokens[end - 1];
    return a && b && end > first ? this.doc.body.slice(a.start, b.end) : '';
  }
}
