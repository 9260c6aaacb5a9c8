import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from './ArticleBody';
import { QuoteCard } from './QuoteCard';

// Our own fixture sentence, written for this test.
const body = 'Lo dijo Ana Ruiz: «Pagamos 5 euros».';
const why = (rule: string, summary: string) => ({ rule, summary });

function render() {
  return renderToStaticMarkup(
    <MemoryRouter>
      <ArticleBody
        body={body}
        paragraphs={[{ start: 0, end: body.length }]}
        quotes={[
          {
            id: 'q1',
            start: 19,
            end: 34,
            direct: true,
            speakerLabel: 'Ana Ruiz',
            colour: 2,
            explanation: why('quote.speaker.colon', 'dos puntos antes de la cita'),
          },
        ]}
        mentions={[
          {
            entityId: 'person:ana-ruiz',
            name: 'Ana Ruiz',
            type: 'PERSON',
            start: 8,
            end: 16,
            explanation: why('entity.type.given-name', 'nombre de pila conocido'),
          },
        ]}
        figures={[
          {
            id: 'f1',
            start: 27,
            end: 34,
            kind: 'MONEY',
            value: 5,
            unit: 'EUR',
            explanation: why('figure.money.currency', 'número + moneda'),
          },
        ]}
        layers={{ quotes: true, entities: true, figures: true }}
      />
    </MemoryRouter>,
  );
}

/** The element whose opening tag holds `marker`, and the text of the note its aria-describedby names. */
function described(html: string, marker: RegExp) {
  const tag = html.match(new RegExp(`<[^>]*${marker.source}[^>]*>`))?.[0] ?? '';
  const id = /aria-describedby="([^"]+)"/.exec(tag)?.[1];
  const note = id ? new RegExp(`<span id="${id}" hidden="">([^<]*)</span>`).exec(html)?.[1] : undefined;
  return { tag, note };
}

describe('explanations in the article body', () => {
  it('describes the speaker tag by the rule that chose the speaker, on hover and on keyboard focus', () => {
    const { tag, note } = described(render(), /class="speaker-tag/);
    expect(note).toBe('Por qué: dos puntos antes de la cita (regla quote.speaker.colon)');
    expect(tag).toContain('tabindex="0"');
    expect(tag).toContain(`title="${note}"`);
    expect(tag).toContain(`data-explanation="${note}"`);
  });

  it('describes an entity mention by the rule that typed it, keeping its type in the tooltip', () => {
    const { tag, note } = described(render(), /class="mention entity-person"/);
    expect(note).toBe('Por qué: nombre de pila conocido (regla entity.type.given-name)');
    expect(tag).toContain(`title="Persona: Ana Ruiz. ${note}"`);
  });

  it('describes a figure by the rule that read it and makes it focusable', () => {
    const { tag, note } = described(render(), /class="figure"/);
    expect(note).toBe('Por qué: número + moneda (regla figure.money.currency)');
    expect(tag).toContain('tabindex="0"');
    expect(tag).toContain('title="Dinero: 5 euros. Por qué');
  });
});

describe('explanations on a quote card', () => {
  it('describes the speaker by the rule that chose it', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <QuoteCard
          quote={{
            id: 'a1~quote:5',
            text: 'Pagamos 5 euros',
            direct: true,
            cue: 'dijo',
            speakerName: 'Ruiz',
            speaker: { id: 'person:ana-ruiz', name: 'Ana Ruiz', type: 'PERSON' },
            explanation: why('quote.speaker.cue-after', 'verbo de habla tras la cita'),
            article: { id: 'a1', title: 'Titular', date: '2024-03-05' },
          }}
        />
      </MemoryRouter>,
    );
    const { tag, note } = described(html, /class="speaker"/);
    expect(note).toBe('Por qué: verbo de habla tras la cita (regla quote.speaker.cue-after)');
    expect(tag).toContain(`title="${note}"`);
  });
});
