import { randomUUID } from 'node:crypto';
import { Prisma, type Rating } from '@prisma/client';
import { WithStartWorkflowOperation, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Context } from '../api/context';
import { clientError } from '../api/errors';
import type { Identity } from '../api/identity';
import { currentCalendar } from '../calendar/calendar-store';
import { decisionId } from '../cases/case-commands';
import { RECTIFICATION_ERROR_CODES, type RectificationErrorType } from '../domain/rectification';
import { APPROVAL_TASK_QUEUE } from '../workflows/approval-contract';
import {
  RECTIFICATION_WORKFLOW,
  rectificationIdOf,
  rectificationRecordedUpdate,
  recordReturnCallUpdate,
  submitRectificationUpdate,
  type RectificationStep,
  type RectificationWorkflow,
} from '../workflows/rectification-contract';
import { isBad, RATEABLE_STATUSES, type RatingLevel } from './rating-rules';
import { responsibleAgency } from './responsible-agency';

export interface RatingInput {
  applicationId: string;
  level: RatingLevel;
  tags: string[];
  comment?: string | null;
}

/** 好差评: the applicant rates their ended case once; a bad rating starts its rectification. */
export async function rateApplication(ctx: Context, identity: Identity, input: RatingInput): Promise<Rating> {
  const application = await ctx.prisma.application.findUnique({
    where: { id: input.applicationId },
    select: {
      applicantId: true,
      status: true,
      item: { select: { code: true } },
      tasks: { select: { agencyCode: true, decision: true, completedAt: true } },
    },
  });
  if (!application || application.applicantId !== identity.sub) {
    throw clientError('NOT_FOUND', `No application ${input.applicationId} of yours`);
  }
  if (!RATEABLE_STATUSES.includes(application.status)) {
    throw clientError('CONFLICT', `The case is ${application.status}: it is rated once it has ended`, {
      reason: 'CASE_NOT_ENDED',
    });
  }
  return recordRating(
    ctx,
    {
      applicationId: input.applicationId,
      applicantId: identity.sub,
      itemCode: application.item.code,
      agencyCode: responsibleAgency(application.tasks),
      level: input.level,
      tags: input.tags,
      comment: input.comment ?? null,
    },
    { applicationId: input.applicationId },
    'The case is already rated',
  );
}

/**
 * Records a rating once for what it rates (`rated`, a unique key) and starts the rectification of
 * a bad one. A rating sent again is refused, but first makes sure the rectification of a bad one
 * runs (the first attempt may have stopped between the two).
 */
export async function recordRating(
  ctx: Context,
  data: Omit<Prisma.RatingUncheckedCreateInput, 'id' | 'createdAt'>,
  rated: Prisma.RatingWhereUniqueInput,
  alreadyRated: string,
): Promise<Rating> {
  let rating: Rating;
  try {
    rating = await ctx.prisma.rating.create({ data: { ...data, id: randomUUID(), createdAt: ctx.now() } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') throw error;
    const earlier = await ctx.prisma.rating.findUniqueOrThrow({ where: rated });
    await ensureRectification(ctx, earlier);
    throw clientError('CONFLICT', alreadyRated, { reason: 'ALREADY_RATED' });
  }
  await ensureRectification(ctx, rating);
  return rating;
}

/** Starts a bad rating's rectification unless its row shows it started; a second start joins the first. */
async function ensureRectification(ctx: Context, rating: Rating): Promise<void> {
  if (!isBad(rating.level)) return;
  const started = await ctx.prisma.rectification.findUnique({ where: { ratingId: rating.id }, select: { id: true } });
  if (started) return;
  const rectificationId = rectificationIdOf(rating.id);
  const start = new WithStartWorkflowOperation<RectificationWorkflow>(RECTIFICATION_WORKFLOW, {
    workflowId: rectificationId,
    taskQueue: APPROVAL_TASK_QUEUE,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [
      {
        rectificationId,
        ratingId: rating.id,
        agency: rating.agencyCode,
        ratedAt: rating.createdAt.toISOString(),
        // The rectification is work from now on: it counts on the calendar in force today.
        calendar: await currentCalendar(ctx.prisma),
      },
    ],
  });
  await ctx.temporal.workflow.executeUpdateWithStart(rectificationRecordedUpdate, { startWorkflowOperation: start });
}

/** The rectification of the caller's agency; another agency's reads as none. */
async function agencyRectification(ctx: Context, identity: Identity, rectificationId: string) {
  const rectification = await ctx.prisma.rectification.findUnique({ where: { id: rectificationId } });
  if (!rectification || rectification.agencyCode !== identity.agency) {
    throw clientError('NOT_FOUND', `No rectification ${rectificationId} of your agency`);
  }
  return rectification;
}

async function rectificationStep(
  ctx: Context,
  identity: Identity,
  rectificationId: string,
  update: typeof recordReturnCallUpdate,
  text: string,
): Promise<void> {
  await agencyRectification(ctx, identity, rectificationId);
  const step: RectificationStep = { actor: identity, text };
  try {
    await ctx.temporal.workflow
      .getHandle(rectificationId)
      .executeUpdate(update, { args: [step], updateId: decisionId(update.name, step) });
  } catch (error) {
    throw rectificationError(error);
  }
}

/** The workflow's typed refusal as the GraphQL error a client acts on; anything else is left to be masked. */
function rectificationError(error: unknown): unknown {
  // The workflow ends with the feedback: a step after it finds none.
  if (error instanceof WorkflowNotFoundError) {
    return clientError('CONFLICT', 'The rectification is already submitted', {
      reason: 'RECTIFICATION_SUBMITTED' satisfies RectificationErrorType,
    });
  }
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return error;
  const type = error.cause.type as RectificationErrorType;
  const code = RECTIFICATION_ERROR_CODES[type];
  return code ? clientError(code, error.cause.message, { reason: type }) : error;
}

/** 回访: the agency called the rater back. */
export const recordReturnCall = (ctx: Context, identity: Identity, rectificationId: string, note: string) =>
  rectificationStep(ctx, identity, rectificationId, recordReturnCallUpdate, note);

/** 整改反馈: what the agency changed, written to the rater; this ends the rectification. */
export const submitRectification = (ctx: Context, identity: Identity, rectificationId: string, feedback: string) =>
  rectificationStep(ctx, identity, rectificationId, submitRectificationUpdate, feedback);

/** The rater's one further rating, once the agency has written back. */
export async function followUpRating(
  ctx: Context,
  identity: Identity,
  input: { ratingId: string; level: RatingLevel; comment?: string | null },
): Promise<Rating> {
  const rating = await ctx.prisma.rating.findUnique({
    where: { id: input.ratingId },
    include: { rectification: { select: { feedbackAt: true } } },
  });
  if (!rating || rating.applicantId !== identity.sub)
    throw clientError('NOT_FOUND', `No rating ${input.ratingId} of yours`);
  if (!rating.rectification?.feedbackAt) {
    throw clientError('CONFLICT', 'A follow-up rating comes after the agency’s rectification feedback', {
      reason: 'NOT_RECTIFIED',
    });
  }
  // One statement decides, so two follow-ups sent at once cannot both count.
  const { count } = await ctx.prisma.rating.updateMany({
    where: { id: rating.id, followUpAt: null },
    data: { followUpLevel: input.level, followUpComment: input.comment ?? null, followUpAt: ctx.now() },
  });
  if (count === 0) throw clientError('CONFLICT', 'The follow-up rating is already given', { reason: 'FOLLOWED_UP' });
  return ctx.prisma.rating.findUniqueOrThrow({ where: { id: rating.id } });
}
