import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@prisma/client';
import { Router, type Response } from 'express';
import { appendToChain, lockCase } from '../activities/audit-chain';
import { transactionSession } from '../prisma/database';
import type { DocumentStore } from './document-store';
import { readableApplications } from '../api/access';
import { requestAuthentication } from '../api/auth';
import { sendError } from '../api/errors';

export interface DocumentRouteDependencies {
  prisma: PrismaClient;
  store: DocumentStore;
}

function send(
  res: Response,
  store: DocumentStore,
  document: { name: string; sha256: string; size: number; mediaType: string },
) {
  res.set({
    'content-type': document.mediaType,
    'content-length': String(document.size),
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.name)}`,
    'x-content-type-options': 'nosniff',
    // Should a browser render it anyway (a polyglot file), it runs no script and loads nothing.
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    etag: `"${document.sha256}"`,
  });
  store.read(document.sha256).pipe(res);
}

/**
 * Downloads, behind the same bearer tokens as the API. A case's documents are read through the
 * case, by those who may read the case (its applicant, the agencies holding a task on it,
 * auditors), and every such read goes into the case's timeline. Owners read their own library.
 */
export function documentRoutes({ prisma, store }: DocumentRouteDependencies): Router {
  const router = Router();

  router.get('/applications/:applicationId/documents/:documentId', async (req, res, next) => {
    try {
      const auth = requestAuthentication(res);
      if (!auth.identity)
        return sendError(
          res,
          'UNAUTHENTICATED',
          `Not signed in: ${('problem' in auth && auth.problem) || 'send a bearer token'}`,
        );
      const { applicationId, documentId } = req.params;
      // A case that is not yours reads as one without the document: the answer tells nothing of it.
      const attachment = await prisma.applicationDocument.findFirst({
        where: { applicationId, documentId, application: readableApplications(auth.identity) },
        include: { document: true },
        orderBy: { version: 'desc' },
      });
      if (!attachment) return sendError(res, 'NOT_FOUND', `No document ${documentId} on application ${applicationId}`);
      const { document } = attachment;
      await prisma.$transaction(async (tx) => {
        const session = transactionSession(tx);
        await lockCase(session, applicationId);
        await appendToChain(session, applicationId, [
          {
            eventKey: `read-${randomUUID()}`,
            at: new Date(),
            actor: auth.identity.sub,
            agencyCode: auth.identity.agency ?? null,
            action: 'DOCUMENT_READ',
            detail: `${attachment.materialCode} v${attachment.version}: ${document.name} (${document.sha256.slice(0, 12)})`,
          },
        ]);
      });
      send(res, store, document);
    } catch (error) {
      next(error);
    }
  });

  router.get('/documents/:documentId', async (req, res, next) => {
    try {
      const auth = requestAuthentication(res);
      if (!auth.identity) return sendError(res, 'UNAUTHENTICATED', 'Not signed in');
      const document = await prisma.document.findUnique({ where: { id: req.params.documentId } });
      if (!document || document.ownerId !== auth.identity.sub)
        return sendError(res, 'NOT_FOUND', `No document ${req.params.documentId} of yours`);
      send(res, store, document);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
