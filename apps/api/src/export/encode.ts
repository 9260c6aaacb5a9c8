import { stringify } from 'csv-stringify/sync';
import type { Cell, Row } from './tables.js';

// Export rows as bytes: CSV (RFC 4180 quoting by csv-stringify, CRLF) or JSON Lines. For Spanish
// spreadsheets (`sep=semicolon`) numbers take a decimal comma, as Excel in Spanish reads them, and a
// UTF-8 byte-order mark tells it the encoding. Text that would start a formula is defused.

export interface EncodeOptions {
  format: 'csv' | 'jsonl';
  delimiter: ',' | ';';
  bom: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '';
    return delimiter === ';' ? text.replace('.', ',') : text;
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function encoder(columns: string[], options: EncodeOptions) {
  if (options.format === 'jsonl') {
    return {
      head: () => '',
      rows: (rows: Row[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join(''),
    };
  }
  const csv = (records: string[][]) =>
    stringify(records, {
      delimiter: options.delimiter,
      record_delimiter: 'windows',
      quoted_match: /^\s|\s$/,
    });
  return {
    head: () => `${options.bom ? '\uFEFF' : ''}${csv([columns])}`,
    rows: (rows: Row[]) =>
      rows.length
        ? csv(rows.map((row) => columns.map((c) => csvCell(row[c] ?? null, options.delimiter))))
        : '',
  };
}
