import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { runParse } from './parse-command.js';

const fixtures = new URL('../formats/fixtures/', import.meta.url);
const FIXTURES = ['puerto.txt', 'puerto.ninjs.json', 'puerto.nitf.xml', 'puerto.xhtml.xml'];

async function parse(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errors.push(c.toString()));
  const code = await runParse(args, out, err);
  return { code, stdout: chunks.join(''), stderr: errors.join('') };
}

describe('teletipo parse on agency formats', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'teletipo-formats-'));
    for (const name of FIXTURES) await copyFile(new URL(name, fixtures), join(dir, name));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads plain text, ninjs and NewsML-G2 (NITF and XHTML) in a folder as the same article', async () => {
    const { code, stdout, stderr } = await parse(['--format', 'jsonl', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const articles = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Article);
    expect(articles.map((a) => a.source)).toEqual([...FIXTURES].sort().map((name) => join(dir, name)));
    const [first, ...others] = articles.map(({ title, date, dateline, quotes, entities, figures, body }) => ({
      title,
      date,
      dateline,
      quotes,
      entities,
      figures,
      body,
    }));
    expect(first!.dateline).toMatchObject({ place: 'Valencia', agency: 'EFE' });
    expect(first!.quotes.length).toBeGreaterThan(0);
    expect(first!.entities.length).toBeGreaterThan(0);
    expect(first!.figures.length).toBeGreaterThan(0);
    for (const other of others) expect(other).toEqual(first);
  });

  it('names the file and the problem of each bad document, and still prints the good ones', async () => {
    await writeFile(join(dir, 'roto.json'), '{\n  "uri": "urn:x",\n  "headlines": [\n}');
    await writeFile(join(dir, 'roto.xml'), '<newsItem>\n  <itemMeta>\n</newsItem>');
    await writeFile(join(dir, 'esquema.json'), JSON.stringify({ uri: 'urn:x', urgency: 'alta' }));
    const { code, stdout, stderr } = await parse(['--format', 'jsonl', dir]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(FIXTURES.length);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `${join(dir, 'esquema.json')}: not a valid ninjs 2.x document: at /urgency, must be integer`,
      expect.stringMatching(new RegExp(`^${join(dir, 'roto.json')}: malformed JSON at line 4, column 1: `)),
      expect.stringMatching(new RegExp(`^${join(dir, 'roto.xml')}: malformed XML at line 3, column \\d+: `)),
    ]);
  });
});
