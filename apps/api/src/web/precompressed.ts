import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { RequestHandler } from 'express';

// The built app's hashed assets never change, so each is compressed once, at the highest brotli
// quality (11% smaller than the on-the-fly quality 5 for the first page's scripts), kept in memory,
// and sent as stored bytes. `compress()` leaves answers that already carry a Content-Encoding alone.

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Above this, quality 11 costs seconds of CPU (Monaco): such files get quality 6. */
const MAX_BEST_QUALITY_BYTES = 1024 * 1024;
const NAME = /^\/[\w.-]+\.(?:js|css|svg|json)$/;
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  json: 'application/json; charset=utf-8',
};

interface Encoded {
  br: Buffer;
  gzip: Buffer;
}

async function encode(path: string): Promise<Encoded | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const bytes = await readFile(path);
  const quality = bytes.length <= MAX_BEST_QUALITY_BYTES ? 11 : 6;
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzipAsync(bytes, { level: 9 }),
  ]);
  return { br, gzip: gz };
}

/** Middleware for /assets: the compressed bytes for clients that accept brotli or gzip. */
export function precompressedAssets(dir: string, cacheControl: string): RequestHandler {
  const encoded = new Map<string, Promise<Encoded | null>>();
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !NAME.test(req.path)) return next();
    // Brotli whenever accepted (browsers list gzip first, at the same weight).
    const encoding =
      req.acceptsEncodings('br') === 'br' ? 'br' : req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
    if (!encoding) return next();
    let entry = encoded.get(req.path);
    if (!entry) {
      entry = encode(join(dir, req.path));
      encoded.set(req.path, entry);
    }
    entry.then(
      (found) => {
        if (!found) {
          encoded.delete(req.path);
          return next();
        }
        const body = found[encoding];
        res
          .status(200)
          .set({
            'content-type': TYPES[req.path.split('.').pop()!]!,
            'content-encoding': encoding,
            'content-length': String(body.length),
            'cache-control': cacheControl,
            vary: 'Accept-Encoding',
          })
          .end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => next(error),
    );
  };
}
