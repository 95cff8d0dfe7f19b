import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Input, Popconfirm, Space, Spin, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';
import { useDateTime } from '../time';
import { CATALOGUE_ADMIN, catalogueChanged } from './catalogue-queries';
import { contentOf, contentText } from './item-content';
import { everythingAdded, ItemChanges } from './ItemChanges';
import { ItemStatusTag } from './ItemStatusTag';
import { Refusal } from './Refusal';
import { SendBackForm } from './SendBackForm';

const ReviewQuery = graphql(`
  query ReviewVersion($code: String!, $version: Int!) {
    serviceItem(code: $code, version: $version) {
      code
      version
      status
      draftedBy
      editedBy
      submittedForReviewAt
      ...ItemContent
    }
    serviceItemVersions(code: $code) {
      version
      status
      current
    }
  }
`);

const DiffQuery = graphql(`
  query ItemDiff($code: String!, $from: Int!, $to: Int!) {
    serviceItemDiff(code: $code, from: $from, to: $to) {
      path
      kind
      before
      after
    }
  }
`);

const ApproveMutation = graphql(`
  mutation ApproveServiceItem($code: String!, $version: Int!) {
    approveServiceItem(code: $code, version: $version) {
      code
      version
      status
    }
  }
`);

const texts = defineTexts(
  {
    title: '审核',
    noItem: '没有这个版本',
    draftedBy: '起草人',
    editedBy: '编写人',
    submittedAt: '提交审核时间',
    status: '状态',
    against: '对比版本',
    newItem: '新事项，全部内容为新增',
    changes: '与现行版本的差异',
    content: '完整内容',
    contentLabel: '事项内容（只读）',
    decision: '审核决定',
    fourEyes: '你是此版本的编写人之一：须由另一位管理员审核（双人复核）',
    notInReview: '此版本不在审核中，不能批准或退回',
    approve: '批准发布',
    approveConfirm: '批准后，新的申请将使用此版本；已受理的办件按原版本办理。确定发布？',
    notApproved: '未能批准',
  },
  {
    title: 'Review',
    noItem: 'No such version',
    draftedBy: 'Drafted by',
    editedBy: 'Written by',
    submittedAt: 'Sent for review',
    status: 'Status',
    against: 'Compared with',
    newItem: 'A new item: everything is added',
    changes: 'Changes against the version in force',
    content: 'Full content',
    contentLabel: 'Item content (read only)',
    decision: 'Decision',
    fourEyes: 'You wrote this version: another administrator must review it (four eyes)',
    notInReview: 'This version is not in review: it cannot be approved or sent back',
    approve: 'Approve and publish',
    approveConfirm: 'New applications will use this version; cases already running keep theirs. Publish it?',
    notApproved: 'Not approved',
  },
);

/** 审核: a version sent for review, what it changes of the version in force, and approving it or sending it back. */
export function ReviewItem() {
  const { t, pick } = useText(texts);
  const when = useDateTime();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const me = useIdentity()?.sub;
  const code = useParams().code!;
  const version = Number(useParams().version);
  const review = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'item', code, version, 'review'],
    queryFn: () => request(ReviewQuery, { code, version }),
  });
  const item = review.data?.serviceItem;
  const versions = review.data?.serviceItemVersions ?? [];
  // What a reviewer compares with: the version in force, else the last one that was.
  const base =
    versions.find((other) => other.current) ??
    versions.find((other) => other.version < version && (other.status === 'PUBLISHED' || other.status === 'RETIRED'));
  const diff = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'diff', code, base?.version, version],
    queryFn: () => request(DiffQuery, { code, from: base!.version, to: version }),
    enabled: base !== undefined,
  });
  const approve = useMutation({
    mutationFn: async () => {
      await request(ApproveMutation, { code, version });
      await catalogueChanged(queries);
      await navigate(`/admin/catalogue/${code}`);
    },
  });

  const wrote = !!me && !!item?.editedBy.includes(me);
  const decidable = item?.status === 'IN_REVIEW' && !wrote;
  const changes = base ? diff.data?.serviceItemDiff : item ? everythingAdded(contentOf(item)) : undefined;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('title')}: {code} v{version} {item && pick(item.name, item.nameEn)}
      </Typography.Title>
      {review.isPending && <Spin />}
      {review.error && <Alert type="error" title={review.error.message} />}
      {review.data && !item && <Alert type="warning" title={`${t('noItem')}: ${code} v${version}`} />}
      {item && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('draftedBy')}>{item.draftedBy ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('editedBy')}>{item.editedBy.join(', ')}</Descriptions.Item>
            <Descriptions.Item label={t('submittedAt')}>
              {item.submittedForReviewAt ? when(item.submittedForReviewAt as string) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('status')}>
              <ItemStatusTag status={item.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('against')}>{base ? `v${base.version}` : t('newItem')}</Descriptions.Item>
          </Descriptions>
          {wrote && <Alert type="warning" showIcon title={t('fourEyes')} />}
          {!wrote && item.status !== 'IN_REVIEW' && <Alert type="info" showIcon title={t('notInReview')} />}
          <Typography.Title level={2}>
            {t('changes')}
            {base && ` (v${base.version} → v${version})`}
          </Typography.Title>
          {diff.error && <Alert type="error" title={diff.error.message} />}
          <ItemChanges changes={changes} loading={base !== undefined && diff.isPending} />
          <Typography.Title level={2}>{t('content')}</Typography.Title>
          <Input.TextArea
            aria-label={t('contentLabel')}
            readOnly
            value={contentText(contentOf(item))}
            autoSize={{ minRows: 8, maxRows: 24 }}
            style={{ fontFamily: 'monospace' }}
          />
          <Typography.Title level={2}>{t('decision')}</Typography.Title>
          <Popconfirm title={t('approveConfirm')} onConfirm={() => approve.mutate()} disabled={!decidable}>
            <Button type="primary" loading={approve.isPending} disabled={!decidable}>
              {t('approve')}
            </Button>
          </Popconfirm>
          {approve.error && <Refusal title={t('notApproved')} error={approve.error} />}
          <SendBackForm
            code={code}
            version={version}
            disabled={!decidable}
            paths={(changes ?? []).map((change) => change.path)}
            onSentBack={() => navigate('/admin/catalogue/review')}
          />
        </>
      )}
    </Space>
  );
}
