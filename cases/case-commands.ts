import { createHmac, randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import {
  APPROVAL_WORKFLOW,
  APPROVAL_TASK_QUEUE,
  applicationWorkflowId,
  chooseDeliveryUpdate,
  claimTaskUpdate,
  completeTaskUpdate,
  extendDeadlineUpdate,
  reassignTaskUpdate,
  submittedUpdate,
  supplementUpdate,
  withdrawUpdate,
  type ApprovalWorkflow,
} from '../workflows/approval-contract';
import type { Correction, Decision } from '../domain/case-model';
import { addressProblems, type DeliveryAddress, type DeliveryMethod } from '../domain/delivery';
import { currentCalendar } from '../calendar/calendar-store';
import { failpoint } from '../failpoints';
import { toClientError } from './case-errors';
import { readableApplications } from '../api/access';
import type { Context } from '../api/context';
import { missingMaterials, resolveAttachments, type RequestedDocuments } from '../documents/case-documents';
import { badUserInput, clientError } from '../api/errors';
import { validateForm } from './form-validation';
import { digestOf, recordKey, refuseReusedKey } from './idempotency';
import type { Identity } from '../api/identity';
import { itemSnapshot } from './item-snapshot';

/**
 * Every change to a case goes to its workflow; these functions check what the read model can
 * tell (the item exists, the form is valid, the caller may touch this case) and then send the
 * update, which answers only after the read model has the change. Whether the change may happen
 * now is the workflow's to say: the read model may be a step behind it.
 */

export interface SubmitInput extends RequestedDocuments {
  itemCode: string;
  formData?: unknown;
  idempotencyKey?: string | null;
}

/**
 * The same applicant and key always name the same application. The hash is keyed with the
 * service's secret, so nobody can work out another person's case id from their id and key.
 */
export function applicationIdFor(secret: string, applicantId: string, idempotencyKey?: string | null): string {
  if (!idempotencyKey) return randomUUID();
  const hash = createHmac('sha256', secret).update(`${applicantId}\u0000${idempotencyKey}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

/** What a submission asks for, whatever the order of its keys or how it leaves a list out. */
export function requestHashOf(input: SubmitInput): string {
  const { itemCode, formData, documentIds, documents } = input;
  return digestOf({ itemCode: itemCode.trim(), formData, documentIds: documentIds ?? [], documents: documents ?? [] });
}

export async function submitApplication(ctx: Context, identity: Identity, input: SubmitInput): Promise<string> {
  const { idempotencyKey } = input;
  const applicationId = applicationIdFor(ctx.applicationIdSecret, identity.sub, idempotencyKey);
  const requestHash = requestHashOf(input);
  if (idempotencyKey) {
    await refuseReusedKey(ctx.prisma, applicationId, requestHash);
    // The same submission again, or a case from before keys were recorded with their input.
    const earlier = await ctx.prisma.application.findUnique({
      where: { applicantId_idempotencyKey: { applicantId: identity.sub, idempotencyKey } },
      select: { id: true },
    });
    if (earlier) return earlier.id;
  }
  const item = await ctx.prisma.serviceItem.findFirst({
    where: { code: input.itemCode.trim(), current: true },
    include: { materials: { orderBy: { position: 'asc' } } },
  });
  if (!item) throw await noCurrentItem(ctx, input.itemCode.trim());
  const documents = await resolveAttachments(ctx, identity, item.materials, item.code, input, {
    formData: input.formData,
  });
  const problems = [
    ...validateForm(item.id, item.formSchema as object, input.formData, ctx.now()),
    ...documents.problems,
  ];
  if (problems.length > 0) throw badUserInput(problems);

  // Recorded once the input is known good, so that a refused one leaves the key free to correct.
  if (idempotencyKey) await recordKey(ctx.prisma, applicationId, requestHash);
  const start = new WithStartWorkflowOperation<ApprovalWorkflow>(APPROVAL_WORKFLOW, {
    workflowId: applicationWorkflowId(applicationId),
    taskQueue: APPROVAL_TASK_QUEUE,
    // A retried submission joins the case its first attempt started; one whose run failed (the
    // read model refused its write) starts again.
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    args: [
      {
        applicationId,
        applicantId: identity.sub,
        item: itemSnapshot(item),
        formData: input.formData as Record<string, unknown>,
        documents: documents.attachments,
        submittedAt: ctx.now().toISOString(),
        idempotencyKey: idempotencyKey ?? undefined,
        calendar: await currentCalendar(ctx.prisma),
        deliveryDeadlineDays: ctx.deliveryDeadlineDays,
      },
    ],
  });
  try {
    await ctx.temporal.workflow.executeUpdateWithStart(submittedUpdate, { startWorkflowOperation: start });
  } catch (error) {
    throw toClientError(error);
  }
  return applicationId;
}

/** Why an item takes no applications: it was retired (when, why), or there is no such item. */
async function noCurrentItem(ctx: Context, code: string) {
  const retired = await ctx.prisma.serviceItem.findFirst({
    where: { code, status: 'RETIRED' },
    orderBy: { version: 'desc' },
    select: { retiredAt: true, retiredReason: true },
  });
  const message = retired
    ? `${code} was retired on ${retired.retiredAt?.toISOString().slice(0, 10)} and takes no new applications: ${retired.retiredReason}`
    : `no catalogue item ${code}`;
  return badUserInput([{ field: 'itemCode', message }]);
}

async function taskOfCallersAgency(ctx: Context, identity: Identity, taskId: string) {
  const task = await ctx.prisma.reviewTask.findUnique({
    where: { id: taskId },
    select: { applicationId: true, agencyCode: true },
  });
  // Another agency's task is answered as one that does not exist: the answer tells nothing of it.
  if (!task || task.agencyCode !== identity.agency) throw clientError('NOT_FOUND', `No task ${taskId} of your agency`);
  return task;
}

async function callersApplication(ctx: Context, identity: Identity, applicationId: string) {
  const application = await ctx.prisma.application.findUnique({
    where: { id: applicationId },
    include: {
      item: { include: { materials: true } },
      documents: { where: { replacedAt: null }, select: { materialCode: true } },
    },
  });
  if (!application || application.applicantId !== identity.sub) {
    throw clientError('NOT_FOUND', `No application ${applicationId} of yours`);
  }
  return application;
}

/**
 * The update's id is drawn from what it asks, so that a request sent again (after a timeout, a
 * crash, a lost answer) is the same update to Temporal: it joins the first while that runs and
 * gets its outcome once it has one, instead of being decided a second time. Keys are sorted, so
 * the same request serialised in another order is still the same.
 */
export function decisionId(name: string, arg: unknown): string {
  return `${name}-${digestOf(arg).slice(0, 32)}`;
}

async function decide<Ret, Arg>(
  ctx: Context,
  applicationId: string,
  update: UpdateDefinition<Ret, [Arg]>,
  arg: Arg,
  updateId = decisionId(update.name, arg),
): Promise<Ret> {
  const handle: WorkflowHandle = ctx.temporal.workflow.getHandle(applicationWorkflowId(applicationId));
  try {
    const answer = await handle.executeUpdate(update, { args: [arg], updateId });
    const { taskId } = arg as { taskId?: string };
    failpoint('decision:before-answer', () => [`${taskId ?? applicationId}:${update.name}`]);
    return answer;
  } catch (error) {
    throw toClientError(error);
  }
}

export async function claimTask(ctx: Context, identity: Identity, taskId: string): Promise<void> {
  const task = await taskOfCallersAgency(ctx, identity, taskId);
  await decide(ctx, task.applicationId, claimTaskUpdate, { taskId, actor: identity });
}

export interface CompleteInput {
  decision: Decision;
  comment?: string | null;
  corrections?: Array<{ field?: string | null; material?: string | null; reason: string }> | null;
}

export async function completeTask(
  ctx: Context,
  identity: Identity,
  taskId: string,
  input: CompleteInput,
): Promise<void> {
  const task = await taskOfCallersAgency(ctx, identity, taskId);
  const corrections = input.corrections?.map((correction): Correction => ({
    field: correction.field ?? undefined,
    material: correction.material ?? undefined,
    reason: correction.reason,
  }));
  await decide(ctx, task.applicationId, completeTaskUpdate, {
    taskId,
    actor: identity,
    decision: input.decision,
    comment: input.comment ?? undefined,
    corrections,
  });
}

export interface SupplementFields extends RequestedDocuments {
  formData?: unknown;
}

export async function supplementApplication(
  ctx: Context,
  identity: Identity,
  applicationId: string,
  input: SupplementFields,
): Promise<void> {
  const application = await callersApplication(ctx, identity, applicationId);
  const patch = input.formData ?? {};
  if (typeof patch !== 'object' || Array.isArray(patch))
    throw badUserInput([{ field: 'formData', message: 'must be an object' }]);
  const merged = { ...(application.formData as Record<string, unknown>), ...patch };
  const { item } = application;
  const documents = await resolveAttachments(ctx, identity, item.materials, item.code, input);
  const problems = [
    ...validateForm(application.itemId, item.formSchema as object, merged, ctx.now()),
    ...documents.problems,
    // A changed form may now need a conditional material: the case must have it, from before or now.
    ...missingMaterials(item.materials, merged, [...application.documents, ...documents.attachments]),
  ];
  if (problems.length > 0) throw badUserInput(problems);
  await decide(ctx, applicationId, supplementUpdate, {
    actor: identity,
    formData: patch as Record<string, unknown>,
    documents: documents.attachments,
  });
}

export async function withdrawApplication(
  ctx: Context,
  identity: Identity,
  applicationId: string,
  reason?: string | null,
): Promise<void> {
  await callersApplication(ctx, identity, applicationId);
  await decide(ctx, applicationId, withdrawUpdate, { actor: identity, reason: reason ?? undefined });
}

/**
 * How the licence reaches the applicant: the address is checked here, the moment by the workflow.
 * A choice may be made again (A, then B, then A), so its arguments alone do not make it a repeat:
 * the client's idempotency key with the same choice does, and a call without a key is always a
 * new choice. A key sent again with another choice is that other choice, applied, rather than an
 * answer that claims a choice it did not make.
 */
export async function chooseDelivery(
  ctx: Context,
  identity: Identity,
  applicationId: string,
  choice: { method: DeliveryMethod; address?: Partial<DeliveryAddress> | null; idempotencyKey?: string | null },
): Promise<void> {
  await callersApplication(ctx, identity, applicationId);
  let address: DeliveryAddress | undefined;
  if (choice.method === 'DELIVERY') {
    const problems = addressProblems(choice.address ?? undefined);
    if (problems.length > 0) throw badUserInput(problems);
    address = Object.fromEntries(
      Object.entries(choice.address!).map(([field, value]) => [field, String(value).trim()]),
    ) as unknown as DeliveryAddress;
  }
  const updateId = choice.idempotencyKey
    ? decisionId(chooseDeliveryUpdate.name, {
        applicant: identity.sub,
        key: choice.idempotencyKey,
        method: choice.method,
        address: address ?? null,
      })
    : randomUUID();
  await decide(ctx, applicationId, chooseDeliveryUpdate, { actor: identity, method: choice.method, address }, updateId);
}

/** 延期: the window (or an administrator) grants more working days, with the reason on record. */
export async function extendDeadline(
  ctx: Context,
  identity: Identity,
  applicationId: string,
  extension: { workingDays: number; reason: string },
): Promise<void> {
  const application = await ctx.prisma.application.findFirst({
    where: { id: applicationId, ...readableApplications(identity) },
    select: { id: true },
  });
  if (!application) throw clientError('NOT_FOUND', `No application ${applicationId}`);
  await decide(ctx, applicationId, extendDeadlineUpdate, { actor: identity, ...extension });
}

/** A supervisor hands an escalated task of their agency to someone else. */
export async function reassignTask(
  ctx: Context,
  identity: Identity,
  taskId: string,
  reassignment: { assignee: string; reason?: string | null },
): Promise<void> {
  const task = await taskOfCallersAgency(ctx, identity, taskId);
  await decide(ctx, task.applicationId, reassignTaskUpdate, {
    taskId,
    actor: identity,
    assignee: reassignment.assignee,
    reason: reassignment.reason ?? undefined,
  });
}
