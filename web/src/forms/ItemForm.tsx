import Form from '@rjsf/antd';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { formErrors } from './problems';
import { schemaValidator } from './schema-validator';

const FormProblemsQuery = graphql(`
  query FormProblems($code: String!, $version: Int, $formData: JSON!) {
    serviceItem(code: $code, version: $version) {
      formProblems(formData: $formData) {
        field
        message
      }
    }
  }
`);

const texts = defineTexts({ yes: '是', no: '否' }, { yes: 'Yes', no: 'No' });

/** How long typing pauses before the form is checked again. */
const CHECK_AFTER_MS = 400;

/** Field ids are the field's path, so that a blurred id names the field the API's problems name. */
const ID_PREFIX = 'form';
const ID_SEPARATOR = '.';

export interface ItemFormProps {
  item: { code: string; version: number; formSchema: unknown };
  formData: Record<string, unknown>;
  onChange: (formData: Record<string, unknown>) => void;
  /** Once a submission was tried, every field's problems show, touched or not. */
  showAll: boolean;
  /** Only these fields (paths such as `a.b`) may change; the rest are read-only. All when absent. */
  editable?: string[];
}

/**
 * An item's form, drawn from its published JSON Schema, and checked as it is filled in by the
 * API's own rules: a field's problems show once the person has left it, all of them once a
 * submission was tried.
 */
export function ItemForm({ item, formData, onChange, showAll, editable }: ItemFormProps) {
  const { t } = useText(texts);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const checked = useDebounced(formData, CHECK_AFTER_MS);
  const problems = useQuery({
    queryKey: ['form-problems', item.code, item.version, checked],
    queryFn: () => request(FormProblemsQuery, { code: item.code, version: item.version, formData: checked }),
    placeholderData: (previous) => previous,
  });
  const current = problems.data?.serviceItem?.formProblems ?? [];
  const schema = item.formSchema as RJSFSchema;
  const extraErrors = formErrors(current, (path) => showAll || touched.has(path));
  return (
    <Form
      schema={schema}
      uiSchema={{
        ...uiOf(schema, { editable, yesNo: [t('yes'), t('no')] }),
        'ui:submitButtonOptions': { norender: true },
      }}
      formData={formData}
      validator={schemaValidator}
      idPrefix={ID_PREFIX}
      idSeparator={ID_SEPARATOR}
      extraErrors={extraErrors}
      showErrorList={false}
      noHtml5Validate
      onChange={(event) => onChange(event.formData as Record<string, unknown>)}
      onBlur={(id) => setTouched((fields) => new Set(fields).add(id.slice(ID_PREFIX.length + 1)))}
    />
  );
}

function useDebounced<Value>(value: Value, delay: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

interface UiRules {
  /** Only these fields (paths such as `a.b`) may change; all when absent. */
  editable?: string[];
  /** The two answers of a yes-or-no field, in the desk's language. */
  yesNo: [string, string];
}

/**
 * How each field of `schema` is drawn: a yes-or-no field as two answers to choose, so that "no"
 * is said rather than assumed from an untouched box; a field not asked for read-only.
 */
function uiOf(schema: RJSFSchema, rules: UiRules, prefix = ''): UiSchema {
  const ui: UiSchema = {};
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (typeof child !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const mayChange = !rules.editable || rules.editable.includes(path);
    const holdsEditable = rules.editable?.some((field) => field.startsWith(`${path}.`));
    if (child.type === 'object') {
      ui[key] =
        mayChange || holdsEditable
          ? uiOf(child, mayChange ? { ...rules, editable: undefined } : rules, path)
          : { 'ui:readonly': true };
    } else {
      ui[key] = {
        ...(child.type === 'boolean' && { 'ui:widget': 'radio', 'ui:enumNames': rules.yesNo }),
        ...(!mayChange && { 'ui:readonly': true }),
      };
    }
  }
  return ui;
}
