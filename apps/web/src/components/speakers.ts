// Quotes are coloured by speaker: each distinct speaker of an article gets the next colour of a small
// palette (chosen for dark text on a light tint), in order of first appearance.

export const SPEAKER_COLOURS = 8;

export interface QuoteSpeaker {
  speakerName?: string | null;
  speaker?: { id: string; name: string } | null;
}

/** One key per speaker: the entity when known, else the name as printed, else "unattributed". */
export function speakerKey(quote: QuoteSpeaker): string {
  return quote.speaker?.id ?? (quote.speakerName ? `name:${quote.speakerName}` : 'unknown');
}

export function speakerName(quote: QuoteSpeaker): string {
  return quote.speaker?.name ?? quote.speakerName ?? 'Sin atribuir';
}

export interface SpeakerGroup<Q> {
  key: string;
  name: string;
  entityId?: string;
  colour: number;
  quotes: Q[];
}

/** Speakers in order of first quote, each with its colour index and its quotes. */
export function groupBySpeaker<Q extends QuoteSpeaker & { start: number }>(quotes: Q[]): SpeakerGroup<Q>[] {
  const groups = new Map<string, SpeakerGroup<Q>>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    const key = speakerKey(quote);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: speakerName(quote),
        ...(quote.speaker ? { entityId: quote.speaker.id } : {}),
        colour: groups.size % SPEAKER_COLOURS,
        quotes: [],
      };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  return [...groups.values()];
}
