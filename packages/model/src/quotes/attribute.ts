import type { Token } from '../article/tokens.js';
import { cueVerb } from '../lexicon/cue-verbs.js';
import { DOCUMENT_NOUNS } from '../lexicon/speaker-nouns.js';
import type { RuleId } from '../explain/rules.js';
import type { Speaker } from '../types.js';
import { closesFrame, coordinated, findCues, type Cue } from './cues.js';
import { buildFrames, type Frame } from './frames.js';
import type { MarkedSpan } from './marks.js';
import { isName, wordCount } from './not-speech.js';
import { objectBefore } from './object.js';
import { narratedOwner } from './narrated.js';
import { passiveAgent } from './passive.js';
import { looksFinite, scanPhrases, type Phrase } from './phrases.js';
import { resolvePhrase, type Resolved } from './resolve.js';
import { Salience } from './salience.js';
import { afterLeadingClause, firstSubject, speakerPhrase } from './subject.js';
import { reportedClauses, type Reported } from './reported.js';
import type { TokenView } from './view.js';

/** A marked span judged to be a quotation, with who said it. */
export interface Attributed {
  span: MarkedSpan;
  speaker: Speaker | null;
  cue?: string;
  /** Whether a cue of its own sentence gave the speaker (not a neighbour or the story's thread). */
  explicit: boolean;
  /** The rule that chose the speaker. */
  rule: RuleId;
}

/** A cue with its speaker resolved. */
export interface ResolvedCue extends Cue {
  resolved?: Resolved;
}

/**
 * Reads the article sentence by sentence, resolving each cue's speaker against what came before,
 * and returns the direct quotations with their speakers and the reported statements.
 */
export function attributeArticle(view: TokenView): { quotes: Attributed[]; reported: Reported[] } {
  const salience = new Salience();
  const frames = buildFrames(view);
  const quotes: Attributed[] = [];
  const reported: Reported[] = [];
  // Earlier sentences of the paragraph with neither speech cue nor quotation: a final `…, añadió.`
  // covers them.
  let quiet: Frame[] = [];
  for (const frame of frames) {
    if (quiet[0] && quiet[0].paragraph !== frame.paragraph) quiet = [];
    const phrases = scanPhrases(view, frame.first, frame.end);
    // `El anuncio fue hecho por X`: X is who the story talks about next, even later in this sentence
    // (`…por X. «…», dijo el funcionario`).
    const agent = passiveAgent(view, frame, phrases);
    if (agent) {
      const acted = resolvePhrase(view, agent, salience, startOf(view, agent.first));
      if (acted?.entity?.type === 'PERSON') salience.subject(startOf(view, agent.first), acted);
    }
    const cues = resolveCues(view, frame, phrases, salience);
    let named: MarkedSpan | undefined;
    for (const span of spansOf(view, frame)) {
      // `“El miedo”, “Historia…” y “Un baile…”`: a span listed after a name is a name too.
      const listed =
        named !== undefined && /^[\s,;]*(?:[yoe]\s+)?$/u.test(view.doc.body.slice(named.close, span.open));
      const quote = attributeSpan(view, frame, phrases, span, cues, salience, listed);
      if (quote) quotes.push(quote);
      named = quote ? undefined : span;
    }
    const spans = spansOf(view, frame);
    reported.push(...reportedClauses(view, frame, cues, quiet, phrases));
    const speaks = cues.some((c) => !c.nested && c.strength === 'speech');
    if (!speaks && spans.length === 0) quiet.push(frame);
    else quiet = [];
    // A sentence without a speaker still brings its subject to the fore.
    if (!cues.some((c) => !c.nested && c.resolved)) {
      const subject = firstSubject(view, phrases, frame.first, firstVerb(view, frame));
      const at = startOf(view, frame.first);
      const resolved = subject && resolvePhrase(view, subject, salience, at);
      if (resolved?.speaker.kind === 'entity' && resolved.entity?.type !== 'LOCATION')
        salience.subject(at, resolved);
    }
  }
  shareAlongChains(quotes);
  return { quotes, reported };
}

function resolveCues(view: TokenView, frame: Frame, phrases: Phrase[], salience: Salience): ResolvedCue[] {
  const sentence = startOf(view, frame.first);
  const resolvedCues: ResolvedCue[] = [];
  // `Al precisar que…, el ministro dijo`: the opening infinitive's subject comes later.
  const leading = afterLeadingClause(view, frame.first, frame.end);
  const deferred: ResolvedCue[] = [];
  for (const cue of findCues(view, frame, phrases)) {
    const at = startOf(view, cue.first);
    // `señaló que … y aseveró que …`: a verb coordinated with the sentence's first keeps its subject.
    const main = resolvedCues.find((c) => c.kind === 'verb' && !c.nested && c.resolved);
    // `señaló X, al precisar que …`, `…, añadiendo que …`: an infinitive or a gerund has no subject of
    // its own; it is the main verb's.
    const nonFinite = /^(?:infinitive|gerund)$/.test(cueVerb(view.lower[cue.first] ?? '')?.form ?? '');
    if (cue.kind === 'verb' && nonFinite && cue.end < leading) {
      // `Al preguntarle si…`: somebody else asked; the verb is nobody's cue in the story.
      if (/(?:le|les)$/.test(view.lower[cue.first] ?? '')) continue;
      const waiting: ResolvedCue = { ...cue };
      deferred.push(waiting);
      resolvedCues.push(waiting);
      continue;
    }
    if (
      main &&
      cue.kind === 'verb' &&
      (nonFinite || (!cue.nested && coordinated(view, cue.first, frame.first)))
    ) {
      resolvedCues.push({ ...cue, resolved: main.resolved });
      continue;
    }
    resolvedCues.push(resolveCue(view, frame, cue, phrases, salience, at, sentence));
  }
  const main = resolvedCues.find(
    (c) => c.kind === 'verb' && !c.nested && c.resolved && !deferred.includes(c),
  );
  for (const cue of deferred) {
    // With no main verb to lend its subject, the infinitive is read as any other cue.
    const own = main
      ? undefined
      : resolveCue(view, frame, cue, phrases, salience, startOf(view, cue.first), sentence);
    const resolved = main?.resolved ?? own?.resolved;
    if (resolved) cue.resolved = resolved;
  }
  return resolvedCues;
}

function resolveCue(
  view: TokenView,
  frame: Frame,
  cue: Cue,
  phrases: Phrase[],
  salience: Salience,
  at: number,
  sentence: number,
): ResolvedCue {
  // `según se dijo`: a `según` with no phrase after it names nobody.
  if (cue.kind === 'according' && !cue.target) return cue;
  // `En el acta de la fiscalía se lo acusó de «…»`: the document the sentence places it in, if any;
  // never the person it is said of.
  if (cue.impersonal) {
    const document = phrases.find(
      (p) => p.first >= frame.first && p.end <= cue.first && DOCUMENT_NOUNS.has(view.lower[p.head] ?? ''),
    );
    // `Además se lo inculpó por «…»` after a document was quoted: that document goes on.
    const previous = salience.lastSpeaker(at);
    const described =
      (document && resolvePhrase(view, document, salience, at)) ??
      (previous?.speaker.kind === 'source' ? previous : undefined);
    if (!described) return cue;
    salience.speaker(at, described);
    return { ...cue, resolved: described };
  }
  const phrase = speakerPhrase(view, frame, cue, phrases);
  // `según los cálculos de la organización`: with no teller inside it, the phrase itself is the
  // source, not whoever the story talked about last; being a thing, it is nobody a later cue
  // without subject could mean. (`según sus siglas` only spells a name.)
  const source = cue.kind === 'according' && !phrase ? cue.target : undefined;
  if (source && view.lower[source.head] !== 'siglas') {
    const described = resolvePhrase(view, source, salience, at);
    if (described) return { ...cue, resolved: described };
  }
  let resolved = phrase && resolvePhrase(view, phrase, salience, at);
  // `según él`, `ella dijo`: a personal pronoun stands for a person, not the body last talked about.
  if (phrase?.kind === 'pronoun' && /^(?:él|ella|el)$/.test(view.lower[phrase.first] ?? ''))
    resolved = salience.latestOfType(at, ['PERSON']);
  if (!resolved && (!phrase || phrase.kind === 'pronoun'))
    resolved = frameSubject(view, frame, phrases, salience, cue) ?? salience.omitted(at, sentence);
  // `Se calcula que…`, `cada año mueren…`: a cue nobody is behind.
  if (!resolved) return cue;
  // `el informe de un experto que sugirió…`: a cue inside a relative clause describes somebody
  // in passing; a later quotation without a cue is not theirs.
  if (!cue.nested && !inRelative(view, cue)) salience.speaker(at, resolved);
  return { ...cue, resolved };
}

// `X felicitó a los atletas. «…», expresó.`: a sentence read together with the quotation after it
// has its subject before the quotation; an omitted subject is that named person, who is more recent
// than any earlier speaker.
function frameSubject(
  view: TokenView,
  frame: Frame,
  phrases: Phrase[],
  salience: Salience,
  cue: Cue,
): Resolved | undefined {
  if (cue.kind !== 'verb' || view.q(frame.first) >= 0) return undefined;
  const verb = firstVerb(view, frame);
  // Only a verb of doing (`felicitó`, `visitó`), with the quotation after it: a speech verb has a cue
  // of its own, and without a quotation the words before the cue are what was said.
  if (verb >= cue.first || cueVerb(view.lower[verb] ?? '') !== undefined) return undefined;
  let quoted = verb;
  while (quoted < cue.first && view.q(quoted) < 0) quoted++;
  if (quoted >= cue.first) return undefined;
  const subject = firstSubject(view, phrases, frame.first, verb);
  if (!subject) return undefined;
  const resolved = resolvePhrase(view, subject, salience, startOf(view, subject.first));
  return resolved?.entity?.type === 'PERSON' ? resolved : undefined;
}

// A verb right after the `que` of a restrictive relative: `el experto que sugirió`.
function inRelative(view: TokenView, cue: Cue): boolean {
  return view.lower[cue.first - 1] === 'que' && view.isWord(cue.first - 2) && !cueVerbAt(view, cue.first - 2);
}

function cueVerbAt(view: TokenView, i: number): boolean {
  return cueVerb(view.lower[i] as string) !== undefined;
}

/** The top-level spans whose opening falls in the frame. */
// The first token of a span's in the frame.
function spanFirst(view: TokenView, frame: Frame, span: MarkedSpan): number {
  let i = frame.first;
  while (i < frame.end && (view.q(i) < 0 || view.spans[view.q(i)] !== span)) i++;
  return i;
}

function spansOf(view: TokenView, frame: Frame): MarkedSpan[] {
  const seen = new Set<number>();
  const out: MarkedSpan[] = [];
  for (let i = frame.first; i < frame.end; i++) {
    const q = view.q(i) as number;
    if (q >= 0 && !seen.has(q)) {
      seen.add(q);
      out.push(view.spans[q] as MarkedSpan);
    }
  }
  return out;
}

function attributeSpan(
  view: TokenView,
  frame: Frame,
  phrases: Phrase[],
  span: MarkedSpan,
  cues: ResolvedCue[],
  salience: Salience,
  listed: boolean,
): Attributed | undefined {
  const first = spanFirst(view, frame, span);
  const index = view.q(first);
  let last = first;
  while (last + 1 < frame.end && view.q(last + 1) === index) last++;
  const text = view.doc.body.slice(span.start, span.end);
  const touching = adjacentCue(view, cues, first, last);
  let adjacent = touching?.cue;
  let rule: RuleId | undefined = touching?.rule;
  // A colon alone (`cuatro casetas: «Garabitos»…`) does not make a few words somebody's.
  if (adjacent?.kind === 'colon' && wordCount(text, 4) <= 3) adjacent = rule = undefined;
  // `Dijo que ambos países mantienen «…»`: a view held by no one named, inside somebody's reported
  // clause, is what the reporter says it is; the words quoted are the reporter's.
  if (adjacent?.nested && adjacent.strength === 'opinion' && adjacent.resolved?.speaker.kind !== 'entity') {
    const reporter = cues.find(
      (c) => c.kind === 'verb' && !c.nested && c.resolved && c.clause !== undefined && c.clause <= first,
    );
    if (reporter) {
      adjacent = reporter;
      rule = 'quote.speaker.reporter';
    }
  }
  const closing = adjacent ? undefined : closingCue(view, frame, cues);
  if (closing) rule = 'quote.speaker.closing-cue';
  const cue = adjacent ?? closing ?? nearestCue(cues, first, last);
  if (cue && !adjacent && !closing) rule = 'quote.speaker.nearest-cue';
  if (isName(view, span, first, adjacent !== undefined, listed)) return undefined;
  if (cue) {
    return {
      span,
      speaker: cue.resolved?.speaker ?? null,
      ...(cue.kind !== 'colon' || cue.resolved ? { cue: cue.text } : {}),
      explicit: true,
      rule: rule ?? 'quote.speaker.nearest-cue',
    };
  }
  // No cue in its sentence: a scare quote when short, else more words of the latest speaker.
  if (wordCount(text, 4) <= 3) return undefined;
  const at = startOf(view, first);
  const owner = narratedOwner(view, frame, phrases, salience, first);
  if (owner) return { span, speaker: owner.speaker, explicit: false, rule: 'quote.speaker.narrated' };
  const previous = salience.lastSpeaker(at);
  return {
    span,
    speaker: previous?.speaker ?? null,
    explicit: false,
    rule: previous ? 'quote.speaker.previous-speaker' : 'quote.speaker.none',
  };
}

/** A cue that touches its quotation, and which way it does. */
interface Touching {
  cue: ResolvedCue;
  rule: RuleId;
}

// A cue touching the quotation: `«…», dijo X`, `«…», según X`, `X dijo: «…»`, `calificó de «…»`.
function adjacentCue(
  view: TokenView,
  cues: ResolvedCue[],
  first: number,
  last: number,
): Touching | undefined {
  let k = last + 1;
  while (/^(?:[,—–-]|le|les|nos|me|lo|la)$/.test(view.lower[k] ?? '')) k++;
  const after = cues.find((c) => c.first === k && c.kind !== 'colon');
  // `recordó a Sharon como «…», según el diario X`: the verb that the quotation completes names
  // the speaker; the `según` after it names who reported it.
  const before = after?.kind === 'according' ? verbBefore(view, cues, first) : undefined;
  if (before) return { cue: before, rule: 'quote.speaker.verb-object' };
  if (after)
    return {
      cue: after,
      rule: after.kind === 'according' ? 'quote.speaker.segun' : 'quote.speaker.cue-after',
    };
  let j = first - 1;
  while (j >= 0 && /^(?:[,:]|que|en|de|un|una|como|él|ella)$/.test(view.lower[j] ?? '') && view.q(j) < 0) {
    const colon = cues.find((c) => c.first === j && c.kind === 'colon');
    // `X relató a los medios que …: «…»`: the verb before the colon is the cue.
    if (colon) {
      const verb = [...cues].reverse().find((c) => c.kind === 'verb' && !c.nested && c.end <= j);
      return verb
        ? { cue: verb, rule: 'quote.speaker.cue-before' }
        : { cue: colon, rule: 'quote.speaker.colon' };
    }
    j--;
  }
  const verb = cues.find((c) => c.end === j + 1 && c.kind === 'verb');
  if (verb) return { cue: verb, rule: 'quote.speaker.cue-before' };
  const object = verbBefore(view, cues, first);
  return object && { cue: object, rule: 'quote.speaker.verb-object' };
}

// A verb whose object the quotation qualifies: `definió a Sharon como «…»`, `llamó a los medios «…»`.
function verbBefore(view: TokenView, cues: ResolvedCue[], first: number): ResolvedCue | undefined {
  return cues.find(
    (c) => c.kind === 'verb' && !c.nested && c.end < first && objectBefore(view, c.end, first),
  );
}

// The cue of the sentence nearest to the quotation, main cues before nested ones.
// `…, añadió Ventrell.` ending the sentence attributes all of it.
function closingCue(view: TokenView, frame: Frame, cues: ResolvedCue[]): ResolvedCue | undefined {
  const last = cues[cues.length - 1];
  if (!last || last.kind !== 'verb' || last.nested || view.text(last.first - 1) !== ',') return undefined;
  return closesFrame(view, last.end, frame.end) ? last : undefined;
}

function nearestCue(cues: ResolvedCue[], first: number, last: number): ResolvedCue | undefined {
  const distance = (c: Cue): number => (c.end <= first ? first - c.end : c.first > last ? c.first - last : 0);
  const ranked = [...cues]
    .filter((c) => c.kind !== 'colon')
    .sort((a, b) => Number(a.nested) - Number(b.nested) || distance(a) - distance(b));
  return ranked[0] ?? cues.find((c) => c.kind === 'colon');
}

/** A quotation over several paragraphs takes, in each paragraph, the speaker its cue gives. */
function shareAlongChains(quotes: Attributed[]): void {
  const byChain = new Map<number, Attributed[]>();
  for (const q of quotes) byChain.set(q.span.chain, [...(byChain.get(q.span.chain) ?? []), q]);
  for (const members of byChain.values()) {
    if (members.length < 2) continue;
    const source =
      [...members].reverse().find((m) => m.explicit && m.speaker) ?? members.find((m) => m.speaker);
    if (!source) continue;
    for (const m of members) {
      if (m.explicit && m.speaker) continue;
      m.speaker = source.speaker;
      m.rule = 'quote.speaker.chain';
      if (source.cue) m.cue = source.cue;
    }
  }
}

// The first finite verb of a frame outside quotations: a subject comes before it.
function firstVerb(view: TokenView, frame: Frame): number {
  for (let i = frame.first; i < frame.end; i++) {
    if (view.q(i) < 0 && looksFinite(view.lower[i] as string)) return i;
  }
  return frame.end;
}

export function startOf(view: TokenView, token: number): number {
  return (view.tokens[token] as Token | undefined)?.start ?? view.doc.body.length;
}
