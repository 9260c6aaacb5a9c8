/**
 * Pathological articles for the parser: each family repeats one hostile pattern n times, so the
 * time to parse can be watched as n grows (`npm run bench -- adversarial`) and tests can check that
 * sizes that once stalled the parser now finish. Our own sentences, written for this.
 */
export interface AdversarialFamily {
  name: string;
  /** The body of an article with the pattern repeated n times. */
  body: (n: number) => string;
}

const HEADER = ' date 2024-03-05 Prueba de aguante\n\n';
const LEAD = 'Lima, 5 mar (EFE).- ';

/** A whole article, header and dateline included, around a body. */
export function adversarialArticle(body: string): string {
  return `${HEADER}${LEAD}${body}\n`;
}

const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo'];

/** A capitalised made-up word, different for every i (and never a real name). */
export function madeUpName(i: number): string {
  let word = '';
  let rest = i;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  word += 'ndo';
  return word[0]!.toUpperCase() + word.slice(1);
}

const times = (n: number, piece: (i: number) => string, joiner = ''): string =>
  Array.from({ length: n }, (_, i) => piece(i)).join(joiner);

export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  { name: 'unbalanced «', body: (n) => `${'«'.repeat(n)} dijo Ana Ruiz.` },
  { name: 'unbalanced « between words', body: (n) => times(n, () => '«dijo que ') + 'no.' },
  { name: 'unbalanced “', body: (n) => times(n, () => '“sí ') + 'dijo Ana Ruiz.' },
  { name: 'unbalanced "', body: (n) => times(n, () => 'el "no ') + 'dijo Ana Ruiz.' },
  { name: "unbalanced '", body: (n) => times(n, () => "'no ") + 'dijo Ana Ruiz.' },
  { name: 'stray » and ”', body: (n) => times(n, () => 'ya» no” ') + 'dijo Ana Ruiz.' },
  { name: 'nested «“ quotes', body: (n) => `Dijo: ${'«“'.repeat(n)}hola${'”»'.repeat(n)}, afirmó Luis Gil.` },
  {
    name: 'unbalanced « over paragraphs',
    body: (n) => times(n, () => '«Sigue la cita sin cierre', '\n\n') + '\n\nFin», dijo Ana Ruiz.',
  },
  { name: 'quotes with cue, one paragraph', body: (n) => times(n, () => '«Vamos bien», dijo Ana Ruiz. ') },
  { name: 'capitalised words in a row', body: (n) => times(n, () => 'Gran', ' ') + ' llegó.' },
  { name: 'distinct capitalised words', body: (n) => times(n, (i) => madeUpName(i), ' ') + ' llegó.' },
  {
    name: 'distinct names, one each sentence',
    body: (n) => times(n, (i) => `${madeUpName(i)} ${madeUpName(i + n)} dijo que sí.`, ' '),
  },
  {
    name: 'one name, many mentions',
    body: (n) => times(n, (i) => (i % 2 ? 'Ruiz' : 'Ana Ruiz') + ' habló.', ' '),
  },
  { name: 'dotted digits 1.1.1…', body: (n) => `${'1.'.repeat(n)}1 personas.` },
  { name: 'digit run', body: (n) => `${'9'.repeat(n)} dólares.` },
  { name: 'comma digits 1,1,1…', body: (n) => `${'1,'.repeat(n)}1 millones.` },
  { name: 'spaced digits', body: (n) => `${'1 '.repeat(n)}mil personas.` },
  {
    name: 'figures in one paragraph',
    body: (n) => times(n, () => 'Subió entre 8 y 10 millones de dólares, un 4,5 %.', ' '),
  },
  { name: 'dates', body: (n) => times(n, () => 'el 12 de noviembre de 2024', ', ') + '.' },
  { name: 'spaces', body: (n) => `Hola${' '.repeat(n)}dijo Ana Ruiz.` },
  { name: 'dots', body: (n) => `Hola${'.'.repeat(n)} dijo Ana Ruiz.` },
  { name: 'dots between words', body: (n) => times(n, () => 'a.') + ' dijo Ana Ruiz.' },
  { name: 'ellipses and dashes', body: (n) => times(n, () => '… —') + ' dijo Ana Ruiz.' },
  { name: 'acronyms', body: (n) => times(n, () => 'EE.UU.', ' ') + ' firmó.' },
  { name: 'dijo repeated', body: (n) => times(n, () => 'dijo', ' ') + '.' },
  { name: 'dijo que repeated', body: (n) => times(n, () => 'dijo que', ' ') + ' sí.' },
  { name: 'según repeated', body: (n) => times(n, () => 'según', ' ') + ' Ana Ruiz.' },
  { name: 'short paragraphs', body: (n) => times(n, (i) => `Párrafo ${i}.`, '\n\n') },
  {
    name: 'long paragraph of sentences',
    body: (n) =>
      times(
        n,
        (i) => `El ministro ${madeUpName(i)} dijo que la inflación subió un 3 % en ${2000 + (i % 25)}.`,
        ' ',
      ),
  },
  {
    name: 'article-like paragraphs',
    body: (n) =>
      times(
        n,
        (i) =>
          `«Haremos lo necesario», dijo ${madeUpName(i)} Ruiz, ministra de Economía, que anunció 4.500 millones de dólares para el 12 de marzo.`,
        '\n\n',
      ),
  },
  { name: 'words without spaces', body: (n) => 'a'.repeat(n) + ' dijo.' },
  { name: 'line breaks in a paragraph', body: (n) => times(n, () => 'palabra', '\n') + '.' },
];
