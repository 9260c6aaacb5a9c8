import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './tables.js';
import { removeArticles } from './write-articles.js';

type Db = Kysely<Database> | Transaction<Database>;

// Which file each stored article came from, with a hash of the file's text: a restart skips unchanged
// files, a changed file replaces its article, and an article no file points to any more goes away.

export interface SourceRow {
  path: string;
  article_id: string;
  content_hash: string;
}

/** What is recorded for these paths, by path. */
export async function sourcesOf(db: Db, paths: readonly string[]): Promise<Map<string, SourceRow>> {
  if (paths.length === 0) return new Map();
  const rows = await db
    .selectFrom('sources')
    .select(['path', 'article_id', 'content_hash'])
    .where('path', '=', sql<string>`any(${[...paths]}::text[])`)
    .execute();
  return new Map(rows.map((r) => [r.path, r]));
}

/** Every recorded path below a folder. */
export function sourcesBelow(db: Db, dir: string): Promise<SourceRow[]> {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return db
    .selectFrom('sources')
    .select(['path', 'article_id', 'content_hash'])
    .where(sql<boolean>`starts_with(path, ${prefix})`)
    .execute();
}

export async function recordSources(db: Db, rows: readonly SourceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into sources (path, article_id, content_hash)
    select * from unnest(${rows.map((r) => r.path)}::text[], ${rows.map((r) => r.article_id)}::text[],
      ${rows.map((r) => r.content_hash)}::text[])
    on conflict (path) do update set article_id = excluded.article_id, content_hash = excluded.content_hash`.execute(
    db,
  );
}

export async function forgetSources(db: Db, paths: readonly string[]): Promise<void> {
  if (paths.length > 0)
    await db
      .deleteFrom('sources')
      .where('path', '=', sql<string>`any(${[...paths]}::text[])`)
      .execute();
}

/** Deletes those of these articles that no recorded file points to any more. */
export async function dropOrphans(db: Db, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const { rows } = await sql<{ id: string }>`
    select a.id from articles a
    where a.id = any(${[...articleIds]}::text[]) and not exists (select 1 from sources s where s.article_id = a.id)`.execute(
    db,
  );
  await removeArticles(
    db,
    rows.map((r) => r.id),
  );
}
