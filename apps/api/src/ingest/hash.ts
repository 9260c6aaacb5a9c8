import { createHash } from 'node:crypto';

/** Identifies a file's exact text, to skip files that have not changed since they were stored. */
export const contentHash = (text: string) => createHash('sha1').update(text).digest('hex');
