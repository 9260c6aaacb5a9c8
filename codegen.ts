import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema (apps/api/src/schema.graphql, the single source of truth), generated types for each side.
// Run from the repository root: `npx graphql-codegen --config codegen.ts`.
const rows = '../store/rows.js';
const shapes = '../resolvers/shapes.js';

const config: CodegenConfig = {
  schema: 'apps/api/src/schema.graphql',
  generates: {
    // API: resolver signatures, with parents typed as the store's rows (mappers).
    'apps/api/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
        contextType: '../context.js#Context',
        mappers: {
          Article: `${rows}#ArticleRow`,
          Entity: `${rows}#EntityRow`,
          ArticleEntity: `${rows}#ArticleEntityRow`,
          Quote: `${rows}#QuoteRow`,
          Figure: `${rows}#FigureRow`,
          EntityCount: `${shapes}#EntityCountShape`,
          Facets: '../store/facets.js#FacetCounts',
          ArticleConnection: `${shapes}#ArticleConnectionShape`,
          EntityConnection: `${shapes}#EntityConnectionShape`,
          QuoteConnection: `${shapes}#QuoteConnectionShape`,
          FigureConnection: `${shapes}#FigureConnectionShape`,
        },
      },
    },
    // Web client: typed documents for the operations in apps/web/src/graphql/*.graphql.
    'apps/web/src/graphql/generated/': {
      documents: ['apps/web/src/**/*.{ts,tsx,graphql}', '!apps/web/src/graphql/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string' } },
    },
  },
};

export default config;
