import { Tag } from 'antd';
import type { ApplicationStatus, SlaWarningLevel } from '../gql/graphql';
import { useText } from '../i18n';

/** How a case's status and its clock's warning level are coloured wherever a case is shown. */
export const STATUS_COLOURS: Record<ApplicationStatus, string> = {
  SUBMITTED: 'default',
  UNDER_REVIEW: 'processing',
  CORRECTION_REQUIRED: 'warning',
  APPROVED: 'success',
  ISSUED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

const WARNING_COLOURS: Record<SlaWarningLevel, string> = { NONE: 'success', WARNING: 'warning', OVERDUE: 'error' };

/** The working days a case has left, coloured by warning level; a dash before its clock starts. */
export function TimeLeft({
  sla,
}: {
  sla: { remainingWorkingDays?: number | null; paused: boolean; warningLevel: SlaWarningLevel };
}) {
  const { t } = useText();
  if (sla.remainingWorkingDays === null || sla.remainingWorkingDays === undefined) return '—';
  return (
    <Tag color={WARNING_COLOURS[sla.warningLevel]}>
      {sla.remainingWorkingDays} {t('workingDays')}
      {sla.paused ? ` · ${t('paused')}` : ''}
    </Tag>
  );
}
