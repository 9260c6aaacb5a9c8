import { type ParseError, parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import { ArticleParseError } from '../errors.js';
import { htmlParagraphs, plainParagraphs } from './html-paragraphs.js';
import { ninjsViolation } from './ninjs-schema.js';
import { collapseSpaces } from './paragraph-collector.js';
import { dateOf, missing, type WireDocument } from './wire-document.js';

// IPTC ninjs 2.x (News in JSON): https://iptc.org/standards/ninjs/. Read fields:
//   headlines[] (role "main" first, else the first)   → title
//   versioncreated, else firstcreated                 → date (the calendar date as written)
//   bodies[] (role "main" first; text/html, XHTML or text/plain) → paragraphs
//   located                                           → dateline place
//   infosources[0].name/literal, else copyrightholder → agency (`by` is the author, not the agency)

interface Labelled {
  value: string;
  role?: string;
  contenttype?: string;
}

interface Ninjs {
  headlines?: Labelled[];
  bodies?: Labelled[];
  versioncreated?: string;
  firstcreated?: string;
  located?: string;
  copyrightholder?: string;
  infosources?: { name?: string; literal?: string }[];
}

export function readNinjs(text: string): WireDocument {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw malformedJson(text, error);
  }
  const violation = ninjsViolation(document);
  if (violation) {
    throw new ArticleParseError(
      'SCHEMA_VIOLATION',
      `not a valid ninjs 2.x document: at ${violation.pointer}, ${violation.problem}`,
      undefined,
      { field: violation.pointer },
    );
  }
  const ninjs = document as Ninjs;

  const headline = pick(ninjs.headlines ?? []);
  const title = headline
    ? collapseSpaces(isMarkup(headline) ? htmlParagraphs(headline.value).join(' ') : headline.value)
    : '';
  if (!title) throw missing('/headlines', 'a ninjs article needs a headline (headlines[].value)');

  const created = ninjs.versioncreated ?? ninjs.firstcreated;
  if (!created) throw missing('/versioncreated', 'a ninjs article needs versioncreated or firstcreated');
  const date = dateOf(created, ninjs.versioncreated ? '/versioncreated' : '/firstcreated');

  const body = pick((ninjs.bodies ?? []).filter((b) => isMarkup(b) || isPlain(b)));
  const paragraphs = body ? (isMarkup(body) ? htmlParagraphs(body.value) : plainParagraphs(body.value)) : [];
  if (paragraphs.length === 0) {
    throw missing(
      '/bodies',
      'a ninjs article needs a body with text (bodies[].value, as text/plain or text/html)',
    );
  }

  const place = ninjs.located ? collapseSpaces(ninjs.located) : '';
  const source = ninjs.infosources?.find((s) => s.name?.trim() || s.literal?.trim());
  const agency = collapseSpaces(source?.name || source?.literal || ninjs.copyrightholder || '');
  return { title, date, paragraphs, ...(place && { place }), ...(agency && { agency }) };
}

/** The item with role `main`, else the first. */
const pick = (items: Labelled[]) => items.find((i) => i.role === 'main') ?? items[0];

const isMarkup = (item: Labelled) =>
  /html/i.test(item.contenttype ?? '') || (!item.contenttype && /<\/?[a-z][^>]*>/i.test(item.value));
const isPlain = (item: Labelled) => !item.contenttype || /^text\/plain/i.test(item.contenttype);

/**
 * JSON.parse's error, placed: V8 gives an offset for some errors only, so jsonc-parser (strict: no
 * comments, no trailing commas) finds the first fault's offset, turned into a line and column.
 */
function malformedJson(text: string, error: unknown): ArticleParseError {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s+/g, ' ');
  const faults: ParseError[] = [];
  parseJsonc(text, faults, { disallowComments: true, allowTrailingComma: false });
  const fault = faults[0];
  const v8 = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  const offset = fault?.offset ?? (v8 ? Number(v8[1]) : undefined);
  if (offset === undefined) return new ArticleParseError('MALFORMED_JSON', `malformed JSON: ${message}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const what = fault
    ? `${printParseErrorCode(fault.error)
        .replace(/(?<=.)([A-Z])/g, ' $1')
        .toLowerCase()} (${message})`
    : message;
  return new ArticleParseError(
    'MALFORMED_JSON',
    `malformed JSON at line ${line}, column ${column}: ${what}`,
    line,
    {
      column,
    },
  );
}
