import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { MAX_REASON } from '../../../domain/text-limits';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { catalogueChanged } from './catalogue-queries';
import { Refusal } from './Refusal';

const RetireMutation = graphql(`
  mutation RetireServiceItem($code: String!, $reason: String!) {
    retireServiceItem(code: $code, reason: $reason) {
      code
      version
      status
    }
  }
`);

const texts = defineTexts(
  {
    title: '停止受理',
    help: '新的申请将被拒绝；已受理的办件按原版本继续办理。',
    reason: '停止受理的理由',
    sayWhy: '请写明理由',
    retire: '停止受理',
    confirm: '确定停止受理 {code}？',
    notRetired: '未能停止受理',
  },
  {
    title: 'Retire',
    help: 'New applications are refused; cases already running go on under their version.',
    reason: 'Reason for retiring',
    sayWhy: 'Give the reason',
    retire: 'Retire',
    confirm: 'Retire {code}?',
    notRetired: 'Not retired',
  },
);

/** 停止受理: retiring the item in force, with a reason, after asking. */
export function RetireItem({ code }: { code: string }) {
  const { t } = useText(texts);
  const queries = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const [asking, setAsking] = useState(false);
  const retire = useMutation({
    mutationFn: async ({ reason }: { reason: string }) => {
      await request(RetireMutation, { code, reason: reason.trim() });
      await catalogueChanged(queries);
    },
  });
  return (
    <Card title={t('title')}>
      <Form form={form} layout="vertical" onFinish={(values) => retire.mutate(values)}>
        <Form.Item
          name="reason"
          label={t('reason')}
          extra={t('help')}
          rules={[{ required: true, whitespace: true, message: t('sayWhy') }]}
        >
          <Input maxLength={MAX_REASON} />
        </Form.Item>
        {/* Asked only once the reason is there. */}
        <Popconfirm
          open={asking}
          title={t('confirm').replace('{code}', code)}
          onConfirm={() => {
            setAsking(false);
            form.submit();
          }}
          onCancel={() => setAsking(false)}
        >
          <Button
            danger
            loading={retire.isPending}
            onClick={() =>
              void form.validateFields().then(
                () => setAsking(true),
                () => undefined,
              )
            }
          >
            {t('retire')}
          </Button>
        </Popconfirm>
      </Form>
      {retire.error && <Refusal title={t('notRetired')} error={retire.error} />}
    </Card>
  );
}
