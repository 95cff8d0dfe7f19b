import { Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import type { ApplicationStatus, SlaWarningLevel } from '../gql/graphql';
import { useText, type Message } from '../i18n';
import { useDateTime } from '../time';

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

interface SummarisedCase {
  id: string;
  status: ApplicationStatus;
  submittedAt: unknown;
  item: { name: string; nameEn: string };
  sla: {
    deadline?: unknown;
    remainingWorkingDays?: number | null;
    paused: boolean;
    warningLevel: SlaWarningLevel;
  };
}

/**
 * A case's page title (its item and status) and where it stands: its number, `extra` facts
 * after it, when it was submitted, its deadline and the working days left. The applicant's page
 * and the officers' show it alike.
 */
export function CaseSummary({
  application,
  extra = [],
}: {
  application: SummarisedCase;
  extra?: DescriptionsProps['items'];
}) {
  const { t, pick } = useText();
  const when = useDateTime();
  const { sla } = application;
  return (
    <>
      <Typography.Title level={1}>
        {pick(application.item.name, application.item.nameEn)}{' '}
        <Tag color={STATUS_COLOURS[application.status]}>{t(`status.${application.status}` as Message)}</Tag>
      </Typography.Title>
      <Descriptions
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'id', label: t('caseNumber'), children: application.id },
          ...extra,
          { key: 'submitted', label: t('submittedAt'), children: when(application.submittedAt as string) },
          {
            key: 'deadline',
            label: t('deadline'),
            children: sla.deadline ? when(sla.deadline as string) : t('notAccepted'),
          },
          { key: 'remaining', label: t('remaining'), children: <TimeLeft sla={sla} /> },
        ]}
      />
    </>
  );
}
