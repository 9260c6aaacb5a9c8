import { protocol } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { onlyReads, sqlTexts } from './protocol-sql.js';

// What node-postgres sends: a simple Query, or Parse/Bind/Describe/Execute/Sync for a statement with
// parameters. The database thread reads the SQL out of them to know what it may abandon.

const { serialize } = protocol;
const simple = (text: string) => serialize.query(text);
const extended = (text: string, name = '') => {
  const parts = [
    serialize.parse({ text, name }),
    serialize.bind({ values: ['x'] }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ];
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (bytes.set(p, offset), offset + p.length), 0);
  return bytes;
};

describe('the SQL in protocol bytes', () => {
  it('is read from a simple Query and from a Parse among the extended messages', () => {
    expect(sqlTexts(simple('select 1'))).toEqual(['select 1']);
    expect(sqlTexts(extended('select $1::text', 'named'))).toEqual(['select $1::text']);
    expect(sqlTexts(serialize.sync())).toEqual([]);
  });

  it('counts plain selects, with clauses and subqueries as only reading', () => {
    for (const text of [
      'select "articles"."title", "updated_at" from "articles" where "id" = $1',
      'with recent as (select id from articles order by date desc limit 20) select * from recent',
      '  SELECT count(*) FROM quotes',
    ]) {
      expect(onlyReads(extended(text)), text).toBe(true);
    }
  });

  it('counts anything that may write, lock or change the session as not only reading', () => {
    for (const text of [
      'insert into probe values (1)',
      'with gone as (delete from probe returning id) select * from gone',
      'select * from probe for update',
      'select nextval($1)',
      'select 1 into scratch',
      "select set_config('search_path', 'x', false)",
      'begin',
      'commit',
      '/* why */ select 1',
      'select 1; delete from probe',
    ]) {
      expect(onlyReads(simple(text)), text).toBe(false);
    }
    expect(onlyReads(serialize.sync())).toBe(false);
  });
});
