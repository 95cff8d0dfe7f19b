import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { request } from '../api';
import { ButtonLink } from '../ButtonLink';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { CATALOGUE_ADMIN, versionPath } from './catalogue-queries';
import { ItemStatusTag } from './ItemStatusTag';

const OverviewQuery = graphql(`
  query CatalogueOverview {
    serviceItems {
      code
      version
      name
      nameEn
      status
      current
      publishedAt
    }
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
    title: '目录管理',
    newItem: '新建事项',
    review: '审核队列',
    log: '目录日志',
    vocabulary: '部门与类别',
    published: '现行事项',
    inTheMaking: '制作中的版本',
    code: '编码',
    name: '名称',
    version: '版本',
    status: '状态',
    publishedAt: '发布时间',
    editedBy: '编写人',
    submittedAt: '提交审核时间',
    draftNew: '起草新版本',
    open: '打开 v{version}',
    none: '没有制作中的版本',
  },
  {
    title: 'Catalogue',
    newItem: 'New item',
    review: 'Review queue',
    log: 'Catalogue log',
    vocabulary: 'Agencies and kinds',
    published: 'Items in force',
    inTheMaking: 'Versions in the making',
    code: 'Code',
    name: 'Name',
    version: 'Version',
    status: 'Status',
    publishedAt: 'Published',
    editedBy: 'Written by',
    submittedAt: 'Sent for review',
    draftNew: 'Draft a new version',
    open: 'Open v{version}',
    none: 'No versions in the making',
  },
);

/** 目录管理: every item's version in force and the versions in the making, with where to work on each. */
export function CatalogueOverview() {
  const { t, pick } = useText(texts);
  const when = useDateTime();
  const overview = useQuery({ queryKey: [CATALOGUE_ADMIN, 'overview'], queryFn: () => request(OverviewQuery) });
  const drafts = overview.data?.serviceItemDrafts;
  const inTheMaking = (code: string) => drafts?.find((draft) => draft.code === code);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Space wrap>
        <ButtonLink to="/admin/catalogue/draft/new" type="primary">
          {t('newItem')}
        </ButtonLink>
        <ButtonLink to="/admin/catalogue/review">{t('review')}</ButtonLink>
        <ButtonLink to="/admin/catalogue/log">{t('log')}</ButtonLink>
        <ButtonLink to="/admin/catalogue/vocabulary">{t('vocabulary')}</ButtonLink>
      </Space>
      {overview.error && <Alert type="error" title={overview.error.message} />}
      <Typography.Title level={2}>{t('published')}</Typography.Title>
      <Table
        size="small"
        rowKey="code"
        loading={overview.isPending}
        dataSource={overview.data?.serviceItems}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('code'), render: (_, item) => <Link to={`/admin/catalogue/${item.code}`}>{item.code}</Link> },
          { title: t('name'), render: (_, item) => pick(item.name, item.nameEn) },
          { title: t('version'), dataIndex: 'version' },
          { title: t('status'), render: (_, item) => <ItemStatusTag status={item.status} current={item.current} /> },
          { title: t('publishedAt'), render: (_, item) => (item.publishedAt ? when(item.publishedAt as string) : '—') },
          {
            title: '',
            render: (_, item) => {
              const draft = inTheMaking(item.code);
              return draft ? (
                <ButtonLink size="small" to={versionPath(draft.code, draft.version, draft.status)}>
                  {t('open').replace('{version}', String(draft.version))}
                </ButtonLink>
              ) : (
                <ButtonLink
                  size="small"
                  to={`/admin/catalogue/draft/new?code=${encodeURIComponent(item.code)}`}
                  aria-label={`${t('draftNew')} ${item.code}`}
                >
                  {t('draftNew')}
                </ButtonLink>
              );
            },
          },
        ]}
      />
      <Typography.Title level={2}>{t('inTheMaking')}</Typography.Title>
      <Table
        size="small"
        rowKey={(draft) => `${draft.code}@${draft.version}`}
        loading={overview.isPending}
        dataSource={drafts}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('none') }}
        columns={[
          {
            title: t('code'),
            render: (_, draft) => (
              <Link to={versionPath(draft.code, draft.version, draft.status)}>{`${draft.code} v${draft.version}`}</Link>
            ),
          },
          { title: t('name'), render: (_, draft) => pick(draft.name, draft.nameEn) },
          { title: t('status'), render: (_, draft) => <ItemStatusTag status={draft.status} /> },
          { title: t('editedBy'), render: (_, draft) => draft.editedBy.join(', ') },
          {
            title: t('submittedAt'),
            render: (_, draft) => (draft.submittedForReviewAt ? when(draft.submittedForReviewAt as string) : '—'),
          },
        ]}
      />
    </Space>
  );
}
