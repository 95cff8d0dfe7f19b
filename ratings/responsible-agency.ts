import { WINDOW_AGENCY } from '../domain/definition';

interface DecidedTask {
  agencyCode: string;
  decision: string | null;
  completedAt: Date | null;
}

/**
 * The agency that answers for an ended case, and so for a bad rating of it: the agency whose
 * task decided the end (the one that rejected; for an issued case, the last to approve, which
 * is the item's last stage), or, for a case withdrawn before any decision, the acceptance window
 * that held it.
 */
export function responsibleAgency(tasks: DecidedTask[]): string {
  const rejecting = tasks.find((task) => task.decision === 'REJECT');
  if (rejecting) return rejecting.agencyCode;
  const decided = tasks
    .filter((task) => task.decision && task.completedAt)
    .sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime());
  return decided[0]?.agencyCode ?? WINDOW_AGENCY;
}
