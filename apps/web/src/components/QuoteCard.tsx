import { Link } from 'react-router';
import { formatDate } from '../format';
import type { QuoteItemFragment } from '../graphql/generated/graphql';
import { explainedProps, ExplanationNote } from './Explanation';

/** One quote: the words, who said them (linked when a known entity), and the article it comes from. */
export function QuoteCard({
  quote,
  showSpeaker = true,
}: {
  quote: QuoteItemFragment;
  showSpeaker?: boolean;
}) {
  const speaker = quote.speaker?.name ?? quote.speakerName ?? 'Sin atribuir';
  const why = `why-card-${quote.id}`;
  const articleHref = `/articles/${encodeURIComponent(quote.article.id)}#quote-${encodeURIComponent(quote.id)}`;
  return (
    <figure className={`quote-card${quote.direct ? '' : ' reported'}`}>
      <blockquote>
        <p>{quote.direct ? `«${quote.text}»` : quote.text}</p>
      </blockquote>
      <figcaption>
        {showSpeaker && (
          <>
            {'— '}
            {quote.speaker ? (
              <Link
                to={`/entities/${encodeURIComponent(quote.speaker.id)}`}
                className="speaker"
                {...explainedProps(why, quote.explanation)}
              >
                {speaker}
              </Link>
            ) : (
              <span className="speaker" {...explainedProps(why, quote.explanation, undefined, true)}>
                {speaker}
              </span>
            )}
            <ExplanationNote id={why} explanation={quote.explanation} />
            {quote.cue && <span className="muted"> ({quote.cue})</span>}{' '}
          </>
        )}
        <span className="badge">{quote.direct ? 'directa' : 'indirecta'}</span>
        <br />
        <Link to={articleHref}>{quote.article.title}</Link>
        {' · '}
        <time dateTime={quote.article.date}>{formatDate(quote.article.date)}</time>
      </figcaption>
    </figure>
  );
}
