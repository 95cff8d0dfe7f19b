import type { Prisma } from '@prisma/client';
import { WEEKDAYS_ONLY, type WorkCalendar } from '../../domain/calendar';
import { slaView, type SlaState, type SlaView } from '../../domain/sla';
import { builder } from '../builder';

export const SlaWarningLevelEnum = builder.enumType('SlaWarningLevel', {
  values: {
    NONE: { description: 'More time left than the warning threshold' },
    WARNING: { description: "At or under the item's warning threshold (1 working day unless it says otherwise)" },
    OVERDUE: { description: 'The deadline has passed' },
  },
});

export const SlaType = builder.objectRef<SlaView>('Sla').implement({
  description:
    'A clock counted in working days on the PRC calendar (holidays and make-up working days included): ' +
    "a case's statutory limit from acceptance, or a task's promised days from its creation",
  fields: (t) => ({
    deadline: t.expose('deadline', {
      type: 'DateTime',
      nullable: true,
      description: 'Unset until the window accepts the case',
    }),
    remainingWorkingDays: t.exposeFloat('remainingWorkingDays', {
      nullable: true,
      description: 'Negative once overdue; frozen while paused or after the end',
    }),
    paused: t.exposeBoolean('paused', {
      description: 'Stopped while the applicant corrects materials, or during a stage the limit leaves out',
    }),
    pausedWorkingDays: t.exposeFloat('pausedWorkingDays', { description: 'Working days the clock stood still' }),
    extendedWorkingDays: t.exposeInt('extendedWorkingDays', { description: 'Working days granted by extensions' }),
    overdue: t.exposeBoolean('overdue'),
    warningLevel: t.expose('warningLevel', { type: SlaWarningLevelEnum }),
    calendarWarnings: t.exposeStringList('calendarWarnings', {
      description: 'Years the remaining time runs through that the calendar does not know for sure',
    }),
  }),
});

/**
 * The clock at `now` on the case's own calendar, as the read model keeps it; a case from before
 * the calendar counts Monday to Friday, and its calendar warnings say so.
 */
export function caseSla(calendar: Prisma.JsonValue | null, state: SlaState, now: Date): SlaView {
  return slaView((calendar as unknown as WorkCalendar | null) ?? WEEKDAYS_ONLY, state, now);
}
