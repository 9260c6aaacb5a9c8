import type { ErrorRequestHandler } from 'express';
import { LIMITS } from './limits.js';

// Bodies that are too large, not JSON, or JSON in a charset other than UTF-8 get a GraphQL-shaped error
// with a client code, not an HTML page or an internal error.

interface BodyError {
  status?: number;
  type?: string;
  message?: string;
  charset?: string;
  encoding?: string;
}

function describe(error: BodyError): { status: number; code: string; message: string } {
  const status = error.status ?? 500;
  if (status === 413)
    return {
      status,
      code: 'PAYLOAD_TOO_LARGE',
      message: `The request body is larger than ${LIMITS.maxBodyBytes} bytes`,
    };
  if (status === 415) {
    const what =
      error.type === 'charset.unsupported'
        ? `charset "${error.charset ?? ''}"`
        : `content encoding "${error.encoding ?? ''}"`;
    return {
      status,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: `The request body's ${what} is not supported: send JSON in UTF-8`,
    };
  }
  if (status === 400)
    return {
      status,
      code: 'BAD_REQUEST',
      message: `The request body is not valid JSON: ${error.message ?? ''}`,
    };
  return { status, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}

export function bodyErrors(log: (line: string) => void): ErrorRequestHandler {
  return (error: BodyError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, code, message } = describe(error);
    if (status >= 500) log(`http: ${error.message ?? String(error)}`);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
