import type { FigureKind } from '@teletipo/model';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBatch } from '../ingest/store-batch.js';
import { buildArticle, type Draft } from '../test-support/article-builder.js';
import { storeKinds } from '../test-support/stores.js';
import type { Store } from './connect.js';
import { migrate } from './migrations.js';
import { dropOrphans, forgetSources, sourcesOf } from './sources.js';

// The counts kept at write time must equal a count from scratch after any sequence of writes: files
// ingested, changed (same file, new text: the article is replaced) and deleted, including two files
// with the same text (one article, two sources).

const PEOPLE = [
  { id: 'person:ana-ruiz', name: 'Ana Ruiz' },
  { id: 'person:luis-mora', name: 'Luis Mora' },
  { id: 'organization:banco-andino', name: 'Banco Andino' },
];
const FIGURES: { text: string; kind: FigureKind; value: number }[] = [
  { text: '12 %', kind: 'PERCENT', value: 12 },
  { text: '300 personas', kind: 'COUNT', value: 300 },
  { text: '5 millones de euros', kind: 'MONEY', value: 5_000_000 },
];

const draft = fc.record({
  date: fc.constantFrom('2024-01-10', '2024-01-20', '2024-02-05', '2023-12-31'),
  place: fc.option(fc.constantFrom('Quito', 'Lima'), { nil: undefined }),
  agency: fc.option(fc.constantFrom('EFE', 'AFP'), { nil: undefined }),
  people: fc.subarray(PEOPLE),
  speakers: fc.array(fc.nat(PEOPLE.length - 1), { maxLength: 3 }),
  figures: fc.subarray(FIGURES),
  version: fc.nat(3),
});

type DraftSpec = typeof draft extends fc.Arbitrary<infer T> ? T : never;

function article(d: DraftSpec) {
  const speakers = d.speakers.map((i) => PEOPLE[i]!);
  const named = [...new Map([...d.people, ...speakers].map((p) => [p.id, p])).values()];
  const quotes = speakers.map((p, i) => ({
    text: `«Cita número ${i + 1} de ${p.name}»`,
    speaker: p.name,
    speakerId: p.id,
  }));
  const paragraphs = [
    `La reunión de hoy, versión ${d.version}, trató sobre el presupuesto.`,
    ...named.map((p) => `Asistió ${p.name} a la reunión.`),
    ...quotes.map((q) => `${q.text}, dijo ${q.speaker}.`),
    ...d.figures.map((f) => `El informe habla de ${f.text} este año.`),
  ];
  const built: Draft = {
    date: d.date,
    title: `Reunión sobre el presupuesto ${d.version}`,
    ...(d.place && { place: d.place, ...(d.agency && { agency: d.agency }) }),
    paragraphs,
    entities: named.map((p) => ({ id: p.id, name: p.name, mentions: [p.name] })),
    quotes,
    figures: d.figures,
  };
  return buildArticle(built);
}

const operation = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), file: fc.nat(3), draft }),
  fc.record({ kind: fc.constant('delete' as const), file: fc.nat(3) }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(store: Store, op: Operation) {
  const path = `/noticias/${op.file}.txt`;
  if (op.kind === 'write') {
    const a = article(op.draft);
    await storeBatch(store, [{ article: a, source: path, hash: a.id }]);
    return;
  }
  await store.db.transaction().execute(async (tx) => {
    const row = (await sourcesOf(tx, [path])).get(path);
    if (!row) return;
    await forgetSources(tx, [path]);
    await dropOrphans(tx, [row.article_id]);
  });
}

type Row = { facet: string; value: string; articles: number };
const byKey = (rows: Row[]) => rows.map((r) => `${r.facet}|${r.value}|${r.articles}`).sort();

/** facet_counts, without the values that fell to zero. */
async function kept(store: Store): Promise<string[]> {
  const { rows } =
    await sql<Row>`select facet, value, articles from facet_counts where articles <> 0`.execute(store.db);
  return byKey(rows);
}

/** The same counts from scratch, written independently of teletipo_facet_rows. */
async function fromScratch(store: Store): Promise<string[]> {
  const { rows } = await sql<Row>`
    select 'total' as facet, '' as value, count(*)::int as articles from articles having count(*) > 0
    union all select 'agency', agency, count(*)::int from articles where agency is not null group by agency
    union all select 'place', place, count(*)::int from articles where place is not null group by place
    union all select 'month', to_char(date, 'YYYY-MM'), count(*)::int from articles group by to_char(date, 'YYYY-MM')
    union all select 'speaker', s.speaker_id, count(*)::int
      from (select distinct article_id, speaker_id from quotes where speaker_id is not null) s group by s.speaker_id
    union all select 'figure_kind', k.kind, count(*)::int
      from (select distinct article_id, kind from figures) k group by k.kind`.execute(store.db);
  return byKey(rows);
}

async function entityCountsDiffer(store: Store): Promise<unknown[]> {
  const { rows } = await sql`
    select e.id, e.article_count, (select count(*)::int from article_entities ae where ae.entity_id = e.id) as actual
    from entities e
    where e.article_count <> (select count(*) from article_entities ae where ae.entity_id = e.id)`.execute(
    store.db,
  );
  return rows;
}

describe.each(storeKinds)('facet counts kept at write time on $name', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await kind.open();
  });
  afterAll(() => store?.close());

  it('equal a count from scratch after any sequence of ingests, changes and deletions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (ops) => {
        await sql`truncate sources, figures, quotes, article_entities, articles, entities, facet_counts`.execute(
          store.db,
        );
        for (const op of ops) await apply(store, op);
        expect(await kept(store)).toEqual(await fromScratch(store));
        expect(await entityCountsDiffer(store)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 240_000);

  it('are back-filled by their migration on an archive written before it', async () => {
    await sql`truncate sources, figures, quotes, article_entities, articles, entities, facet_counts`.execute(
      store.db,
    );
    const drafts = fc.sample(draft, { numRuns: 12, seed: 7 });
    for (const [i, d] of drafts.entries()) await apply(store, { kind: 'write', file: i, draft: d });
    await sql`drop table facet_counts`.execute(store.db);
    await sql`drop index entities_type_articles`.execute(store.db);
    // Later migrations are undone too: Kysely runs only an unbroken sequence.
    for (const table of ['quotes', 'figures', 'article_entities']) {
      await sql`alter table ${sql.id(table)} drop column explanation_rule, drop column explanation_summary`.execute(
        store.db,
      );
    }
    await sql`delete from kysely_migration where name >= '0006_facet_counts'`.execute(store.db);
    await migrate(store.db);
    expect(await kept(store)).toEqual(await fromScratch(store));
    expect((await kept(store)).length).toBeGreaterThan(1);
  });
});
