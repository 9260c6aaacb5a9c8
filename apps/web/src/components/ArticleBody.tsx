import { Fragment, type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import { entityTypeLabel, figureKindLabel, formatFigureValue } from '../format';
import { explainedProps, type ExplanationData, ExplanationNote } from './Explanation';
import { runs, type Segment, segmentParagraphs, type Span } from './segments';

export interface BodyQuote extends Span {
  id: string;
  direct: boolean;
  speakerLabel: string;
  colour: number;
  /** The rule that chose the speaker, shown on the speaker tag. */
  explanation?: ExplanationData | null;
}

export interface BodyMention extends Span {
  entityId: string;
  name: string;
  type: string;
  /** The rule that typed the entity. */
  explanation?: ExplanationData | null;
}

export interface BodyFigure extends Span {
  id: string;
  kind: string;
  value: number;
  unit?: string | null;
  date?: string | null;
  /** The rule that read the figure. */
  explanation?: ExplanationData | null;
}

export interface Layers {
  quotes: boolean;
  entities: boolean;
  figures: boolean;
}

interface Props {
  body: string;
  paragraphs: Span[];
  quotes: BodyQuote[];
  mentions: BodyMention[];
  figures: BodyFigure[];
  layers: Layers;
  /** The quote named in the URL fragment (`#quote-<id>`), drawn as selected. */
  targetQuoteId?: string;
}

type Seg = Segment<BodyQuote, BodyMention, BodyFigure>;

/**
 * The article text with its spans marked. Text is only ever passed to React as strings (text nodes),
 * never as HTML, so whatever an article contains — `<script>` included — is shown, not run.
 */
export function ArticleBody({ body, paragraphs, quotes, mentions, figures, layers, targetQuoteId }: Props) {
  const segmented = useMemo(
    () =>
      segmentParagraphs(paragraphs, {
        quotes: layers.quotes ? quotes : [],
        entities: layers.entities ? mentions : [],
        figures: layers.figures ? figures : [],
      }),
    [paragraphs, quotes, mentions, figures, layers],
  );
  // A quote split across paragraphs carries its anchor id on its first piece only.
  const anchored = new Set<string>();

  const text = (segments: Seg[]) => body.slice(segments[0]!.start, segments[segments.length - 1]!.end);

  const renderFigures = (segments: Seg[]): ReactNode =>
    runs(segments, (s) => s.figure).map(({ key: figure, items }) =>
      figure ? (
        <Fragment key={items[0]!.start}>
          <span
            className="figure"
            title={`${figureKindLabel(figure.kind)}: ${formatFigureValue(figure)}`}
            {...explainedProps(
              `why-figure-${items[0]!.start}`,
              figure.explanation,
              `${figureKindLabel(figure.kind)}: ${formatFigureValue(figure)}`,
              true,
            )}
          >
            {text(items)}
          </span>
          <ExplanationNote id={`why-figure-${items[0]!.start}`} explanation={figure.explanation} />
        </Fragment>
      ) : (
        <Fragment key={items[0]!.start}>{text(items)}</Fragment>
      ),
    );

  const renderMentions = (segments: Seg[]): ReactNode =>
    runs(segments, (s) => s.entity).map(({ key: mention, items }) =>
      mention ? (
        <Fragment key={items[0]!.start}>
          <Link
            to={`/entities/${encodeURIComponent(mention.entityId)}`}
            className={`mention entity-${mention.type.toLowerCase()}`}
            title={`${entityTypeLabel(mention.type)}: ${mention.name}`}
            {...explainedProps(
              `why-entity-${items[0]!.start}`,
              mention.explanation,
              `${entityTypeLabel(mention.type)}: ${mention.name}`,
            )}
          >
            {renderFigures(items)}
          </Link>
          <ExplanationNote id={`why-entity-${items[0]!.start}`} explanation={mention.explanation} />
        </Fragment>
      ) : (
        <Fragment key={items[0]!.start}>{renderFigures(items)}</Fragment>
      ),
    );

  const renderQuotes = (segments: Seg[]): ReactNode =>
    runs(segments, (s) => s.quote).map(({ key: quote, items }) => {
      if (!quote) return <Fragment key={items[0]!.start}>{renderMentions(items)}</Fragment>;
      const first = !anchored.has(quote.id);
      anchored.add(quote.id);
      const ends = items[items.length - 1]!.end >= quote.end;
      const kind = quote.direct ? 'directa' : 'indirecta';
      return (
        <Fragment key={items[0]!.start}>
          <mark
            id={first ? `quote-${quote.id}` : undefined}
            tabIndex={first ? -1 : undefined}
            className={`quote speaker-${quote.colour}${quote.direct ? '' : ' reported'}${
              quote.id === targetQuoteId ? ' is-target' : ''
            }`}
            title={`Cita ${kind} de ${quote.speakerLabel}`}
            data-speaker={quote.speakerLabel}
          >
            {renderMentions(items)}
          </mark>
          {ends && (
            <span
              className={`speaker-tag speaker-${quote.colour}`}
              {...explainedProps(`why-quote-${quote.id}`, quote.explanation, undefined, true)}
            >
              <span className="visually-hidden">(cita {kind} de </span>
              {quote.speakerLabel}
              <span className="visually-hidden">)</span>
            </span>
          )}
          {ends && <ExplanationNote id={`why-quote-${quote.id}`} explanation={quote.explanation} />}
        </Fragment>
      );
    });

  return (
    <div className="article-body">
      {segmented.map((segments, i) => (
        <p key={paragraphs[i]!.start}>{segments.length > 0 ? renderQuotes(segments) : null}</p>
      ))}
    </div>
  );
}
