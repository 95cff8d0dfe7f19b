import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Typography } from 'antd';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { invalidateWork } from './work-queries';
import { MAX_REASON } from '../../../domain/text-limits';

const texts = defineTexts(
  {
    title: '延期',
    workingDays: '延长的工作日',
    reason: '延期理由',
    sayWhy: '请写明延期理由',
    submit: '延期',
    granted: '已延长 {days} 个工作日',
  },
  {
    title: 'Extend the deadline',
    workingDays: 'Working days to add',
    reason: 'Reason',
    sayWhy: 'Say why the case needs more time',
    submit: 'Extend',
    granted: '{days} working days granted so far',
  },
);

const Extend = graphql(`
  mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {
    extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {
      id
      sla {
        deadline
        extendedWorkingDays
      }
    }
  }
`);

/**
 * 延期 (《行政许可法》 Art. 42): the window adds working days to an accepted case's statutory
 * limit, with the reason on record. The API knows how many days are left to grant and says so.
 */
export function ExtendDeadline({
  applicationId,
  extendedWorkingDays,
}: {
  applicationId: string;
  extendedWorkingDays: number;
}) {
  const { t } = useText(texts);
  const queries = useQueryClient();
  const [form] = Form.useForm<{ workingDays: number; reason: string }>();
  const extend = useMutation({
    mutationFn: (values: { workingDays: number; reason: string }) =>
      request(Extend, { id: applicationId, workingDays: values.workingDays, reason: values.reason.trim() }),
    onSuccess: () => form.resetFields(),
    onSettled: () => invalidateWork(queries),
  });
  return (
    <Form form={form} layout="inline" onFinish={(values) => extend.mutate(values)}>
      <Typography.Title level={3} style={{ width: '100%' }}>
        {t('title')}{' '}
        {extendedWorkingDays > 0 && (
          <Typography.Text type="secondary">
            ({t('granted').replace('{days}', String(extendedWorkingDays))})
          </Typography.Text>
        )}
      </Typography.Title>
      <Form.Item name="workingDays" label={t('workingDays')} rules={[{ required: true }]}>
        <InputNumber min={1} precision={0} />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, whitespace: true, message: t('sayWhy') }]}>
        <Input style={{ width: 360 }} maxLength={MAX_REASON} />
      </Form.Item>
      <Button htmlType="submit" loading={extend.isPending}>
        {t('submit')}
      </Button>
      {extend.error && <Alert type="error" title={extend.error.message} style={{ width: '100%', marginTop: 8 }} />}
    </Form>
  );
}
