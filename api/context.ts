import type { PrismaClient } from '@prisma/client';
import type { Authentication } from './auth';

/** What every resolver receives; built per request by api/app.ts. */
export interface Context {
  prisma: PrismaClient;
  auth: Authentication;
}
