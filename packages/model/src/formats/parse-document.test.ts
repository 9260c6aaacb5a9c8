import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ArticleParseError, isArticleParseError } from '../errors.js';
import { parseArticle } from '../parse.js';
import type { Article } from '../types.js';
import { detectFormat } from './detect.js';
import { parseDocument } from './parse-document.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const plain = fixture('puerto.txt');
const ninjs = JSON.parse(fixture('puerto.ninjs.json')) as Record<string, unknown>;
const nitf = fixture('puerto.nitf.xml');

/** What a reader sees of an article: everything but where it came from. */
const content = ({ source: _source, ...article }: Article) => article;

function parseError(input: string): ArticleParseError {
  try {
    parseDocument(input);
  } catch (error) {
    if (isArticleParseError(error)) return error;
    throw error;
  }
  throw new Error('expected an ArticleParseError');
}

describe('parseDocument', () => {
  it('detects the format by the first character that is not white space', () => {
    expect(detectFormat(plain)).toBe('plain');
    expect(detectFormat('\uFEFF\n  {"uri": "x"}')).toBe('ninjs');
    expect(detectFormat('\n<?xml version="1.0"?><newsItem/>')).toBe('newsml-g2');
  });

  it.each(['puerto.ninjs.json', 'puerto.nitf.xml', 'puerto.xhtml.xml'])(
    'reads %s as the same article as its plain text, offsets and all',
    (name) => {
      const expected = parseArticle(plain);
      const article = parseDocument(fixture(name), { source: name });
      expect(article.source).toBe(name);
      expect(content(article)).toEqual(content(expected));
      expect(article.title).toBe('El puerto de Valencia amplía su terminal de contenedores');
      expect(article.date).toBe('2026-03-05');
      expect(article.dateline).toMatchObject({ place: 'Valencia', agency: 'EFE', date: '5 mar', start: 0 });
      expect(article.quotes.map((q) => q.speaker?.name)).toContain('Marta Ferrer');
      expect(article.figures.map((f) => f.text)).toContain('120 millones de euros');
    },
  );

  it('reads bytes as files are read', () => {
    expect(content(parseDocument(new TextEncoder().encode(nitf)))).toEqual(content(parseArticle(plain)));
  });

  it('keeps parsing the plain format as parseArticle does', () => {
    expect(parseDocument(plain)).toEqual(parseArticle(plain));
  });

  it('takes the dateline from the metadata, with an empty span, when the text has none', () => {
    const withoutDateline = {
      ...ninjs,
      bodies: [
        {
          contenttype: 'text/plain',
          value: 'La terminal norte crecerá.\n\nLas obras empiezan en septiembre.',
        },
      ],
    };
    const article = parseDocument(JSON.stringify(withoutDateline));
    expect(article.dateline).toEqual({ place: 'Valencia', agency: 'EFE', start: 0, end: 0 });
    expect(article.body).toBe('La terminal norte crecerá.\n\nLas obras empiezan en septiembre.');
    expect(article.paragraphs).toHaveLength(2);

    const xml = nitf.replace(/Valencia, 5 mar \(EFE\)\.- /, '');
    expect(parseDocument(xml).dateline).toEqual({ place: 'Valencia', agency: 'EFE', start: 0, end: 0 });
  });

  it('reads the date as written, not in UTC, and falls back to firstcreated', () => {
    const late = { ...ninjs, versioncreated: '2026-03-05T23:30:00-05:00' };
    expect(parseDocument(JSON.stringify(late)).date).toBe('2026-03-05');
    const first = { ...ninjs, versioncreated: undefined, firstcreated: '2026-03-04T08:00:00Z' };
    expect(parseDocument(JSON.stringify(first)).date).toBe('2026-03-04');
  });

  it('turns HTML into paragraphs: blocks and <br> break them, entities decode, scripts and styles go', () => {
    const html =
      '<h2>Claves</h2><ul><li>Una inversi&oacute;n de 120 millones</li><li>Obras en 2027</li></ul>' +
      '<p>Primera l&iacute;nea<br/>Segunda l&iacute;nea</p><script>document.write("x")</script>' +
      '<style>p{}</style><figure><img src="a.jpg"/><figcaption>Foto del muelle</figcaption></figure>' +
      '<div>El &laquo;puerto&raquo;   crece &amp; mucho.</div>';
    const article = parseDocument(
      JSON.stringify({ ...ninjs, bodies: [{ contenttype: 'text/html', value: html }] }),
    );
    expect(article.body.split('\n\n')).toEqual([
      'Claves',
      'Una inversión de 120 millones',
      'Obras en 2027',
      'Primera línea',
      'Segunda línea',
      'El «puerto» crece & mucho.',
    ]);
  });

  it('reads ninjs from a file with any name: the content decides', () => {
    expect(parseDocument(`\n\n${fixture('puerto.ninjs.json')}`).title).toBe(
      'El puerto de Valencia amplía su terminal de contenedores',
    );
  });
});

describe('parseDocument on bad documents', () => {
  it('names the line and column of malformed JSON', () => {
    const error = parseError('{\n  "uri": "urn:x",\n  "headlines": [}\n}');
    expect(error.code).toBe('MALFORMED_JSON');
    expect(error.message).toMatch(/^malformed JSON at line 3, column 17: /);
    expect([error.line, error.column]).toEqual([3, 17]);
  });

  it('names the line and column of malformed XML', () => {
    const error = parseError('<newsItem>\n  <contentMeta>\n    <headline>Hola</contentMeta>\n</newsItem>');
    expect(error.code).toBe('MALFORMED_XML');
    expect(error.message).toMatch(/^malformed XML at line 3, column \d+: .*headline/);
    expect(error.line).toBe(3);
  });

  it('refuses XML entity declarations, which is how XML bombs grow', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><newsItem>&a;</newsItem>';
    expect(parseError(bomb)).toMatchObject({
      code: 'MALFORMED_XML',
      message: expect.stringMatching(/ENTITY/),
    });
  });

  it.each([
    [{ ...ninjs, urgency: 12 }, '/urgency', /must be <= 9/],
    [{ ...ninjs, headlines: [{ role: 'main' }] }, '/headlines/0', /must have required property 'value'/],
    [{ ...ninjs, versioncreated: 'ayer' }, '/versioncreated', /must match format "date-time"/],
    [{ ...ninjs, uri: undefined }, '/', /must have required property 'uri'/],
    [
      { ...ninjs, headline: 'Titular de ninjs 1' },
      '/',
      /"headline" is not part of ninjs 2\.x \(ninjs 2 uses headlines\[\]\)/,
    ],
  ])('names the JSON pointer and the problem of a schema violation (%#)', (document, pointer, problem) => {
    const error = parseError(JSON.stringify(document));
    expect(error.code).toBe('SCHEMA_VIOLATION');
    expect(error.field).toBe(pointer);
    expect(error.message).toContain(`not a valid ninjs 2.x document: at ${pointer}, `);
    expect(error.message).toMatch(problem);
  });

  it.each([
    [{ ...ninjs, headlines: [] }, '/headlines'],
    [{ ...ninjs, headlines: [{ value: '   ' }] }, '/headlines'],
    [{ ...ninjs, versioncreated: undefined, firstcreated: undefined }, '/versioncreated'],
    [{ ...ninjs, bodies: undefined }, '/bodies'],
    [{ ...ninjs, bodies: [{ contenttype: 'text/html', value: '<script>x()</script>' }] }, '/bodies'],
  ])('names the missing field of a ninjs article (%#)', (document, field) => {
    const error = parseError(JSON.stringify(document));
    expect(error).toMatchObject({ code: 'MISSING_FIELD', field });
    expect(error.message).toMatch(new RegExp(`^${field} is missing: `));
  });

  it.each([
    [nitf.replace(/<headline[^]*?<\/headline>/, ''), 'contentMeta/headline'],
    [
      nitf.replace(/<versionCreated>.*<\/versionCreated>|<firstCreated>.*<\/firstCreated>/g, ''),
      'itemMeta/versionCreated',
    ],
    [nitf.replace(/<contentSet>[^]*<\/contentSet>/, ''), 'contentSet/inlineXML'],
  ])('names the missing field of a NewsML-G2 item (%#)', (xml, field) => {
    expect(parseError(xml)).toMatchObject({ code: 'MISSING_FIELD', field });
  });

  it('names a NewsML-G2 date that is not a date-time', () => {
    const error = parseError(
      nitf.replace(/<versionCreated>.*<\/versionCreated>/, '<versionCreated>ayer</versionCreated>'),
    );
    expect(error).toMatchObject({ code: 'INVALID_DATE', field: 'itemMeta/versionCreated' });
  });

  it('refuses XML that is not a news item', () => {
    const error = parseError('<rss version="2.0"><channel/></rss>');
    expect(error.code).toBe('UNSUPPORTED_DOCUMENT');
    expect(error.message).toContain('<rss>');
  });
});
