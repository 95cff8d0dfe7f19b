import type { PrismaClient } from '@prisma/client';
import { Router, type RequestHandler, type Response } from 'express';
import { sendError } from '../api/errors';
import { guidePageUrl } from './guide-page';
import { renderNoticePdf } from './notice-pdf';
import { printableVersion } from './printable-version';
import { qrCodePng, qrCodeSvg } from './qr-code';
import { serviceNotice, type ServiceNotice } from './service-notice';

export interface GuideRouteDependencies {
  prisma: PrismaClient;
  /** Where people reach the desk (PUBLIC_URL): the QR codes and the notices link there. */
  publicUrl: string;
}

// A named version never changes, but may be retired within a day; the current one may be
// replaced by a new version at any time. The QR code depends on the code and PUBLIC_URL only.
const VERSION_CACHE = 'public, max-age=86400';
const CURRENT_CACHE = 'public, max-age=300';
/** Rendered notices kept, each a few dozen kilobytes: more than the catalogue has versions. */
const KEPT_NOTICES = 64;

/** `inline`, named in Unicode for browsers (RFC 6266, 5987), in ASCII for anything older. */
function contentDisposition(name: string, asciiName: string): string {
  return `inline; filename="${asciiName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Notices by what they say: a page printed a thousand times is rendered once (a render costs a
 * few hundred milliseconds of the API's CPU), and a changed item or agency name renders anew.
 */
function renderedNotices(): (notice: ServiceNotice) => Promise<Buffer> {
  const kept = new Map<string, Promise<Buffer>>();
  return (notice) => {
    const key = JSON.stringify(notice);
    let pdf = kept.get(key);
    if (!pdf) {
      pdf = renderNoticePdf(notice);
      pdf.catch(() => kept.delete(key));
      kept.set(key, pdf);
      // Maps iterate in insertion order: the first key is the oldest.
      if (kept.size > KEPT_NOTICES) kept.delete(kept.keys().next().value!);
    }
    return pdf;
  };
}

/** A version in the path is a positive whole number; anything else names no version. */
function versionOf(version: string | undefined): number | undefined | null {
  if (version === undefined) return undefined;
  return /^[1-9]\d{0,8}$/.test(version) ? Number(version) : null;
}

function sendPublic(res: Response, body: Buffer | string, headers: Record<string, string>) {
  res.set({ 'x-content-type-options': 'nosniff', ...headers }).send(body);
}

/**
 * The published service guide outside the desk, to anyone, no token needed: the printed notice
 * (告知单) of an item version as PDF, and the QR code of the item's guide page for posters.
 */
export function guideRoutes({ prisma, publicUrl }: GuideRouteDependencies): Router {
  const router = Router();
  const render = renderedNotices();

  const notice: RequestHandler<{ code: string; version?: string }> = async (req, res, next) => {
    try {
      const { code } = req.params;
      const version = versionOf(req.params.version);
      const item = version === null ? null : await printableVersion(prisma, code, version);
      if (!item) {
        return sendError(
          res,
          'NOT_FOUND',
          `No item ${code}${req.params.version ? ` version ${req.params.version}` : ''}`,
        );
      }
      const [agencies, stageKinds] = await Promise.all([prisma.agency.findMany(), prisma.stageKind.findMany()]);
      const pdf = await render(serviceNotice(item, { agencies, stageKinds }, publicUrl));
      sendPublic(res, pdf, {
        'content-type': 'application/pdf',
        'content-disposition': contentDisposition(
          `${item.code}-v${item.version}-告知单.pdf`,
          `${item.code}-v${item.version}-notice.pdf`,
        ),
        'cache-control': version === undefined ? CURRENT_CACHE : VERSION_CACHE,
      });
    } catch (error) {
      next(error);
    }
  };
  router.get('/catalogue/:code/notice.pdf', notice);
  router.get('/catalogue/:code/:version/notice.pdf', notice);

  const qrCode =
    (extension: 'svg' | 'png'): RequestHandler<{ code: string }> =>
    async (req, res, next) => {
      try {
        const item = await printableVersion(prisma, req.params.code);
        if (!item) return sendError(res, 'NOT_FOUND', `No item ${req.params.code}`);
        const url = guidePageUrl(publicUrl, item.code);
        sendPublic(res, extension === 'svg' ? await qrCodeSvg(url) : await qrCodePng(url), {
          'content-type': extension === 'svg' ? 'image/svg+xml; charset=utf-8' : 'image/png',
          'content-disposition': contentDisposition(`${item.code}-qr.${extension}`, `${item.code}-qr.${extension}`),
          'cache-control': VERSION_CACHE,
          // An SVG opened by itself is a document: it may run nothing and load nothing.
          ...(extension === 'svg' ? { 'content-security-policy': "default-src 'none'; sandbox" } : {}),
        });
      } catch (error) {
        next(error);
      }
    };
  router.get('/catalogue/:code/qr.svg', qrCode('svg'));
  router.get('/catalogue/:code/qr.png', qrCode('png'));

  return router;
}
