import { Descriptions } from 'antd';
import { defineTexts, useText } from '../i18n';
import { schemaFields, valueAt, type SchemaNode } from '../forms/form-fields';

const texts = defineTexts({ yes: '是', no: '否', form: '申请表' }, { yes: 'Yes', no: 'No', form: 'Application form' });

/** The submitted form as a reviewer reads it: each field under its title from the item's schema. */
export function FormReading({ schema, formData }: { schema: SchemaNode; formData: unknown }) {
  const { t } = useText(texts);
  const shown = (value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    if (Array.isArray(value)) return value.map(shown).join('；');
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  return (
    <Descriptions
      bordered
      size="small"
      title={t('form')}
      column={1}
      items={schemaFields(schema)
        .filter((field) => !field.group)
        .map((field) => ({ key: field.path, label: field.label, children: shown(valueAt(formData, field.path)) }))}
    />
  );
}
