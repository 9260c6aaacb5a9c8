// The entity directory's state in its URL (`/entidades?q=lima&tipo=LOCATION&orden=nombre`).

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];
export const DIRECTORY_SORTS = ['articulos', 'nombre'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export interface DirectoryState {
  search: string;
  /** Empty: every type. */
  type: EntityTypeName | '';
  sort: DirectorySort;
}

export function readDirectoryState(params: URLSearchParams): DirectoryState {
  const type = params.get('tipo') ?? '';
  const sort = params.get('orden') ?? '';
  return {
    search: params.get('q')?.trim() ?? '',
    type: ENTITY_TYPES.includes(type as EntityTypeName) ? (type as EntityTypeName) : '',
    sort: DIRECTORY_SORTS.includes(sort as DirectorySort) ? (sort as DirectorySort) : 'articulos',
  };
}

export function writeDirectoryState(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.type) params.set('tipo', state.type);
  if (state.sort !== 'articulos') params.set('orden', state.sort);
  return params;
}

/** The `entities` query's variables for this state. */
export function directoryVariables(state: DirectoryState) {
  return {
    filter: {
      ...(state.search ? { search: state.search } : {}),
      ...(state.type ? { types: [state.type] } : {}),
    },
    orderBy:
      state.sort === 'nombre'
        ? ({ field: 'NAME', direction: 'ASC' } as const)
        : ({ field: 'ARTICLE_COUNT', direction: 'DESC' } as const),
  };
}
