import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { CATALOGUE_ADMIN } from './catalogue-queries';
import { JsonValue } from './JsonValue';

const LogQuery = graphql(`
  query CatalogueLog($after: String, $subject: String) {
    catalogueLog(first: 20, after: $after, subject: $subject) {
      nodes {
        position
        at
        actor
        action
        subject
        detail
        hash
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const VerifyQuery = graphql(`
  query VerifyCatalogueLog {
    verifyCatalogueLog {
      entries
      intact
      brokenAt
      problem
    }
  }
`);

const texts = defineTexts(
  {
    title: '目录日志',
    intact: '日志完整：{entries} 条记录的哈希链均可复核',
    broken: '日志自第 {position} 条起不一致',
    subject: '只看某一对象，如 item:XC-0003@2 或 agency:HEALTH',
    position: '序号',
    at: '时间',
    actor: '操作人',
    action: '动作',
    about: '对象',
    detail: '内容',
    hash: '哈希',
    none: '没有记录',
  },
  {
    title: 'Catalogue log',
    intact: 'The log is intact: the hash chain of its {entries} entries holds',
    broken: 'The log does not hold from entry {position} on',
    subject: 'Only about one subject, e.g. item:XC-0003@2 or agency:HEALTH',
    position: 'No.',
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    about: 'Subject',
    detail: 'Detail',
    hash: 'Hash',
    none: 'No entries',
  },
);

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** 目录日志: every change to the catalogue, newest first, and whether its hash chain still holds. */
export function CatalogueLog() {
  const { t } = useText(texts);
  const when = useDateTime();
  const [subject, setSubject] = useState('');
  const verification = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'log-verification'],
    queryFn: () => request(VerifyQuery),
  });
  const log = useInfiniteQuery({
    queryKey: [CATALOGUE_ADMIN, 'log', subject],
    queryFn: ({ pageParam }) => request(LogQuery, { after: pageParam, subject: subject || null }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.catalogueLog.pageInfo.hasNextPage ? last.catalogueLog.pageInfo.endCursor : null),
  });
  const verified = verification.data?.verifyCatalogueLog;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      {verification.error && <Alert type="error" title={verification.error.message} />}
      {verified &&
        (verified.intact ? (
          <Alert type="success" showIcon title={t('intact').replace('{entries}', String(verified.entries))} />
        ) : (
          <Alert
            type="error"
            showIcon
            title={t('broken').replace('{position}', String(verified.brokenAt ?? '?'))}
            description={verified.problem}
          />
        ))}
      <Input.Search
        allowClear
        aria-label={t('subject')}
        placeholder={t('subject')}
        onSearch={(text) => setSubject(text.trim())}
      />
      {log.error && <Alert type="error" title={log.error.message} />}
      <Table
        size="small"
        rowKey="position"
        loading={log.isPending}
        dataSource={log.data?.pages.flatMap((page) => page.catalogueLog.nodes)}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('none') }}
        columns={[
          { title: t('position'), dataIndex: 'position' },
          { title: t('at'), render: (_, entry) => <span style={NO_WRAP}>{when(entry.at as string)}</span> },
          { title: t('actor'), render: (_, entry) => <span style={NO_WRAP}>{entry.actor}</span> },
          { title: t('action'), dataIndex: 'action' },
          { title: t('about'), render: (_, entry) => <Typography.Text code>{entry.subject}</Typography.Text> },
          { title: t('detail'), width: '40%', render: (_, entry) => <JsonValue value={entry.detail} /> },
          {
            title: t('hash'),
            render: (_, entry) => (
              <Typography.Text code title={entry.hash} style={NO_WRAP}>
                {entry.hash.slice(0, 12)}
              </Typography.Text>
            ),
          },
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
