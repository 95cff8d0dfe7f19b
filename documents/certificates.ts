import type { PrismaClient } from '@prisma/client';
import type { IssuedCertificate } from '../domain/case-model';
import { buildUscc, organisationBodyFromSequence } from '../domain/codes';
import type { CertificateKind } from '../domain/definition';
import { fileCertificate } from './certificate-document';
import { certificateNumber } from './certificate-numbers';
import type { DocumentStore } from './document-store';

export interface IssueRequest {
  applicationId: string;
  applicantId: string;
  itemCode: string;
  kind: CertificateKind;
  /** Whom the certificate names: the enterprise, shop or event of the form. */
  holderName: string;
}

export interface IssuerSettings {
  /** GB/T 2260 code of the hall's district, e.g. 110102 for Beijing Xicheng. */
  divisionCode: string;
}

export interface CertificateActivityDependencies {
  prisma: PrismaClient;
  documents: DocumentStore;
  issuer: IssuerSettings;
  clock: () => Date;
}

/** The activity that issues a case's certificate; the worker passes real dependencies. */
export function createCertificateActivities({ prisma, documents, issuer, clock }: CertificateActivityDependencies) {
  return {
    issueCertificate: (request: IssueRequest) => issueCertificate(prisma, documents, issuer, request, clock()),
  };
}

export type CertificateActivities = ReturnType<typeof createCertificateActivities>;

/** 9 = industry and commerce registers it, 1 = an enterprise (GB 32100-2015, table 1 and 2). */
const AIC_AUTHORITY = '9';
const ENTERPRISE = '1';

/** The year as the hall's calendar has it (UTC+8), not as UTC has it. */
function chinaYear(instant: Date): number {
  return new Date(instant.getTime() + 8 * 3_600_000).getUTCFullYear();
}

function view(row: { number: string; kind: string; uscc: string | null; issuedAt: Date }): IssuedCertificate {
  return {
    number: row.number,
    kind: row.kind,
    uscc: row.uscc ?? undefined,
    issuedAt: row.issuedAt.toISOString(),
  };
}

/**
 * Issues the case's certificate once: a retry, or a second worker racing the first, gets the
 * certificate already issued. A business licence carries a unified social credit code minted
 * from the certificate's serial number, so no two cases share one. The certificate is also
 * filed as a PDF in the holder's document library.
 */
export async function issueCertificate(
  prisma: PrismaClient,
  store: DocumentStore,
  settings: IssuerSettings,
  request: IssueRequest,
  now: Date,
): Promise<IssuedCertificate> {
  const certificate = await recordCertificate(prisma, settings, request, now);
  await fileCertificate(prisma, store, certificate, { applicantId: request.applicantId, name: request.holderName });
  return view(certificate);
}

async function recordCertificate(prisma: PrismaClient, settings: IssuerSettings, request: IssueRequest, now: Date) {
  const existing = await prisma.certificate.findUnique({ where: { applicationId: request.applicationId } });
  if (existing) return existing;
  // Kinds are catalogue data an administrator may add; none is ever removed.
  const kind = await prisma.certificateKind.findUniqueOrThrow({ where: { code: request.kind } });
  const [{ serial }] = await prisma.$queryRaw<Array<{ serial: number }>>`
    SELECT nextval(pg_get_serial_sequence('"Certificate"', 'serial'))::int AS serial`;
  const uscc = kind.mintsUscc
    ? buildUscc({
        registrationAuthority: AIC_AUTHORITY,
        organisationType: ENTERPRISE,
        division: settings.divisionCode,
        organisationBody: organisationBodyFromSequence(serial),
      })
    : null;
  const number = certificateNumber(kind.numberPattern, { item: request.itemCode, year: chinaYear(now), serial });
  // ON CONFLICT DO NOTHING: whoever inserts first issued it; the others read that one.
  await prisma.certificate.createMany({
    data: [{ serial, applicationId: request.applicationId, number, kind: request.kind, uscc, issuedAt: now }],
    skipDuplicates: true,
  });
  return prisma.certificate.findUniqueOrThrow({ where: { applicationId: request.applicationId } });
}
