import { isInputObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitOf, unlimitedInputs } from './input-limits.js';
import { schema } from './schema.js';
import { loadArticles, startTestApi, type TestApi } from './test-support/api.js';
import { corpus } from './test-support/corpus.js';
import { storeKinds } from './test-support/stores.js';

// Every string and list input has a size limit written beside it in the SDL, and stated in its
// description; the server refuses a larger input, or a string with NUL or a control character, with
// BAD_USER_INPUT naming the field, the limit and the size, before any SQL runs.

describe('the schema', () => {
  it('gives every string, id and list input a limit', () => {
    expect(unlimitedInputs(schema)).toEqual([]);
  });

  it('states each limit in the description clients read', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      const definitions = isObjectType(type)
        ? Object.values(type.getFields()).flatMap((f) =>
            f.args.map((a) => [`${f.name}(${a.name})`, a] as const),
          )
        : isInputObjectType(type)
          ? Object.values(type.getFields()).map((f) => [f.name, f] as const)
          : [];
      for (const [name, definition] of definitions) {
        const limit = limitOf(definition);
        for (const n of [limit?.chars, limit?.items]) {
          if (n !== undefined && !new RegExp(`at most ${n}\\b`, 'i').test(definition.description ?? ''))
            undocumented.push(`${type.name}.${name}: ${n}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe.each(storeKinds)('input limits on $name', (kind) => {
  let api: TestApi;
  let statements = 0;
  beforeAll(async () => {
    api = await startTestApi(kind, { token: 'secreto', onQuery: () => statements++ });
    await loadArticles(api.store, corpus);
  });
  afterAll(() => api?.close());

  /** The first error of a request, after checking it ran no SQL at all. */
  async function refusal(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) {
    const before = statements;
    const res: Errors & { status: number } = await api.gql(query, variables, headers);
    expect(statements, 'SQL statements run').toBe(before);
    expect(res.status).toBe(400);
    return res.errors?.[0];
  }

  const ARTICLES = 'query($f: ArticleFilter) { articles(filter: $f) { totalCount } }';

  it('refuses a 100,000-character search, naming the field, the limit and the size', async () => {
    for (const [query, filter, field, limit] of [
      [ARTICLES, 'ArticleFilter', 'f', 200],
      ['query($f: EntityFilter) { entities(filter: $f) { totalCount } }', 'EntityFilter', 'f', 100],
      ['query($f: QuoteFilter) { quotes(filter: $f) { totalCount } }', 'QuoteFilter', 'f', 200],
      ['query($f: FigureFilter) { figures(filter: $f) { totalCount } }', 'FigureFilter', 'f', 200],
    ] as const) {
      const error = await refusal(query, { [field]: { search: 'a'.repeat(100_000) } });
      expect(error, filter).toMatchObject({
        message: `"filter.search" may be at most ${limit} characters long, got 100000`,
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.search', limit, size: 100_000 },
      });
    }
  });

  it('refuses more than 20 entity ids, in a variable or written in the query', async () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `person:p${i}`);
    const error = await refusal(ARTICLES, { f: { entityIds: ids } });
    expect(error).toMatchObject({
      message: '"filter.entityIds" may hold at most 20 items, got 10000',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.entityIds', limit: 20, size: 10_000 },
    });
    const literal = JSON.stringify(ids.slice(0, 21));
    const inline = await refusal(`{ facets(filter: { entityIds: ${literal} }) { total } }`);
    expect(inline?.extensions).toMatchObject({ field: 'filter.entityIds', size: 21 });
  });

  it('checks every list and string: ids, cursors, units, kinds, the ingest mutation’s text and source', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [ARTICLES, { f: { speakerIds: Array(21).fill('x') } }, 'filter.speakerIds'],
      [ARTICLES, { f: { entityIds: ['x'.repeat(301)] } }, 'filter.entityIds[0]'],
      [ARTICLES, { f: { agency: 'E'.repeat(101) } }, 'filter.agency'],
      [ARTICLES, { f: { figureKinds: Array(11).fill('MONEY') } }, 'filter.figureKinds'],
      ['query($a: String) { articles(after: $a) { totalCount } }', { a: 'x'.repeat(2001) }, 'after'],
      ['query($id: ID!) { entity(id: $id) { id } }', { id: 'x'.repeat(301) }, 'id'],
      [
        'query($f: FigureFilter) { figures(filter: $f) { totalCount } }',
        { f: { units: Array(21).fill('USD') } },
        'filter.units',
      ],
      [
        'query($f: EntityFilter) { entities(filter: $f) { totalCount } }',
        { f: { types: Array(5).fill('PERSON') } },
        'filter.types',
      ],
      [
        'query($f: QuoteFilter) { quotes(filter: $f) { totalCount } }',
        { f: { articleId: 'x'.repeat(301) } },
        'filter.articleId',
      ],
      // Inside a fragment, on a nested field.
      [
        'query($a: String) { entity(id: "x") { ...F } } fragment F on Entity { quotes(after: $a) { totalCount } }',
        { a: 'x'.repeat(2001) },
        'after',
      ],
      [
        'mutation($t: String!, $s: String) { ingestArticle(text: $t, source: $s) { id } }',
        { t: 'x'.repeat(100_001) },
        'text',
      ],
      [
        'mutation($t: String!, $s: String) { ingestArticle(text: $t, source: $s) { id } }',
        { t: 'x', s: 'x'.repeat(501) },
        'source',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const error = await refusal(query, variables, { authorization: 'Bearer secreto' });
      expect(error?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('refuses NUL in any string (PostgreSQL cannot take it; it was an internal error)', async () => {
    const search = await refusal(ARTICLES, { f: { search: 'tran\u0000vías' } });
    expect(search).toMatchObject({
      message: '"filter.search" contains a NUL character (U+0000) at position 4',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' },
    });
    const source = await refusal(
      'mutation($t: String!, $s: String) { ingestArticle(text: $t, source: $s) { id } }',
      { t: 'texto', s: 'a\u0000b' },
      { authorization: 'Bearer secreto' },
    );
    expect(source?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    const text = await refusal(
      'mutation($t: String!) { ingestArticle(text: $t) { id } }',
      { t: 'texto\u0000' },
      { authorization: 'Bearer secreto' },
    );
    expect(text?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('refuses other control characters except in an article’s text, which may hold tabs and line breaks', async () => {
    const error = await refusal(ARTICLES, { f: { place: 'Quito\u001b[31m' } });
    expect(error?.message).toBe('"filter.place" contains a control character (U+001B) at position 5');
    const multiline = await api.gql(ARTICLES, { f: { search: 'tranvías\n\tQuito' } });
    expect(multiline.errors).toBeUndefined();
  });

  it('answers inputs right at the limits', async () => {
    const ids = corpus.flatMap((a) => a.entities.map((e) => e.id)).slice(0, 20);
    const res = await api.gql<{ articles: { totalCount: number } }>(ARTICLES, {
      f: { search: 'tranvías '.repeat(25).slice(0, 200), entityIds: ids, speakerIds: ids },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.articles.totalCount).toBe(0);
    const one = await api.gql<{ articles: { totalCount: number } }>(ARTICLES, {
      f: { search: 'tranvías', entityIds: ['person:lucia-andrade'] },
    });
    expect(one.data?.articles.totalCount).toBe(1);
  });
});
