import { Link } from 'react-router';
import type { FigureSort } from '../filters';
import { figureKindLabel, formatDate, formatFigureValue } from '../format';

export interface FigureLike {
  id: string;
  text: string;
  kind: string;
  value: number;
  unit?: string | null;
  date?: string | null;
  approximate: boolean;
  qualifier?: string | null;
  subject?: string | null;
  context?: string | null;
  article?: { id: string; title: string; date: string } | null;
}

interface Props {
  figures: FigureLike[];
  caption: string;
  /** The article page's narrow table: no sentence and no article columns. */
  compact?: boolean;
  sort?: FigureSort;
  onSort?: (sort: FigureSort) => void;
}

/** The figure's sentence with the figure itself marked (as text, never HTML). */
export function InSentence({ context, text }: { context: string; text: string }) {
  const at = context.indexOf(text);
  if (at < 0) return <>{context}</>;
  return (
    <>
      {context.slice(0, at)}
      <mark className="figure">{text}</mark>
      {context.slice(at + text.length)}
    </>
  );
}

function SortHeader({
  label,
  sort,
  onSort,
  asc,
  desc,
}: {
  label: string;
  sort?: FigureSort;
  onSort?: (s: FigureSort) => void;
  asc: FigureSort;
  desc: FigureSort;
}) {
  if (!onSort) return <>{label}</>;
  const state = sort === asc ? 'ascending' : sort === desc ? 'descending' : undefined;
  return (
    <button type="button" className="sort-button" onClick={() => onSort(sort === desc ? asc : desc)}>
      {label}
      <span aria-hidden="true">{state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}</span>
      <span className="visually-hidden">
        {state === 'ascending' ? ' (ascendente)' : state === 'descending' ? ' (descendente)' : ''}, cambiar
        orden
      </span>
    </button>
  );
}

export function FiguresTable({ figures, caption, compact = false, sort, onSort }: Props) {
  const ariaSort = (asc: FigureSort, desc: FigureSort) =>
    sort === asc ? ('ascending' as const) : sort === desc ? ('descending' as const) : undefined;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={compact ? 'figures-table compact' : 'figures-table'}>
        <caption className={compact ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('value-asc', 'value-desc')} className="num">
              <SortHeader label="Valor" sort={sort} onSort={onSort} asc="value-asc" desc="value-desc" />
            </th>
            <th scope="col">{compact ? 'Texto' : 'En su frase'}</th>
            {!compact && <th scope="col">Tipo</th>}
            {!compact && (
              <th scope="col" aria-sort={ariaSort('oldest', 'newest')}>
                <SortHeader label="Artículo" sort={sort} onSort={onSort} asc="oldest" desc="newest" />
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id}>
              <td className="num" data-value={f.value}>
                {f.approximate && (
                  <abbr title={`aproximada${f.qualifier ? `: ${f.qualifier}` : ''}`} className="approx">
                    ≈{' '}
                  </abbr>
                )}
                {formatFigureValue(f)}
                {/* The side panel is too narrow for a third column: the kind goes under the value. */}
                {compact && <span className="figure-kind muted">{figureKindLabel(f.kind)}</span>}
              </td>
              <td>
                {!compact && f.context ? <InSentence context={f.context} text={f.text} /> : f.text}
                {f.subject && <span className="muted"> — {f.subject}</span>}
              </td>
              {!compact && <td>{figureKindLabel(f.kind)}</td>}
              {!compact && (
                <td>
                  {f.article && (
                    <>
                      <Link to={`/articles/${encodeURIComponent(f.article.id)}`}>{f.article.title}</Link>
                      <br />
                      <time className="muted" dateTime={f.article.date}>
                        {formatDate(f.article.date)}
                      </time>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
