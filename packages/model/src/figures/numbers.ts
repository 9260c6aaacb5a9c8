// Digit strings in both house styles: Spain writes `30.000` and `4,5`, Mexico `30,000` and `4.5`.

/**
 * The value of a digit token such as `30.000`, `4,5`, `2,216.6` or `1.234.567,89`, or undefined
 * when it is not one number (`1.2.3`). A separator followed by exactly three digits groups
 * thousands; otherwise it is the decimal mark. Where both marks occur, the last one is decimal.
 */
export function parseDigits(text: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)*$/.test(text)) return undefined;
  const dots = count(text, '.');
  const commas = count(text, ',');
  let normalized: string;
  if (dots === 0 && commas === 0) normalized = text;
  else if (dots > 0 && commas > 0) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    if (count(text, decimal) !== 1) return undefined;
    const [whole = '', fraction = ''] = text.split(decimal);
    if (!isGrouped(whole, grouping)) return undefined;
    normalized = `${whole.split(grouping).join('')}.${fraction}`;
  } else {
    const mark = dots > 0 ? '.' : ',';
    if (isGrouped(text, mark) && !text.startsWith('0')) normalized = text.split(mark).join('');
    else if (count(text, mark) === 1) normalized = text.replace(mark, '.');
    else return undefined;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/** `30.000`, `1,234,567`: a first group of one to three digits, then groups of exactly three. */
function isGrouped(text: string, mark: string): boolean {
  const groups = text.split(mark);
  if (groups.length === 1) return true;
  const first = groups[0] ?? '';
  return first.length >= 1 && first.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** A whole number written without separators, as years are: `1995`, not `1.995`. */
export function isPlainInteger(text: string): boolean {
  return /^\d+$/.test(text);
}
