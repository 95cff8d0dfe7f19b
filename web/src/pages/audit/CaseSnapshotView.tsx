import { Descriptions, Table, Tag, Timeline, Typography } from 'antd';
import type { CorrectionRequest, IssuedCertificate, ReviewTask, TimelineEntry } from '../../../../domain/case-model';
import type { AuditCaseStateQuery } from '../../gql/graphql';
import { defineTexts, useText, type Message } from '../../i18n';
import { useDateTime } from '../../time';
import { STATUS_COLOURS } from '../case-status';

const texts = defineTexts(
  {
    afterEvent: '事件之后的办件',
    stage: '阶段',
    tasks: '审查任务',
    agency: '部门',
    round: '轮次',
    taskStatus: '任务状态',
    assignee: '经办人',
    decision: '决定',
    dueAt: '承诺期限',
    openCorrections: '待补正',
    formData: '申请表',
    caseTimeline: '办理记录',
  },
  {
    afterEvent: 'The case after event',
    stage: 'Stage',
    tasks: 'Review tasks',
    agency: 'Agency',
    round: 'Round',
    taskStatus: 'Task status',
    assignee: 'Assignee',
    decision: 'Decision',
    dueAt: 'Promised by',
    openCorrections: 'Open corrections',
    formData: 'Application form',
    caseTimeline: 'Record',
  },
);

/** Every answer of a form as a dotted path and its value, nested objects opened up. */
function formEntries(value: unknown, path = ''): Array<[string, string]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => formEntries(inner, path ? `${path}.${key}` : key));
  }
  return [[path, typeof value === 'string' ? value : JSON.stringify(value)]];
}

/**
 * A case as the workflow held it at one event. Its JSON parts are the workflow's own records
 * (domain/case-model.ts), which is where their types come from.
 */
export function CaseSnapshotView({ snapshot }: { snapshot: AuditCaseStateQuery['caseStateAt'] }) {
  const { t } = useText(texts);
  const when = useDateTime();
  const tasks = snapshot.tasks as ReviewTask[];
  const corrections = snapshot.openCorrections as CorrectionRequest[];
  const certificate = snapshot.certificate as IssuedCertificate | null;
  const timeline = snapshot.timeline as TimelineEntry[];
  return (
    <>
      <Typography.Title level={2}>
        {t('afterEvent')} #{snapshot.eventId}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('status')}>
          <Tag color={STATUS_COLOURS[snapshot.status]}>{t(`status.${snapshot.status}` as Message)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('stage')}>{snapshot.stage}</Descriptions.Item>
      </Descriptions>
      {tasks.length > 0 && (
        <>
          <Typography.Title level={3}>{t('tasks')}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            dataSource={tasks}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: t('agency'), dataIndex: 'agency' },
              { title: t('stage'), dataIndex: 'stage' },
              { title: t('round'), dataIndex: 'round' },
              { title: t('taskStatus'), dataIndex: 'status' },
              { title: t('assignee'), render: (_, task) => task.assignee ?? '—' },
              { title: t('decision'), render: (_, task) => task.decision ?? '—' },
              { title: t('dueAt'), render: (_, task) => when(task.dueAt) },
            ]}
          />
        </>
      )}
      {corrections.length > 0 && (
        <>
          <Typography.Title level={3}>{t('openCorrections')}</Typography.Title>
          <ul>
            {corrections.map((correction) => (
              <li key={`${correction.taskId} ${correction.field ?? correction.material}`}>
                {correction.agency} · {correction.field ?? correction.material}: {correction.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {certificate && (
        <Descriptions bordered size="small" title={t('certificate')} column={1} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('certificateNumber')}>{certificate.number}</Descriptions.Item>
          {certificate.uscc && <Descriptions.Item label={t('uscc')}>{certificate.uscc}</Descriptions.Item>}
          <Descriptions.Item label={t('issuedAt')}>{when(certificate.issuedAt)}</Descriptions.Item>
        </Descriptions>
      )}
      <Descriptions bordered size="small" title={t('formData')} column={1} style={{ marginTop: 16 }}>
        {formEntries(snapshot.formData).map(([path, value]) => (
          <Descriptions.Item key={path} label={path}>
            {value}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Title level={3}>{t('caseTimeline')}</Typography.Title>
      <Timeline
        items={timeline.map((entry) => ({
          key: entry.seq,
          content: (
            <>
              {when(entry.at)} · {entry.action}
              {entry.actor ? ` · ${entry.actor}` : ''}
              {entry.detail ? ` · ${entry.detail}` : ''}
            </>
          ),
        }))}
      />
    </>
  );
}
