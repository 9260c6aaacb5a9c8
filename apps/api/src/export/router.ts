import { once } from 'node:events';
import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Store } from '../store/connect.js';
import { encoder } from './encode.js';
import { exportTable } from './tables.js';

// `/export/{articles,quotes,figures}.{csv,jsonl}?<the page's own query string>`: everything a list
// page shows, as a file. Rows are written as they are read, a page at a time, so the download starts
// at once and memory stays flat whatever its size. Options besides the page's filters:
//   sep=semicolon   `;` between cells and decimal commas (Spanish spreadsheets); default `,`
//   bom=1|0         UTF-8 byte-order mark; default on with sep=semicolon, off otherwise
//   limit=N         at most N rows (default and maximum 100,000)

export const EXPORT_PAGE = 500;
export const MAX_EXPORT_ROWS = 100_000;

const NAME = /^(articles|quotes|figures)\.(csv|jsonl)$/;

class BadParam extends Error {}

function options(params: URLSearchParams) {
  const sep = params.get('sep') ?? 'comma';
  if (sep !== 'comma' && sep !== 'semicolon')
    throw new BadParam(`"sep" must be comma or semicolon, got "${sep}"`);
  const bom = params.get('bom');
  if (bom !== null && bom !== '1' && bom !== '0') throw new BadParam(`"bom" must be 1 or 0, got "${bom}"`);
  const limitText = params.get('limit');
  const limit = limitText === null ? MAX_EXPORT_ROWS : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPORT_ROWS) {
    throw new BadParam(`"limit" must be a whole number from 1 to ${MAX_EXPORT_ROWS}, got "${limitText}"`);
  }
  return {
    delimiter: sep === 'semicolon' ? (';' as const) : (',' as const),
    bom: bom === null ? sep === 'semicolon' : bom === '1',
    limit,
  };
}

/** The export routes; `webOrigin` gives the app's origin for a request (for article addresses). */
export function exportRouter(store: Store): Router {
  const router = express.Router();
  router.get('/:name', async (req, res, next) => {
    const name = NAME.exec(req.params.name);
    if (!name) return next();
    const [, kind, format] = name as unknown as [string, 'articles' | 'quotes' | 'figures', 'csv' | 'jsonl'];
    const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    try {
      const { delimiter, bom, limit } = options(params);
      const table = exportTable(kind, store, params, (id) => `${origin}/articles/${encodeURIComponent(id)}`);
      const encode = encoder(table.columns, { format, delimiter, bom });
      // The first page is read before any byte is sent, so a bad filter still gets a clear 400.
      let page = await table.page(null, Math.min(EXPORT_PAGE, limit));
      const day = new Date().toISOString().slice(0, 10);
      res
        .status(200)
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .set('content-disposition', `attachment; filename="teletipo-${kind}-${day}.${format}"`)
        .set('cache-control', 'no-store');
      let sent = 0;
      const write = async (chunk: string) => {
        if (chunk && !res.write(chunk)) await once(res, 'drain');
        (res as unknown as { flush?: () => void }).flush?.();
      };
      await write(encode.head());
      for (;;) {
        const rows = page.rows.slice(0, limit - sent);
        await write(encode.rows(rows));
        sent += rows.length;
        if (closed || !page.next || sent >= limit) break;
        page = await table.page(page.next, Math.min(EXPORT_PAGE, limit - sent));
      }
      res.end();
    } catch (error) {
      if (res.headersSent) {
        // Mid-file: cut the download short rather than end it looking complete.
        res.destroy(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (
        error instanceof BadParam ||
        (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')
      ) {
        res.status(400).type('text/plain').send(`Bad export request: ${error.message}\n`);
        return;
      }
      next(error);
    }
  });
  return router;
}
