import { useId, useState } from 'react';

/** A value range applied as a whole (on "apply"), so typing "1000" does not run four searches. */
export function RangeFilter({
  min,
  max,
  onChange,
}: {
  min: number | null;
  max: number | null;
  onChange: (min: number | null, max: number | null) => void;
}) {
  const id = useId();
  const [from, setFrom] = useState(min === null ? '' : String(min));
  const [to, setTo] = useState(max === null ? '' : String(max));
  const parse = (text: string) =>
    text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text);
  return (
    <form
      className="field range-filter"
      aria-labelledby={`${id}-legend`}
      onSubmit={(e) => {
        e.preventDefault();
        onChange(parse(from), parse(to));
      }}
    >
      <span id={`${id}-legend`}>Valor</span>
      <span className="inline-input">
        <label>
          <span className="visually-hidden">Valor mínimo</span>
          <input
            type="number"
            inputMode="decimal"
            step="any"
            placeholder="mín."
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        –
        <label>
          <span className="visually-hidden">Valor máximo</span>
          <input
            type="number"
            inputMode="decimal"
            step="any"
            placeholder="máx."
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </label>
        <button type="submit" className="secondary">
          Aplicar
        </button>
      </span>
    </form>
  );
}
