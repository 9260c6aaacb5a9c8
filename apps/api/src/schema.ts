import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from './resolvers/index.js';

// The SDL file is the source of truth; it sits in src/ and is read from there by both src and dist.
export const typeDefs = readFileSync(new URL('../src/schema.graphql', import.meta.url), 'utf8');

export const schema = makeExecutableSchema({ typeDefs, resolvers });
