import { valueFromASTUntyped, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { refusedText, type TextFault } from '../domain/text-rules';
import { badUserInput } from './errors';

/** An uploaded file: its name is text the applicant chose, its content is checked elsewhere. */
function isUpload(value: unknown): value is { name: string } {
  return typeof value === 'object' && value !== null && typeof (value as Blob).arrayBuffer === 'function';
}

/** The variables with each upload standing as its file name, the one text of it checked here. */
function withUploadNames(value: unknown): unknown {
  if (isUpload(value)) return { name: value.name };
  if (Array.isArray(value)) return value.map(withUploadNames);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withUploadNames(item)]));
}

/**
 * The first value written into the operation itself (an argument, or a variable's default)
 * that holds text Lianban refuses.
 */
function faultInDocument(document: DocumentNode): TextFault | undefined {
  let found: TextFault | undefined;
  visit(document, {
    Argument(argument) {
      found ??= refusedText(valueFromASTUntyped(argument.value), argument.name.value);
    },
    VariableDefinition(definition) {
      if (definition.defaultValue) {
        found ??= refusedText(valueFromASTUntyped(definition.defaultValue), definition.variable.name.value);
      }
    },
  });
  return found;
}

/**
 * Refuses, before anything runs, every request whose input holds text PostgreSQL cannot store
 * (NUL, an unpaired surrogate), a control character other than tab and newline, or a character
 * that changes the direction text is shown in (`domain/text-rules.ts`): in any variable at any
 * depth (form data, comments, reasons, ids, an upload's file name) and in arguments written
 * into the query. The error names where.
 */
export function refuseBadText(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const fault =
        refusedText(withUploadNames(args.variableValues ?? {})) ?? faultInDocument(args.document as DocumentNode);
      if (fault) {
        setResultAndStopExecution({ errors: [badUserInput([{ field: fault.path, message: fault.message }])] });
      }
    },
  };
}
