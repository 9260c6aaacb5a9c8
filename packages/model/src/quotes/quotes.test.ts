import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index.js';
import { findMarkedSpans as findMarkedQuotes } from './marks.js';

// Our own fixture text, written for these tests.
const STORY = [
  ' date 2024-06-03 Rivas y Okonkwo firman un acuerdo comercial',
  '',
  'Quito, 3 jun (EFE).- El presidente de Ecuador, Daniel Rivas, y su homólogo nigeriano, Chidi Okonkwo, firmaron este lunes un acuerdo comercial.',
  '',
  '«Este acuerdo abre una etapa nueva para nuestros pueblos», declaró Okonkwo ante la prensa.',
  '',
  'Según el mandatario nigeriano, las conversaciones fueron «cordiales» y «fructíferas».',
  '',
  'Rivas agradeció la visita y calificó a su colega de «socio confiable».',
  '',
  'Según el texto del acuerdo, ambos países pactaron «la eliminación gradual de aranceles en diez años».',
  '',
  'Okonkwo dijo que Nigeria comprará cacao ecuatoriano durante la próxima década.',
  '',
  'En tanto Rivas, quien recibió a su colega en el palacio, adelantó que habrá otra reunión en Abuya.',
  '',
  '«Vamos a cumplir cada compromiso firmado hoy», resumió.',
  '',
  'La exposición «Cacao y Petróleo» abrirá el martes en el museo de la ciudad.',
].join('\n');

const article = parseArticle(STORY);
const direct = article.quotes.filter((q) => q.direct);
const speakerOf = (text: string) => article.quotes.find((q) => q.text === text)?.speaker?.name;

describe('direct quotes', () => {
  it('takes the inner text of each quotation, exactly as in the body', () => {
    for (const q of article.quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
    expect(direct.map((q) => q.text)).toContain('Este acuerdo abre una etapa nueva para nuestros pueblos');
  });

  it('keeps one-word partial quotes', () => {
    expect(direct.map((q) => q.text)).toEqual(expect.arrayContaining(['cordiales', 'fructíferas']));
  });

  it('leaves out titles of works', () => {
    expect(direct.map((q) => q.text)).not.toContain('Cacao y Petróleo');
  });
});

describe('attribution', () => {
  it('reads an inverted cue after the quote', () => {
    const q = article.quotes.find((x) => x.text.startsWith('Este acuerdo'));
    expect(q?.speaker?.name).toBe('Chidi Okonkwo');
    expect(q?.cue).toBe('declaró');
  });

  it('resolves a role with a demonym after «según»', () => {
    expect(speakerOf('cordiales')).toBe('Chidi Okonkwo');
    expect(speakerOf('fructíferas')).toBe('Chidi Okonkwo');
  });

  it('gives the subject of an earlier cue verb in the sentence', () => {
    expect(speakerOf('socio confiable')).toBe('Daniel Rivas');
  });

  it('names a document as the source', () => {
    const q = article.quotes.find((x) => x.text.startsWith('la eliminación'));
    expect(q?.speaker).toMatchObject({ kind: 'source' });
    expect(q?.speaker?.name).toMatch(/acuerdo/);
  });

  it('takes the salient subject when the subject is omitted', () => {
    expect(speakerOf('Vamos a cumplir cada compromiso firmado hoy')).toBe('Daniel Rivas');
  });
});

describe('reported speech', () => {
  it('gives the clause after «dijo que» as an indirect quote of the subject', () => {
    const q = article.quotes.find((x) => !x.direct && x.text.startsWith('Nigeria comprará'));
    expect(q).toMatchObject({ direct: false, cue: 'dijo' });
    expect(q?.speaker?.name).toBe('Chidi Okonkwo');
  });
});

describe('quotation marks', () => {
  const body = "Dijo: «uno “dos” tres». Luego \"cuatro\" y 'cinco' pero no l'agua.\n\n«Sin cerrar y sigue";
  const paragraphs = [
    { start: 0, end: body.indexOf('\n') },
    { start: body.indexOf('«Sin'), end: body.length },
  ];
  const texts = findMarkedQuotes(body, paragraphs).map((q) => body.slice(q.start, q.end));

  it('keeps nested quotes inside the outer one', () => {
    expect(texts).toContain('uno “dos” tres');
    expect(texts).not.toContain('dos');
  });

  it('reads straight double and single marks, not apostrophes', () => {
    expect(texts).toEqual(expect.arrayContaining(['cuatro', 'cinco']));
    expect(texts.join('|')).not.toMatch(/agua/);
  });

  it('ends a quotation left open at its paragraph', () => {
    expect(texts).toContain('Sin cerrar y sigue');
  });
});

describe('any input', () => {
  const pieces = [
    '«',
    '»',
    '“',
    '”',
    '"',
    "'",
    'dijo',
    'que',
    'Ana Ruiz',
    ',',
    '.',
    ' ',
    '\n\n',
    'según',
    'el presidente',
    'x',
  ];
  it('gives quotes whose spans lie in the body and whose text is the body slice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = ` date 2024-01-01 Titular\n\nLima (EFE).- ${parts.join('')} fin.`;
        const a = parseArticle(text);
        for (const q of a.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(a.body.length);
          expect(a.body.slice(q.start, q.end)).toBe(q.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
