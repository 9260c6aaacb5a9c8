import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from './examples';

const schema = buildSchema(readFileSync(new URL('../../../api/src/schema.graphql', import.meta.url), 'utf8'));

describe('the playground’s example queries', () => {
  it.each(EXAMPLE_TABS.map((tab, i) => [i, tab] as const))('tab %i is valid against the SDL', (_i, tab) => {
    expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
    const variables: string | undefined = 'variables' in tab ? tab.variables : undefined;
    if (variables) expect(() => JSON.parse(variables)).not.toThrow();
  });
});
