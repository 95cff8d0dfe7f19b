import { Readable } from 'node:stream';
import type { Certificate, PrismaClient } from '@prisma/client';
import { renderCertificatePdf } from './certificate-pdf';
import type { DocumentStore } from './document-store';
import { MEDIA_TYPES } from './file-type';

export interface Holder {
  applicantId: string;
  /** The enterprise, shop or event the certificate names. */
  name: string;
}

const CHINA_DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' });

/**
 * Files an issued certificate in its holder's document library (电子证照), so a later case can
 * attach it instead of an upload. Retries find the document already there.
 */
export async function fileCertificate(
  prisma: PrismaClient,
  store: DocumentStore,
  certificate: Certificate,
  holder: Holder,
): Promise<void> {
  if (certificate.documentId) return;
  const { name: title } = await prisma.certificateKind.findUniqueOrThrow({ where: { code: certificate.kind } });
  const pdf = renderCertificatePdf({
    title,
    lines: [
      ...(certificate.uscc ? [`统一社会信用代码  ${certificate.uscc}`] : []),
      `名称  ${holder.name}`,
      `编号  ${certificate.number}`,
      `发证日期  ${CHINA_DATE.format(certificate.issuedAt)}`,
    ],
  });
  const blob = await store.put(Readable.from([pdf]), { maxBytes: pdf.length, accept: ['PDF'] });
  const documentId = `certificate-${certificate.applicationId}`;
  await prisma.document.createMany({
    data: [
      {
        id: documentId,
        ownerId: holder.applicantId,
        name: `${title} ${certificate.number}.pdf`,
        sha256: blob.sha256,
        size: blob.size,
        format: blob.format,
        mediaType: MEDIA_TYPES[blob.format],
        source: 'CERTIFICATE',
      },
    ],
    skipDuplicates: true,
  });
  await prisma.certificate.update({ where: { id: certificate.id }, data: { documentId } });
}
