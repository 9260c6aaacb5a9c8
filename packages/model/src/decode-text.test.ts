import { describe, expect, it } from 'vitest';
import { decodeText, TextDecodingError } from './decode-text.js';

// Our own sentences, saved the ways editors save them.
const frase = 'El niño dijo “sí” en la reunión de mañana, según la alcaldía.';

/** Windows-1252 bytes of a string (Node has no encoder for it): Latin-1 plus the curly quotes. */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '€': 0x80, '—': 0x97 };
  return Uint8Array.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

const failure = (bytes: Uint8Array) => {
  try {
    decodeText(bytes);
  } catch (error) {
    return error as TextDecodingError;
  }
  throw new Error('expected the bytes to be refused');
};

describe('decodeText', () => {
  it('reads UTF-8, keeping a byte-order mark for the parser to drop', () => {
    expect(decodeText(Buffer.from(frase))).toEqual({ text: frase, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(`\uFEFF${frase}`))).toEqual({ text: `\uFEFF${frase}`, encoding: 'utf-8' });
  });

  it('reads windows-1252 (curly quotes 0x93/0x94, ñ, á) and says so', () => {
    const bytes = windows1252(`${frase}\r\nCostó 5 € —dijo— y ‘poco’.\r\n`);
    expect(bytes).toContain(0x93);
    expect(decodeText(bytes)).toEqual({
      text: `${frase}\r\nCostó 5 € —dijo— y ‘poco’.\r\n`,
      encoding: 'windows-1252',
    });
  });

  it('reads plain Latin-1 as windows-1252, which it is part of', () => {
    const bytes = Buffer.from('Año de la señalización: ¿qué pasó?', 'latin1');
    expect(decodeText(bytes)).toEqual({
      text: 'Año de la señalización: ¿qué pasó?',
      encoding: 'windows-1252',
    });
  });

  it('refuses UTF-8 with one bad byte as corrupt, naming the offset', () => {
    const good = Buffer.from(`${frase} La niña cantó. `);
    const bytes = Buffer.concat([good, Buffer.from([0xf1]), Buffer.from(' Después, más.')]);
    const error = failure(bytes);
    expect(error).toBeInstanceOf(TextDecodingError);
    expect(error).toMatchObject({ code: 'INVALID_UTF8', offset: good.length });
    expect(error.message).toBe(
      `not valid UTF-8: byte 0xF1 at offset ${good.length} is not part of a UTF-8 character`,
    );
  });

  it('refuses binary data: NUL or control bytes, naming the first', () => {
    expect(failure(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({
      code: 'BINARY',
      offset: 4,
      message: 'binary data, not text: a NUL byte at offset 4',
    });
    expect(failure(Buffer.from(`${frase}\u0000`))).toMatchObject({
      code: 'BINARY',
      offset: Buffer.byteLength(frase),
    });
    // Not UTF-8, and a control byte: not windows-1252 text either.
    expect(failure(Uint8Array.from([0x41, 0xf1, 0x02, 0x41]))).toMatchObject({ code: 'BINARY', offset: 2 });
    // Valid UTF-8 made mostly of control bytes.
    expect(failure(Buffer.from('ab\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b'))).toMatchObject({
      code: 'BINARY',
      offset: 2,
    });
  });

  it('forgives a stray control byte in otherwise good UTF-8, as the parser does', () => {
    expect(decodeText(Buffer.from(`${frase}\u001a`)).encoding).toBe('utf-8');
  });

  it('refuses bytes windows-1252 leaves undefined', () => {
    expect(failure(Uint8Array.from([0x41, 0xe1, 0x81, 0x41]))).toMatchObject({
      code: 'UNKNOWN_ENCODING',
      offset: 2,
    });
  });
});
