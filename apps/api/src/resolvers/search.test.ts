import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { buildArticle } from '../test-support/article-builder.js';
import { corpus, obras, tranvias } from '../test-support/corpus.js';
import { storeKinds } from '../test-support/stores.js';

// Search that explains itself: relevance order, an extract with the matches marked, the operators
// people type (OR, -word, "phrase"), dotted acronyms, and suggestions when nothing matches.

const aranceles = buildArticle({
  date: '2024-04-02',
  title: 'Washington sube los aranceles al acero',
  place: 'Washington',
  agency: 'EFE',
  paragraphs: [
    'El Gobierno de EE.UU. anunció este martes nuevos aranceles al acero importado de Asia.',
    'Los productores de acero de Canadá calificaron la medida de «castigo injusto» para la industria.',
  ],
});

const vigilancia = buildArticle({
  date: '2024-04-05',
  title: 'Edward Snowden vuelve a hablar de vigilancia',
  place: 'Moscú',
  agency: 'EFE',
  paragraphs: [
    'El exanalista Edward Snowden habló por videoconferencia sobre la vigilancia masiva en la O.N.U.',
  ],
  entities: [{ id: 'person:edward-snowden', name: 'Edward Snowden', mentions: ['Edward Snowden'] }],
});

const articles = [...corpus, aranceles, vigilancia];

const LIST = `query($filter: ArticleFilter, $orderBy: ArticleOrder) {
  articles(filter: $filter, orderBy: $orderBy, first: 50) {
    totalCount
    edges { snippet { text marks { start end } } node { id title } }
  }
}`;

interface Edge {
  node: { id: string; title: string };
  snippet: Node['snippet'];
}

interface Node {
  id: string;
  title: string;
  snippet: { text: string; marks: { start: number; end: number }[] } | null;
}

describe.each(storeKinds)('article search on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await loadArticles(api.store, articles);
  });
  afterAll(() => api?.close());

  async function search(text: string, orderBy?: Record<string, unknown>): Promise<Node[]> {
    const res = await api.gql<{ articles: { edges: Edge[] } }>(LIST, { filter: { search: text }, orderBy });
    expect(res.errors).toBeUndefined();
    return res.data!.articles.edges.map((e) => ({ ...e.node, snippet: e.snippet }));
  }
  const ids = async (text: string) => (await search(text)).map((n) => n.id).sort();
  const markedWords = (n: Node) => n.snippet!.marks.map((m) => n.snippet!.text.slice(m.start, m.end));

  it('gives each result an extract with the matched words marked', async () => {
    const [hit] = await search('tranvías');
    expect(hit!.id).toBe(tranvias.id);
    expect(hit!.snippet!.text).toContain('tranvías');
    expect(markedWords(hit!).length).toBeGreaterThan(0);
    expect(markedWords(hit!).every((w) => /^tranv[ií]as?$/i.test(w))).toBe(true);
  });

  it('marks words typed without their accents', async () => {
    const [hit] = await search('tranvias llegaran');
    expect(markedWords(hit!)).toEqual(expect.arrayContaining(['tranvías', 'llegarán']));
  });

  it('gives no extract to lists that are not searched', async () => {
    const res = await api.gql<{ articles: { edges: Edge[] } }>(LIST, {});
    expect(res.data!.articles.edges.every((e) => e.snippet === null)).toBe(true);
  });

  it('orders by relevance: the article about the word first', async () => {
    const nodes = await search('acero', { field: 'RELEVANCE', direction: 'DESC' });
    expect(nodes[0]!.id).toBe(aranceles.id);
  });

  it('finds dotted acronyms typed with or without dots', async () => {
    for (const typed of ['EE.UU.', 'EEUU', 'ee. uu.'])
      expect(await ids(typed), typed).toEqual([aranceles.id]);
    expect(await ids('ONU')).toEqual([vigilancia.id]);
    const [hit] = await search('EE.UU.');
    expect(markedWords(hit!)).toEqual(['EEUU']);
  });

  it('reads OR, -exclusion and "phrases"', async () => {
    expect(await ids('tranvías OR acero')).toEqual([tranvias.id, aranceles.id].sort());
    expect(await ids('acero -Canadá')).toEqual([]);
    expect(await ids('EFE -acero')).not.toContain(aranceles.id);
    expect(await ids('"acero importado"')).toEqual([aranceles.id]);
    expect(await ids('"importado acero"')).toEqual([]);
  });

  it('refuses a search longer than 200 characters with a clear error', async () => {
    const res = await api.gql(LIST, { filter: { search: 'a'.repeat(201) } });
    expect(res.errors?.[0]?.message).toMatch(/search.*at most 200 characters.*201/);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 200, size: 201 });
  });

  describe('suggestions for a search that finds nothing', () => {
    const suggest = async (search: string) => {
      const res = await api.gql<{ searchSuggestions: string[] }>(
        'query($s: String!) { searchSuggestions(search: $s) }',
        { s: search },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.searchSuggestions;
    };

    it('offers the entity a misspelt name most likely meant', async () => {
      expect(await ids('Snowdn')).toEqual([]);
      expect(await suggest('Snowdn')).toContain('Edward Snowden');
    });

    it('corrects a misspelt word from the archive’s own vocabulary', async () => {
      expect(await ids('presupusto')).toEqual([]);
      const [first] = await suggest('presupusto');
      expect(first).toBe('presupuesto');
      expect(await ids(first!)).toEqual([tranvias.id]);
    });

    it('keeps the words the archive knows, and offers nothing when nothing is close', async () => {
      expect(await suggest('alcaldesa retrazo')).toContain('alcaldesa retraso');
      expect(await ids('alcaldesa retraso')).toEqual([obras.id]);
      expect(await suggest('zzqxw')).toEqual([]);
    });
  });
});
