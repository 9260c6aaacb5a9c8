import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the hostile requests go: a running server, and what the audit may use on it. */
export interface AuditTarget {
  url: string;
  /** The server's token: without it, the cases that need one are skipped. */
  token?: string;
  /** The folder the server watches for seeds: without it, the file cases are skipped. */
  seedsDir?: string;
}

/** What the server did with one hostile request. */
export interface Outcome {
  status: number;
  /** The first GraphQL error code, if any. */
  code?: string;
  /** For answers, a short proof of what came back (a count, a title). */
  detail?: string;
}

export interface AbuseCase {
  id: string;
  /** The defect the audit found, in one line. */
  defect: string;
  needs?: 'token' | 'seeds';
  /** A client error with one of these codes, or an answer that `check` accepts. */
  expect: { codes: string[] } | { answer: (outcome: Outcome) => boolean };
  send(target: AuditTarget): Promise<Outcome>;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

async function post(
  target: AuditTarget,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: GraphQLBody }> {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let json: GraphQLBody = {};
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    // Not JSON: the status alone tells.
  }
  return { status: res.status, json };
}

async function graphql(
  target: AuditTarget,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Outcome & { data?: Record<string, unknown> | null }> {
  const { status, json } = await post(target, JSON.stringify({ query, variables }), headers);
  const code = json.errors?.[0]?.extensions?.code;
  return { status, ...(code ? { code } : {}), data: json.data };
}

const bearer = (target: AuditTarget) => ({ authorization: `Bearer ${target.token ?? ''}` });

/** A small valid article in the seed format whose body is `paragraph`. */
export function articleText(title: string, paragraph: string): string {
  return ` date 2024-03-05 ${title}\n\nMadrid, 5 mar (EFE).- ${paragraph}\n`;
}

/** `count` opening guillemets that never close, between short words (the cubic pairing). */
export const unbalancedQuotes = (count: number) => 'dijo «hola '.repeat(count);

const INGEST = `mutation Ingest($text: String!, $source: String) {
  ingestArticle(text: $text, source: $source) { id title } }`;
const ARTICLES_BY_ENTITIES = `query ($ids: [ID!]) {
  articles(filter: { entityIds: $ids }, first: 5) { totalCount edges { node { id } } } }`;
const ENTITIES_BY_NAME = `query ($search: String) {
  entities(filter: { search: $search }, first: 5) { totalCount edges { node { id name } } } }`;
const ARTICLES_AFTER = `query ($after: String) { articles(first: 5, after: $after) { edges { node { id } } } }`;
const ENTITIES_AFTER = `query ($after: String) { entities(first: 5, after: $after) { edges { node { id } } } }`;
const ARTICLES_SEARCH = `query ($search: String) { articles(filter: { search: $search }) { totalCount } }`;
const CLIENT_ERRORS = ['BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'];
const forged = Buffer.from('{"d":"not-a-date","id":"\'; drop table articles; --"}').toString('base64url');
const manyIds = (n: number) => Array.from({ length: n }, (_, i) => `person:nadie-${i}`);

/** Polls until `ready` says the file was dealt with, or gives up after `ms`. */
async function until(ready: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/** Drops a file into the watched seeds folder and waits until an article with its title is served. */
async function dropSeed(target: AuditTarget, name: string, title: string, body: string): Promise<Outcome> {
  await writeFile(join(target.seedsDir ?? '', name), articleText(title, body));
  const stored = await until(async () => {
    const r = await graphql(target, ARTICLES_SEARCH, { search: title });
    const articles = r.data?.articles as { totalCount: number } | undefined;
    return (articles?.totalCount ?? 0) > 0;
  }, 30_000);
  return { status: stored ? 200 : 504, detail: stored ? 'stored' : 'not stored within 30 s' };
}

/**
 * Every request the hostile audit used to stall or crash the server, each with what it must get now.
 * `npm run bench -- abuse` and `audit.test.ts` send them while timing `/healthz`.
 */
export const ABUSE_CASES: AbuseCase[] = [
  {
    id: 'seed-unbalanced-quotes',
    defect: 'a 20 KB seed file of unbalanced « took minutes to parse on the server thread',
    needs: 'seeds',
    expect: { answer: (o) => o.detail === 'stored' },
    send: (t) => dropSeed(t, 'hostil-comillas.txt', 'Comillas sin cerrar', unbalancedQuotes(2_000)),
  },
  {
    id: 'ingest-unbalanced-quotes',
    defect: 'a posted article of 9,000 unbalanced « (10,000 took 337 s; more is over the size limit)',
    needs: 'token',
    expect: { answer: (o) => o.status === 200 && !o.code },
    send: (t) =>
      graphql(
        t,
        INGEST,
        { text: articleText('Nueve mil comillas', unbalancedQuotes(9_000)), source: 'audit-quotes' },
        bearer(t),
      ),
  },
  {
    id: 'ingest-huge-article',
    defect: 'a valid 4.9 MB article froze the server for 25 s',
    needs: 'token',
    expect: { codes: ['BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE', 'TOO_LARGE'] },
    send: (t) =>
      graphql(
        t,
        INGEST,
        { text: articleText('Muy largo', 'El ministro habló de presupuestos. '.repeat(26_000)) },
        bearer(t),
      ),
  },
  {
    id: 'entity-search-100k',
    defect: 'EntityFilter.search of 100,000 characters took 10.5 s',
    expect: { codes: ['BAD_USER_INPUT'] },
    send: (t) => graphql(t, ENTITIES_BY_NAME, { search: 'Putin '.repeat(16_667) }),
  },
  {
    id: 'entity-ids-300',
    defect: 'ArticleFilter.entityIds with 300 ids took over 30 s',
    expect: { codes: ['BAD_USER_INPUT'] },
    send: (t) => graphql(t, ARTICLES_BY_ENTITIES, { ids: manyIds(300) }),
  },
  {
    id: 'entity-ids-10000',
    defect: 'ArticleFilter.entityIds with 10,000 ids froze the server for over 10 minutes',
    expect: { codes: ['BAD_USER_INPUT'] },
    send: (t) => graphql(t, ARTICLES_BY_ENTITIES, { ids: manyIds(10_000) }),
  },
  {
    id: 'forged-cursor-articles',
    defect: 'a forged cursor on articles answered INTERNAL_SERVER_ERROR',
    expect: { codes: ['BAD_USER_INPUT'] },
    send: (t) => graphql(t, ARTICLES_AFTER, { after: forged }),
  },
  {
    id: 'forged-cursor-entities',
    defect: 'a forged cursor on entities answered INTERNAL_SERVER_ERROR',
    expect: { codes: ['BAD_USER_INPUT'] },
    send: (t) => graphql(t, ENTITIES_AFTER, { after: forged }),
  },
  {
    id: 'nul-in-search',
    defect: 'a NUL character in search answered INTERNAL_SERVER_ERROR',
    expect: { codes: ['BAD_USER_INPUT'] },
    send: (t) => graphql(t, ARTICLES_SEARCH, { search: 'gobierno\u0000' }),
  },
  {
    id: 'nul-in-source',
    defect: 'a NUL character in the ingest source answered INTERNAL_SERVER_ERROR',
    needs: 'token',
    expect: { codes: ['BAD_USER_INPUT'] },
    send: (t) =>
      graphql(t, INGEST, { text: articleText('Fuente nula', 'Texto breve.'), source: 'a\u0000b' }, bearer(t)),
  },
  {
    id: 'subscription-operation',
    defect: 'a subscription operation answered INTERNAL_SERVER_ERROR',
    expect: { codes: [...CLIENT_ERRORS, 'OPERATION_NOT_SUPPORTED'] },
    send: (t) => graphql(t, 'subscription { articles { totalCount } }'),
  },
  {
    id: 'charset-latin1',
    defect: 'a JSON body declared as latin1 answered INTERNAL_SERVER_ERROR',
    expect: { codes: ['UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST'] },
    send: async (t) => {
      const { status, json } = await post(t, JSON.stringify({ query: '{ __typename }' }), {
        'content-type': 'application/json; charset=latin1',
      });
      const code = json.errors?.[0]?.extensions?.code;
      return { status, ...(code ? { code } : {}) };
    },
  },
  {
    id: 'like-wildcard',
    defect: '`%` as an entity name search matched every entity',
    expect: { answer: (o) => o.status === 200 && !o.code && o.detail === '0' },
    send: async (t) => {
      const r = await graphql(t, ENTITIES_BY_NAME, { search: '%' });
      const entities = r.data?.entities as { totalCount: number } | undefined;
      return { ...r, detail: String(entities?.totalCount ?? 'none') };
    },
  },
  {
    id: 'token-guessing',
    defect: 'nothing limited failed token attempts',
    needs: 'token',
    expect: { codes: ['RATE_LIMITED'] },
    send: async (t) => {
      let last: Outcome = { status: 0 };
      for (let i = 0; i < 40 && last.code !== 'RATE_LIMITED'; i++) {
        last = await graphql(
          t,
          INGEST,
          { text: articleText('Intruso', 'Nada.') },
          {
            authorization: `Bearer adivina-${i}`,
          },
        );
      }
      return last;
    },
  },
];

/** Whether an outcome is what the case expects. */
export function meetsExpectation(c: AbuseCase, outcome: Outcome): boolean {
  return 'codes' in c.expect ? c.expect.codes.includes(outcome.code ?? '') : c.expect.answer(outcome);
}
