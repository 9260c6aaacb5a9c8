import type { EntityType } from '../types.js';
import { fold } from './fold.js';

/** Stable across articles: type plus the folded canonical name, `person:vladimir-putin`. */
export function entityId(type: EntityType, name: string): string {
  const slug = fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${type.toLowerCase()}:${slug || 'unnamed'}`;
}
