import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio, Space, Typography } from 'antd';
import { request } from '../api';
import { graphql } from '../gql';
import type { Decision } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { CorrectionPicker, toCorrections, type CorrectionLine } from './CorrectionPicker';
import type { SchemaField } from '../forms/form-fields';
import { invalidateWork } from './work-queries';
import { MAX_COMMENT } from '../../../domain/text-limits';

const texts = defineTexts(
  {
    claim: '认领',
    claimedBy: '已由 {who} 认领',
    decision: '决定',
    'decision.WINDOW.APPROVE': '受理',
    'decision.REVIEWER.APPROVE': '同意',
    'decision.REJECT': '不予许可',
    'decision.REQUEST_CORRECTION': '要求补正',
    comment: '意见',
    rejectReason: '不予许可的理由',
    sayWhy: '请写明理由',
    submit: '提交决定',
    decided: '已办结：{decision}',
  },
  {
    claim: 'Claim',
    claimedBy: 'Claimed by {who}',
    decision: 'Decision',
    'decision.WINDOW.APPROVE': 'Accept',
    'decision.REVIEWER.APPROVE': 'Approve',
    'decision.REJECT': 'Refuse',
    'decision.REQUEST_CORRECTION': 'Request correction',
    comment: 'Comment',
    rejectReason: 'Reason for refusing',
    sayWhy: 'Give the reason',
    submit: 'Send the decision',
    decided: 'Done: {decision}',
  },
);

/** What each role decides on its task: the window accepts or sends back; reviewers may also refuse. */
const DECISIONS: Record<'WINDOW' | 'REVIEWER', Decision[]> = {
  WINDOW: ['APPROVE', 'REQUEST_CORRECTION'],
  REVIEWER: ['APPROVE', 'REJECT', 'REQUEST_CORRECTION'],
};

const ClaimTask = graphql(`
  mutation ClaimTask($taskId: ID!) {
    claimTask(taskId: $taskId) {
      id
      status
      assignee
    }
  }
`);

const CompleteTask = graphql(`
  mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {
    completeTask(taskId: $taskId, input: $input) {
      id
      status
      decision
    }
  }
`);

interface DecisionForm {
  decision: Decision;
  comment?: string;
  corrections?: CorrectionLine[];
}

export interface WorkedTask {
  id: string;
  status: string;
  assignee?: string | null;
  decision?: Decision | null;
}

/**
 * The officer's part of a case: claim the agency's open task, then decide it. What the API
 * refuses (someone claimed it first, a correction names nothing) is shown as it says it.
 */
export function TaskDecision({
  task,
  role,
  me,
  fields,
  materials,
}: {
  task: WorkedTask;
  role: 'WINDOW' | 'REVIEWER';
  me: string;
  fields: SchemaField[];
  materials: Array<{ code: string; name: string; nameEn: string }>;
}) {
  const { t } = useText(texts);
  const queries = useQueryClient();
  const [form] = Form.useForm<DecisionForm>();
  const decision = Form.useWatch('decision', form);
  const refresh = () => invalidateWork(queries);
  const claim = useMutation({ mutationFn: () => request(ClaimTask, { taskId: task.id }), onSettled: refresh });
  const complete = useMutation({
    mutationFn: ({ decision, comment, corrections }: DecisionForm) =>
      request(CompleteTask, {
        taskId: task.id,
        input: {
          decision,
          comment: comment?.trim() || undefined,
          corrections: decision === 'REQUEST_CORRECTION' ? toCorrections(corrections ?? []) : undefined,
        },
      }),
    onSettled: refresh,
  });
  const label = (choice: Decision) =>
    t(choice === 'APPROVE' ? `decision.${role}.APPROVE` : (`decision.${choice}` as const));
  const problem = claim.error ?? complete.error;
  const problemAlert = problem && <Alert type="error" title={problem.message} style={{ marginBottom: 16 }} />;

  if (task.status === 'COMPLETED' || task.status === 'CANCELLED')
    return (
      <Typography.Text>
        {t('decided').replace('{decision}', task.decision ? label(task.decision) : task.status)}
      </Typography.Text>
    );
  if (task.status === 'OPEN')
    return (
      <>
        {problemAlert}
        <Button type="primary" loading={claim.isPending} onClick={() => claim.mutate()}>
          {t('claim')}
        </Button>
      </>
    );
  if (task.assignee !== me)
    return <Typography.Text>{t('claimedBy').replace('{who}', task.assignee ?? '')}</Typography.Text>;
  return (
    <Form form={form} layout="vertical" onFinish={(values) => complete.mutate(values)} style={{ maxWidth: 900 }}>
      <Form.Item name="decision" label={t('decision')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={DECISIONS[role].map((choice) => ({ value: choice, label: label(choice) }))}
        />
      </Form.Item>
      {decision === 'REQUEST_CORRECTION' && <CorrectionPicker fields={fields} materials={materials} />}
      <Form.Item
        name="comment"
        label={decision === 'REJECT' ? t('rejectReason') : t('comment')}
        rules={decision === 'REJECT' ? [{ required: true, whitespace: true, message: t('sayWhy') }] : []}
      >
        <Input.TextArea rows={3} maxLength={MAX_COMMENT} />
      </Form.Item>
      {problemAlert}
      <Space>
        <Button type="primary" htmlType="submit" loading={complete.isPending}>
          {t('submit')}
        </Button>
      </Space>
    </Form>
  );
}
