import type { SlaView } from '../../workflows/process/sla';
import { builder } from '../builder';

export const SlaType = builder.objectRef<SlaView>('Sla').implement({
  description: 'The statutory clock of a case, counted in working days from acceptance',
  fields: (t) => ({
    deadline: t.expose('deadline', {
      type: 'DateTime',
      nullable: true,
      description: 'Unset until the window accepts the case',
    }),
    remainingWorkingDays: t.exposeFloat('remainingWorkingDays', {
      nullable: true,
      description: 'Negative once overdue; frozen while paused or after the case ends',
    }),
    paused: t.exposeBoolean('paused', { description: 'Stopped while the applicant corrects materials' }),
    overdue: t.exposeBoolean('overdue'),
  }),
});
