import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError, type FieldProblem } from '../api';
import { defineTexts, useText } from '../i18n';
import { catalogueChanged } from './catalogue-queries';

const texts = defineTexts(
  { add: '添加', added: '已添加', required: '必填' },
  { add: 'Add', added: 'Added', required: 'Required' },
);

export interface VocabularyField {
  name: string;
  label: string;
  extra?: string;
  /** A yes-or-no field, ticked or not. */
  flag?: boolean;
}

/**
 * A small form adding one code to the catalogue's vocabulary (an agency, a stage kind, a
 * certificate kind). The API judges it; each problem it names (`input.code`) is shown at its field.
 */
export function AddVocabularyForm<Values extends Record<string, string | boolean>>({
  fields,
  add,
}: {
  fields: VocabularyField[];
  add: (values: Values) => Promise<{ code: string }>;
}) {
  const { t } = useText(texts);
  const queries = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const adding = useMutation({
    mutationFn: async (values: Values) => {
      const added = await add(values);
      await catalogueChanged(queries);
      return added;
    },
    onMutate: () => setUnplaced([]),
    onSuccess: () => form.resetFields(),
    onError: (error) => {
      const problems = error instanceof ApiError ? error.fields : [];
      const fieldOf = (problem: FieldProblem) => problem.field.replace(/^input\./, '');
      const names = fields.map((field) => field.name);
      form.setFields(
        names.map((name) => ({
          name: name as never,
          errors: problems.filter((problem) => fieldOf(problem) === name).map((problem) => problem.message),
        })),
      );
      setUnplaced(problems.filter((problem) => !names.includes(fieldOf(problem))));
    },
  });
  const initialValues = Object.fromEntries(fields.filter((field) => field.flag).map((field) => [field.name, false]));
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => adding.mutate(values)}>
      {fields.map((field) =>
        field.flag ? (
          <Form.Item key={field.name} name={field.name} valuePropName="checked" extra={field.extra}>
            <Checkbox>{field.label}</Checkbox>
          </Form.Item>
        ) : (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            extra={field.extra}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input />
          </Form.Item>
        ),
      )}
      {adding.error &&
        (unplaced.length > 0 || !(adding.error instanceof ApiError && adding.error.fields.length > 0)) && (
          <Alert
            type="error"
            style={{ marginBottom: 16 }}
            title={adding.error.message}
            description={unplaced.map((problem) => `${problem.field}: ${problem.message}`).join('；') || undefined}
          />
        )}
      {adding.data && (
        <Alert type="success" style={{ marginBottom: 16 }} title={`${t('added')}: ${adding.data.code}`} />
      )}
      <Button type="primary" htmlType="submit" loading={adding.isPending}>
        {t('add')}
      </Button>
    </Form>
  );
}
