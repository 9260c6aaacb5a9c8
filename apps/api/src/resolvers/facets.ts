import type { FacetsResolvers } from '../generated/resolvers.js';

const ofType = (type: string) => (f: { entities: { type: string; entity_id: string; count: number }[] }) =>
  f.entities.filter((e) => e.type === type);

export const Facets: FacetsResolvers = {
  people: ofType('PERSON'),
  organizations: ofType('ORGANIZATION'),
  locations: ofType('LOCATION'),
  misc: ofType('MISC'),
};
