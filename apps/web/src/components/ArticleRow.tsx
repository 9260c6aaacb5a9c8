import { Link } from 'react-router';
import { formatDate, plural } from '../format';
import type { ArticleSummaryFragment } from '../graphql/generated/graphql';
import { Marked, type MarkedText } from './Marked';

/**
 * One article in a list: what it is, when and where from, and how much it holds; in search results,
 * the passages that matched, so the reader sees why it is there.
 */
export function ArticleRow({
  article,
  snippet,
}: {
  article: ArticleSummaryFragment;
  snippet?: MarkedText | null;
}) {
  const { dateline } = article;
  return (
    <article className="article-row">
      <h3>
        <Link to={`/articles/${encodeURIComponent(article.id)}`}>{article.title}</Link>
      </h3>
      <p className="meta">
        <time dateTime={article.date}>{formatDate(article.date)}</time>
        {dateline && (
          <>
            {' · '}
            <span className="place">{dateline.place}</span>
            {dateline.agency && <span className="agency"> ({dateline.agency})</span>}
          </>
        )}
      </p>
      {snippet && snippet.text && (
        <p className="snippet">
          <Marked text={snippet.text} marks={snippet.marks} />
        </p>
      )}
      <p className="counts">
        {plural(article.quoteCount, 'cita', 'citas')} · {plural(article.entityCount, 'entidad', 'entidades')}{' '}
        · {plural(article.figureCount, 'cifra', 'cifras')}
      </p>
    </article>
  );
}
