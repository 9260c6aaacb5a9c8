import './Explanation.css';

/** Why the parser decided an extraction (served as `explanation { rule summary }`). */
export interface ExplanationData {
  rule: string;
  summary: string;
}

/** The sentence a reader sees or hears: the rule's summary and its id. */
export const explanationText = (e: ExplanationData) => `Por qué: ${e.summary} (regla ${e.rule})`;

/**
 * Props that make a marked span explain itself: a tooltip on hover (`title`), the same text on
 * keyboard focus (`data-explanation`, drawn by Explanation.css) and for screen readers
 * (`aria-describedby` → the note `ExplanationNote` renders). Nothing when there is no explanation
 * (articles stored before explanations existed).
 */
export function explainedProps(
  id: string,
  explanation: ExplanationData | null | undefined,
  label?: string,
  focusable = false,
) {
  if (!explanation) return {};
  const text = explanationText(explanation);
  return {
    title: label ? `${label}. ${text}` : text,
    'aria-describedby': id,
    'data-explanation': text,
    ...(focusable && { tabIndex: 0 }),
  };
}

/** The hidden description an explained span points at. */
export function ExplanationNote({
  id,
  explanation,
}: {
  id: string;
  explanation: ExplanationData | null | undefined;
}) {
  if (!explanation) return null;
  return (
    <span id={id} hidden>
      {explanationText(explanation)}
    </span>
  );
}
