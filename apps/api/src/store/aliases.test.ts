import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../test-support/article-builder.js';
import { loadArticles, startTestApi, type TestApi } from '../test-support/api.js';
import { storeKinds } from '../test-support/stores.js';
import { removeArticles } from './write-articles.js';

// Invented people: "Ramírez" alone in one article, "Julia Ramírez" in two others.
const person = (id: string, name: string, mention = name) => ({
  id,
  name,
  type: 'PERSON' as const,
  mentions: [mention],
});

const fullName = (day: number) =>
  buildArticle({
    date: `2025-03-${String(day).padStart(2, '0')}`,
    title: `Julia Ramírez visita el puerto ${day}`,
    paragraphs: [`La senadora Julia Ramírez visitó el puerto el día ${day} para revisar las obras.`],
    entities: [person('person:julia-ramirez', 'Julia Ramírez')],
  });

const surnameOnly = buildArticle({
  date: '2025-04-02',
  title: 'Ramírez pide más fondos',
  paragraphs: ['«Hacen falta más fondos para el puerto», dijo Ramírez en el pleno.'],
  entities: [person('person:ramirez', 'Ramírez')],
  quotes: [
    {
      text: 'Hacen falta más fondos para el puerto',
      speaker: 'Ramírez',
      speakerId: 'person:ramirez',
      cue: 'dijo',
    },
  ],
});

const anotherRamirez = (day: number) =>
  buildArticle({
    date: `2025-05-${String(day).padStart(2, '0')}`,
    title: `Tomás Ramírez gana la regata ${day}`,
    paragraphs: [`El regatista Tomás Ramírez ganó la regata del día ${day}.`],
    entities: [person('person:tomas-ramirez', 'Tomás Ramírez')],
  });

const ENTITY = `query($id: ID!) {
  entity(id: $id) { id name articleCount aliases quotes(first: 5) { totalCount } }
}`;
type EntityAnswer = {
  entity: {
    id: string;
    name: string;
    articleCount: number;
    aliases: string[];
    quotes: { totalCount: number };
  } | null;
};

describe.each(storeKinds)('surname-only people across the archive on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api?.close());

  const entity = async (id: string) => (await api.gql<EntityAnswer>(ENTITY, { id })).data!.entity;
  const personIds = async () => {
    const res = await api.gql<{ entities: { edges: { node: { id: string } }[] } }>(
      `{ entities(filter: { types: [PERSON] }, first: 50) { edges { node { id } } } }`,
    );
    return res.data!.entities.edges.map((e) => e.node.id).sort();
  };

  it('leaves a surname alone while no frequent full-name person carries it', async () => {
    await loadArticles(api.store, [fullName(1), surnameOnly]);
    // Julia Ramírez is named in one article only: not enough to claim the bare surname.
    expect(await personIds()).toEqual(['person:julia-ramirez', 'person:ramirez']);
  });

  it('folds the surname into the one frequent person who bears it, quotes included', async () => {
    await loadArticles(api.store, [fullName(2)]);
    expect(await personIds()).toEqual(['person:julia-ramirez']);
    const julia = await entity('person:julia-ramirez');
    expect(julia).toMatchObject({ name: 'Julia Ramírez', articleCount: 3, quotes: { totalCount: 1 } });
    expect(julia!.aliases).toContain('Ramírez');
    // The old id still leads to her.
    expect((await entity('person:ramirez'))?.id).toBe('person:julia-ramirez');
  });

  it('undoes it when a second frequent person makes the surname ambiguous, and redoes it when that one goes', async () => {
    const tomas = [anotherRamirez(1), anotherRamirez(2)];
    await loadArticles(api.store, tomas);
    expect(await personIds()).toEqual(['person:julia-ramirez', 'person:ramirez', 'person:tomas-ramirez']);
    expect(await entity('person:julia-ramirez')).toMatchObject({
      articleCount: 2,
      quotes: { totalCount: 0 },
    });
    expect(await entity('person:ramirez')).toMatchObject({ id: 'person:ramirez', quotes: { totalCount: 1 } });

    await api.store.db.transaction().execute((tx) =>
      removeArticles(
        tx,
        tomas.map((a) => a.id),
      ),
    );
    api.store.cache.invalidate();
    expect(await personIds()).toEqual(['person:julia-ramirez']);
    expect(await entity('person:julia-ramirez')).toMatchObject({
      articleCount: 3,
      quotes: { totalCount: 1 },
    });
  });
});
