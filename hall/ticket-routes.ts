import type { PrismaClient } from '@prisma/client';
import { Router } from 'express';
import { requestAuthentication } from '../api/auth';
import { sendError } from '../api/errors';
import { qrCodePng } from '../service-guide/qr-code';
import { ticketLink } from './ticket-link';

/**
 * The printed ticket's QR code, for the kiosk's printer: only the account that took the ticket (the
 * kiosk) and the applicant whose appointment it was taken for. It says the ticket's link
 * (ticket-link.ts): the window scans it, the holder opens it to rate the visit. The window's clerks
 * never read the token from the API, so they cannot rate the visits they served.
 */
export function ticketRoutes({ prisma, publicUrl }: { prisma: PrismaClient; publicUrl: string }): Router {
  const router = Router();
  router.get('/hall/tickets/:id/qr.png', async (req, res, next) => {
    try {
      const { identity } = requestAuthentication(res);
      if (!identity) return sendError(res, 'UNAUTHENTICATED', 'Not signed in: send a bearer token');
      const ticket = await prisma.ticket.findUnique({ where: { id: req.params.id } });
      const mayRead = ticket !== null && (ticket.takenBy === identity.sub || ticket.applicantId === identity.sub);
      if (!ticket || !mayRead) return sendError(res, 'NOT_FOUND', `No ticket ${req.params.id}`);
      res
        .set({ 'content-type': 'image/png', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' })
        .send(await qrCodePng(ticketLink(publicUrl, ticket.qrToken)));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
