import { z } from 'zod';
import { ownCursor } from '../../api/access';
import { MAX_COMMENT } from '../../domain/text-limits';
import { ratingInvitations } from '../../ratings/invitations';
import { followUpRating, rateApplication, recordReturnCall, submitRectification } from '../../ratings/rating-commands';
import {
  ALL_RATING_TAGS,
  isBad,
  MAX_RATING_COMMENT,
  MAX_RATING_TAGS,
  RATING_LEVEL_NAMES,
  RATING_LEVELS,
  RATING_TAGS,
  type RatingLevel,
} from '../../ratings/rating-rules';
import { RATING_SUBJECTS, satisfaction, type SatisfactionFigures } from '../../ratings/satisfaction';
import { subscriberEvents } from '../../live/change-feed';
import { builder } from '../builder';
import { ApplicationStatusEnum } from './enums';

export const RatingLevelEnum = builder.enumType('RatingLevel', {
  description: '好差评 levels; DISSATISFIED and VERY_DISSATISFIED are bad ratings, which are rectified',
  values: Object.fromEntries(RATING_LEVELS.map((level) => [level, { description: RATING_LEVEL_NAMES[level] }])),
});

builder.prismaObject('Rectification', {
  description: "A bad rating's follow-up by the agency that answers for the case",
  fields: (t) => ({
    id: t.exposeID('id'),
    agency: t.exposeString('agencyCode'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    returnCallDueAt: t.expose('returnCallDueAt', { type: 'DateTime', description: '回访: 1 working day' }),
    returnCallAt: t.expose('returnCallAt', { type: 'DateTime', nullable: true }),
    returnCallNote: t.exposeString('returnCallNote', { nullable: true }),
    returnCallEscalatedAt: t.expose('returnCallEscalatedAt', { type: 'DateTime', nullable: true }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: 'Rectification with feedback: 15 working days' }),
    feedbackAt: t.expose('feedbackAt', { type: 'DateTime', nullable: true }),
    feedback: t.exposeString('feedback', { nullable: true }),
    warnedAt: t.expose('warnedAt', { type: 'DateTime', nullable: true }),
    escalatedAt: t.expose('escalatedAt', { type: 'DateTime', nullable: true }),
    escalatedTo: t.exposeString('escalatedTo', { nullable: true }),
    rating: t.relation('rating'),
  }),
});

builder.prismaObject('Rating', {
  description: "好差评: one rating of an ended case by its applicant, or of a window visit by its ticket's holder",
  fields: (t) => ({
    id: t.exposeID('id'),
    applicationId: t.exposeID('applicationId', { nullable: true, description: 'Null for a visit' }),
    itemCode: t.exposeString('itemCode', { nullable: true, description: 'Null for a visit' }),
    itemName: t.string({
      nullable: true,
      description: "The item's name in its current version; null for a visit",
      select: { itemCode: true },
      resolve: async (rating, _args, { prisma }) =>
        rating.itemCode
          ? ((
              await prisma.serviceItem.findFirst({
                where: { code: rating.itemCode },
                orderBy: [{ current: 'desc' }, { version: 'desc' }],
                select: { name: true },
              })
            )?.name ?? null)
          : null,
    }),
    agency: t.exposeString('agencyCode', { description: 'The agency that answers for the case or the window' }),
    level: t.expose('level', { type: RatingLevelEnum }),
    bad: t.boolean({ select: { level: true }, resolve: (rating) => isBad(rating.level) }),
    tags: t.exposeStringList('tags'),
    comment: t.exposeString('comment', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    followUpLevel: t.expose('followUpLevel', { type: RatingLevelEnum, nullable: true }),
    followUpComment: t.exposeString('followUpComment', { nullable: true }),
    followUpAt: t.expose('followUpAt', { type: 'DateTime', nullable: true }),
    rectification: t.relation('rectification', { nullable: true }),
  }),
});

const RatingSubjectEnum = builder.enumType('RatingSubject', {
  values: RATING_SUBJECTS,
  description: 'What a rating rates: an ended CASE, or a VISIT to a window (counted apart)',
});

const LevelCount = builder.objectRef<SatisfactionFigures['distribution'][number]>('RatingLevelCount').implement({
  fields: (t) => ({ level: t.expose('level', { type: RatingLevelEnum }), count: t.exposeInt('count') }),
});

const Satisfaction = builder.objectRef<SatisfactionFigures>('Satisfaction').implement({
  description: 'Published 好差评 figures, counted from the ratings on record (first ratings)',
  fields: (t) => ({
    ratings: t.exposeInt('ratings'),
    distribution: t.field({ type: [LevelCount], resolve: (figures) => figures.distribution }),
    satisfactionRate: t.exposeFloat('satisfactionRate', {
      nullable: true,
      description: '(非常满意 + 满意 + 基本满意) / all ratings; null with no ratings',
    }),
    badRate: t.exposeFloat('badRate', { nullable: true, description: '(不满意 + 非常不满意) / all ratings' }),
    rectificationsDue: t.exposeInt('rectificationsDue', { description: 'Rectifications given feedback or overdue' }),
    rectifiedOnTime: t.exposeInt('rectifiedOnTime'),
    onTimeRate: t.exposeFloat('onTimeRate', { nullable: true, description: 'rectifiedOnTime / rectificationsDue' }),
  }),
});

interface Invitation {
  applicationId: string;
  status: string;
  itemCode: string;
  itemName: string;
  endedAt: Date;
  invitedAt: Date;
}
const InvitationType = builder.objectRef<Invitation>('RatingInvitation').implement({
  description: 'An ended case of yours, unrated three days after its end',
  fields: (t) => ({
    applicationId: t.exposeID('applicationId'),
    status: t.field({ type: ApplicationStatusEnum, resolve: (invitation) => invitation.status as never }),
    itemCode: t.exposeString('itemCode'),
    itemName: t.exposeString('itemName'),
    endedAt: t.expose('endedAt', { type: 'DateTime' }),
    invitedAt: t.expose('invitedAt', { type: 'DateTime', description: 'The first time the invitation was listed' }),
  }),
});

const RatingTags = builder.objectRef<typeof RATING_TAGS>('RatingTags').implement({
  description: 'The tags a rating may carry (the hall’s list; the national list is not confirmed)',
  fields: (t) => ({
    positive: t.stringList({ resolve: (tags) => [...tags.positive] }),
    negative: t.stringList({ resolve: (tags) => [...tags.negative] }),
  }),
});

const id = z.string().trim().min(1).max(200);
const comment = z.string().max(MAX_RATING_COMMENT, `at most ${MAX_RATING_COMMENT} characters`);
const text = (what: string) => z.string().trim().min(1, `say ${what}`).max(MAX_COMMENT);
const tags = z
  .array(z.enum(ALL_RATING_TAGS as [string, ...string[]], { message: 'is not a rating tag (see ratingTags)' }))
  .max(MAX_RATING_TAGS, `at most ${MAX_RATING_TAGS} tags`)
  .refine((list) => new Set(list).size === list.length, 'names a tag twice');
const code = z.string().trim().min(1).max(50);
/** One schema over a rating's arguments, so that a bad tag and a bad comment are named together. */
export const ratingInputs = z.looseObject({ tags: tags.nullish(), comment: comment.nullish() });

builder.queryFields((t) => ({
  ratingTags: t.field({ type: RatingTags, resolve: () => RATING_TAGS }),
  satisfaction: t.field({
    type: Satisfaction,
    description:
      'Published figures for an item, an agency, both, or the whole hall, of case ratings or (subject VISIT) of window visits; public',
    args: {
      itemCode: t.arg.string({ validate: code }),
      agencyCode: t.arg.string({ validate: code }),
      subject: t.arg({ type: RatingSubjectEnum, defaultValue: 'CASE', required: true }),
    },
    resolve: (_root, args, { prisma, now }) => satisfaction(prisma, args, now()),
  }),
  myRatingInvitations: t.field({
    type: [InvitationType],
    authScopes: { role: 'APPLICANT' },
    resolve: (_root, _args, { prisma, auth }) => ratingInvitations(prisma, auth.identity!.sub),
  }),
  myRatings: t.prismaConnection({
    type: 'Rating',
    cursor: 'id',
    description: "The caller's ratings, newest first",
    authScopes: { role: 'APPLICANT' },
    resolve: (query, _root, _args, { prisma, auth }) =>
      prisma.rating.findMany({
        ...ownCursor(query, { applicantId: auth.identity!.sub }),
        where: { applicantId: auth.identity!.sub },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
  myRectifications: t.prismaConnection({
    type: 'Rectification',
    cursor: 'id',
    description: "The rectifications of the caller's agency, oldest first",
    authScopes: { agencyStaff: true },
    resolve: (query, _root, _args, { prisma, auth }) =>
      prisma.rectification.findMany({
        ...ownCursor(query, { agencyCode: auth.identity!.agency }),
        where: { agencyCode: auth.identity!.agency },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  rateApplication: t.prismaField({
    type: 'Rating',
    description: '好差评: rate your ended case once; a bad rating starts its rectification',
    authScopes: { role: 'APPLICANT' },
    args: {
      applicationId: t.arg.id({ required: true, validate: id }),
      level: t.arg({ type: RatingLevelEnum, required: true }),
      tags: t.arg.stringList(),
      comment: t.arg.string(),
    },
    validate: ratingInputs,
    resolve: async (query, _root, args, ctx) => {
      const rating = await rateApplication(ctx, ctx.auth.identity!, {
        applicationId: String(args.applicationId),
        level: args.level as RatingLevel,
        tags: args.tags ?? [],
        comment: args.comment,
      });
      return ctx.prisma.rating.findUniqueOrThrow({ ...query, where: { id: rating.id } });
    },
  }),
  recordReturnCall: t.prismaField({
    type: 'Rectification',
    description: '回访: the agency called the rater back (its REVIEWER, WINDOW or SUPERVISOR staff)',
    authScopes: { agencyStaff: true },
    args: {
      rectificationId: t.arg.id({ required: true, validate: id }),
      note: t.arg.string({ required: true, validate: text('what the rater said') }),
    },
    resolve: async (query, _root, args, ctx) => {
      await recordReturnCall(ctx, ctx.auth.identity!, String(args.rectificationId), args.note);
      return ctx.prisma.rectification.findUniqueOrThrow({ ...query, where: { id: String(args.rectificationId) } });
    },
  }),
  submitRectification: t.prismaField({
    type: 'Rectification',
    description: '整改反馈: what the agency changed, written back to the rater; ends the rectification',
    authScopes: { agencyStaff: true },
    args: {
      rectificationId: t.arg.id({ required: true, validate: id }),
      feedback: t.arg.string({ required: true, validate: text('what was changed') }),
    },
    resolve: async (query, _root, args, ctx) => {
      await submitRectification(ctx, ctx.auth.identity!, String(args.rectificationId), args.feedback);
      return ctx.prisma.rectification.findUniqueOrThrow({ ...query, where: { id: String(args.rectificationId) } });
    },
  }),
  followUpRating: t.prismaField({
    type: 'Rating',
    description: 'The one further rating of a bad rating, after the agency’s feedback',
    authScopes: { role: 'APPLICANT' },
    args: {
      ratingId: t.arg.id({ required: true, validate: id }),
      level: t.arg({ type: RatingLevelEnum, required: true }),
      comment: t.arg.string({ validate: comment }),
    },
    resolve: async (query, _root, args, ctx) => {
      const rating = await followUpRating(ctx, ctx.auth.identity!, {
        ratingId: String(args.ratingId),
        level: args.level as RatingLevel,
        comment: args.comment,
      });
      return ctx.prisma.rating.findUniqueOrThrow({ ...query, where: { id: rating.id } });
    },
  }),
}));

const RectificationChangeType = builder.objectRef<{ rectificationId: string }>('RectificationChange').implement({
  fields: (t) => ({ rectificationId: t.exposeID('rectificationId') }),
});

builder.subscriptionField('rectificationsChanged', (t) =>
  t.field({
    type: RectificationChangeType,
    nullable: true,
    description:
      "Each rectification of the caller's agency as it opens, is called back, warned, escalated or answered; " +
      'null after a break in the live feed, when any may have changed: read the list again',
    authScopes: { agencyStaff: true },
    subscribe: (_root, _args, ctx) => {
      const agency = ctx.auth.identity!.agency!;
      return subscriberEvents(ctx, (event) =>
        Promise.resolve(
          event.kind === 'gap'
            ? [null]
            : event.kind === 'rectification' && event.change.agencyCode === agency
              ? [{ rectificationId: event.change.rectificationId }]
              : [],
        ),
      );
    },
    resolve: (change) => change,
  }),
);
