import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { CaseSummary, TimeLeft } from '../pages/case-status';
import { useIdentity } from '../session';
import { startPage } from '../start-page';
import { CaseGreenChannel } from './CaseGreenChannel';
import { ExtendDeadline } from './ExtendDeadline';
import { FormReading } from './FormReading';
import { MaterialChecklist } from './MaterialChecklist';
import { TaskDecision } from './TaskDecision';
import { schemaFields, type SchemaNode } from '../forms/form-fields';
import { useLiveWork, WORK_KEYS } from './work-queries';

const texts = defineTexts(
  {
    task: '本部门任务',
    stage: '环节',
    round: '第 {round} 轮',
    assignee: '承办人',
    noTask: '本部门在此办件上没有任务',
    applicant: '申请人',
    greenChannel: '绿色通道',
  },
  {
    task: 'Our task',
    stage: 'Stage',
    round: 'round {round}',
    assignee: 'Assignee',
    noTask: 'Our agency has no task on this case',
    applicant: 'Applicant',
    greenChannel: 'Green channel',
  },
);

const CaseQuery = graphql(`
  query CaseAtWork($id: ID!) {
    application(id: $id) {
      id
      status
      applicantId
      submittedAt
      formData
      greenChannel {
        ground
        reason
        markedBy
        markedAt
      }
      item {
        code
        name
        nameEn
        formSchema
        materials {
          code
          name
          nameEn
          required
        }
      }
      sla {
        deadline
        remainingWorkingDays
        paused
        warningLevel
        extendedWorkingDays
      }
      documents {
        materialCode
        version
        downloadUrl
        document {
          name
          format
          size
        }
      }
      tasks {
        id
        stage
        stageKind {
          name
          nameEn
        }
        round
        status
        assignee
        decision
        sla {
          remainingWorkingDays
          paused
          warningLevel
        }
      }
    }
  }
`);

const OPEN_CASE = ['UNDER_REVIEW', 'CORRECTION_REQUIRED'];

/**
 * A case as the window or an agency's reviewer works it (`/work/{id}`): where it stands, its
 * form and materials with previews, and the agency's task on it to claim and decide. The API
 * shows agency staff their own agency's tasks only, and a case their agency has no task on
 * reads as not there.
 */
export function CaseAtWork() {
  const { id = '' } = useParams();
  const { t, pick } = useText(texts);
  const identity = useIdentity();
  useLiveWork();
  const answer = useQuery({ queryKey: WORK_KEYS.case(id), queryFn: () => request(CaseQuery, { id }) });
  if (answer.error) return <Alert type="error" title={answer.error.message} />;
  if (!answer.data) return null;
  const application = answer.data.application;
  if (!application) return <Alert type="warning" title={`${t('noCase')}: ${id}`} />;
  // The agency's task still to do, else the last one it did (a later round follows a correction).
  const task =
    application.tasks.filter((candidate) => candidate.status === 'OPEN' || candidate.status === 'CLAIMED').at(-1) ??
    application.tasks.at(-1);
  const schema = application.item.formSchema as SchemaNode;
  const role = identity?.role;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Link to={startPage(identity?.role ?? '')}>{t('back')}</Link>
      <CaseSummary
        application={application}
        extra={[
          { key: 'applicant', label: t('applicant'), children: application.applicantId },
          {
            key: 'greenChannel',
            label: t('greenChannel'),
            children: (
              <CaseGreenChannel
                applicationId={application.id}
                greenChannel={application.greenChannel}
                canMark={role === 'WINDOW'}
              />
            ),
          },
        ]}
      />
      <Card title={t('task')}>
        {task ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>
              {task.stageKind ? pick(task.stageKind.name, task.stageKind.nameEn) : task.stage} ·{' '}
              {t('round').replace('{round}', String(task.round))}
              {task.assignee ? ` · ${t('assignee')}: ${task.assignee}` : ''} · <TimeLeft sla={task.sla} />
            </Typography.Text>
            {(role === 'WINDOW' || role === 'REVIEWER') && (
              <TaskDecision
                task={task}
                role={role}
                me={identity!.sub}
                fields={schemaFields(schema)}
                materials={application.item.materials}
              />
            )}
          </Space>
        ) : (
          t('noTask')
        )}
      </Card>
      {role === 'WINDOW' && Boolean(application.sla.deadline) && OPEN_CASE.includes(application.status) && (
        <Card>
          <ExtendDeadline applicationId={application.id} extendedWorkingDays={application.sla.extendedWorkingDays} />
        </Card>
      )}
      <FormReading schema={schema} formData={application.formData} />
      <MaterialChecklist materials={application.item.materials} documents={application.documents} />
    </Space>
  );
}
