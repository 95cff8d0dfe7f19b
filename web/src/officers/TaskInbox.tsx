import { useQuery } from '@tanstack/react-query';
import { Alert, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import type { AgencyTasksQuery, TaskStatus } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { TimeLeft } from '../pages/case-status';
import { useIdentity } from '../session';
import { byDeadline, type InboxPlace } from '../../../domain/inbox-order';
import { GreenChannelTag } from '../hall/GreenChannelTag';
import { useLiveWork, WORK_KEYS } from './work-queries';

const texts = defineTexts(
  {
    'title.WINDOW': '受理队列',
    'title.REVIEWER': '部门待办',
    openCase: '按办件编号打开',
    open: '打开',
    filterItem: '按事项筛选',
    received: '收到时间',
    due: '承诺期限',
    task: '任务',
    'task.OPEN': '待认领',
    'task.CLAIMED': '我已认领',
    noTasks: '没有待办任务',
  },
  {
    'title.WINDOW': 'Acceptance queue',
    'title.REVIEWER': 'Agency inbox',
    openCase: 'Open a case by its number',
    open: 'Open',
    filterItem: 'Filter by item',
    received: 'Received',
    due: 'Promised by',
    task: 'Task',
    'task.OPEN': 'To claim',
    'task.CLAIMED': 'Claimed by me',
    noTasks: 'Nothing to do',
  },
);

const AgencyTasks = graphql(`
  query AgencyTasks($status: TaskStatus, $after: String) {
    myTasks(status: $status, first: 100, after: $after) {
      nodes {
        id
        stage
        status
        assignee
        createdAt
        dueAt
        sla {
          remainingWorkingDays
          paused
          warningLevel
        }
        application {
          id
          greenChannel {
            ground
            markedAt
          }
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

type AgencyTask = AgencyTasksQuery['myTasks']['nodes'][number];

/**
 * Every task of the agency in one status, page after page: the list is sorted here by deadline,
 * which needs all of it, and what an agency has open at once is a day's or a week's work.
 */
async function allTasks(status: TaskStatus): Promise<AgencyTask[]> {
  const tasks: AgencyTask[] = [];
  let after: string | null | undefined = null;
  do {
    const { myTasks }: AgencyTasksQuery = await request(AgencyTasks, { status, after });
    tasks.push(...myTasks.nodes);
    after = myTasks.pageInfo.hasNextPage ? myTasks.pageInfo.endCursor : null;
  } while (after);
  return tasks;
}

const time = (iso: unknown) => Date.parse(iso as string);
const inboxPlace = (task: AgencyTask): InboxPlace => ({
  id: task.id,
  dueAt: (task.dueAt as string | null) ?? null,
  greenMarkedAt: (task.application.greenChannel?.markedAt as string | undefined) ?? null,
  createdAt: task.createdAt as string,
});
const deadlineFirst = (a: AgencyTask, b: AgencyTask) => byDeadline(inboxPlace(a), inboxPlace(b));
const oldestFirst = (a: AgencyTask, b: AgencyTask) => time(a.createdAt) - time(b.createdAt);

/**
 * The agency's open tasks and those claimed by the person signed in: for the window, its
 * acceptance queue oldest first; for a reviewer, the agency inbox by deadline (green-channel cases
 * first among those due at the same moment), each coloured by how much of its promised time is
 * left. Filter by item; open any case of the agency by number.
 */
export function TaskInbox({ role }: { role: 'WINDOW' | 'REVIEWER' }) {
  const { t, pick } = useText(texts);
  const when = useDateTime();
  const navigate = useNavigate();
  useLiveWork();
  const me = useIdentity()?.sub;
  const [item, setItem] = useState<string>();
  const tasks = useQuery({
    queryKey: WORK_KEYS.tasks,
    queryFn: async () => {
      const [open, claimed] = await Promise.all([allTasks('OPEN'), allTasks('CLAIMED')]);
      return [...open, ...claimed.filter((task) => task.assignee === me)].sort(
        role === 'WINDOW' ? oldestFirst : deadlineFirst,
      );
    },
  });
  // Undefined until loaded, so that the table shows it is loading rather than that nothing is there.
  const rows = tasks.data?.filter((task) => !item || task.application.item.code === item);
  const items = new Map((tasks.data ?? []).map((task) => [task.application.item.code, task.application.item]));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t(`title.${role}`)}
        {tasks.data && <Typography.Text type="secondary"> ({tasks.data.length})</Typography.Text>}
      </Typography.Title>
      <Space wrap>
        <Select
          aria-label={t('filterItem')}
          placeholder={t('filterItem')}
          allowClear
          style={{ minWidth: 280 }}
          value={item}
          onChange={setItem}
          options={[...items.values()].map((option) => ({
            value: option.code,
            label: `${pick(option.name, option.nameEn)} (${option.code})`,
          }))}
        />
        <Input.Search
          aria-label={t('openCase')}
          placeholder={t('openCase')}
          enterButton={t('open')}
          style={{ minWidth: 360 }}
          onSearch={(id) => id.trim() && void navigate(`/work/${encodeURIComponent(id.trim())}`)}
        />
      </Space>
      {tasks.error && <Alert type="error" title={tasks.error.message} />}
      <Table
        rowKey="id"
        loading={tasks.isPending}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
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
          {
            title: t('task'),
            render: (_, task) => (
              <Space size={4} wrap>
                <Tag color={task.status === 'OPEN' ? 'blue' : 'purple'}>{t(`task.${task.status}` as 'task.OPEN')}</Tag>
                {task.application.greenChannel && <GreenChannelTag ground={task.application.greenChannel.ground} />}
              </Space>
            ),
          },
          { title: t('received'), render: (_, task) => when(task.createdAt as string) },
          { title: t('due'), render: (_, task) => (task.dueAt ? when(task.dueAt as string) : '—') },
          { title: t('remaining'), render: (_, task) => <TimeLeft sla={task.sla} /> },
        ]}
      />
    </Space>
  );
}
