import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ArticleBody, type BodyMention, type Layers } from '../components/ArticleBody';
import { EntitiesSection, FiguresSection, SpeakersSection } from '../components/ArticleSidePanel';
import { MarkControls } from '../components/MarkControls';
import { groupBySpeaker, speakerKey } from '../components/speakers';
import { ErrorState, Loading } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { formatDate, formatNumber } from '../format';
import { ArticlePageDocument } from '../graphql/generated/graphql';

const QUOTE_HASH = /^#quote-(.+)$/;

export default function Article() {
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const { data, loading, error, refetch } = useQuery(ArticlePageDocument, { variables: { id } });
  const article = data?.article;
  const navigate = useNavigate();
  const [chosenLayers, setLayers] = useState<Layers>({ quotes: true, entities: true, figures: true });
  const targetQuoteId = decodeURIComponent(hash.match(QUOTE_HASH)?.[1] ?? '') || undefined;
  // A link to a quote shows quotes even if they were switched off; switching them off drops the link.
  const layers = targetQuoteId ? { ...chosenLayers, quotes: true } : chosenLayers;
  usePageTitle(article?.title ?? (data ? 'Artículo no encontrado' : 'Artículo'));

  const speakers = useMemo(() => groupBySpeaker(article?.quotes ?? []), [article]);
  const bodyQuotes = useMemo(() => {
    const colour = new Map(speakers.map((s) => [s.key, s]));
    return (article?.quotes ?? []).map((q) => {
      const speaker = colour.get(speakerKey(q))!;
      return {
        id: q.id,
        start: q.start,
        end: q.end,
        direct: q.direct,
        speakerLabel: speaker.name,
        colour: speaker.colour,
        explanation: q.explanation,
      };
    });
  }, [article, speakers]);
  const mentions = useMemo(
    () =>
      (article?.entities ?? []).flatMap(({ entity, mentions, explanation }) =>
        mentions.map((m): BodyMention => ({
          start: m.start,
          end: m.end,
          entityId: entity.id,
          name: entity.name,
          type: entity.type,
          explanation,
        })),
      ),
    [article],
  );

  // `#quote-<id>` (from a link or the side panel) scrolls to that quote and moves focus onto it.
  useEffect(() => {
    if (!article || !targetQuoteId) return;
    const element = document.getElementById(`quote-${targetQuoteId}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [article, targetQuoteId]);

  if (error && !data)
    return (
      <div className="page">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (loading && !data)
    return (
      <div className="page">
        <Loading label="Cargando artículo…" />
      </div>
    );
  if (!article)
    return (
      <div className="page">
        <h1>Artículo no encontrado</h1>
        <p>
          No hay ningún artículo con el identificador <code>{id}</code>.
        </p>
        <p>
          <Link to="/">Ir a los artículos</Link>
        </p>
      </div>
    );

  const { dateline } = article;
  return (
    <div className="page article-page">
      <p className="breadcrumb">
        <Link to="/">← Artículos</Link>
      </p>
      <article aria-labelledby="article-title">
        <header className="article-header">
          <h1 id="article-title">{article.title}</h1>
          <p className="meta">
            <time dateTime={article.date}>{formatDate(article.date)}</time>
            {dateline && (
              <>
                {' · '}
                <span className="dateline">
                  {dateline.place}
                  {dateline.region && `, ${dateline.region}`}
                  {dateline.date && `, ${dateline.date}`}
                  {dateline.agency && ` (${dateline.agency})`}
                </span>
              </>
            )}
            {' · '}
            {formatNumber(article.wordCount)} palabras
          </p>
        </header>
        <div className="article-layout">
          <div className="article-main">
            <MarkControls
              layers={layers}
              onChange={(next) => {
                setLayers(next);
                if (!next.quotes && targetQuoteId) void navigate({ hash: '' }, { replace: true });
              }}
              counts={{
                quotes: article.quotes.length,
                entities: article.entities.length,
                figures: article.figures.length,
              }}
            />
            <ArticleBody
              body={article.body}
              paragraphs={article.paragraphs}
              quotes={bodyQuotes}
              mentions={mentions}
              figures={article.figures}
              layers={layers}
              targetQuoteId={targetQuoteId}
            />
          </div>
          <aside className="article-aside" aria-label="Contenido del artículo">
            <SpeakersSection speakers={speakers} />
            <EntitiesSection entities={article.entities} />
            <FiguresSection figures={article.figures} />
          </aside>
        </div>
      </article>
    </div>
  );
}
