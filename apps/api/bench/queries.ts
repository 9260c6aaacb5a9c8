// The three canonical queries the benchmark loads the API with: what the web app asks most.

export const articleList = {
  name: 'article list with entities',
  query: `query ArticleList($first: Int) {
    articles(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id date title quoteCount entityCount figureCount
        dateline { place agency }
        entities { mentionCount entity { id name type } }
      } }
    }
  }`,
  variables: { first: 20 },
};

export const entityPage = (id: string) => ({
  name: 'entity page',
  query: `query EntityPage($id: ID!) {
    entity(id: $id) {
      id name type aliases descriptors articleCount mentionCount
      articles(first: 10) { totalCount edges { node { id title date } } }
      quotes(first: 10) { edges { node { id text article { id title } } } }
      related(first: 10) { count entity { id name } }
      timeline { month count }
    }
  }`,
  variables: { id },
});

export const quoteSearch = {
  name: 'quote search',
  query: `query QuoteSearch($search: String) {
    quotes(filter: { search: $search }, first: 20) {
      totalCount
      edges { node { id text direct speakerName speaker { id name } article { id title date } } }
    }
  }`,
  variables: { search: 'vecinos' },
};
