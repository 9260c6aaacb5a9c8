import { Link } from 'react-router';
import { ENTITY_TYPE_PLURAL } from '../format';
import type { ArticlePageQuery } from '../graphql/generated/graphql';
import { EntityChip } from './EntityChip';
import { FiguresTable } from './FiguresTable';
import type { SpeakerGroup } from './speakers';

type Article = NonNullable<ArticlePageQuery['article']>;
type ArticleQuote = Article['quotes'][number];

const TYPE_ORDER = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

/** A quote's opening words, for a list of links to it. */
function excerpt(text: string, words = 12): string {
  const parts = text.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : text;
}

export function SpeakersSection({ speakers }: { speakers: SpeakerGroup<ArticleQuote>[] }) {
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Quién habla</h2>
      {speakers.length === 0 ? (
        <p className="muted">No se han detectado citas.</p>
      ) : (
        <ul className="speakers">
          {speakers.map((s) => (
            <li key={s.key}>
              <span className={`swatch speaker-${s.colour}`} aria-hidden="true" />{' '}
              {s.entityId ? <Link to={`/entities/${encodeURIComponent(s.entityId)}`}>{s.name}</Link> : s.name}{' '}
              <span className="muted">({s.quotes.length})</span>
              <ul className="speaker-quotes">
                {s.quotes.map((q) => (
                  <li key={q.id}>
                    <Link to={{ hash: `quote-${q.id}` }} className="quote-link">
                      «{excerpt(q.text)}»
                    </Link>
                    {!q.direct && <span className="muted"> (indirecta)</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function EntitiesSection({ entities }: { entities: Article['entities'] }) {
  const byType = TYPE_ORDER.map((type) => ({
    type,
    items: entities.filter((e) => e.entity.type === type).sort((a, b) => b.mentionCount - a.mentionCount),
  })).filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="entities-heading">
      <h2 id="entities-heading">Entidades</h2>
      {byType.length === 0 && <p className="muted">No se han detectado entidades.</p>}
      {byType.map(({ type, items }) => (
        <div key={type} className="entity-group">
          <h3>{ENTITY_TYPE_PLURAL[type] ?? type}</h3>
          <ul className="chips">
            {items.map((e) => (
              <li key={e.entity.id}>
                <EntityChip entity={e.entity} count={e.mentionCount} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function FiguresSection({ figures }: { figures: Article['figures'] }) {
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">Cifras</h2>
      {figures.length === 0 ? (
        <p className="muted">No se han detectado cifras.</p>
      ) : (
        <FiguresTable figures={figures} caption="Cifras del artículo" compact />
      )}
    </section>
  );
}
