import { Button, Form, Input, Select, Space } from 'antd';
import type { CorrectionInput } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import type { SchemaField } from '../forms/form-fields';
import { MAX_REASON } from '../../../domain/text-limits';

const texts = defineTexts(
  {
    target: '需补正的字段或材料',
    reason: '原因',
    fields: '表单字段',
    materials: '申请材料',
    add: '添加补正项',
    remove: '删除',
    pickTarget: '请选择字段或材料',
    sayWhy: '请写明需要补正的原因',
    atLeastOne: '请至少添加一项补正',
  },
  {
    target: 'Field or material to correct',
    reason: 'Reason',
    fields: 'Form fields',
    materials: 'Materials',
    add: 'Add an item to correct',
    remove: 'Remove',
    pickTarget: 'Pick a field or a material',
    sayWhy: 'Say what needs correcting',
    atLeastOne: 'Add at least one item to correct',
  },
);

/** One line of the picker: `field:<path>` or `material:<code>`, and why. */
export interface CorrectionLine {
  target: string;
  reason: string;
}

/** The picker's lines as the API's corrections. */
export function toCorrections(lines: CorrectionLine[]): CorrectionInput[] {
  return lines.map(({ target, reason }) => {
    const [kind, ...rest] = target.split(':');
    const name = rest.join(':');
    return kind === 'field' ? { field: name, reason } : { material: name, reason };
  });
}

/**
 * 补正: the fields of the item's form and its materials to send back to the applicant, each with
 * its reason, picked from the item itself so that only what exists can be asked for. One
 * picker for the window and the reviewers; it sits in their decision form as `corrections`.
 */
export function CorrectionPicker({
  fields,
  materials,
}: {
  fields: SchemaField[];
  materials: Array<{ code: string; name: string; nameEn: string }>;
}) {
  const { t, pick } = useText(texts);
  const options = [
    { label: t('fields'), options: fields.map((field) => ({ value: `field:${field.path}`, label: field.label })) },
    {
      label: t('materials'),
      options: materials.map((material) => ({
        value: `material:${material.code}`,
        label: pick(material.name, material.nameEn),
      })),
    },
  ];
  return (
    <Form.List
      name="corrections"
      initialValue={[{}]}
      rules={[
        {
          validator: async (_rule, lines?: unknown[]) => {
            if (!lines?.length) throw new Error(t('atLeastOne'));
          },
        },
      ]}
    >
      {(lines, { add, remove }, { errors }) => (
        <>
          {lines.map((line, index) => (
            <Space key={line.key} align="start" wrap style={{ display: 'flex' }}>
              <Form.Item
                name={[line.name, 'target']}
                label={`${t('target')} ${index + 1}`}
                rules={[{ required: true, message: t('pickTarget') }]}
              >
                <Select showSearch optionFilterProp="label" options={options} style={{ width: 320 }} />
              </Form.Item>
              <Form.Item
                name={[line.name, 'reason']}
                label={`${t('reason')} ${index + 1}`}
                rules={[{ required: true, whitespace: true, message: t('sayWhy') }]}
              >
                <Input style={{ width: 360 }} maxLength={MAX_REASON} />
              </Form.Item>
              <Button onClick={() => remove(line.name)} aria-label={`${t('remove')} ${index + 1}`}>
                {t('remove')}
              </Button>
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" onClick={() => add({})} style={{ marginBottom: 16 }}>
            {t('add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
