// The comparison page's state in its URL (`/comparar?ids=a,b&medida=citas`), so a comparison can be
// shared as a link. The API refuses more than five ids; the page never asks for more.

export const MAX_COMPARED = 5;
export const MEASURES = ['menciones', 'citas'] as const;
export type Measure = (typeof MEASURES)[number];

export interface CompareState {
  ids: string[];
  measure: Measure;
}

/** `ids` is one comma-separated list (repeated `ids=` keys are joined): trimmed, unique, at most five. */
export function readCompareState(params: URLSearchParams): CompareState {
  const ids = params
    .getAll('ids')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const measure = params.get('medida');
  return {
    ids: [...new Set(ids)].slice(0, MAX_COMPARED),
    measure: MEASURES.includes(measure as Measure) ? (measure as Measure) : 'menciones',
  };
}

export function writeCompareState(state: CompareState): URLSearchParams {
  const params = new URLSearchParams();
  const ids = [...new Set(state.ids)].slice(0, MAX_COMPARED);
  if (ids.length > 0) params.set('ids', ids.join(','));
  if (state.measure !== 'menciones') params.set('medida', state.measure);
  return params;
}

/** The link to compare these entities. */
export function compareLink(ids: string[], measure: Measure = 'menciones'): string {
  const query = writeCompareState({ ids, measure }).toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `/comparar?${query}` : '/comparar';
}
