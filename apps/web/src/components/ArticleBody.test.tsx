import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ArticleBody, type Layers } from './ArticleBody';

const all: Layers = { quotes: true, entities: true, figures: true };

function render(props: Partial<Parameters<typeof ArticleBody>[0]> & { body: string }) {
  return renderToStaticMarkup(
    <MemoryRouter>
      <ArticleBody
        paragraphs={[{ start: 0, end: props.body.length }]}
        quotes={[]}
        mentions={[]}
        figures={[]}
        layers={all}
        {...props}
      />
    </MemoryRouter>,
  );
}

describe('ArticleBody', () => {
  it('shows markup in an article as text instead of running it', () => {
    const html = render({ body: 'Dijo <script>alert(1)</script> y <img src=x onerror=alert(2)>.' });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
  });

  it('marks a quote with an anchor, its speaker colour and its speaker, and links entities inside it', () => {
    const body = 'Lo dijo Ana Ruiz: «Pagamos 5 euros».';
    const html = render({
      body,
      quotes: [{ id: 'q1', start: 19, end: 34, direct: true, speakerLabel: 'Ana Ruiz', colour: 2 }],
      mentions: [{ entityId: 'person:ana-ruiz', name: 'Ana Ruiz', type: 'PERSON', start: 8, end: 16 }],
      figures: [{ id: 'f1', start: 27, end: 34, kind: 'MONEY', value: 5, unit: 'EUR' }],
      targetQuoteId: 'q1',
    });
    expect(html).toContain('id="quote-q1"');
    expect(html).toMatch(/class="quote speaker-2 is-target"/);
    expect(html).toContain('href="/entities/person%3Aana-ruiz"');
    expect(html).toMatch(/<span class="figure" title="Dinero: 5 euros">5 euros<\/span><\/mark>/);
    expect(html).toMatch(/<span class="speaker-tag speaker-2">.*Ana Ruiz.*<\/span>/);
  });

  it('leaves a layer unmarked when it is switched off', () => {
    const body = 'Ana Ruiz habló.';
    const html = render({
      body,
      mentions: [{ entityId: 'person:ana-ruiz', name: 'Ana Ruiz', type: 'PERSON', start: 0, end: 8 }],
      layers: { ...all, entities: false },
    });
    expect(html).toBe('<div class="article-body"><p>Ana Ruiz habló.</p></div>');
  });
});
