import { explain } from '../explain/rules.js';

/** The explanation of an entity a test gives by hand: as if the tagger had typed it. */
export const GIVEN_EXPLANATION = explain('entity.type.tagger');
