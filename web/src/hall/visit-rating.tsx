import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { VISIT_RATING_DAYS } from '../../../ratings/rating-rules';
import { RatingForm } from './rating-card';

const texts = defineTexts(
  {
    title: '评价窗口服务（好差评）',
    intro: '您刚在大厅窗口办完事，请评价这次服务。无需登录，每张排队号评价一次，办结后 {days} 日内有效。',
    noTicket: '请用手机扫描排队号上的二维码打开此页面',
    thanks: '感谢您的评价',
    rectifying: '差评已转窗口整改：1 个工作日内回访，15 个工作日内反馈',
  },
  {
    title: 'Rate the window’s service',
    intro:
      'You have just been served at a window of the hall: please rate the visit. No sign-in; one rating per ticket, within {days} days.',
    noTicket: 'Open this page by scanning the QR code on your ticket',
    thanks: 'Thank you for your rating',
    rectifying: 'Passed to the windows for rectification: a call back within 1 working day, feedback within 15',
  },
);

const RatingTagsQuery = graphql(`
  query VisitRatingTags {
    ratingTags {
      positive
      negative
    }
  }
`);

const RateVisit = graphql(`
  mutation RateVisit($qrToken: String!, $level: RatingLevel!, $tags: [String!], $comment: String) {
    rateVisit(qrToken: $qrToken, level: $level, tags: $tags, comment: $comment) {
      id
      bad
    }
  }
`);

/**
 * 好差评 of a visit to a window, opened from the ticket's QR code: the ticket's token is after the
 * `#`, so it reaches no server's log; it is sent only with the rating.
 */
export function VisitRating() {
  const { t } = useText(texts);
  // The token is base64url: nothing in it is escaped, so the fragment is taken as it is.
  const qrToken = useLocation().hash.slice(1);
  const tags = useQuery({ queryKey: ['rating-tags'], queryFn: () => request(RatingTagsQuery) });
  const [rated, setRated] = useState<{ bad: boolean }>();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      {!qrToken ? (
        <Alert type="warning" title={t('noTicket')} />
      ) : rated ? (
        <Alert type="success" title={t('thanks')} description={rated.bad ? t('rectifying') : undefined} />
      ) : (
        <Card>
          <Typography.Paragraph>{t('intro').replace('{days}', String(VISIT_RATING_DAYS))}</Typography.Paragraph>
          {tags.error && <Alert type="error" title={tags.error.message} />}
          {tags.data && (
            <RatingForm
              tags={tags.data.ratingTags}
              send={(values) => request(RateVisit, { qrToken, ...values })}
              onRated={({ rateVisit }) => setRated(rateVisit)}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
