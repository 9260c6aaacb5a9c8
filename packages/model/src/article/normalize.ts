// Text clean-up done before anything else, so that every later offset refers to one canonical body.

const BOM = '\uFEFF';
// No-break, figure, narrow no-break, thin and other fixed-width spaces read as plain spaces.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters carry nothing a reader sees.
const ZERO_WIDTH = /[\u200B-\u200D\u2060]/g;

/** Line ends to `\n`, odd spaces to ' ', no BOM, no trailing spaces on any line. */
export function normalizeText(raw: string): string {
  let text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
  text = text.replace(ODD_SPACES, ' ').replace(ZERO_WIDTH, '').replace(/\t/g, ' ');
  return text.split('\n').map(withoutTrailingSpaces).join('\n');
}

// By hand: `/ +$/gm` retries at every space of a long run that does not end its line (quadratic).
function withoutTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** True when the text holds NUL or other control bytes that plain text never has. */
export function looksBinary(text: string): boolean {
  // Sample the start: binary files show themselves early, and scanning 50 MB twice is waste.
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12) || c === 0xfffd) control++;
  }
  return control > 8 && control / sample.length > 0.01;
}
