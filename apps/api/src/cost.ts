import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromAST,
} from 'graphql';
import { MAX_PAGE_SIZE } from './store/paginate.js';

// What a query costs, roughly the number of values it can return: each field costs 1, and a list
// multiplies what is under it by its page size (`first`, from a literal, a variable or the schema's
// default) or, for plain lists such as `Article.entities`, by a typical length. graphql-armor's own
// cost rule only reads literal `first` values, so `first: $n` would slip through it; this runs after
// variables are known.

/** Typical length of a list without `first` (an article's entities, quotes, figures, mentions). */
export const PLAIN_LIST_ESTIMATE = 20;

/**
 * Introspection (`__schema`, `__type`) escapes the depth limit, and its size is the schema's, not the
 * data's. Tools nest at most three lists in it (types → fields → args); deeper nesting
 * (`fields { type { fields { type { fields … } } } }`) only multiplies the work, so it is refused.
 */
export const MAX_INTROSPECTION_LISTS = 3;

/**
 * What each term of a `filter` adds: every item of a list (an id, a kind), every started 20 characters
 * of a string (a search), every date, number or flag. Each term is more work over every candidate row (an EXISTS per entity id,
 * stems per search word), so many costly filters in one request are refused like many large pages.
 * The largest ArticleFilter the input limits allow has 73 terms (10,950): a request holds one. Facets
 * under it took 670 ms on 10,000 generated articles in PostgreSQL (bench/worst-inputs.ts).
 */
export const FILTER_TERM_COST = 150;
const CHARS_PER_TERM = 20;

function filterTerms(value: unknown): number {
  if (value == null) return 0;
  // An id costs one term however long it is: it is one index lookup.
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') return Math.max(1, Math.ceil(value.length / CHARS_PER_TERM));
  if (typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + filterTerms(v), 0);
  return 1;
}

/** The cost of a field's `filter` argument, read from literals and variables alike. */
function filterCost(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Variables,
): number {
  const def = field.args.find((a) => a.name === 'filter');
  const node = args.find((a) => a.name.value === 'filter')?.value;
  if (!def || !node) return 0;
  return FILTER_TERM_COST * filterTerms(valueFromAST(node, def.type, variables ?? {}));
}

const refuse = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });

type Variables = Record<string, unknown> | undefined;

function argumentValue(node: ValueNode | undefined, variables: Variables): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/** The page size a field will use, checked against the limit (the same message the resolvers give). */
function pageSizeOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Variables,
): number | undefined {
  const def = field.args.find((a) => a.name === 'first');
  if (!def) return undefined;
  const given = argumentValue(args.find((a) => a.name.value === 'first')?.value, variables);
  const size = given ?? def.defaultValue ?? MAX_PAGE_SIZE;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${String(size)}`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'first', http: { status: 400 } },
    });
  }
  return size;
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // A fragment costs the same wherever it is spread; counting it once keeps this linear in the text.
  const fragmentCosts = new Map<string, number>();

  // `pageSize` is the length of the next list down: a connection's `first` sizes its `edges`.
  // `lists` counts the lists entered inside introspection, where each counts once.
  const costOf = (set: SelectionSetNode, typeName: string, pageSize?: number, lists?: number): number => {
    const type = schema.getType(typeName);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) continue;
        const key = `${name}/${pageSize ?? ''}/${lists ?? ''}`;
        if (!fragmentCosts.has(key)) {
          fragmentCosts.set(key, 0); // cycles are refused by validation; this only guards the walk
          fragmentCosts.set(
            key,
            costOf(fragment.selectionSet, fragment.typeCondition.name.value, pageSize, lists),
          );
        }
        cost += fragmentCosts.get(key)!;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += costOf(
          selection.selectionSet,
          selection.typeCondition?.name.value ?? typeName,
          pageSize,
          lists,
        );
      } else {
        cost += 1;
        if (!selection.selectionSet || !isObjectType(type)) continue;
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') {
          cost += costOf(selection.selectionSet, name === '__schema' ? '__Schema' : '__Type', undefined, 0);
          continue;
        }
        const field = type.getFields()[name];
        if (!field) continue;
        if (lists !== undefined) {
          const nested = lists + (isListType(getNullableType(field.type)) ? 1 : 0);
          if (nested > MAX_INTROSPECTION_LISTS) {
            throw refuse(`Introspection may nest at most ${MAX_INTROSPECTION_LISTS} lists.`);
          }
          cost += costOf(selection.selectionSet, getNamedType(field.type).name, undefined, nested);
          continue;
        }
        const first = pageSizeOf(field, selection.arguments ?? [], variables);
        cost += filterCost(field, selection.arguments ?? [], variables);
        const isList = isListType(getNullableType(field.type));
        const inner = getNamedType(field.type).name;
        if (isList)
          cost += (first ?? pageSize ?? PLAIN_LIST_ESTIMATE) * costOf(selection.selectionSet, inner);
        else cost += costOf(selection.selectionSet, inner, first);
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? costOf(operation.selectionSet, root.name) : 0;
}

/** Refuses operations above `maxCost` once their variables are known, before anything runs. */
export function costLimitPlugin<Ctx extends object>(maxCost: number): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost > maxCost) {
            throw refuse(
              `This query could return about ${Math.round(cost)} values, more than the ${maxCost} allowed: ` +
                'ask for smaller pages or fewer nested lists.',
            );
          }
        },
      };
    },
  };
}
