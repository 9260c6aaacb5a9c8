import { opensWithGivenName } from '../lexicon/given-names.js';
import { COMPANY_SUFFIX, LOCATION_HEADS, MISC_HEADS, ORG_HEADS } from '../lexicon/name-heads.js';
import { KNOWN_SHORT_FORMS } from '../lexicon/acronyms.js';
import { isKnownPlace, isUnambiguousPlace, PLACE_NAMES } from '../lexicon/places.js';
import type { RuleId } from '../explain/rules.js';
import type { RawSpan } from './clean.js';
import { isOrdinaryWord } from './common-words.js';
import { fold } from './fold.js';

/** A candidate name with what decided it: the tagger, a gazetteer, a company suffix. */
export interface Candidate extends RawSpan {
  /** A type fixed by a lexicon, not to be outvoted by the tagger. */
  forced?: RawSpan['type'];
  /** The rule that fixed `forced`. */
  forcedBy?: RuleId;
  /** Found in the title: offsets are into the title, and it is not a body mention. */
  inTitle?: boolean;
}

const byStart = (a: RawSpan, b: RawSpan) => a.start - b.start || b.end - a.end;
const headOf = (name: string) => fold(name.split(/[\s-]+/)[0] ?? '');
const isAcronym = (w: string) => /^(?:\p{Lu}\.?){2,8}$/u.test(w) || /^\p{Lu}{2,}(?:-\p{Lu}+)*$/u.test(w);

// What may stand between two halves of one name: `Código Fiscal` de la `Federación`, `Bank` of `America`.
const CONNECTOR = /^\s+(?:de|del|de la|de las|de los|of|of the|for|for the)\s+$/u;

/**
 * Does a multi-word piece after `y` go on with the name before it? It opens with an ordinary word
 * and holds no body's head, and the name before it is not complete with a place (`Partido Verde de
 * México` y `Nueva Alianza` are two parties).
 */
function continuesName(before: string, piece: string): boolean {
  const words = piece.split(/\s+/);
  const last = before.split(/\s+/).pop() ?? '';
  return isOrdinaryWord(words[0]!) && !words.some((w) => ORG_HEADS.has(fold(w))) && !isKnownPlace(last);
}

// First words of settlements and complexes whose names go on after `de`: `San Juan de los Lagos`.
const SETTLEMENT_HEAD = /^(?:San|Santa|Santo|Santiago|Villa|Ciudad|Real|Valle)\s/u;

// Heads of bodies often named after a person: `Escuela Benito Juárez`, `Fundación Ana Ruiz`.
const NAMED_BODIES = new Set(
  'escuela colegio instituto universidad hospital museo teatro fundacion biblioteca galeria'.split(' '),
);

/**
 * Joins two spans the tagger split at a connector when the first is an organisation or a thing
 * (`Código Fiscal` + `Federación`, `Bank` + `America Merrill Lynch`). A place after a fuller name is
 * left apart (`Secretaría de Hacienda` de `México`), unless the name is a bare head (`Banco` de `México`).
 */
export function joinSplitNames(spans: Candidate[], text: string): Candidate[] {
  const sorted = [...spans].sort(byStart);
  const out: Candidate[] = [];
  for (const span of sorted) {
    const prev = out[out.length - 1];
    // `Instituto de Estudios Agrarios, Forestales y Pesqueros`: one name whose pieces,
    // single words that are no name of their own, the tagger kept apart. After `y` the piece may
    // run on when it opens with an ordinary word (`Ministerio de Cultura y Deportes de …`,
    // `Secretaría de Medio Ambiente y Recursos Naturales`): no name of its own starts that way.
    const gap = text.slice(prev?.end ?? 0, span.start);
    if (
      prev &&
      (prev.type === 'ORGANIZATION' || prev.type === 'MISC') &&
      ORG_HEADS.has(headOf(prev.text)) &&
      span.type !== 'PERSON' &&
      !isKnownPlace(span.text) &&
      !opensWithGivenName(span.text) &&
      !ORG_HEADS.has(headOf(span.text)) &&
      !/^\p{Lu}{2,}/u.test(span.text) &&
      (/^\s+(?:a|al|para|contra|sobre)\s+$/u.test(gap) ||
        // `Unidad Académica en Estudios del Desarrollo`: a field after `en` opens with an ordinary word.
        (/^\s+en\s+$/u.test(gap) && isOrdinaryWord(span.text.split(/\s+/)[0]!)) ||
        (!/\s/.test(span.text) && /^(?:\s+(?:y|e)\s+|,\s+)$/u.test(gap)) ||
        (/^\s+(?:y|e)\s+$/u.test(gap) && continuesName(prev.text, span.text)))
    ) {
      out[out.length - 1] = { ...prev, end: span.end, text: text.slice(prev.start, span.end) };
      continue;
    }
    // A facility or institution named after a person, the head cut off by the tagger: `Gimnasio` +
    // `Ana Ruiz` is one place, `Escuela` + `Benito Juárez` one body.
    const named = prev && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(prev.text) ? fold(prev.text) : '';
    if (
      named &&
      (LOCATION_HEADS.has(named) || NAMED_BODIES.has(named)) &&
      span.type === 'PERSON' &&
      gap === ' '
    ) {
      const type = LOCATION_HEADS.has(named) ? 'LOCATION' : 'ORGANIZATION';
      out[out.length - 1] = { ...prev!, end: span.end, text: text.slice(prev!.start, span.end), type };
      continue;
    }
    // A settlement named for a saint, or a complex, runs on past `de`: `San Antonio` del `Ciprés`,
    // `Ciudad Deportiva` de la `Magdalena Mixihuca`; the piece is no place of its own.
    if (
      prev &&
      prev.type === 'LOCATION' &&
      SETTLEMENT_HEAD.test(prev.text) &&
      (span.type === 'LOCATION' || span.type === 'MISC') &&
      CONNECTOR.test(gap) &&
      !isKnownPlace(span.text) &&
      span.text.split(/\s+/).length <= 2
    ) {
      out[out.length - 1] = { ...prev, end: span.end, text: text.slice(prev.start, span.end) };
      continue;
    }
    // A body's span that swallowed the given name of the person after it: `Gobierno de Miguel` +
    // `Alonso Reyes` is the government of `Miguel Alonso Reyes`; a lone office word left (`Gobierno`)
    // names nothing.
    const swallowed = prev && /^(.+?)\s+(?:de|del)\s+(\p{Lu}[\p{Ll}\p{M}]+)$/u.exec(prev.text);
    if (
      prev &&
      swallowed &&
      span.type === 'PERSON' &&
      (prev.type === 'ORGANIZATION' || prev.type === 'MISC') &&
      /^ $/.test(gap) &&
      opensWithGivenName(swallowed[2]!) &&
      !isKnownPlace(swallowed[2]!)
    ) {
      const person = { ...span, start: span.start - swallowed[2]!.length - 1 };
      person.text = text.slice(person.start, person.end);
      const body = swallowed[1]!;
      if (/\s/.test(body) || !isOrdinaryWord(body)) {
        out[out.length - 1] = { ...prev, end: prev.start + body.length, text: body };
      } else out.pop();
      out.push(person);
      continue;
    }
    // A middle initial or a given name's abbreviation ends the tagger's span at its period, and may
    // leave a person typed as a place: `George W` + `Bush`, `Gloria M` + `Grandolini`, `José Ma` +
    // `González Nava` (Ma. is María).
    if (
      prev &&
      /^\.\s+$/u.test(gap) &&
      (/\s\p{Lu}$/u.test(prev.text) || NAME_ABBREVIATION.test(prev.text)) &&
      /^\p{Lu}/u.test(span.text) &&
      (prev.type === 'PERSON' ||
        ((span.type === 'PERSON' || opensWithGivenName(prev.text)) && !isKnownPlace(span.text)))
    ) {
      out[out.length - 1] = {
        ...prev,
        type: 'PERSON',
        end: span.end,
        text: text.slice(prev.start, span.end),
      };
      continue;
    }
    if (
      prev &&
      (prev.type === 'ORGANIZATION' || prev.type === 'MISC') &&
      span.type !== 'PERSON' &&
      CONNECTOR.test(text.slice(prev.end, span.start)) &&
      (!isKnownPlace(span.text) || (!/\s/.test(prev.text) && ORG_HEADS.has(fold(prev.text))))
    ) {
      out[out.length - 1] = { ...prev, end: span.end, text: text.slice(prev.start, span.end) };
      continue;
    }
    out.push(span);
  }
  return out;
}

// The full names of the bodies the acronym table knows (`Banco Mundial`, `Fondo Monetario Internacional`).
const WELL_KNOWN_BODIES: ReadonlySet<string> = new Set(Object.values(KNOWN_SHORT_FORMS).map(fold));

// Given names written short inside a full name: `Ma.` (María), `Fco.` (Francisco), `Gpe.`
// (Guadalupe), `Ma. de Jesús`.
const NAME_ABBREVIATION = /\s(?:Ma|Fco|Gpe|Jna|Ant|Ma\. de)$/u;

/**
 * Splits spans that hold two names: a known place, then another name after `de` (`México de AI`,
 * `Zócalo del Distrito Federal`, `Colombia de la Oficina …`), and coordinations of places or people (`Rusia y
 * Kazajistán`). Names that are themselves known places stay whole (`Trinidad y Tobago`).
 */
export function splitJoinedNames(spans: Candidate[], text: string): Candidate[] {
  return spans.flatMap((span) => {
    if (isKnownPlace(span.text)) return [span];
    const of = /^(.+?)\s+(?:de|del|de la|de los|de las)\s+(\p{Lu}.*)$/u.exec(span.text);
    // A settlement named for a saint keeps what follows when it is no place or body of its own
    // (`San Antonio del Ciprés` is no `San Antonio`).
    const settlement =
      of !== null &&
      SETTLEMENT_HEAD.test(of[1]!) &&
      !isKnownPlace(of[2]!) &&
      !ORG_HEADS.has(headOf(of[2]!)) &&
      !isAcronym(of[2]!);
    if (of && isUnambiguousPlace(of[1]!) && !settlement) {
      const second = span.start + span.text.lastIndexOf(of[2]!);
      const secondType = isKnownPlace(of[2]!)
        ? ('LOCATION' as const)
        : ORG_HEADS.has(headOf(of[2]!)) || isAcronym(of[2]!)
          ? ('ORGANIZATION' as const)
          : span.type;
      return [
        { ...span, end: span.start + of[1]!.length, text: of[1]!, type: 'LOCATION' as const },
        { ...span, start: second, text: of[2]!, type: secondType },
      ];
    }
    // A well-known body's office for a place is the body: `Banco Mundial` para `México` (the
    // names that go on past `para` are no place: `Organización … para la Alimentación`).
    const office = /^(.+?)\s+para\s+(\p{Lu}.*)$/u.exec(span.text);
    if (
      office &&
      span.type === 'ORGANIZATION' &&
      WELL_KNOWN_BODIES.has(fold(office[1]!)) &&
      isKnownPlace(office[2]!)
    ) {
      return [
        { ...span, end: span.start + office[1]!.length, text: office[1]! },
        { ...span, start: span.end - office[2]!.length, text: office[2]!, type: 'LOCATION' as const },
      ];
    }
    // A company or person from a place: `Lehman Brothers de Nueva York`, `Ana Ruiz de Phoenix`
    // (names headed by a body or a thing keep their place: `Universidad Autónoma de Zacatecas`).
    const origin = /^(\S+(?:\s+\S+)+?)\s+(?:de|del)\s+(\p{Lu}.*)$/u.exec(span.text);
    if (
      origin &&
      span.type !== 'LOCATION' &&
      isUnambiguousPlace(origin[2]!) &&
      !ORG_HEADS.has(headOf(origin[1]!)) &&
      !MISC_HEADS.has(headOf(origin[1]!)) &&
      origin[1]!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))
    ) {
      return [
        { ...span, end: span.start + origin[1]!.length, text: origin[1]! },
        { ...span, start: span.end - origin[2]!.length, text: origin[2]!, type: 'LOCATION' as const },
      ];
    }
    // A dateline run into a name: `Belgrado Ana Ruiz`.
    const ws = span.text.split(' ');
    for (const k of [2, 1]) {
      const place = ws.slice(0, k).join(' ');
      const rest = ws.slice(k).join(' ');
      if (ws.length - k >= 2 && isUnambiguousPlace(place) && opensWithGivenName(rest)) {
        return [
          { ...span, end: span.start + place.length, text: place, type: 'LOCATION' as const },
          { ...span, start: span.end - rest.length, text: rest, type: 'PERSON' as const },
        ];
      }
    }
    const parts = span.text.split(/\s*,\s*|\s+(?:y|e)\s+/u);
    if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return [span];
    const allPlaces = parts.every(isKnownPlace);
    const personList = span.type === 'PERSON' && parts.every((p) => !ORG_HEADS.has(headOf(p)));
    if (!allPlaces && !personList) return [span];
    const pieces: Candidate[] = [];
    let from = 0;
    for (const part of parts) {
      const at = span.text.indexOf(part, from);
      from = at + part.length;
      pieces.push({
        ...span,
        start: span.start + at,
        end: span.start + from,
        text: text.slice(span.start + at, span.start + from),
        ...(allPlaces && { type: 'LOCATION' as const }),
      });
    }
    return pieces;
  });
}

/** Extends a span over a company's legal suffix (`Aizoon S.L`) and marks it an organisation. */
export function companySuffixes(spans: Candidate[], text: string): Candidate[] {
  return spans.map((span) => {
    // The tagger may stop inside the suffix (`Aizoon S` + `.L`): look from the last word when it is one letter.
    const lastWord = /\s(\S)$/u.exec(span.text);
    const from = lastWord ? span.end - 1 : span.end;
    const m = COMPANY_SUFFIX.exec(text.slice(from, from + 20));
    if (!m || (lastWord && !/^S/.test(m[0]))) return span;
    let end = from + m[0].length;
    if (text[end - 1] === '.' && /^\s*(?:$|\n|\p{Lu})/u.test(text.slice(end, end + 2))) end--;
    return {
      ...span,
      end,
      text: text.slice(span.start, end),
      type: 'ORGANIZATION',
      forced: 'ORGANIZATION',
      forcedBy: 'entity.type.company-suffix',
    };
  });
}

// Known places, longest first, as printed; matched whole-word and case-sensitively.
const PLACE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:${[...PLACE_NAMES]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\p{L}\p{M}\p{N}])`,
  'gu',
);

/**
 * Known places in the text: a tagged span that covers part of one grows to hold it all
 * (`Estados` → `Estados Unidos`), and one the tagger missed is added. A place inside a longer
 * tagged name (`Banco de México`) is left to that name.
 */
export function gazetteerPlaces(spans: Candidate[], text: string): Candidate[] {
  const out = [...spans];
  for (const m of text.matchAll(PLACE_PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isUnambiguousPlace(m[0])) continue;
    const overlapping = out.filter((s) => s.start < end && start < s.end);
    if (overlapping.some((s) => s.start <= start && s.end >= end)) continue;
    const from = Math.min(start, ...overlapping.map((s) => s.start));
    const to = Math.max(end, ...overlapping.map((s) => s.end));
    for (const s of overlapping) out.splice(out.indexOf(s), 1);
    const whole = from === start && to === end;
    out.push({
      start: from,
      end: to,
      text: text.slice(from, to),
      type: whole ? 'LOCATION' : (overlapping[0]?.type ?? 'LOCATION'),
      ...(whole && { forced: 'LOCATION' as const, forcedBy: 'entity.type.gazetteer' as const }),
    });
  }
  return out.sort(byStart);
}
