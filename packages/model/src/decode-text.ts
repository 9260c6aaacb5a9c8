import iconv from 'iconv-lite';

// Bytes of an article file to text, strictly: what every reader of files (the CLI, the API's seeds and
// bulk ingest) uses, so a file is read the same everywhere. Pure: callers do the I/O.

export type TextEncodingName = 'utf-8' | 'windows-1252';

export type TextDecodingErrorCode = 'BINARY' | 'INVALID_UTF8' | 'UNKNOWN_ENCODING';

/** The bytes are not text this reader knows; `offset` is the first byte at fault. */
export class TextDecodingError extends Error {
  override readonly name = 'TextDecodingError';
  constructor(
    readonly code: TextDecodingErrorCode,
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Not TextDecoder('windows-1252'): Node 20's decodes it as ISO-8859-1, turning “ ” into C1 controls.
const windows1252 = (bytes: Uint8Array) =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');

/** Bytes windows-1252 leaves undefined (the decoder would pass them through as C1 controls). */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** C0 controls plain text never holds: all but tab, line feed, form feed and carriage return. */
const isControl = (byte: number) =>
  byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;

/**
 * The offset of the first control byte when there are many (a stray one or two, say a form feed or
 * an end-of-file mark, are forgiven in otherwise valid text), else -1.
 */
function manyControls(bytes: Uint8Array): number {
  let first = -1;
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x20 && isControl(bytes[i]!)) {
      if (first < 0) first = i;
      count++;
    }
  }
  return count > 8 && count / bytes.length > 0.01 ? first : -1;
}

/** Length of the well-formed UTF-8 sequence of 2–4 bytes at `i`, or 0 when there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const second = bytes[i + 1] ?? 0;
    // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Decodes an article file. Valid UTF-8 (with or without a byte-order mark, which is kept for the
 * parser to drop) is read as such. Bytes that are not UTF-8 and hold no well-formed UTF-8 sequence
 * beyond ASCII are read as windows-1252 (a superset of Latin-1, what Spanish text saved by older
 * Windows tools is in), provided they hold no control byte and no byte windows-1252 leaves undefined.
 * Otherwise it throws `TextDecodingError` with the offset of the first byte at fault: NUL or control
 * bytes are binary data; a file mostly in UTF-8 with a bad byte is corrupt UTF-8, not windows-1252.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new TextDecodingError('BINARY', nul, `binary data, not text: a NUL byte at offset ${nul}`);
  }
  let text: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Not UTF-8: find out what it is below.
  }
  if (text !== undefined) {
    const control = manyControls(bytes);
    if (control >= 0) {
      throw new TextDecodingError(
        'BINARY',
        control,
        `binary data, not text: control byte ${hex(bytes[control]!)} at offset ${control}`,
      );
    }
    return { text, encoding: 'utf-8' };
  }
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  let firstControl = -1;
  let firstUndefined = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (firstControl < 0 && isControl(b)) firstControl = i;
      continue;
    }
    if (firstUndefined < 0 && UNDEFINED_1252.has(b)) firstUndefined = i;
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      multibyte++;
      i += length - 1;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
    }
  }
  if (firstControl >= 0) {
    throw new TextDecodingError(
      'BINARY',
      firstControl,
      `binary data, not text: control byte ${hex(bytes[firstControl]!)} at offset ${firstControl}`,
    );
  }
  if (multibyte >= invalid) {
    throw new TextDecodingError(
      'INVALID_UTF8',
      firstInvalid,
      `not valid UTF-8: byte ${hex(bytes[firstInvalid]!)} at offset ${firstInvalid} is not part of a UTF-8 character`,
    );
  }
  if (firstUndefined >= 0) {
    throw new TextDecodingError(
      'UNKNOWN_ENCODING',
      firstUndefined,
      `neither UTF-8 nor windows-1252 text: byte ${hex(bytes[firstUndefined]!)} at offset ${firstUndefined}`,
    );
  }
  return { text: windows1252(bytes), encoding: 'windows-1252' };
}
