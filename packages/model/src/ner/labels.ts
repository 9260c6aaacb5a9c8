import type { EntityType } from '../types.js';

// BIO labels as in CoNLL-2002: B- opens a name, I- continues it, O is outside any name.
export const LABELS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;
export type Label = (typeof LABELS)[number];

export const TYPE_OF_TAG: Record<string, EntityType> = {
  PER: 'PERSON',
  ORG: 'ORGANIZATION',
  LOC: 'LOCATION',
  MISC: 'MISC',
};

/** `I-X` may only follow `B-X` or `I-X`; anything else is read as the start of a new name. */
export function allowed(previous: string, label: string): boolean {
  return !label.startsWith('I-') || previous.slice(2) === label.slice(2);
}

/** Spans `[start, end)` of words, with their CoNLL type, from a BIO sequence. */
export function bioSpans(labels: readonly string[]): { start: number; end: number; tag: string }[] {
  const spans: { start: number; end: number; tag: string }[] = [];
  let open: { start: number; end: number; tag: string } | undefined;
  labels.forEach((label, i) => {
    const tag = label.slice(2);
    if (label.startsWith('I-') && open?.tag === tag) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = label === 'O' ? undefined : { start: i, end: i + 1, tag };
  });
  if (open) spans.push(open);
  return spans;
}
