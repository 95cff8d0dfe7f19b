import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import express, { Router } from 'express';
import { sendError } from '../api/errors';
import type { Logger } from '../logger';
import { applicationWorkflowId, deliveryReportSignal } from '../workflows/approval-contract';
import { statusReport } from './status-report';
import { SIGNATURE_HEADER, validSignature } from './webhook-signature';

export interface WebhookDependencies {
  temporal: Client;
  /** Shared with the carrier: a report not signed with it changes nothing. */
  /** None: every report is refused (the service was given no shared secret). */
  secret?: string;
  log: Logger;
}

/**
 * `POST /delivery/webhook`: the carrier's status reports, signed over the raw body, forwarded to
 * the case's workflow, which keeps those that move the parcel on. 503 asks the carrier to retry.
 */
export function deliveryWebhookRoute({ temporal, secret, log }: WebhookDependencies): Router {
  const router = Router();
  router.post('/delivery/webhook', express.raw({ type: () => true, limit: '16kb' }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!secret) {
      return sendError(
        res,
        'UNAUTHENTICATED',
        'This service takes no carrier reports: CARRIER_WEBHOOK_SECRET is not set',
      );
    }
    if (!validSignature(secret, body, req.get(SIGNATURE_HEADER))) {
      return sendError(res, 'UNAUTHENTICATED', `A carrier report needs a valid ${SIGNATURE_HEADER}`);
    }
    let parsed;
    try {
      parsed = statusReport.safeParse(JSON.parse(body.toString('utf8')));
    } catch {
      return sendError(res, 'BAD_USER_INPUT', 'The report is not JSON');
    }
    if (!parsed.success) return sendError(res, 'BAD_USER_INPUT', parsed.error.issues.map((i) => i.message).join('; '));
    const { reference, waybill, status } = parsed.data;
    try {
      await temporal.workflow
        .getHandle(applicationWorkflowId(reference))
        .signal(deliveryReportSignal, { waybill, status });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return sendError(res, 'NOT_FOUND', `No open case ${reference}`);
      log.warn({ err: error, reference }, 'A carrier report could not reach its case');
      return sendError(res, 'SERVICE_UNAVAILABLE', 'Try again later');
    }
    res.status(202).json({ received: true });
  });
  return router;
}
