import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { refusedText, type TextFault } from '../workflows/process/text-rules';
import { badUserInput } from './errors';

/** An uploaded file: its name is text the applicant chose, its content is checked elsewhere. */
function isUpload(value: unknown): value is { name: string } {
  return typeof value === 'object' && value !== null && typeof (value as Blob).arrayBuffer === 'function';
}

function faultInVariable(value: unknown, path: string): TextFault | undefined {
  if (isUpload(value)) return refusedText(value.name, `${path}.name`);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const fault = faultInVariable(item, `${path}[${index}]`);
      if (fault) return fault;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null && Object.values(value).some(isUpload)) {
    for (const [key, item] of Object.entries(value)) {
      const fault = faultInVariable(item, `${path}.${key}`);
      if (fault) return fault;
    }
    return undefined;
  }
  return refusedText(value, path);
}

function faultInLiteral(node: ValueNode, path: string): TextFault | undefined {
  switch (node.kind) {
    case Kind.STRING:
      return refusedText(node.value, path);
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const fault = faultInLiteral(item, `${path}[${index}]`);
        if (fault) return fault;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const fault = faultInLiteral(field.value, `${path}.${field.name.value}`);
        if (fault) return fault;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The first value written into the operation itself (an argument, or a variable's default)
 * that holds text Lianban refuses.
 */
function faultInDocument(document: DocumentNode): TextFault | undefined {
  let found: TextFault | undefined;
  visit(document, {
    Argument(argument) {
      found ??= faultInLiteral(argument.value, argument.name.value);
    },
    VariableDefinition(definition) {
      if (definition.defaultValue) found ??= faultInLiteral(definition.defaultValue, definition.variable.name.value);
    },
  });
  return found;
}

/**
 * Refuses, before anything runs, every request whose input holds text PostgreSQL cannot store
 * (NUL, an unpaired surrogate) or a control character other than tab and newline: in any
 * variable at any depth (form data, comments, reasons, ids, an upload's file name) and in
 * arguments written into the query. The error names where.
 */
export function refuseBadText(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let fault: TextFault | undefined;
      for (const [name, value] of Object.entries(variables)) {
        fault ??= faultInVariable(value, name);
      }
      fault ??= faultInDocument(args.document as DocumentNode);
      if (fault) {
        setResultAndStopExecution({ errors: [badUserInput([{ field: fault.path, message: fault.message }])] });
      }
    },
  };
}
