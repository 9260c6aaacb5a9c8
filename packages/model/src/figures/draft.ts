import type { Figure } from '../types.js';

/** A figure found in the token stream, before it is given its text and id: tokens [first, end). */
export type FigureDraft = Omit<Figure, 'id' | 'text' | 'start' | 'end'> & { first: number; end: number };
