import type { ArticleDocument } from '../article/document.js';
import type { Token } from '../article/tokens.js';

// Keys fold case and accents so that `millón`, `Millon` and `MILLÓN` look up alike.
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^ -~]/;

/** Lowercase without accents: the form word lists are keyed by. */
export function foldKey(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

const DIGIT = /^\d/;
const LETTER = /^[\p{L}\p{M}]/u;
const UPPER = /^\p{Lu}/u;

/**
 * The article's tokens with what the figure scanner asks of them, computed once: folded keys,
 * whether a token is digits or a word, touches its neighbour, or opens a sentence.
 */
export class TokenView {
  readonly tokens: readonly Token[];
  readonly body: string;
  readonly length: number;
  /** Folded keys, computed on first use: most tokens are never looked up. */
  private readonly keys: (string | undefined)[];
  private readonly sentenceFirst: Uint8Array;
  private readonly paragraphFirst: Uint8Array;
  /** Per token, the index of its sentence in `sentenceBounds`. */
  private readonly sentenceIndex: Uint32Array;
  /** Token ranges of the sentences, as pairs [start, end). */
  private readonly sentenceBounds: Uint32Array;

  constructor(doc: Pick<ArticleDocument, 'tokens' | 'sentences' | 'body'>) {
    this.tokens = doc.tokens;
    this.body = doc.body;
    this.length = doc.tokens.length;
    this.keys = new Array<string | undefined>(this.length);
    this.sentenceFirst = new Uint8Array(this.length + 1);
    this.paragraphFirst = new Uint8Array(this.length + 1);
    this.sentenceIndex = new Uint32Array(this.length);
    this.sentenceBounds = new Uint32Array(doc.sentences.length * 2);
    let paragraph = -1;
    doc.sentences.forEach((sentence, n) => {
      this.sentenceFirst[sentence.tokenStart] = 1;
      if (sentence.paragraph !== paragraph) this.paragraphFirst[sentence.tokenStart] = 1;
      paragraph = sentence.paragraph;
      this.sentenceBounds[2 * n] = sentence.tokenStart;
      this.sentenceBounds[2 * n + 1] = sentence.tokenEnd;
      this.sentenceIndex.fill(n, sentence.tokenStart, Math.min(sentence.tokenEnd, this.length));
    });
  }

  /** The index of the sentence token i belongs to. */
  sentenceOf(i: number): number {
    return this.sentenceIndex[i] ?? 0;
  }

  /** The token range [start, end) of the sentence token i belongs to. */
  sentenceAround(i: number): [number, number] {
    const n = this.sentenceOf(i);
    return [this.sentenceBounds[2 * n] ?? 0, this.sentenceBounds[2 * n + 1] ?? this.length];
  }

  /** The first token of a paragraph. */
  startsParagraph(i: number): boolean {
    return this.paragraphFirst[i] === 1;
  }

  /** The token's text, or '' outside the article. */
  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  /** The folded key, or '' outside the article. */
  key(i: number): string {
    const token = this.tokens[i];
    if (token === undefined) return '';
    return (this.keys[i] ??= foldKey(token.text));
  }

  start(i: number): number {
    return (this.tokens[i] as Token).start;
  }

  end(i: number): number {
    return (this.tokens[i] as Token).end;
  }

  isDigits(i: number): boolean {
    return DIGIT.test(this.text(i));
  }

  isWord(i: number): boolean {
    return LETTER.test(this.text(i));
  }

  isCapitalized(i: number): boolean {
    return UPPER.test(this.text(i));
  }

  /** Written in capitals throughout, with at least two letters: `SMS`, `ONU`. */
  isAllCaps(i: number): boolean {
    const text = this.text(i);
    return text.length > 1 && LETTER.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
  }

  /** Token i touches token i - 1 with no space between them. */
  touchesPrevious(i: number): boolean {
    const previous = this.tokens[i - 1];
    const token = this.tokens[i];
    return previous !== undefined && token !== undefined && previous.end === token.start;
  }

  /** Token i touches token i + 1. */
  touchesNext(i: number): boolean {
    return this.touchesPrevious(i + 1);
  }

  /** The first word of a sentence, after any opening marks: its capital says nothing about names. */
  opensSentence(i: number): boolean {
    let j = i;
    while (j > 0 && !this.sentenceFirst[j] && OPENERS.has(this.text(j - 1))) j--;
    return this.sentenceFirst[j] === 1 || j === 0;
  }

  /** Sentence-level boundary between i - 1 and i: the scanner never reads across it. */
  startsSentence(i: number): boolean {
    return this.sentenceFirst[i] === 1;
  }
}

const OPENERS = new Set(['«', '“', '"', "'", '‘', '(', '[', '¿', '¡', '—', '–', '-', '■', '•']);
