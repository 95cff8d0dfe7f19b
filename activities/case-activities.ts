import type { PrismaClient } from '@prisma/client';
import type { CaseRecord } from '../workflows/process/case-record';
import { issueCertificate, type IssueRequest, type IssuerSettings } from './certificates';
import type { DocumentStore } from './documents/document-store';
import { writeCaseRecord } from './read-model';

export interface CaseActivityDependencies {
  prisma: PrismaClient;
  documents: DocumentStore;
  issuer: IssuerSettings;
  clock: () => Date;
}

/** The side effects of a case; the worker passes real dependencies, tests may pass their own. */
export function createCaseActivities({ prisma, documents, issuer, clock }: CaseActivityDependencies) {
  return {
    syncCase: (record: CaseRecord) => writeCaseRecord(prisma, record),
    issueCertificate: (request: IssueRequest) => issueCertificate(prisma, documents, issuer, request, clock()),
  };
}

export type CaseActivities = ReturnType<typeof createCaseActivities>;
