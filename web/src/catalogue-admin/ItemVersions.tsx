import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { request } from '../api';
import { ButtonLink } from '../ButtonLink';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { CATALOGUE_ADMIN, noticePath, versionPath } from './catalogue-queries';
import { ItemStatusTag } from './ItemStatusTag';
import { RetireItem } from './RetireItem';
import { VersionDiff } from './VersionDiff';

const VersionsQuery = graphql(`
  query ItemVersions($code: String!) {
    serviceItemVersions(code: $code) {
      code
      version
      name
      nameEn
      status
      current
      draftedBy
      reviewedBy
      publishedAt
      retiredAt
      retiredReason
    }
  }
`);

const texts = defineTexts(
  {
    title: '事项版本',
    noItem: '没有这个事项',
    versions: '全部版本',
    version: '版本',
    name: '名称',
    status: '状态',
    draftedBy: '起草人',
    reviewedBy: '审核人',
    publishedAt: '发布时间',
    retiredAt: '停止受理',
    notice: '告知单（PDF）',
    edit: '编辑',
    review: '审核',
    draftNew: '起草新版本',
    compare: '版本对比',
  },
  {
    title: 'Versions',
    noItem: 'No such item',
    versions: 'All versions',
    version: 'Version',
    name: 'Name',
    status: 'Status',
    draftedBy: 'Drafted by',
    reviewedBy: 'Reviewed by',
    publishedAt: 'Published',
    retiredAt: 'Retired',
    notice: 'Notice (PDF)',
    edit: 'Edit',
    review: 'Review',
    draftNew: 'Draft a new version',
    compare: 'Compare versions',
  },
);

/** 事项版本: every version of an item with its dates and printed notice, any two compared, and retiring it. */
export function ItemVersions() {
  const { t, pick } = useText(texts);
  const when = useDateTime();
  const code = useParams().code!;
  const versions = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'item', code, 'versions'],
    queryFn: () => request(VersionsQuery, { code }),
  });
  const rows = versions.data?.serviceItemVersions;
  const [newest] = rows ?? [];
  const current = rows?.find((row) => row.current);
  const inTheMaking = rows?.some((row) => row.status === 'DRAFT' || row.status === 'IN_REVIEW');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('title')}: {code} {newest && pick(newest.name, newest.nameEn)}
      </Typography.Title>
      {versions.error && <Alert type="error" title={versions.error.message} />}
      {rows?.length === 0 && <Alert type="warning" title={`${t('noItem')}: ${code}`} />}
      {current && !inTheMaking && (
        <ButtonLink to={`/admin/catalogue/draft/new?code=${encodeURIComponent(code)}`}>{t('draftNew')}</ButtonLink>
      )}
      <Typography.Title level={2}>{t('versions')}</Typography.Title>
      <Table
        size="small"
        rowKey="version"
        loading={versions.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('version'), render: (_, row) => `v${row.version}` },
          { title: t('name'), render: (_, row) => pick(row.name, row.nameEn) },
          { title: t('status'), render: (_, row) => <ItemStatusTag status={row.status} current={row.current} /> },
          { title: t('draftedBy'), render: (_, row) => row.draftedBy ?? '—' },
          { title: t('reviewedBy'), render: (_, row) => row.reviewedBy ?? '—' },
          { title: t('publishedAt'), render: (_, row) => (row.publishedAt ? when(row.publishedAt as string) : '—') },
          {
            title: t('retiredAt'),
            render: (_, row) => (row.retiredAt ? `${when(row.retiredAt as string)} ${row.retiredReason ?? ''}` : '—'),
          },
          {
            title: '',
            render: (_, row) =>
              row.publishedAt ? (
                // A public address the API serves, outside the desk's routes: a plain link.
                <a href={noticePath(code, row.version)} aria-label={`${t('notice')} v${row.version}`}>
                  {t('notice')}
                </a>
              ) : (
                <Link to={versionPath(code, row.version, row.status)}>
                  {row.status === 'DRAFT' ? t('edit') : t('review')} v{row.version}
                </Link>
              ),
          },
        ]}
      />
      {rows && rows.length > 1 && (
        <>
          <Typography.Title level={2}>{t('compare')}</Typography.Title>
          <VersionDiff code={code} versions={rows.map((row) => row.version)} />
        </>
      )}
      {current && <RetireItem code={code} />}
    </Space>
  );
}
