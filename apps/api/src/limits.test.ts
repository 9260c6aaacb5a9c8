import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getIntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { FILTER_TERM_COST, operationCost } from './cost.js';
import { armor, LIMITS } from './limits.js';
import { schema } from './schema.js';
import { MAX_PAGE_SIZE } from './store/paginate.js';

// The limits must refuse abuse without getting in the way of our own clients: every operation the web
// app sends passes them, even with the largest page size it could ask for.

const webOperations = fileURLToPath(new URL('../../web/src/graphql/', import.meta.url));
const files = readdirSync(webOperations).filter((f) => f.endsWith('.graphql'));
const fragments = files.map((f) => readFileSync(join(webOperations, f), 'utf8')).join('\n');
const document = parse(fragments);
const operations = document.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);

/** Every `first`-like variable at the maximum page size. */
function largestVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((v) => /^first$|size$/i.test(v.variable.name.value))
      .map((v) => [v.variable.name.value, MAX_PAGE_SIZE]),
  );
}

describe('the web app’s operations', () => {
  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(5);
  });

  it.each(operations.map((o) => [o.name?.value ?? '(anonymous)', o] as const))(
    '%s passes depth, alias and directive limits and costs less than the maximum',
    (_name, operation) => {
      const single = {
        ...document,
        definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
      };
      const errors = validate(schema, single, [
        ...specifiedRules.filter((r) => r.name !== 'NoUnusedFragmentsRule'),
        ...armor().validationRules,
      ]);
      expect(errors.map((e) => e.message)).toEqual([]);
      expect(operationCost(schema, single, operation, largestVariables(operation))).toBeLessThanOrEqual(
        LIMITS.maxCost,
      );
    },
  );
});

describe('query cost', () => {
  const cost = (query: string, variables?: Record<string, unknown>) => {
    const doc = parse(query);
    return operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode, variables);
  };

  it('counts each field once and multiplies lists by their page size', () => {
    // articles + totalCount + edges + 10 × (node + id + title)
    expect(cost('{ articles(first: 10) { totalCount edges { node { id title } } } }')).toBe(3 + 10 * 3);
    // article + entities + 20 (a typical length) × (entity + id)
    expect(cost('{ article(id: "a") { entities { entity { id } } } }')).toBe(2 + 20 * 2);
  });

  it('reads page sizes from variables and from the schema’s defaults', () => {
    const query = 'query($n: Int) { articles(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 50 })).toBe(2 + 50 * 2);
    expect(cost(query, { n: 50 })).toBeGreaterThan(cost(query, { n: 5 }));
    expect(cost('{ articles { edges { node { id } } } }')).toBe(cost(query, { n: 20 }));
  });

  it('lets the introspection of tools like GraphiQL and codegen through', () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
      directiveIsRepeatable: true,
      specifiedByUrl: true,
    });
    expect(cost(full)).toBeLessThan(LIMITS.maxCost);
  });

  it('refuses introspection that nests lists to multiply its work', () => {
    expect(() =>
      cost('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }'),
    ).toThrow(/Introspection may nest at most 3 lists/);
    expect(() =>
      cost(
        '{ __type(name: "Query") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }',
      ),
    ).toThrow(/at most 3 lists/);
  });

  it('adds the terms of a filter: each id, each 20 characters of a search, each other value', () => {
    const base = cost('{ articles { totalCount } }');
    expect(cost('{ articles(filter: { entityIds: ["a", "b", "c"] }) { totalCount } }')).toBe(
      base + 3 * FILTER_TERM_COST,
    );
    const query = 'query($f: ArticleFilter) { facets(filter: $f) { total } }';
    const none = cost(query);
    expect(cost(query, { f: { search: 'x'.repeat(200) } })).toBe(none + 10 * FILTER_TERM_COST);
    expect(cost(query, { f: { dateFrom: '2024-01-01', hasQuotes: true, figureKinds: ['MONEY'] } })).toBe(
      none + 3 * FILTER_TERM_COST,
    );
  });

  it('refuses a request that piles up costly filters, before it runs', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `person:p${i}`);
    // Every field of ArticleFilter at its limit: 10 + 20 + 20 + 10 + 5 + 5 + 2 + 1 = 73 terms.
    const filter = {
      search: 'x'.repeat(200),
      entityIds: ids,
      speakerIds: ids,
      figureKinds: Array(10).fill('MONEY'),
      agency: 'x'.repeat(100),
      place: 'x'.repeat(100),
      dateFrom: '2020-01-01',
      dateTo: '2024-12-31',
      hasQuotes: true,
    };
    const facets = (n: number) =>
      `query($f: ArticleFilter) { ${Array.from({ length: n }, (_, i) => `a${i}: facets(filter: $f) { total }`).join(' ')} }`;
    expect(cost(facets(1), { f: filter })).toBe(cost(facets(1)) + 73 * FILTER_TERM_COST);
    // One such filter in a request is allowed, two are not.
    expect(cost(facets(1), { f: filter })).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(cost(facets(2), { f: filter })).toBeGreaterThan(LIMITS.maxCost);
  });

  it('counts a fragment the same wherever it is spread', () => {
    const inline = cost('{ article(id: "a") { id title } }');
    const spread = cost('{ article(id: "a") { ...F } } fragment F on Article { id title }');
    expect(spread).toBe(inline);
  });
});
