import { z } from 'zod';

/**
 * The channel on which the read-model write announces a committed change of a case
 * (`lianban_notify_case_changed`, migration `case_change_notifications`, names it too).
 */
export const CASE_CHANGES_CHANNEL = 'lianban_case_changed';

const caseChange = z.object({
  applicationId: z.string().min(1),
  applicantId: z.string().min(1),
  /** The tasks whose row changed, each with its agency; null when they did not fit the notification. */
  tasks: z.array(z.object({ id: z.string().min(1), agencyCode: z.string().min(1) })).nullable(),
});

/** Ids only: who may see what of it is for each subscriber to read from the database. */
export type CaseChange = z.infer<typeof caseChange>;

export function parseCaseChange(payload: string | undefined): CaseChange | undefined {
  try {
    const parsed = caseChange.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The channel on which a rectification's row announces that it changed (migration
 * `rectification_change_notifications`): its id and the agency whose inbox shows it.
 */
export const RECTIFICATION_CHANGES_CHANNEL = 'lianban_rectification_changed';

const rectificationChange = z.object({ rectificationId: z.string().min(1), agencyCode: z.string().min(1) });
export type RectificationChange = z.infer<typeof rectificationChange>;

export function parseRectificationChange(payload: string | undefined): RectificationChange | undefined {
  try {
    const parsed = rectificationChange.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
