import { constants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Brotli (or gzip, for clients without it) for every compressible answer: the web app's scripts and
 * styles, GraphQL answers (including those the response cache replays, which pass through here too:
 * the cache keeps the uncompressed bytes and each client gets the encoding it accepts), exports.
 * Quality 5 is the usual on-the-fly trade-off: near quality 11's size on JSON at a fraction of the CPU.
 * Hashed assets are then cached for a year by browsers, so each is compressed for a client once.
 */
export function compress(): RequestHandler {
  return compression({
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    // Streamed exports flush each page of rows so the download starts at once (see export/).
    threshold: 1024,
  });
}
