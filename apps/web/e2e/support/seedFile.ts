import { readFileSync } from 'node:fs';

export interface SeedFile {
  date: string;
  title: string;
  paragraphs: string[];
}

/**
 * Reads a seed article the simple way (header line, then blank-line separated paragraphs), so tests
 * compare the page against the file itself rather than against copied sentences.
 */
export function readSeedFile(path: string): SeedFile {
  const text = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
  const [header = '', ...rest] = text.split('\n');
  const match = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*\S)\s*$/.exec(header);
  if (!match) throw new Error(`${path}: not a seed article header: ${header}`);
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { date: match[1]!, title: match[2]!, paragraphs };
}

/** Whitespace-insensitive text, as a reader sees it. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
