import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { useText, type Message } from '../i18n';
import { useLive } from '../live';
import { RatingInvitationsAlert } from '../hall/rating-invitations';
import { STATUS_COLOURS, TimeLeft } from './case-status';

const MyCasesQuery = graphql(`
  query MyCases($after: String) {
    myApplications(first: 20, after: $after) {
      totalCount
      nodes {
        id
        status
        submittedAt
        item {
          code
          name
          nameEn
        }
        sla {
          deadline
          remainingWorkingDays
          paused
          warningLevel
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MyCasesChanged = graphql(`
  subscription MyCasesChanged {
    myApplicationsChanged {
      id
    }
  }
`);

/** 我的办件: the applicant's own cases, newest first, with where each stands against its deadline. */
export function MyCases() {
  const { t, pick, language } = useText();
  const queries = useQueryClient();
  useLive(MyCasesChanged, {}, () => void queries.invalidateQueries({ queryKey: ['my-cases'] }));
  const cases = useInfiniteQuery({
    queryKey: ['my-cases'],
    queryFn: ({ pageParam }) => request(MyCasesQuery, { after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.myApplications.pageInfo.hasNextPage ? last.myApplications.pageInfo.endCursor : null,
  });
  // Undefined until loaded, so that the table shows it is loading rather than that nothing is there.
  const rows = cases.data?.pages.flatMap((page) => page.myApplications.nodes);
  const total = cases.data?.pages[0]?.myApplications.totalCount;
  const date = (iso: string) => new Date(iso).toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('myCases')}
        {total !== undefined && <Typography.Text type="secondary"> ({total})</Typography.Text>}
      </Typography.Title>
      {cases.error && <Alert type="error" title={cases.error.message} />}
      <RatingInvitationsAlert />
      <Table
        rowKey="id"
        loading={cases.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('noCases') }}
        columns={[
          {
            title: t('item'),
            render: (_, row) => (
              <Link to={`/cases/${row.id}`}>{`${pick(row.item.name, row.item.nameEn)} (${row.item.code})`}</Link>
            ),
          },
          {
            title: t('status'),
            render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{t(`status.${row.status}` as Message)}</Tag>,
          },
          { title: t('submittedAt'), render: (_, row) => date(row.submittedAt as string) },
          {
            title: t('deadline'),
            render: (_, row) => (row.sla.deadline ? date(row.sla.deadline as string) : t('notAccepted')),
          },
          {
            title: t('remaining'),
            render: (_, row) => <TimeLeft sla={row.sla} />,
          },
        ]}
      />
      {cases.hasNextPage && (
        <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
          {t('loadMore')}
        </Button>
      )}
    </Space>
  );
}
