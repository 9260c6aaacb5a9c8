// Ready-to-run example operations, one tab each. They are plain strings on purpose: GraphiQL edits
// text, and codegen must not treat them as the app's own operations. examples.test.ts validates them
// against the SDL, so they cannot silently rot.
export const EXAMPLE_TABS = [
  {
    query: `# Los artículos más recientes, con su lugar de origen.
# Pulsa ▶ (o Ctrl+Enter) para ejecutar. La pestaña «Docs» describe todo el esquema.
query UltimosArticulos {
  articles(first: 5) {
    totalCount
    edges {
      node {
        id
        date
        title
        dateline { place agency }
        quoteCount
        entityCount
        figureCount
      }
    }
  }
}
`,
  },
  {
    query: `# Búsqueda en español (sin acentos ni plurales) con filtros y orden por relevancia.
query Buscar($texto: String!, $desde: Date) {
  articles(
    filter: { search: $texto, dateFrom: $desde, hasQuotes: true }
    orderBy: { field: RELEVANCE, direction: DESC }
    first: 10
  ) {
    totalCount
    edges { node { date title dateline { place } } }
  }
}
`,
    variables: '{ "texto": "presidente", "desde": "2020-01-01" }',
  },
  {
    query: `# Quién dijo qué: citas textuales, con su autor y su artículo.
query QuienDijoQue {
  quotes(filter: { direct: true }, first: 10) {
    totalCount
    edges {
      node {
        text
        cue
        speakerName
        speaker { id name }
        article { title date }
      }
    }
  }
}
`,
  },
  {
    query: `# Las entidades más mencionadas, con quién aparecen y cuándo.
query Entidades {
  entities(orderBy: { field: ARTICLE_COUNT, direction: DESC }, first: 5) {
    edges {
      node {
        id
        name
        type
        articleCount
        descriptors
        related(first: 3) { count entity { name } }
        timeline { month count }
      }
    }
  }
}
`,
  },
  {
    query: `# Las cifras de dinero más altas, cada una en su frase.
query Cifras {
  figures(filter: { kinds: [MONEY] }, orderBy: { field: VALUE, direction: DESC }, first: 10) {
    totalCount
    edges {
      node { text value unit approximate context article { title } }
    }
  }
}
`,
  },
  {
    query: `# Recuentos para una barra lateral: agencias, meses y personas bajo un filtro.
query Facetas {
  facets(filter: { hasQuotes: true }) {
    total
    agencies { value count }
    months { month count }
    people { count entity { name } }
  }
}
`,
  },
];
