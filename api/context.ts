import type { PrismaClient } from '@prisma/client';
import type { Client } from '@temporalio/client';
import type { DocumentStore } from '../documents/document-store';
import type { CaseChangeFeed } from '../live/change-feed';
import type { Authentication } from './auth';

/** What every resolver receives; built per request by api/app.ts. */
export interface Context {
  prisma: PrismaClient;
  temporal: Client;
  auth: Authentication;
  documents: { store: DocumentStore; maxBytes: number; quotaBytes: number };
  /** Keys the hash that turns an applicant and an idempotency key into a case id. */
  applicationIdSecret: string;
  /** The hall's prefix of new item codes: the coding rule gives the number. */
  catalogueCodePrefix: string;
  /** DELIVERY_DEADLINE_DAYS: each new case takes it into its workflow's input. */
  deliveryDeadlineDays: number;
  /** The changes of cases this process hears, for subscriptions. */
  live: CaseChangeFeed;
  /** The time SLA figures are computed at; injected so tests can fix it. */
  now: () => Date;
}
