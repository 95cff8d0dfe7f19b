import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Table } from 'antd';
import { request } from '../../api';
import { graphql } from '../../gql';
import { defineTexts, useText } from '../../i18n';
import { useDateTime } from '../../time';

const AccessLogQuery = graphql(`
  query AuditAccessLog($id: ID!, $after: String) {
    auditAccessLog(id: $id, first: 20, after: $after) {
      nodes {
        at
        readerId
        readerRole
        operation
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const texts = defineTexts(
  { at: '时间', reader: '查阅人', role: '角色', operation: '查阅方式', refresh: '刷新' },
  { at: 'Time', reader: 'Reader', role: 'Role', operation: 'Read through', refresh: 'Refresh' },
);

/** Who read the case as an auditor or administrator, newest first; this reading is among them. */
export function AccessLog({ id }: { id: string }) {
  const { t } = useText(texts);
  const when = useDateTime();
  const log = useInfiniteQuery({
    queryKey: ['audit', 'access-log', id],
    queryFn: ({ pageParam }) => request(AccessLogQuery, { id, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.auditAccessLog.pageInfo.hasNextPage ? last.auditAccessLog.pageInfo.endCursor : null,
  });
  const rows = log.data?.pages.flatMap((page) => page.auditAccessLog.nodes) ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={() => void log.refetch()} loading={log.isRefetching}>
        {t('refresh')}
      </Button>
      {log.error && <Alert type="error" title={log.error.message} />}
      <Table
        size="small"
        rowKey={(entry) => `${entry.at as string} ${entry.readerId} ${entry.operation}`}
        loading={log.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('at'), render: (_, entry) => when(entry.at as string) },
          { title: t('reader'), dataIndex: 'readerId' },
          { title: t('role'), dataIndex: 'readerRole' },
          { title: t('operation'), dataIndex: 'operation' },
        ]}
      />
      {log.hasNextPage && (
        <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
          {t('loadMore')}
        </Button>
      )}
    </Space>
  );
}
