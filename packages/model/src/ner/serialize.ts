import { LABELS } from './labels.js';
import type { TaggerModel } from './perceptron.js';

/** The model file's shape: weights scaled to integers, one row of LABELS.length numbers per feature. */
export interface ModelFile {
  format: 'teletipo-ner/1';
  labels: readonly string[];
  scale: number;
  common: string[];
  names: [string, string][];
  /** Folded known place names (gazetteer), when the model was trained with them. */
  places?: string[];
  features: string[];
  /** Row-major, features.length × labels.length. */
  weights: number[];
  provenance: Record<string, unknown>;
}

export function toModelFile(model: TaggerModel, provenance: Record<string, unknown>, scale = 100): ModelFile {
  const features: string[] = [];
  const weights: number[] = [];
  for (const [feature, w] of model.weights) {
    const row = Array.from(w, (x) => Math.round(x * scale));
    if (row.every((x) => x === 0)) continue;
    features.push(feature);
    weights.push(...row);
  }
  return {
    format: 'teletipo-ner/1',
    labels: LABELS,
    scale,
    common: [...model.lexicon.common].sort(),
    names: [...model.lexicon.names].sort(([a], [b]) => a.localeCompare(b)),
    ...(model.lexicon.places && { places: [...model.lexicon.places].sort() }),
    features,
    weights,
    provenance,
  };
}

export function fromModelFile(file: ModelFile): TaggerModel {
  if (file.format !== 'teletipo-ner/1' || file.labels.join() !== LABELS.join()) {
    throw new Error(`unsupported NER model format ${String(file.format)}`);
  }
  const n = LABELS.length;
  const weights = new Map<string, Float32Array>();
  file.features.forEach((feature, i) => {
    const row = new Float32Array(n);
    for (let k = 0; k < n; k++) row[k] = file.weights[i * n + k]! / file.scale;
    weights.set(feature, row);
  });
  const lexicon = { common: new Set(file.common), names: new Map(file.names) };
  return { weights, lexicon: file.places ? { ...lexicon, places: new Set(file.places) } : lexicon };
}
