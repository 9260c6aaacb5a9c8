import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// The generated resolver and client types are committed; this fails when schema.graphql or a web
// operation changed without `npm run codegen`. Codegen runs in memory: the tree is never written.
describe('generated GraphQL types', () => {
  it('match what `npm run codegen` produces from the current schema and operations', async () => {
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    const stale: string[] = [];
    for (const { filename, content } of outputs) {
      const committed = await readFile(join(root, filename), 'utf8').catch(() => undefined);
      if (committed !== content) stale.push(filename);
    }
    expect(stale, 'generated files are out of date: run `npm run codegen` and commit the result').toEqual([]);
  }, 60_000);
});
