import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { ButtonLink } from '../ButtonLink';
import { request } from '../api';
import { graphql } from '../gql';
import { useText } from '../i18n';
import { useLive } from '../live';
import { useDateTime } from '../time';
import { DeliveryCard } from '../hall/delivery-card';
import { RatingCard } from '../hall/rating-card';
import { CaseActions } from './CaseActions';
import { CaseSummary } from './case-status';

const CaseQuery = graphql(`
  query CaseDetail($id: ID!, $after: String) {
    application(id: $id) {
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
      delivery {
        method
        status
        waybill
        reason
        address {
          recipient
          phone
          province
          city
          district
          street
          postcode
        }
      }
      certificate {
        number
        kind
        uscc
        issuedAt
        document {
          downloadUrl
        }
      }
      timeline(first: 50, after: $after) {
        totalCount
        nodes {
          at
          actor
          action
          detail
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const CaseChanged = graphql(`
  subscription CaseChanged($id: ID!) {
    applicationChanged(id: $id) {
      id
    }
  }
`);

/** One case as its applicant follows it: where it stands, what is asked of them, what happened. */
export function CaseDetail() {
  const { id = '' } = useParams();
  const { t } = useText();
  const when = useDateTime();
  const queries = useQueryClient();
  // Each change of the case (whoever made it, through whichever API process) reads it again.
  useLive(CaseChanged, { id }, () => void queries.invalidateQueries({ queryKey: ['case', id] }));
  const pages = useInfiniteQuery({
    queryKey: ['case', id],
    queryFn: ({ pageParam }) => request(CaseQuery, { id, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.application?.timeline.pageInfo.hasNextPage ? last.application.timeline.pageInfo.endCursor : null,
  });
  if (pages.error) return <Alert type="error" title={pages.error.message} />;
  const application = pages.data?.pages[0]?.application;
  // Another person's case reads as one that does not exist, as in the API.
  if (pages.data && !application) return <Alert type="warning" title={`${t('noCase')}: ${id}`} />;
  if (!application) return null;
  const entries = (pages.data?.pages ?? []).flatMap((page) => page.application?.timeline.nodes ?? []);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ButtonLink to="/my/cases">{t('back')}</ButtonLink>
      <CaseSummary application={application} />
      {application.certificate && (
        <Descriptions bordered title={t('certificate')} column={1}>
          <Descriptions.Item label={t('certificateNumber')}>{application.certificate.number}</Descriptions.Item>
          {application.certificate.uscc && (
            <Descriptions.Item label={t('uscc')}>{application.certificate.uscc}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('issuedAt')}>
            {when(application.certificate.issuedAt as string)}
          </Descriptions.Item>
        </Descriptions>
      )}
      <CaseActions id={application.id} status={application.status} licence={application.certificate} />
      <DeliveryCard
        id={application.id}
        status={application.status}
        delivery={application.delivery}
        timeline={entries}
      />
      <RatingCard id={application.id} status={application.status} />
      <Typography.Title level={2}>
        {t('timeline')} <Typography.Text type="secondary">({application.timeline.totalCount})</Typography.Text>
      </Typography.Title>
      <Timeline
        items={entries.map((entry) => ({
          content: (
            <>
              <Typography.Text strong>{entry.action}</Typography.Text> · {when(entry.at as string)}
              {entry.actor ? ` · ${entry.actor}` : ''}
              {entry.detail && <div>{entry.detail}</div>}
            </>
          ),
        }))}
      />
      {pages.hasNextPage && (
        <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('loadMore')}
        </Button>
      )}
    </Space>
  );
}
