import { ApplicationFailure } from '@temporalio/common';
import { failpoint } from '../failpoints';
import type { CaseRecord } from '../domain/case-record';
import { NOT_STORABLE } from '../domain/case-rules';
import { unstorableText } from '../domain/text-rules';
import type { Database } from '../prisma/database';
import { permanentWriteError } from '../prisma/database-errors';
import { writeCaseRecord } from './read-model';

export interface CaseActivityDependencies {
  /** The read model's database: its writes run as plain SQL on one of its connections. */
  database: Pick<Database, 'withSession'>;
  /** Told of every write the database refused for good, so that operators see it (log, metric). */
  onRefusedWrite?: (applicationId: string, reason: string) => void;
}

/** The keys a fail point of the read-model write matches: each task of the write with its status. */
const recordKeys = (record: CaseRecord) => () => [
  record.applicationId,
  ...record.tasks.map((task) => `${task.id}:${task.status}`),
];

/** The side effects of a case; the worker passes real dependencies, tests may pass their own. */
export function createCaseActivities({ database, onRefusedWrite }: CaseActivityDependencies) {
  /** `told` goes to the person who made the change; `detail` (the database's words) only to the log. */
  const refuse = (record: CaseRecord, told: string, detail = told) => {
    onRefusedWrite?.(record.applicationId, detail);
    return ApplicationFailure.create({
      type: NOT_STORABLE,
      message: `The read model cannot store this change: ${told}`,
      nonRetryable: true,
    });
  };
  return {
    /**
     * Writes the case to the read model. A database that cannot be reached is retried; a value
     * or constraint it refuses fails the write for good, and the workflow undoes the change.
     */
    syncCase: async (record: CaseRecord): Promise<void> => {
      const fault = unstorableText(record);
      if (fault) throw refuse(record, `${fault.path}: ${fault.message}`);
      failpoint('sync-case:before-write', recordKeys(record));
      try {
        await writeCaseRecord(database, record);
      } catch (error) {
        const permanent = permanentWriteError(error);
        if (permanent) {
          throw refuse(
            record,
            `the database refused a value of it (code ${permanent.code})`,
            `${permanent.code}: ${permanent.reason}`,
          );
        }
        throw error;
      }
      failpoint('sync-case:after-write', recordKeys(record));
    },
  };
}

export type CaseActivities = ReturnType<typeof createCaseActivities>;
