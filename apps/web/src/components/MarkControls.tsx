import type { Layers } from './ArticleBody';

interface Props {
  layers: Layers;
  onChange: (layers: Layers) => void;
  counts: { quotes: number; entities: number; figures: number };
}

const ENTITY_TYPES: [string, string][] = [
  ['person', 'Persona'],
  ['organization', 'Organización'],
  ['location', 'Lugar'],
  ['misc', 'Otro'],
];

/** Which kinds of span are marked in the text, and what each mark looks like. */
export function MarkControls({ layers, onChange, counts }: Props) {
  const toggle = (key: keyof Layers) => onChange({ ...layers, [key]: !layers[key] });
  return (
    <fieldset className="mark-controls">
      <legend>Marcas en el texto</legend>
      <label>
        <input type="checkbox" checked={layers.quotes} onChange={() => toggle('quotes')} />
        <span className="swatch quote-swatch" aria-hidden="true" /> Citas ({counts.quotes})
      </label>
      <label>
        <input type="checkbox" checked={layers.entities} onChange={() => toggle('entities')} />
        <span className="swatch mention-swatch" aria-hidden="true" /> Entidades ({counts.entities})
      </label>
      <label>
        <input type="checkbox" checked={layers.figures} onChange={() => toggle('figures')} />
        <span className="swatch figure-swatch" aria-hidden="true" /> Cifras ({counts.figures})
      </label>
      <p className="legend" aria-label="Leyenda">
        <span className="legend-item">
          <mark className="quote speaker-0">cita directa</mark>
        </span>
        <span className="legend-item">
          <mark className="quote speaker-0 reported">cita indirecta</mark>
        </span>
        {ENTITY_TYPES.map(([type, label]) => (
          <span key={type} className={`legend-item mention entity-${type}`}>
            {label}
          </span>
        ))}
        <span className="legend-item figure">cifra</span>
      </p>
    </fieldset>
  );
}
