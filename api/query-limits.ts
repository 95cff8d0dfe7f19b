import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type ParseOptions,
  type Source,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from './errors';

export interface QueryLimits {
  /** Deepest nesting of fields, e.g. application → tasks → agency → code is 4. */
  maxDepth: number;
  /** Most fields in one operation, each fragment counted as often as it is spread. */
  maxFields: number;
  /** Most aliased fields in one operation, likewise: each alias is another lookup. */
  maxAliases: number;
  /** Most mutations in one operation: each is a change, and each counts for the rate limit. */
  maxMutations: number;
  /** Most lexical tokens in a document, checked while parsing, before anything is measured. */
  maxTokens: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxFields: 500,
  maxAliases: 30,
  maxMutations: 3,
  maxTokens: 5000,
};

interface Size {
  /** Nesting below the selection set's own level. */
  depth: number;
  fields: number;
  aliases: number;
  /** Fields at the selection set's own level, fragments included: an operation's mutations. */
  rootFields: number;
}

const NOTHING: Size = { depth: 0, fields: 0, aliases: 0, rootFields: 0 };

/**
 * Sizes the selection sets of one document. A fragment is measured once and its size reused at
 * every spread, so the work grows with the document's length, not with how often fragments
 * multiply each other (a chain of fragments that each spread the next twice asks for 2^n fields,
 * and is refused in the time it takes to read it).
 */
class DocumentSizer {
  private readonly sizes = new Map<string, Size>();
  private readonly measuring = new Set<string>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  selectionSet(selectionSet: SelectionSetNode): Size {
    let size = { ...NOTHING };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet ? this.selectionSet(selection.selectionSet) : NOTHING;
        size = {
          depth: Math.max(size.depth, 1 + inner.depth),
          fields: size.fields + 1 + inner.fields,
          aliases: size.aliases + (selection.alias ? 1 : 0) + inner.aliases,
          rootFields: size.rootFields + 1,
        };
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? this.selectionSet(selection.selectionSet)
            : this.fragment(selection.name.value);
        size = {
          depth: Math.max(size.depth, inner.depth),
          fields: size.fields + inner.fields,
          aliases: size.aliases + inner.aliases,
          rootFields: size.rootFields + inner.rootFields,
        };
      }
    }
    return size;
  }

  private fragment(name: string): Size {
    const known = this.sizes.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // An unknown or cyclic spread is the validator's to refuse; it adds nothing here.
    if (!fragment || this.measuring.has(name)) return NOTHING;
    this.measuring.add(name);
    const size = this.selectionSet(fragment.selectionSet);
    this.measuring.delete(name);
    this.sizes.set(name, size);
    return size;
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/** How many changes an operation makes: 0 for a query, else its root fields, fragments included. */
export function mutationCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  return operation.operation === OperationTypeNode.MUTATION
    ? new DocumentSizer(fragmentsOf(document)).selectionSet(operation.selectionSet).rootFields
    : 0;
}

/** What is over the limits in a document's operations, as one error each; empty when within. */
export function queryLimitErrors(document: DocumentNode, limits: QueryLimits): GraphQLError[] {
  const sizer = new DocumentSizer(fragmentsOf(document));
  const errors: GraphQLError[] = [];
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const { depth, fields, aliases, rootFields } = sizer.selectionSet(operation.selectionSet);
    const problems = [
      ...(depth > limits.maxDepth ? [`depth ${depth} (at most ${limits.maxDepth})`] : []),
      ...(fields > limits.maxFields ? [`${fields} fields (at most ${limits.maxFields})`] : []),
      ...(aliases > limits.maxAliases ? [`${aliases} aliases (at most ${limits.maxAliases})`] : []),
    ];
    const mutations = operation.operation === OperationTypeNode.MUTATION ? rootFields : 0;
    if (mutations > limits.maxMutations) problems.push(`${mutations} mutations (at most ${limits.maxMutations})`);
    if (problems.length > 0) {
      errors.push(
        new GraphQLError(`The operation is too large: ${problems.join(', ')}`, {
          nodes: [operation],
          extensions: { code: 'QUERY_TOO_COMPLEX' satisfies ErrorCode },
        }),
      );
    }
  }
  return errors;
}

/**
 * Refuses a document too long to parse cheaply, and an operation too deep, too wide, too
 * aliased or making too many changes, before graphql-js validates it: some of its rules also
 * grow with how fragments multiply.
 */
export function queryLimits(limits: QueryLimits): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) =>
        parse(source, { ...options, maxTokens: limits.maxTokens }),
      );
    },
    onValidate({ params, setResult }) {
      const errors = queryLimitErrors(params.documentAST as DocumentNode, limits);
      if (errors.length > 0) setResult(errors);
    },
  };
}
