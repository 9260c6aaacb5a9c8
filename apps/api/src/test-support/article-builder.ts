import { createHash } from 'node:crypto';
import { type Article, type EntityType, explain, type FigureKind, type RuleId } from '@teletipo/model';

// Builds model Articles by hand from our own Spanish sentences, with spans found in the body, so API
// tests do not depend on how well the model extracts entities and quotes today.

export interface Draft {
  date: string;
  title: string;
  /** `Quito` and `EFE` make the dateline `Quito, 15 ene (EFE).- ` that opens the body. */
  place?: string;
  agency?: string;
  paragraphs: string[];
  entities?: {
    id: string;
    name: string;
    type?: EntityType;
    aliases?: string[];
    descriptors?: string[];
    /**
     * Every occurrence of each of these strings in the body is a mention; `afirmó [Andrade]` finds the
     * whole string and mentions only the bracketed part.
     */
    mentions: string[];
    /** The rule said to have typed it; the tagger's by default. */
    rule?: RuleId;
  }[];
  quotes?: {
    text: string;
    speaker?: string;
    speakerId?: string;
    direct?: boolean;
    cue?: string;
    /** The rule said to have chosen the speaker; a cue after the quotation by default. */
    rule?: RuleId;
  }[];
  figures?: {
    text: string;
    kind: FigureKind;
    value: number;
    unit?: string;
    approximate?: boolean;
    /** The rule said to have read it; a bare number by default. */
    rule?: RuleId;
  }[];
  source?: string;
}

const MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

function indexOf(body: string, text: string, from = 0): number {
  const at = body.indexOf(text, from);
  if (at < 0) throw new Error(`fixture: "${text}" is not in the body`);
  return at;
}

function mentionsOf(body: string, pattern: string): { start: number; end: number; text: string }[] {
  const open = pattern.indexOf('[');
  const text = open < 0 ? pattern : pattern.slice(open + 1, pattern.indexOf(']'));
  const whole = pattern.replace(/[[\]]/g, '');
  const shift = Math.max(open, 0);
  const found = [];
  for (let at = body.indexOf(whole); at >= 0; at = body.indexOf(whole, at + whole.length)) {
    found.push({ start: at + shift, end: at + shift + text.length, text });
  }
  if (found.length === 0) throw new Error(`fixture: mention "${pattern}" is not in the body`);
  return found;
}

export function buildArticle(draft: Draft): Article {
  const [, month = '01', day = '01'] = draft.date.split('-');
  const datelineText = draft.place
    ? `${draft.place}, ${Number(day)} ${MONTHS[Number(month) - 1]}${draft.agency ? ` (${draft.agency})` : ''}.- `
    : '';
  const texts = draft.paragraphs.map((p, i) => (i === 0 ? datelineText + p : p));
  const body = texts.join('\n\n');
  let offset = 0;
  const paragraphs = texts.map((text) => {
    const span = { start: offset, end: offset + text.length };
    offset += text.length + 2;
    return span;
  });
  const id = createHash('sha256').update(`${draft.date}\n${draft.title}\n${body}`).digest('hex').slice(0, 16);
  const article: Article = {
    id,
    date: draft.date,
    title: draft.title,
    body,
    paragraphs,
    wordCount: body.split(/\s+/).filter(Boolean).length,
    entities: (draft.entities ?? []).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type ?? (e.id.split(':')[0]!.toUpperCase() as EntityType),
      aliases: e.aliases ?? [],
      descriptors: e.descriptors ?? [],
      mentions: e.mentions.flatMap((m) => mentionsOf(body, m)).sort((a, b) => a.start - b.start),
      explanation: explain(e.rule ?? 'entity.type.tagger'),
    })),
    quotes: (draft.quotes ?? []).map((q, i) => {
      const start = indexOf(body, q.text);
      return {
        id: `quote:${i + 1}`,
        start,
        end: start + q.text.length,
        text: q.text,
        direct: q.direct ?? true,
        speaker: q.speaker ? { name: q.speaker, ...(q.speakerId && { entityId: q.speakerId }) } : null,
        ...(q.cue && { cue: q.cue }),
        explanation: explain(q.rule ?? 'quote.speaker.cue-after'),
      };
    }),
    figures: (draft.figures ?? []).map((f, i) => {
      const start = indexOf(body, f.text);
      return {
        id: `figure:${i + 1}`,
        start,
        end: start + f.text.length,
        text: f.text,
        kind: f.kind,
        value: f.value,
        ...(f.unit && { unit: f.unit }),
        approximate: f.approximate ?? false,
        explanation: explain(f.rule ?? 'figure.number.bare'),
      };
    }),
    ...(draft.source && { source: draft.source }),
  };
  if (draft.place) {
    article.dateline = {
      place: draft.place,
      date: `${Number(day)} ${MONTHS[Number(month) - 1]}`,
      ...(draft.agency && { agency: draft.agency }),
      start: 0,
      end: datelineText.length - 3,
    };
  }
  return article;
}
