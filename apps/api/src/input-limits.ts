import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ConstDirectiveNode,
  type DocumentNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

// Size limits of string and list inputs, declared beside each input in the SDL with `@limit` (and
// stated in its description) and checked here, in one place, before an operation runs. A search of
// 100,000 characters or a list of 10,000 ids makes the store work for minutes; NUL cannot be stored
// in PostgreSQL text, so it would fail deep in the store as an internal error.

export interface InputLimit {
  /** Longest string, in UTF-16 code units (JavaScript's `length`). */
  chars?: number;
  /** Longest list. */
  items?: number;
  /** May hold control characters other than NUL (an article's text). */
  freeText: boolean;
}

type InputDefinition = GraphQLArgument | GraphQLInputField;

function intArgument(directive: ConstDirectiveNode, name: string): number | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

/** The `@limit` of an argument or input field, as written in the SDL. */
export function limitOf(definition: InputDefinition): InputLimit | undefined {
  const directive = definition.astNode?.directives?.find((d) => d.name.value === 'limit');
  if (!directive) return undefined;
  const freeText = directive.arguments?.find((a) => a.name.value === 'freeText')?.value;
  return {
    chars: intArgument(directive, 'chars'),
    items: intArgument(directive, 'items'),
    freeText: freeText?.kind === Kind.BOOLEAN && freeText.value,
  };
}

const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);
const isList = (type: GraphQLInputType) => isListType(getNullableType(type));

/** Every argument and input field of the schema, with where it is (`Query.articles(after)`). */
function* inputDefinitions(schema: GraphQLSchema): Generator<[string, InputDefinition]> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args) yield [`${type.name}.${field.name}(${arg.name})`, arg];
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) yield [`${type.name}.${field.name}`, field];
    }
  }
}

/** The inputs that lack a limit they need: `chars` for strings and ids, `items` for lists. */
export function unlimitedInputs(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const [where, definition] of inputDefinitions(schema)) {
    const limit = limitOf(definition);
    if (isText(definition.type) && limit?.chars === undefined) missing.push(`${where} needs @limit(chars)`);
    if (isList(definition.type) && limit?.items === undefined) missing.push(`${where} needs @limit(items)`);
  }
  return missing;
}

const refuse = (message: string, field: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, ...extra, http: { status: 400 } },
  });

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

// C0 controls and DEL, except tab, line feed and carriage return: matching them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkText(value: string, limit: InputLimit, field: string) {
  if (limit.chars !== undefined && value.length > limit.chars) {
    throw refuse(`"${field}" may be at most ${limit.chars} characters long, got ${value.length}`, field, {
      limit: limit.chars,
      size: value.length,
    });
  }
  const nul = value.indexOf('\u0000');
  if (nul >= 0) {
    throw refuse(`"${field}" contains a NUL character (U+0000) at position ${nul}`, field);
  }
  const control = limit.freeText ? null : CONTROL.exec(value);
  if (control) {
    throw refuse(
      `"${field}" contains a control character (${codePoint(control[0])}) at position ${control.index}`,
      field,
    );
  }
}

/** Checks one coerced input value against the limit of its definition, then what is inside it. */
function checkValue(value: unknown, type: GraphQLInputType, limit: InputLimit, field: string): void {
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    if (limit.items !== undefined && items.length > limit.items) {
      throw refuse(`"${field}" may hold at most ${limit.items} items, got ${items.length}`, field, {
        limit: limit.items,
        size: items.length,
      });
    }
    items.forEach((item, i) => checkValue(item, nullable.ofType, limit, `${field}[${i}]`));
  } else if (isInputObjectType(nullable)) {
    const object = value as Record<string, unknown>;
    for (const [name, inner] of Object.entries(nullable.getFields())) {
      checkValue(object[name], inner.type, limitOf(inner) ?? { freeText: false }, `${field}.${name}`);
    }
  } else if (typeof value === 'string' && isText(nullable)) {
    checkText(value, limit, field);
  }
}

/**
 * Checks every argument of every field the operation selects (in fragments too) against its limit.
 * Values that do not coerce are left for execution to report in the usual way.
 */
export function checkInputLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): void {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return;
  const typeInfo = new TypeInfo(schema);
  const parts = [
    operation,
    ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
  ] as const;
  for (const part of parts) {
    visit(
      part,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const definition = typeInfo.getFieldDef();
          if (!definition || !node.arguments?.length) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(definition, node, variables.coerced);
          } catch {
            return;
          }
          for (const arg of definition.args) {
            checkValue(values[arg.name], arg.type, limitOf(arg) ?? { freeText: false }, arg.name);
          }
        },
      }),
    );
  }
}

/** Refuses an operation whose inputs break their limits, before anything runs. */
export function inputLimitsPlugin<Ctx extends object>(schema: GraphQLSchema): ApolloServerPlugin<Ctx> {
  const missing = unlimitedInputs(schema);
  if (missing.length > 0)
    throw new Error(`schema.graphql: inputs without a size limit: ${missing.join('; ')}`);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation) checkInputLimits(schema, document, operation, request.variables);
        },
      };
    },
  };
}
