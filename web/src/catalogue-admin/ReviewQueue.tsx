import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Typography } from 'antd';
import { request } from '../api';
import { ButtonLink } from '../ButtonLink';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { CATALOGUE_ADMIN, versionPath } from './catalogue-queries';

const QueueQuery = graphql(`
  query ReviewQueue {
    serviceItemDrafts {
      code
      version
      name
      nameEn
      status
      editedBy
      submittedForReviewAt
    }
  }
`);

const texts = defineTexts(
  {
    title: '审核队列',
    item: '事项',
    version: '版本',
    editedBy: '编写人',
    submittedAt: '提交审核时间',
    review: '审核',
    none: '没有待审核的版本',
  },
  {
    title: 'Review queue',
    item: 'Item',
    version: 'Version',
    editedBy: 'Written by',
    submittedAt: 'Sent for review',
    review: 'Review',
    none: 'No versions await review',
  },
);

/** 审核队列: the versions sent for review, oldest first, each opening its review page. */
export function ReviewQueue() {
  const { t, pick } = useText(texts);
  const when = useDateTime();
  const queue = useQuery({ queryKey: [CATALOGUE_ADMIN, 'drafts'], queryFn: () => request(QueueQuery) });
  const inReview = queue.data?.serviceItemDrafts.filter((version) => version.status === 'IN_REVIEW');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      {queue.error && <Alert type="error" title={queue.error.message} />}
      <Table
        size="small"
        rowKey={(version) => `${version.code}@${version.version}`}
        loading={queue.isPending}
        dataSource={inReview}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('none') }}
        columns={[
          { title: t('item'), render: (_, version) => `${version.code} ${pick(version.name, version.nameEn)}` },
          { title: t('version'), dataIndex: 'version' },
          { title: t('editedBy'), render: (_, version) => version.editedBy.join(', ') },
          {
            title: t('submittedAt'),
            render: (_, version) => (version.submittedForReviewAt ? when(version.submittedForReviewAt as string) : '—'),
          },
          {
            title: '',
            render: (_, version) => (
              <ButtonLink size="small" type="primary" to={versionPath(version.code, version.version, version.status)}>
                {`${t('review')} ${version.code} v${version.version}`}
              </ButtonLink>
            ),
          },
        ]}
      />
    </Space>
  );
}
