import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, request, type FieldProblem } from '../api';
import { MaterialUploads, useChosenDocuments } from '../documents/MaterialUploads';
import { ItemForm } from '../forms/ItemForm';
import { materialProblems } from '../forms/problems';
import { RefusalAlert } from '../forms/RefusalAlert';
import { fieldLabel, type SchemaNode } from '../forms/form-fields';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useCaseChanged } from './case-changed';

const texts = defineTexts(
  {
    supplement: '补正材料',
    supplementHelp: '只有补正告知中列出的项目可以修改',
    sendSupplement: '提交补正',
    supplementRefused: '补正未提交：请按提示修改',
  },
  {
    supplement: 'Supply corrections',
    supplementHelp: 'Only what the correction notice lists can be changed',
    sendSupplement: 'Send the corrections',
    supplementRefused: 'Not sent: correct what is shown',
  },
);

const SupplementQuery = graphql(`
  query Supplement($id: ID!) {
    application(id: $id) {
      id
      formData
      correctionNotice {
        agency
        field
        material
        reason
      }
      item {
        code
        version
        formSchema
        agencies {
          code
          name
          nameEn
        }
        materials {
          ...MaterialToUpload
        }
      }
    }
  }
`);

const SupplementApplication = graphql(`
  mutation SupplementApplication($id: ID!, $input: SupplementInput!) {
    supplementApplication(id: $id, input: $input) {
      id
      status
    }
  }
`);

/**
 * 补正: the form as submitted with only the fields the notice asks for editable, and an upload
 * for each material it asks for. A nested field (`a.b`) is sent with the object holding it, as
 * the API merges the form's top-level fields.
 */
export function Supplement({ id }: { id: string }) {
  const { t, pick } = useText(texts);
  const changed = useCaseChanged(id);
  const asked = useQuery({ queryKey: ['case', id, 'supplement'], queryFn: () => request(SupplementQuery, { id }) });
  const [formData, setFormData] = useState<Record<string, unknown>>();
  const { chosen, choose, attachments } = useChosenDocuments();
  const [refusal, setRefusal] = useState<FieldProblem[]>();
  const application = asked.data?.application;
  const fields = application?.correctionNotice?.flatMap((correction) => correction.field ?? []) ?? [];
  const codes = application?.correctionNotice?.flatMap((correction) => correction.material ?? []) ?? [];
  const form = formData ?? (application?.formData as Record<string, unknown> | undefined) ?? {};
  const send = useMutation({
    mutationFn: () =>
      request(SupplementApplication, {
        id,
        input: {
          formData: Object.fromEntries(
            [...new Set(fields.map((field) => field.split('.')[0]))].map((key) => [key, form[key]]),
          ),
          documents: attachments,
        },
      }),
    onSuccess: changed,
    onError: (error) => setRefusal(error instanceof ApiError ? error.fields : []),
  });
  if (asked.error) return <Alert type="error" title={asked.error.message} />;
  if (!application) return null;
  const problems = refusal ?? [];
  return (
    <Card title={t('supplement')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          title={t('correctionNotice')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {(application.correctionNotice ?? []).map((correction, index) => {
                const agency = application.item.agencies.find(({ code }) => code === correction.agency);
                const material = application.item.materials.find(({ code }) => code === correction.material);
                const what = correction.field
                  ? fieldLabel(application.item.formSchema as SchemaNode, correction.field)
                  : material && pick(material.name, material.nameEn);
                return (
                  <li key={index}>
                    {[agency && pick(agency.name, agency.nameEn), what].filter(Boolean).join(' · ')}:{' '}
                    {correction.reason}
                  </li>
                );
              })}
            </ul>
          }
        />
        <Typography.Text type="secondary">{t('supplementHelp')}</Typography.Text>
        {fields.length > 0 && (
          <ItemForm
            item={application.item}
            formData={form}
            onChange={setFormData}
            showAll={refusal !== undefined}
            editable={fields}
          />
        )}
        {codes.length > 0 && (
          <MaterialUploads
            materials={application.item.materials.filter((material) => codes.includes(material.code))}
            chosen={chosen}
            onChosen={choose}
            problems={(material) => materialProblems(problems, material)}
          />
        )}
        {send.error && <RefusalAlert error={send.error} refused={t('supplementRefused')} materials={codes} />}
        <Button type="primary" loading={send.isPending} onClick={() => send.mutate()}>
          {t('sendSupplement')}
        </Button>
      </Space>
    </Card>
  );
}
