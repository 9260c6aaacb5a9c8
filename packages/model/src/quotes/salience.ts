import type { Entity, EntityType, Speaker } from '../types.js';

/** A speaker with the entity it names, when it names one. */
export interface Resolved {
  speaker: Speaker;
  entity?: Entity;
}

interface Mention extends Resolved {
  /** Body offset where the story brought it up. */
  at: number;
  /** A sentence's subject rather than a speaker of a cue. */
  subject: boolean;
}

/**
 * Who the story is talking about at each point: the speakers of earlier cues and the subjects of
 * earlier sentences. A cue without a subject (`«…», resumió.`) takes the latest of them.
 */
export class Salience {
  private readonly mentions: Mention[] = [];

  speaker(at: number, resolved: Resolved): void {
    this.add({ ...resolved, at, subject: false });
  }

  subject(at: number, resolved: Resolved): void {
    this.add({ ...resolved, at, subject: true });
  }

  // Kept in order of offset; mentions come almost in order, so this is nearly always a push.
  private add(mention: Mention): void {
    let i = this.mentions.length;
    while (i > 0 && (this.mentions[i - 1] as Mention).at > mention.at) i--;
    this.mentions.splice(i, 0, mention);
  }

  /**
   * The referent of an omitted subject at `at` in the sentence starting at `sentence`: the latest
   * speaker before it, or the subject of an earlier sentence if more recent: a person or an
   * organisation, named or described, never a place or a document.
   */
  omitted(at: number, sentence: number): Resolved | undefined {
    return this.latest(
      (m) =>
        m.speaker.kind !== 'source' &&
        m.entity?.type !== 'LOCATION' &&
        m.entity?.type !== 'MISC' &&
        m.at < (m.subject ? sentence : at),
    );
  }

  /** The speaker of the latest cue before `at`: who a quotation without any cue continues. */
  lastSpeaker(at: number): Resolved | undefined {
    return this.latest((m) => !m.subject && m.at < at);
  }

  /** The latest named referent before `at` of one of `types` (for `el organismo`, `el ministro`). */
  latestOfType(at: number, types: readonly EntityType[]): Resolved | undefined {
    return (
      this.latest((m) => m.at < at && m.entity !== undefined && types.includes(m.entity.type)) ??
      // A name no entity stands for (the tagger missed it) may be anybody.
      this.latest((m) => m.at < at && m.entity === undefined && m.speaker.kind === 'entity')
    );
  }

  // The last mention that passes, searching back from the end: the latest in the story.
  private latest(test: (m: Mention) => boolean): Resolved | undefined {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i] as Mention;
      if (test(m)) return { speaker: m.speaker, ...(m.entity && { entity: m.entity }) };
    }
    return undefined;
  }
}
