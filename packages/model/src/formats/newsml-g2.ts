import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ArticleParseError } from '../errors.js';
import { plainParagraphs } from './html-paragraphs.js';
import { collapseSpaces, ParagraphCollector } from './paragraph-collector.js';
import { dateOf, missing, type WireDocument } from './wire-document.js';

// IPTC NewsML-G2 (https://iptc.org/standards/newsml-g2/): one `newsItem`, alone or the first in a
// `newsMessage`. Read fields (namespace prefixes ignored):
//   contentMeta/headline (role "main" first, else the first)       → title
//   itemMeta/versionCreated, else itemMeta/firstCreated             → date (the calendar date as written)
//   contentSet/inlineXML with NITF (body.content) or XHTML (body)   → paragraphs;
//     contentSet/inlineData as text/plain when there is no inlineXML
//   contentMeta/located (name, else @literal)                       → dateline place
//   itemMeta/provider (name, @literal, else @qcode's code), else rightsInfo/copyrightHolder → agency

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@');
const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node);
  return tag && tag !== '#text' && Array.isArray(node[tag]) ? (node[tag] as XmlNode[]) : [];
};
const attrOf = (node: XmlNode, name: string): string | undefined =>
  (node[':@'] as Record<string, string> | undefined)?.[name];
const child = (node: XmlNode | undefined, tag: string) =>
  node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
const childrenNamed = (node: XmlNode | undefined, tag: string) =>
  node ? childrenOf(node).filter((c) => tagOf(c) === tag) : [];

/** All the text below a node, whitespace collapsed. */
function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: XmlNode) => {
    if (typeof n['#text'] === 'string') parts.push(n['#text']);
    for (const c of childrenOf(n)) walk(c);
  };
  walk(node);
  return collapseSpaces(parts.join(''));
}

/** Feeds a subtree to the paragraph collector, element by element. */
function paragraphsOf(node: XmlNode): string[] {
  const collector = new ParagraphCollector();
  const walk = (n: XmlNode) => {
    const tag = tagOf(n);
    if (tag === '#text') return collector.text(String(n['#text']));
    if (!tag || tag.startsWith('?') || tag === '#comment') return;
    collector.open(tag);
    for (const c of childrenOf(n)) walk(c);
    collector.close(tag);
  };
  walk(node);
  return collector.finish();
}

export function readNewsmlG2(text: string): WireDocument {
  // Entity declarations are how XML bombs expand; agency items never need them.
  if (/<!ENTITY/i.test(text)) {
    throw new ArticleParseError(
      'MALFORMED_XML',
      'malformed XML: entity declarations (<!ENTITY) are not accepted',
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new ArticleParseError(
      'MALFORMED_XML',
      `malformed XML at line ${line}, column ${col}: ${msg}`,
      line,
      {
        column: col,
      },
    );
  }
  let parsed: XmlNode[];
  try {
    parsed = parser.parse(text) as XmlNode[];
  } catch (error) {
    // The validator passes a few faults the parser then trips on (an unclosed `<?…`).
    const message = error instanceof Error ? error.message : String(error);
    throw new ArticleParseError('MALFORMED_XML', `malformed XML: ${message}`);
  }
  const roots = parsed.filter((n) => {
    const tag = tagOf(n);
    return tag && !tag.startsWith('?') && tag !== '#text' && tag !== '#comment';
  });
  const root = roots[0];
  const rootTag = root && tagOf(root);
  const item =
    rootTag === 'newsItem'
      ? root
      : rootTag === 'newsMessage'
        ? child(child(root, 'itemSet'), 'newsItem')
        : undefined;
  if (!item) {
    throw new ArticleParseError(
      'UNSUPPORTED_DOCUMENT',
      `not a NewsML-G2 news item: the root element is <${rootTag ?? '?'}>, expected <newsItem> or a <newsMessage> holding one`,
      undefined,
      { field: rootTag ?? '/' },
    );
  }
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');

  const headlines = childrenNamed(contentMeta, 'headline');
  const title = textOf(headlines.find((h) => attrOf(h, 'role')?.endsWith('main')) ?? headlines[0]);
  if (!title) throw missing('contentMeta/headline', 'a NewsML-G2 news item needs a headline');

  const version = child(itemMeta, 'versionCreated');
  const created = version ?? child(itemMeta, 'firstCreated');
  if (!created || !textOf(created)) {
    throw missing('itemMeta/versionCreated', 'a NewsML-G2 news item needs versionCreated or firstCreated');
  }
  const date = dateOf(textOf(created), version ? 'itemMeta/versionCreated' : 'itemMeta/firstCreated');

  const paragraphs = bodyOf(child(item, 'contentSet'));
  if (paragraphs.length === 0) {
    throw missing(
      'contentSet/inlineXML',
      'a NewsML-G2 news item needs a text body (NITF or XHTML in inlineXML, or text in inlineData)',
    );
  }

  const located = child(contentMeta, 'located');
  const place = located
    ? textOf(child(located, 'name')) || collapseSpaces(attrOf(located, 'literal') ?? '')
    : '';
  const agency = agencyOf(itemMeta, child(item, 'rightsInfo'));
  return { title, date, paragraphs, ...(place && { place }), ...(agency && { agency }) };
}

function bodyOf(contentSet: XmlNode | undefined): string[] {
  for (const inline of childrenNamed(contentSet, 'inlineXML')) {
    const nitfBody = child(child(inline, 'nitf'), 'body');
    const content = child(nitfBody, 'body.content');
    const html = child(inline, 'html');
    const root = content ?? nitfBody ?? (html ? (child(html, 'body') ?? html) : inline);
    const paragraphs = paragraphsOf(root);
    if (paragraphs.length > 0) return paragraphs;
  }
  for (const data of childrenNamed(contentSet, 'inlineData')) {
    const paragraphs = plainParagraphs(
      childrenOf(data)
        .map((c) => String(c['#text'] ?? ''))
        .join(''),
    );
    if (paragraphs.length > 0) return paragraphs;
  }
  return [];
}

function agencyOf(itemMeta: XmlNode | undefined, rightsInfo: XmlNode | undefined): string {
  const provider = child(itemMeta, 'provider');
  if (provider) {
    const named = textOf(child(provider, 'name')) || collapseSpaces(attrOf(provider, 'literal') ?? '');
    if (named) return named;
    const code = attrOf(provider, 'qcode')?.split(':').pop()?.trim();
    if (code) return code.toUpperCase();
  }
  const holder = child(rightsInfo, 'copyrightHolder');
  return holder ? textOf(child(holder, 'name')) || collapseSpaces(attrOf(holder, 'literal') ?? '') : '';
}
