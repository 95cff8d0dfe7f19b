import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Radio,
  Space,
  type RadioChangeEvent,
  Tag,
  Typography,
} from 'antd';
import { request } from '../api';
import { graphql } from '../gql';
import type { ApplicationStatus, CaseRatingQuery, RatingLevel } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { useCaseChanged } from '../pages/case-changed';
import { useIdentity } from '../session';
import { useDateTime } from '../time';
import { MAX_RATING_COMMENT, MAX_RATING_TAGS } from '../../../ratings/rating-rules';
import { isBadLevel, LEVEL_COLOURS, levelKey, levelTexts, RATING_LEVELS } from './rating-levels';

const texts = defineTexts(
  {
    ...levelTexts.zh,
    title: '评价本次办理（好差评）',
    level: '满意程度',
    tags: '评价标签',
    tagsHelp: '最多选 {n} 个',
    comment: '意见建议（可选）',
    rate: '提交评价',
    rated: '您的评价',
    ratedAt: '评价时间',
    chooseLevel: '请选择满意程度',
    rectification: '整改情况',
    rectifying: '已转{agency}整改：1 个工作日内回访，15 个工作日内反馈',
    returnCall: '回访记录',
    feedback: '整改反馈',
    followUp: '追加评价',
    followUpRate: '提交追加评价',
    followUpLevel: '追加评价',
  },
  {
    ...levelTexts.en,
    title: 'Rate this case',
    level: 'How satisfied are you?',
    tags: 'Tags',
    tagsHelp: 'At most {n}',
    comment: 'Comment (optional)',
    rate: 'Send the rating',
    rated: 'Your rating',
    ratedAt: 'Rated',
    chooseLevel: 'Choose a level',
    rectification: 'Rectification',
    rectifying: 'Passed to {agency}: a call back within 1 working day, feedback within 15',
    returnCall: 'Call back',
    feedback: 'Feedback from the agency',
    followUp: 'Rate again after the feedback',
    followUpRate: 'Send the follow-up rating',
    followUpLevel: 'Follow-up rating',
  },
);

const CaseRating = graphql(`
  query CaseRating {
    myRatings(first: 100) {
      nodes {
        id
        applicationId
        level
        tags
        comment
        bad
        agency
        createdAt
        followUpLevel
        followUpComment
        followUpAt
        rectification {
          id
          returnCallAt
          returnCallNote
          feedback
          feedbackAt
        }
      }
    }
    ratingTags {
      positive
      negative
    }
  }
`);

const RateApplication = graphql(`
  mutation RateApplication($id: ID!, $level: RatingLevel!, $tags: [String!], $comment: String) {
    rateApplication(applicationId: $id, level: $level, tags: $tags, comment: $comment) {
      id
    }
  }
`);

const FollowUpRating = graphql(`
  mutation FollowUpRating($ratingId: ID!, $level: RatingLevel!, $comment: String) {
    followUpRating(ratingId: $ratingId, level: $level, comment: $comment) {
      id
    }
  }
`);

const ENDED: ApplicationStatus[] = ['ISSUED', 'REJECTED', 'WITHDRAWN'];

/** 好差评 on an ended case: its applicant rates it once, and again once a bad rating was answered. */
export function RatingCard({ id, status }: { id: string; status: ApplicationStatus }) {
  const applicant = useIdentity()?.role === 'APPLICANT';
  const ended = ENDED.includes(status);
  // Under the case's key, so that the case page's live updates read it again too.
  const ratings = useQuery({
    queryKey: ['case', id, 'rating'],
    queryFn: () => request(CaseRating),
    enabled: applicant && ended,
  });
  const { t } = useText(texts);
  if (!applicant || !ended) return null;
  if (ratings.error) return <Alert type="error" title={ratings.error.message} />;
  if (!ratings.data) return null;
  const rating = ratings.data.myRatings.nodes.find((node) => node.applicationId === id);
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
      }
    >
      {rating ? <GivenRating id={id} rating={rating} /> : <CaseRatingForm id={id} tags={ratings.data.ratingTags} />}
    </Card>
  );
}

type Rating = CaseRatingQuery['myRatings']['nodes'][number];

function GivenRating({ id, rating }: { id: string; rating: Rating }) {
  const { t } = useText(texts);
  const when = useDateTime();
  const rectification = rating.rectification;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'level',
            label: t('rated'),
            children: <Tag color={LEVEL_COLOURS[rating.level]}>{t(levelKey(rating.level))}</Tag>,
          },
          ...(rating.tags.length ? [{ key: 'tags', label: t('tags'), children: rating.tags.join('、') }] : []),
          ...(rating.comment ? [{ key: 'comment', label: t('comment'), children: rating.comment }] : []),
          { key: 'at', label: t('ratedAt'), children: when(rating.createdAt as string) },
          ...(rectification?.returnCallAt
            ? [
                {
                  key: 'call',
                  label: t('returnCall'),
                  children: `${when(rectification.returnCallAt as string)} · ${rectification.returnCallNote ?? ''}`,
                },
              ]
            : []),
          ...(rectification?.feedback
            ? [{ key: 'feedback', label: t('feedback'), children: rectification.feedback }]
            : []),
          ...(rating.followUpLevel
            ? [
                {
                  key: 'followUp',
                  label: t('followUpLevel'),
                  children: (
                    <>
                      <Tag color={LEVEL_COLOURS[rating.followUpLevel]}>{t(levelKey(rating.followUpLevel))}</Tag>
                      {rating.followUpComment}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {rating.bad && !rectification?.feedbackAt ? (
        <Alert type="info" title={t('rectifying').replace('{agency}', rating.agency)} />
      ) : null}
      {Boolean(rectification?.feedbackAt) && !rating.followUpAt && (
        <FollowUpForm ratingId={rating.id} applicationId={id} />
      )}
    </Space>
  );
}

interface RatingValues {
  level?: RatingLevel;
  tags?: string[];
  comment?: string;
}

/** The five levels as buttons; Form.Item passes `value` and `onChange` in. */
function LevelChoice(props: { value?: RatingLevel; onChange?: (event: RadioChangeEvent) => void }) {
  const { t } = useText(texts);
  return (
    <Radio.Group
      {...props}
      optionType="button"
      options={RATING_LEVELS.map((level) => ({ value: level, label: t(levelKey(level)) }))}
    />
  );
}

function CaseRatingForm({ id, tags }: { id: string; tags: RatingTags }) {
  const changed = useCaseChanged(id);
  return (
    <RatingForm
      tags={tags}
      send={(values) => request(RateApplication, { id, ...values })}
      onRated={() => void changed()}
    />
  );
}

export interface RatingTags {
  positive: string[];
  negative: string[];
}

/** A first rating: a level, the tags that fit it, a comment; `send` names what is rated. */
export function RatingForm<Result>({
  tags,
  send,
  onRated,
}: {
  tags: RatingTags;
  send: (values: { level: RatingLevel; tags: string[]; comment: string | null }) => Promise<Result>;
  onRated: (result: Result) => void;
}) {
  const { t } = useText(texts);
  const [form] = Form.useForm<RatingValues>();
  const level = Form.useWatch('level', form);
  const rate = useMutation({
    mutationFn: (values: RatingValues) =>
      send({ level: values.level!, tags: values.tags ?? [], comment: values.comment?.trim() || null }),
    onSuccess: onRated,
  });
  // A good rating says what went well, a bad one what did not.
  const offered = level === undefined ? [] : isBadLevel(level) ? tags.negative : tags.positive;
  return (
    <Form<RatingValues>
      form={form}
      layout="vertical"
      onFinish={(values) => rate.mutate(values)}
      onValuesChange={(change: RatingValues) => {
        if (change.level) form.setFieldValue('tags', []);
      }}
    >
      <Form.Item name="level" label={t('level')} rules={[{ required: true, message: t('chooseLevel') }]}>
        <LevelChoice />
      </Form.Item>
      {offered.length > 0 && (
        <Form.Item
          name="tags"
          label={t('tags')}
          extra={t('tagsHelp').replace('{n}', String(MAX_RATING_TAGS))}
          rules={[
            { type: 'array', max: MAX_RATING_TAGS, message: t('tagsHelp').replace('{n}', String(MAX_RATING_TAGS)) },
          ]}
        >
          <Checkbox.Group options={offered.map((tag) => ({ value: tag, label: tag }))} />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('comment')}>
        <Input.TextArea maxLength={MAX_RATING_COMMENT} showCount rows={3} />
      </Form.Item>
      {rate.error && <Alert type="error" showIcon title={rate.error.message} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={rate.isPending}>
        {t('rate')}
      </Button>
    </Form>
  );
}

function FollowUpForm({ ratingId, applicationId }: { ratingId: string; applicationId: string }) {
  const { t } = useText(texts);
  const changed = useCaseChanged(applicationId);
  const followUp = useMutation({
    mutationFn: (values: RatingValues) =>
      request(FollowUpRating, { ratingId, level: values.level!, comment: values.comment?.trim() || null }),
    onSuccess: () => changed(),
  });
  return (
    <Form<RatingValues> layout="vertical" onFinish={(values) => followUp.mutate(values)}>
      <Typography.Title level={3}>{t('followUp')}</Typography.Title>
      <Form.Item name="level" label={t('level')} rules={[{ required: true, message: t('chooseLevel') }]}>
        <LevelChoice />
      </Form.Item>
      <Form.Item name="comment" label={t('comment')}>
        <Input.TextArea maxLength={MAX_RATING_COMMENT} showCount rows={2} />
      </Form.Item>
      {followUp.error && <Alert type="error" showIcon title={followUp.error.message} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={followUp.isPending}>
        {t('followUpRate')}
      </Button>
    </Form>
  );
}
