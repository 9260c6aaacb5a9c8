// The Article contract shared by the model, the store, the API and the web app.
// Every span is a pair of UTF-16 offsets into `Article.body`.

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

/** Why the model decided an extraction: the rule that did it (see `explain/rules.ts`). */
export interface Explanation {
  /** Stable id: `quote.speaker.segun`, `entity.type.tagger`, `figure.money.currency`. */
  rule: string;
  /** One line in Spanish for readers: `«según» + nombre junto a la cita`. */
  summary: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

/**
 * Where and by whom the story was filed. Its span covers the dateline at the head of the first
 * paragraph; for an agency document (ninjs, NewsML-G2) whose text has none, the place and agency come
 * from the document's metadata and the span is empty (start = end = 0): nothing in the body is it.
 */
export interface Dateline extends Span {
  /** The city or country the story was filed from: `Moscú`. */
  place: string;
  /** A region abbreviation that follows the place: `DF`, `Gro.`. */
  region?: string;
  /** The date as printed: `12 nov`. */
  date?: string;
  /** The news agency: `EFE`. */
  agency?: string;
}

/** How a speaker was identified: a named entity, a document or institution, or an unnamed person. */
export type SpeakerKind = 'entity' | 'source' | 'description';

export interface Speaker {
  name: string;
  entityId?: string;
  kind?: SpeakerKind;
}

export interface Quote extends Span {
  id: string;
  /** The inner text without quotation marks, exactly `body.slice(start, end)`. */
  text: string;
  /** `true` for words in quotation marks, `false` for reported speech (`dijo que …`). */
  direct: boolean;
  speaker: Speaker | null;
  /** The verb or phrase linking quote and speaker: `declaró`, `según`. */
  cue?: string;
  /** The rule that chose the speaker (or found the reported statement). */
  explanation: Explanation;
}

export interface Entity {
  /** Stable across articles: `person:vladimir-putin`. */
  id: string;
  /** The fullest form used in the article. */
  name: string;
  type: EntityType;
  /** Every other form the article uses. */
  aliases: string[];
  /** Roles given to the entity: `presidente de Rusia`. */
  descriptors: string[];
  /** Mentions in the body (title mentions have no body span and are not listed). */
  mentions: Mention[];
  /** The rule that gave the entity its type. */
  explanation: Explanation;
}

export type FigureKind =
  | 'MONEY'
  | 'PERCENT'
  | 'PERCENTAGE_POINTS'
  | 'COUNT'
  | 'QUANTITY'
  | 'AGE'
  | 'YEAR'
  | 'DURATION'
  | 'DATE'
  | 'NUMBER';

export interface Figure extends Span {
  id: string;
  text: string;
  kind: FigureKind;
  /**
   * The number in base units: `casi 30.000 millones de dólares` → 30000000000. For `DATE` figures,
   * the day as the number yyyymmdd (`12 de noviembre de 2025` → 20251112).
   */
  value: number;
  /** ISO 4217 for money, `PERCENT`, or the measured unit or counted noun. */
  unit?: string;
  approximate: boolean;
  /** The word that makes it approximate: `casi`, `más de`. */
  qualifier?: string;
  /** The noun phrase the figure measures, where it is near: `volumen de intercambios`. */
  subject?: string;
  /** For `DATE` figures, the resolved ISO date (`2025-11-12`). */
  date?: string;
  /** The reader or classification rule that gave the figure its kind. */
  explanation: Explanation;
}

export interface Article {
  /** Stable hash of the normalized text. */
  id: string;
  source?: string;
  /** ISO date from the header line. */
  date: string;
  title: string;
  dateline?: Dateline;
  body: string;
  paragraphs: Span[];
  wordCount: number;
  quotes: Quote[];
  entities: Entity[];
  figures: Figure[];
}

export interface ParseOptions {
  /** Where the text came from (a path); copied to `Article.source`. */
  source?: string;
}
