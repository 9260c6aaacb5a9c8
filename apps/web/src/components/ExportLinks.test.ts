import { describe, expect, it } from 'vitest';
import { exportHref } from './ExportLinks';

describe('export links', () => {
  it('carry the page’s own query string, plus the export options', () => {
    expect(exportHref('figures', '?kind=MONEY&unit=EUR', 'csv', { sep: 'semicolon' })).toBe(
      '/export/figures.csv?kind=MONEY&unit=EUR&sep=semicolon',
    );
    expect(exportHref('articles', '', 'jsonl')).toBe('/export/articles.jsonl');
  });
});
