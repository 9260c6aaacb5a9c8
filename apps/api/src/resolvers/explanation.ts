/** The explanation stored beside a quote, figure or article entity; null for rows stored before them. */
export function explanationOf(row: {
  explanation_rule: string | null;
  explanation_summary: string | null;
}): { rule: string; summary: string } | null {
  if (row.explanation_rule === null) return null;
  return { rule: row.explanation_rule, summary: row.explanation_summary ?? '' };
}
