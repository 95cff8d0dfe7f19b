import type { PrismaClient } from '@prisma/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkCalendar } from '../../domain/calendar';
import { APPROVAL_TASK_QUEUE } from '../../workflows/approval-contract';
import {
  RECTIFICATION_WORKFLOW,
  rectificationIdOf,
  type RectificationWorkflow,
} from '../../workflows/rectification-contract';

/**
 * A bad rating of a case, given at `ratedAt`, and its rectification's workflow started as
 * rateApplication starts it: for tests that drive the workflow on a test server.
 */
export async function startRectification(
  env: TestWorkflowEnvironment,
  prisma: PrismaClient,
  rating: { name: string; agency: string; ratedAt: number; calendar: WorkCalendar; tags?: string[] },
) {
  const ratingId = `rating-${rating.name}-${rating.ratedAt}`;
  await prisma.rating.create({
    data: {
      id: ratingId,
      applicationId: `case-${rating.name}-${rating.ratedAt}`,
      applicantId: 'rater-1',
      itemCode: 'XC-0001',
      agencyCode: rating.agency,
      level: 'DISSATISFIED',
      tags: rating.tags ?? [],
      createdAt: new Date(rating.ratedAt),
    },
  });
  const id = rectificationIdOf(ratingId);
  const handle = await env.client.workflow.start<RectificationWorkflow>(RECTIFICATION_WORKFLOW, {
    taskQueue: APPROVAL_TASK_QUEUE,
    workflowId: id,
    args: [
      {
        rectificationId: id,
        ratingId,
        agency: rating.agency,
        ratedAt: new Date(rating.ratedAt).toISOString(),
        calendar: rating.calendar,
      },
    ],
  });
  return { id, handle };
}
