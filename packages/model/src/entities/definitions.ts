import { expansionsOf } from '../lexicon/acronyms.js';
import { opensWithGivenName } from '../lexicon/given-names.js';
import { MISC_HEADS, ORG_HEADS } from '../lexicon/name-heads.js';
import { isKnownPlace } from '../lexicon/places.js';
import { atSentenceStart } from './clean.js';
import { fold, nameWords } from './fold.js';

/** An acronym the article defines, with where its expansion is printed. */
export interface Definition {
  /** The acronym as printed: `Cepal`, `NSA`. */
  short: string;
  /** The expansion as printed: `Comisión Económica para América Latina`. */
  long: string;
  longStart: number;
  longEnd: number;
}

/** The form acronyms are compared in: folded, without dots, spaces or hyphens. */
export const compact = (text: string) => fold(text).replace(/[.\s-]/g, '');

// Lower-case words that may sit inside a long name: `Oficina de las Naciones Unidas contra la Droga y el Delito`.
const INSIDE = new Set(
  'de del la las los el y e para en contra sobre por a al sin of the and for on'.split(' '),
);
const SHORT = String.raw`\p{Lu}[\p{L}&.-]{1,11}`;
const LONG_THEN_SHORT = new RegExp(String.raw`\((${SHORT})(\s*,[^()\n]{0,50}?siglas?[^()\n]{0,30})?\)`, 'gu');
const SHORT_THEN_LONG = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${SHORT})\s+\((\p{Lu}[^()\n]{4,120})\)`,
  'gu',
);

const allCaps = (s: string) => (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && s === s.toUpperCase();

/** Are the acronym's letters, in order, the initials of the name's significant words? */
function initialsMatch(short: string, long: string): boolean {
  return (
    nameWords(long)
      .map((w) => w[0])
      .join('') === compact(short)
  );
}

/** A looser fit for syllabic acronyms (`Cepal`, `Pemex`): same first letter, letters in order. */
function lettersMatch(short: string, long: string): boolean {
  const s = compact(short);
  const l = compact(long);
  if (!s || s[0] !== l[0]) return false;
  let i = 0;
  for (const ch of l) if (ch === s[i]) i++;
  return i === s.length;
}

/** Does the acronym open with the initial of one of the name's capitalised words (`Unesco`)? */
function opensAWord(short: string, long: string): boolean {
  const first = compact(short)[0];
  return long.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && compact(w)[0] === first);
}

/**
 * Could the acronym stand for the name? A foreign one reorders or translates its letters
 * (`Agencia de Seguridad Nacional` (NSA), `Estación Espacial Internacional` (ISS)) but shares some
 * initial with it; a party or city after a person's or an award's name (`Ana Sol (PRD)`, `Premios
 * Luna (NYC)`) shares none, follows a given name, or is a well-known acronym.
 */
function initialsCover(short: string, long: string): boolean {
  const heads = new Set(
    long
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => compact(w)[0]),
  );
  const known = expansionsOf(compact(short));
  return (
    [...compact(short)].some((ch) => heads.has(ch)) &&
    !opensWithGivenName(long) &&
    // An acronym everybody knows (`PRD`) stands for its own expansion or a piece of it
    // (`Revolución Democrática`), not for whatever name precedes it.
    (known.length === 0 || known.some((k) => fold(k).includes(fold(long))))
  );
}

/** Capitalised names are words of a name; so are the lower-case linking words between them. */
function isNameWords(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    /^\p{Lu}/u.test(words[0]!) &&
    /^\p{Lu}/u.test(words[words.length - 1]!) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || INSIDE.has(w))
  );
}

/**
 * The name printed just before `end` that an acronym stands for. Among the capitalised words that
 * could open it, the longest whose initials spell the acronym wins, then (for `Cepal`-like
 * acronyms) one whose letters fit, then one opened by an organisation or document head (`Oficina`, `Tratado`); failing those the
 * acronym must be in capitals and the whole run of name words is taken.
 */
function expansionBefore(
  text: string,
  end: number,
  short: string,
): { start: number; end: number } | undefined {
  const words: { start: number; end: number; text: string }[] = [];
  const re = /(\S+)\s*$/u;
  let to = end;
  while (words.length < 16) {
    const m = re.exec(text.slice(Math.max(0, to - 60), to));
    if (!m) break;
    const w = m[1]!;
    // A company's dotted suffix is part of its name: `Petróleos de Venezuela S.A. (Pdvsa)`.
    const suffix = /^(?:(?:\p{Lu}\.){1,4}|Inc\.|Corp\.|Ltd\.)$/u.test(w);
    if ((!/^[\p{Lu}\p{N}]/u.test(w) && !INSIDE.has(w)) || (/[,;:.»”"]$/u.test(w) && !suffix)) break;
    const start = to - m[0].length;
    words.unshift({ start, end: start + w.length, text: w });
    if (/^\p{Lu}/u.test(w) && atSentenceStart(text, start)) break;
    to = start;
  }
  while (words.length && !/^\p{Lu}/u.test(words[0]!.text)) words.shift();
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!.end;
  const opens = words.filter((w) => /^\p{Lu}/u.test(w.text) && words.indexOf(w) < words.length - 1);
  const long = (w: { start: number }) => text.slice(w.start, last);
  const pick =
    opens.find((w) => initialsMatch(short, long(w))) ??
    (!allCaps(short) ? opens.find((w) => lettersMatch(short, long(w))) : undefined) ??
    opens.find((w) => ORG_HEADS.has(fold(w.text)) || MISC_HEADS.has(fold(w.text))) ??
    (!allCaps(short) ? opens.find((w) => opensAWord(short, long(w))) : undefined) ??
    (allCaps(short) && opens[0] && initialsCover(short, long(opens[0])) ? opens[0] : undefined);
  return pick && { start: pick.start, end: last };
}

/**
 * Acronyms the article defines: `Comisión Económica para América Latina (Cepal)`, `Agencia
 * Nacional de Seguridad (NSA, por sus siglas en inglés)`, and the reverse `la Cepal (Comisión
 * Económica para América Latina)`.
 */
export function findDefinitions(text: string): Definition[] {
  const defs: Definition[] = [];
  for (const m of text.matchAll(LONG_THEN_SHORT)) {
    const short = m[1]!.replace(/\.$/, '');
    if (isKnownPlace(short) || !/\p{Lu}.*\p{Lu}|\p{Lu}\p{Ll}{2,}/u.test(short)) continue;
    let end = m.index;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const span = expansionBefore(text, end, short);
    if (!span) continue;
    const long = text.slice(span.start, span.end);
    if (!allCaps(short) && !lettersMatch(short, long) && !opensAWord(short, long)) continue;
    defs.push({ short, long, longStart: span.start, longEnd: span.end });
  }
  for (const m of text.matchAll(SHORT_THEN_LONG)) {
    const short = m[1]!;
    const long = m[2]!.replace(/,.*$/u, '').trim();
    if (!isNameWords(long) || isKnownPlace(long) || isKnownPlace(short)) continue;
    if (
      !(allCaps(short) ? lettersMatch(short, long) || initialsMatch(short, long) : lettersMatch(short, long))
    )
      continue;
    const longStart = m.index + m[0].indexOf('(') + 1;
    defs.push({ short, long, longStart, longEnd: longStart + long.length });
  }
  return defs;
}
