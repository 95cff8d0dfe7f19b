import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AutoComplete, Button, Card, Form, Input, Space } from 'antd';
import { MAX_REASON } from '../../../domain/text-limits';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { catalogueChanged } from './catalogue-queries';
import { Refusal } from './Refusal';

const SendBackMutation = graphql(`
  mutation SendBackServiceItem($code: String!, $version: Int!, $reasons: [SendBackReasonInput!]!) {
    sendBackServiceItem(code: $code, version: $version, reasons: $reasons) {
      code
      version
      status
    }
  }
`);

const texts = defineTexts(
  {
    title: '退回修改',
    path: '位置（可选）',
    pathHelp: '如 materials[XC-0013-M02].required',
    reason: '理由',
    sayWhy: '请写明理由',
    add: '再加一条理由',
    remove: '删去第 {n} 条理由',
    sendBack: '退回',
    notSentBack: '未能退回',
  },
  {
    title: 'Send back',
    path: 'Path (optional)',
    pathHelp: 'e.g. materials[XC-0013-M02].required',
    reason: 'Reason',
    sayWhy: 'Give the reason',
    add: 'Add a reason',
    remove: 'Remove reason {n}',
    sendBack: 'Send back',
    notSentBack: 'Not sent back',
  },
);

interface Values {
  reasons: Array<{ path?: string; reason: string }>;
}

/** Sending a version back to its writers: one or more reasons, each about a part of the item if it names one. */
export function SendBackForm({
  code,
  version,
  disabled,
  paths,
  onSentBack,
}: {
  code: string;
  version: number;
  disabled: boolean;
  /** The paths the reviewer saw changed, offered as the parts a reason may be about. */
  paths: string[];
  onSentBack: () => unknown;
}) {
  const { t } = useText(texts);
  const queries = useQueryClient();
  const sendBack = useMutation({
    mutationFn: async ({ reasons }: Values) => {
      await request(SendBackMutation, {
        code,
        version,
        reasons: reasons.map(({ path, reason }) => ({ path: path?.trim() || null, reason: reason.trim() })),
      });
      await catalogueChanged(queries);
      onSentBack();
    },
  });
  const options = paths.map((path) => ({ value: path }));
  return (
    <Card title={t('title')}>
      <Form<Values>
        layout="vertical"
        disabled={disabled}
        initialValues={{ reasons: [{ reason: '' }] }}
        onFinish={(values) => sendBack.mutate(values)}
      >
        <Form.List name="reasons">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} wrap align="start" style={{ width: '100%' }}>
                  <Form.Item
                    name={[field.name, 'path']}
                    label={`${t('path')} ${index + 1}`}
                    extra={index === 0 ? t('pathHelp') : undefined}
                  >
                    <AutoComplete options={options} style={{ width: 320 }} filterOption />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'reason']}
                    label={`${t('reason')} ${index + 1}`}
                    rules={[{ required: true, whitespace: true, message: t('sayWhy') }]}
                  >
                    <Input.TextArea autoSize maxLength={MAX_REASON} style={{ width: 420, maxWidth: '80vw' }} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('remove').replace('{n}', String(index + 1))}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Space>
              ))}
              <Space wrap>
                <Button icon={<PlusOutlined />} onClick={() => add({ reason: '' })}>
                  {t('add')}
                </Button>
                <Button danger htmlType="submit" loading={sendBack.isPending}>
                  {t('sendBack')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
      {sendBack.error && <Refusal title={t('notSentBack')} error={sendBack.error} />}
    </Card>
  );
}
