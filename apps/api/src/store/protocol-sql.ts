// Reading the SQL out of frontend wire-protocol bytes, to tell a statement that only reads (and may
// be abandoned by killing the database thread) from one that may change data (which must finish).

const QUERY = 0x51; // 'Q': simple query, the SQL then \0
const PARSE = 0x50; // 'P': statement name\0, SQL\0, parameter types

/** The SQL texts of the Query and Parse messages in `bytes`. */
export function sqlTexts(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const texts: string[] = [];
  let offset = 0;
  while (offset + 5 <= bytes.length) {
    const type = bytes[offset]!;
    const end = offset + 1 + view.getUint32(offset + 1);
    let start = offset + 5;
    if (type === PARSE) start = bytes.indexOf(0, start) + 1;
    if (type === QUERY || type === PARSE) {
      const stop = bytes.indexOf(0, start);
      texts.push(decoder.decode(bytes.subarray(start, stop < 0 || stop > end ? end : stop)));
    }
    offset = end;
  }
  return texts;
}

const READS = /^\s*(select|with|values|table|show)\b/i;
/** Words that may write or change the session; their presence anywhere makes a statement unsafe to kill. */
const MAY_WRITE =
  /\b(insert|update|delete|merge|truncate|into|nextval|setval|set_config|lock|copy|call|do|create|alter|drop|grant|revoke|refresh|vacuum|analyze|checkpoint|notify|listen|prepare|pg_advisory\w*|lo_\w+)\b/i;

/**
 * Whether every statement in `bytes` only reads. Errs towards "no": a statement this cannot vouch
 * for (comments first, an unknown command) counts as one that may write.
 */
export function onlyReads(bytes: Uint8Array): boolean {
  const texts = sqlTexts(bytes);
  return texts.length > 0 && texts.every((text) => READS.test(text) && !MAY_WRITE.test(text));
}
