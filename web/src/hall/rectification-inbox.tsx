import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import type { MyRectificationsQuery } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { useLive } from '../live';
import { useDateTime } from '../time';
import { MAX_COMMENT } from '../../../domain/text-limits';
import { LEVEL_COLOURS, levelKey, levelTexts } from './rating-levels';

const texts = defineTexts(
  {
    ...levelTexts.zh,
    title: '差评整改',
    visit: '窗口服务',
    none: '没有待整改的差评',
    rating: '评价',
    tags: '标签',
    comment: '评价意见',
    item: '事项',
    case: '办件',
    ratedAt: '评价时间',
    returnCallDue: '回访期限',
    rectificationDue: '整改期限',
    warned: '即将到期',
    escalated: '已超期，上报督办',
    returnCallEscalated: '回访超期',
    returnCall: '回访记录',
    returnCallNote: '回访情况',
    recordReturnCall: '记录回访',
    feedback: '整改反馈',
    submitFeedback: '提交整改反馈',
    done: '已办结',
    open: '待整改',
    followUp: '追加评价',
  },
  {
    ...levelTexts.en,
    title: 'Rectifications',
    visit: 'Window visit',
    none: 'No bad ratings to rectify',
    rating: 'Rating',
    tags: 'Tags',
    comment: 'Comment',
    item: 'Item',
    case: 'Case',
    ratedAt: 'Rated',
    returnCallDue: 'Call back by',
    rectificationDue: 'Rectify by',
    warned: 'Due soon',
    escalated: 'Overdue: escalated',
    returnCallEscalated: 'Call back overdue',
    returnCall: 'Call back',
    returnCallNote: 'What the call found',
    recordReturnCall: 'Record the call back',
    feedback: 'Feedback to the rater',
    submitFeedback: 'Send the feedback',
    done: 'Done',
    open: 'Open',
    followUp: 'Follow-up rating',
  },
);

const MyRectifications = graphql(`
  query MyRectifications {
    myRectifications(first: 100) {
      nodes {
        id
        createdAt
        returnCallDueAt
        dueAt
        returnCallAt
        returnCallNote
        returnCallEscalatedAt
        warnedAt
        escalatedAt
        escalatedTo
        feedback
        feedbackAt
        rating {
          id
          applicationId
          itemCode
          itemName
          visit {
            ticketNumber
            window
            day
          }
          level
          tags
          comment
          createdAt
          followUpLevel
        }
      }
    }
  }
`);

const RecordReturnCall = graphql(`
  mutation RecordReturnCall($id: ID!, $note: String!) {
    recordReturnCall(rectificationId: $id, note: $note) {
      id
    }
  }
`);

const SubmitRectification = graphql(`
  mutation SubmitRectification($id: ID!, $feedback: String!) {
    submitRectification(rectificationId: $id, feedback: $feedback) {
      id
    }
  }
`);

const RectificationsChanged = graphql(`
  subscription RectificationsChanged {
    rectificationsChanged {
      rectificationId
    }
  }
`);

const KEY = ['rectifications'];
type Rectification = MyRectificationsQuery['myRectifications']['nodes'][number];

/** 整改: the agency's bad ratings, each called back and then answered with written feedback. */
export function RectificationInbox() {
  const { t } = useText(texts);
  const queries = useQueryClient();
  const rectifications = useQuery({ queryKey: KEY, queryFn: () => request(MyRectifications) });
  // A bad rating opened, or a deadline warned or escalated, by whoever and wherever: read again.
  useLive(RectificationsChanged, {}, () => void queries.invalidateQueries({ queryKey: KEY }));
  const nodes = rectifications.data?.myRectifications.nodes;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      {rectifications.error && <Alert type="error" title={rectifications.error.message} />}
      {nodes?.length === 0 && <Empty description={t('none')} />}
      {nodes?.map((rectification) => (
        <RectificationCard key={rectification.id} rectification={rectification} />
      ))}
    </Space>
  );
}

function RectificationCard({ rectification }: { rectification: Rectification }) {
  const { t } = useText(texts);
  const when = useDateTime();
  const { rating } = rectification;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0 }}>
          {rating.visit ? (
            `${t('visit')} ${rating.visit.ticketNumber} · ${rating.visit.window ?? ''} · ${rating.visit.day}`
          ) : (
            <>
              {rating.itemName ?? rating.itemCode} ·{' '}
              <Link to={`/work/${rating.applicationId}`}>{rating.applicationId}</Link>
            </>
          )}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          {rectification.feedbackAt ? (
            <Tag color="success">{t('done')}</Tag>
          ) : (
            <Tag color="processing">{t('open')}</Tag>
          )}
          {Boolean(rectification.warnedAt) && !rectification.feedbackAt && <Tag color="warning">{t('warned')}</Tag>}
          {Boolean(rectification.returnCallEscalatedAt) && <Tag color="error">{t('returnCallEscalated')}</Tag>}
          {Boolean(rectification.escalatedAt) && <Tag color="error">{t('escalated')}</Tag>}
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'level',
              label: t('rating'),
              children: <Tag color={LEVEL_COLOURS[rating.level]}>{t(levelKey(rating.level))}</Tag>,
            },
            { key: 'rated', label: t('ratedAt'), children: when(rating.createdAt as string) },
            { key: 'tags', label: t('tags'), children: rating.tags.join('、') || '—' },
            { key: 'comment', label: t('comment'), children: rating.comment ?? '—' },
            { key: 'callDue', label: t('returnCallDue'), children: when(rectification.returnCallDueAt as string) },
            { key: 'due', label: t('rectificationDue'), children: when(rectification.dueAt as string) },
            ...(rectification.returnCallAt
              ? [
                  {
                    key: 'call',
                    label: t('returnCall'),
                    children: `${when(rectification.returnCallAt as string)} · ${rectification.returnCallNote ?? ''}`,
                  },
                ]
              : []),
            ...(rectification.feedbackAt
              ? [
                  {
                    key: 'feedback',
                    label: t('feedback'),
                    children: `${when(rectification.feedbackAt as string)} · ${rectification.feedback ?? ''}`,
                  },
                ]
              : []),
            ...(rating.followUpLevel
              ? [
                  {
                    key: 'followUp',
                    label: t('followUp'),
                    children: (
                      <Tag color={LEVEL_COLOURS[rating.followUpLevel]}>{t(levelKey(rating.followUpLevel))}</Tag>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {!rectification.returnCallAt && (
          <Answer id={rectification.id} label={t('returnCallNote')} action={t('recordReturnCall')} send={RECORD_CALL} />
        )}
        {Boolean(rectification.returnCallAt) && !rectification.feedbackAt && (
          <Answer id={rectification.id} label={t('feedback')} action={t('submitFeedback')} send={SUBMIT_FEEDBACK} />
        )}
      </Space>
    </Card>
  );
}

const RECORD_CALL = (id: string, text: string) => request(RecordReturnCall, { id, note: text });
const SUBMIT_FEEDBACK = (id: string, text: string) => request(SubmitRectification, { id, feedback: text });

/** One text sent for the rectification: the call's note, then the feedback. */
function Answer({
  id,
  label,
  action,
  send,
}: {
  id: string;
  label: string;
  action: string;
  send: (id: string, text: string) => Promise<unknown>;
}) {
  const queries = useQueryClient();
  const [text, setText] = useState('');
  const answer = useMutation({
    mutationFn: () => send(id, text.trim()),
    onSuccess: () => {
      setText('');
      return queries.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        aria-label={label}
        placeholder={label}
        maxLength={MAX_COMMENT}
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {answer.error && <Alert type="error" showIcon title={answer.error.message} />}
      <Button type="primary" disabled={!text.trim()} loading={answer.isPending} onClick={() => answer.mutate()}>
        {action}
      </Button>
    </Space>
  );
}
