import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The published IPTC ninjs 2.4 schema (schemas/ninjs-schema_2.4.json, provenance in schemas/README.md),
// compiled once per thread on first use. ninjs 2.x releases only add optional properties, so a 2.0–2.3
// document is valid against 2.4.

let validate: ValidateFunction | undefined;

function compile(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const schema = require('../../schemas/ninjs-schema_2.4.json') as object;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats.default(ajv, ['date-time', 'uri']);
  // `places[].geojson` refers to the GeoJSON schema by URL; nothing is fetched, so a GeoJSON value is
  // checked to be an object only.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(schema);
}

/** Properties of ninjs 1.x that 2.x renamed: named in errors, since 1.x documents are still sent. */
const RENAMED_IN_2: Record<string, string> = {
  headline: 'headlines[]',
  body_text: 'bodies[]',
  body_html: 'bodies[]',
  body_xhtml: 'bodies[]',
  description_text: 'descriptions[]',
  description_html: 'descriptions[]',
  place: 'places[]',
  subject: 'subjects[]',
  person: 'people[]',
  organisation: 'organisations[]',
};

/** The first way `document` breaks the ninjs 2.x schema, or undefined when it is valid. */
export function ninjsViolation(document: unknown): { pointer: string; problem: string } | undefined {
  validate ??= compile();
  if (validate(document)) return undefined;
  const error = validate.errors![0]!;
  return { pointer: error.instancePath || '/', problem: describe(error) };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const extra = params.unevaluatedProperty ?? params.additionalProperty;
  if (typeof extra === 'string') {
    const renamed = RENAMED_IN_2[extra];
    return `property "${extra}" is not part of ninjs 2.x${renamed ? ` (ninjs 2 uses ${renamed})` : ''}`;
  }
  if (Array.isArray(params.allowedValues)) return `${error.message}: ${params.allowedValues.join(', ')}`;
  return error.message ?? error.keyword;
}
