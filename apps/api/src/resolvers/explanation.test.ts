import { parseArticle } from '@teletipo/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { storeKinds } from '../test-support/stores.js';

// Our own fixture text, parsed by the model itself: what the API serves is what the parser decided.
const article = parseArticle(
  [
    ' date 2024-03-05 Obras en el barrio',
    '',
    'El alcalde Tomás Ferrer visitó el barrio.',
    '',
    '«Este barrio merece mucho más de lo que ha recibido», dijo Ferrer, que prometió 300 millones de euros.',
  ].join('\n'),
);

type Explained = { explanation: { rule: string; summary: string } | null };
type Page = {
  article: {
    quotes: (Explained & { text: string })[];
    entities: (Explained & { entity: { name: string } })[];
    figures: (Explained & { text: string })[];
  };
};

describe.each(storeKinds)('explanations on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, [article]);
  });
  afterAll(() => api?.close());

  it('serves, for each quote, article entity and figure, the rule the parser says decided it', async () => {
    const res = await api.gql<Page>(
      `query($id: ID!) { article(id: $id) {
        quotes { text explanation { rule summary } }
        entities { entity { name } explanation { rule summary } }
        figures { text explanation { rule summary } }
      } }`,
      { id: article.id },
    );
    expect(res.errors).toBeUndefined();
    const served = res.data!.article;
    expect(served.quotes).toContainEqual({
      text: 'Este barrio merece mucho más de lo que ha recibido',
      explanation: {
        rule: 'quote.speaker.cue-after',
        summary: 'verbo de habla tras la cita («…», dijo X)',
      },
    });
    expect(served.entities).toContainEqual({
      entity: { name: 'Tomás Ferrer' },
      explanation: { rule: 'entity.type.given-name', summary: expect.stringContaining('nombre de pila') },
    });
    expect(served.figures).toContainEqual({
      text: '300 millones de euros',
      explanation: { rule: 'figure.money.currency', summary: expect.stringContaining('moneda') },
    });
    // Everything the parser explained comes back explained, exactly.
    const all = [...served.quotes, ...served.entities, ...served.figures].map((x) => x.explanation);
    const parsed = [...article.quotes, ...article.entities, ...article.figures].map((x) => x.explanation);
    expect(all).toHaveLength(parsed.length);
    expect(new Set(all.map((e) => JSON.stringify(e)))).toEqual(new Set(parsed.map((e) => JSON.stringify(e))));
  });

  it('serves quotes and figures listed outside their article with their explanation too', async () => {
    const res = await api.gql<{ quotes: { nodes?: unknown; edges: { node: Explained }[] } }>(
      `{ quotes(first: 5) { edges { node { explanation { rule } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.quotes.edges.map((e) => e.node.explanation?.rule)).toContain('quote.speaker.cue-after');
  });
});
