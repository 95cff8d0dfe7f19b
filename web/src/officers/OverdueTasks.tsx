import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import type { OverdueTasksQuery } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { TimeLeft } from '../pages/case-status';
import { invalidateWork, useLiveWork, WORK_KEYS } from './work-queries';
import { MAX_PERSON_ID, MAX_REASON } from '../../../domain/text-limits';

const texts = defineTexts(
  {
    title: '超期督办',
    escalatedAt: '超期时间',
    assignee: '承办人',
    nobody: '无人认领',
    reassign: '改派',
    reassignTo: '改派给（人员编号）',
    reason: '改派理由',
    sayWho: '请填写接手人员的编号',
    sayWhy: '请写明改派理由',
    submit: '确认改派',
    cancel: '取消',
    reassigning: '改派任务',
    noTasks: '本部门没有超期任务',
    done: '已改派给 {who}',
  },
  {
    title: 'Overdue tasks',
    escalatedAt: 'Overdue since',
    assignee: 'Assignee',
    nobody: 'Nobody',
    reassign: 'Reassign',
    reassignTo: 'Reassign to (person id)',
    reason: 'Reason',
    sayWho: 'Give the id of the person to take it',
    sayWhy: 'Say why it is reassigned',
    submit: 'Reassign',
    cancel: 'Cancel',
    reassigning: 'Reassign the task',
    noTasks: 'The agency has no overdue task',
    done: 'Reassigned to {who}',
  },
);

const Overdue = graphql(`
  query OverdueTasks($after: String) {
    overdueTasks(first: 50, after: $after) {
      totalCount
      nodes {
        id
        assignee
        escalatedAt
        sla {
          remainingWorkingDays
          paused
          warningLevel
        }
        application {
          id
          item {
            code
            name
            nameEn
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Reassign = graphql(`
  mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {
    reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {
      id
      status
      assignee
    }
  }
`);

type OverdueTask = OverdueTasksQuery['overdueTasks']['nodes'][number];

/**
 * The supervisor's desk: the agency's tasks escalated past their promised time, oldest
 * escalation first, each handed to another person of the agency with the reason on record.
 */
export function OverdueTasks() {
  const { t, pick } = useText(texts);
  const when = useDateTime();
  const queries = useQueryClient();
  useLiveWork();
  const [chosen, setChosen] = useState<OverdueTask>();
  const [form] = Form.useForm<{ assignee: string; reason: string }>();
  const pages = useInfiniteQuery({
    queryKey: [...WORK_KEYS.tasks, 'overdue'],
    queryFn: ({ pageParam }) => request(Overdue, { after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.overdueTasks.pageInfo.hasNextPage ? last.overdueTasks.pageInfo.endCursor : null),
  });
  const reassign = useMutation({
    mutationFn: ({ assignee, reason }: { assignee: string; reason: string }) =>
      request(Reassign, { taskId: chosen!.id, assignee: assignee.trim(), reason: reason.trim() }),
    onSuccess: () => {
      setChosen(undefined);
      form.resetFields();
    },
    onSettled: () => invalidateWork(queries),
  });
  // Undefined until loaded, so that the table shows it is loading rather than that nothing is there.
  const rows = pages.data?.pages.flatMap((page) => page.overdueTasks.nodes);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('title')}
        {pages.data && (
          <Typography.Text type="secondary"> ({pages.data.pages[0].overdueTasks.totalCount})</Typography.Text>
        )}
      </Typography.Title>
      {pages.error && <Alert type="error" title={pages.error.message} />}
      {reassign.data && (
        <Alert
          type="success"
          title={t('done').replace('{who}', reassign.data.reassignTask.assignee ?? '')}
          closable
          onClose={() => reassign.reset()}
        />
      )}
      <Table
        rowKey="id"
        loading={pages.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('noTasks') }}
        columns={[
          {
            title: t('item'),
            render: (_, task) => (
              <Link to={`/work/${task.application.id}`}>
                {`${pick(task.application.item.name, task.application.item.nameEn)} (${task.application.item.code})`}
              </Link>
            ),
          },
          { title: t('caseNumber'), render: (_, task) => task.application.id },
          { title: t('assignee'), render: (_, task) => task.assignee ?? t('nobody') },
          { title: t('escalatedAt'), render: (_, task) => when(task.escalatedAt as string) },
          { title: t('remaining'), render: (_, task) => <TimeLeft sla={task.sla} /> },
          {
            title: t('reassign'),
            render: (_, task) => (
              <Button
                aria-label={`${t('reassign')} ${task.application.id}`}
                onClick={() => {
                  reassign.reset();
                  setChosen(task);
                }}
              >
                {t('reassign')}
              </Button>
            ),
          },
        ]}
      />
      {pages.hasNextPage && (
        <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('loadMore')}
        </Button>
      )}
      {chosen && (
        <Card title={`${t('reassigning')}: ${chosen.application.id}`}>
          <Form form={form} layout="vertical" style={{ maxWidth: 560 }} onFinish={(values) => reassign.mutate(values)}>
            <Form.Item
              name="assignee"
              label={t('reassignTo')}
              rules={[{ required: true, whitespace: true, message: t('sayWho') }]}
            >
              <Input maxLength={MAX_PERSON_ID} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('reason')}
              rules={[{ required: true, whitespace: true, message: t('sayWhy') }]}
            >
              <Input maxLength={MAX_REASON} />
            </Form.Item>
            {reassign.error && <Alert type="error" title={reassign.error.message} style={{ marginBottom: 16 }} />}
            <Space>
              <Button type="primary" htmlType="submit" loading={reassign.isPending}>
                {t('submit')}
              </Button>
              <Button onClick={() => setChosen(undefined)}>{t('cancel')}</Button>
            </Space>
          </Form>
        </Card>
      )}
    </Space>
  );
}
