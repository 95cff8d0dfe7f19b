import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of fields, e.g. application → tasks → agency → code is 4. */
  maxDepth: number;
  /** Most fields in one operation, fragments expanded. */
  maxFields: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxFields: 500 };

function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): { depth: number; fields: number } {
  let deepest = depth;
  let fields = 0;
  for (const selection of selectionSet.selections) {
    let inner: { depth: number; fields: number } | undefined;
    if (selection.kind === Kind.FIELD) {
      fields += 1;
      if (selection.selectionSet) inner = measure(selection.selectionSet, fragments, depth + 1, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, depth, seen);
    } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      // Spreading the same fragment twice in one path is a cycle the spec already forbids.
      inner = measure(
        fragments[selection.name.value].selectionSet,
        fragments,
        depth,
        new Set([...seen, selection.name.value]),
      );
    }
    if (inner) {
      deepest = Math.max(deepest, inner.depth);
      fields += inner.fields;
    }
  }
  return { depth: deepest, fields };
}

/** Refuses operations nested too deep or asking for too much, before anything runs. */
export function queryLimitRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter(
            (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
          )
          .map((fragment) => [fragment.name.value, fragment]),
      );
      const { depth, fields } = measure(operation.selectionSet, fragments, 1, new Set());
      if (depth > limits.maxDepth || fields > limits.maxFields) {
        context.reportError(
          new GraphQLError(
            `The operation is too large: depth ${depth} (at most ${limits.maxDepth}), ${fields} fields (at most ${limits.maxFields})`,
            { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX' } },
          ),
        );
      }
    },
  });
}
