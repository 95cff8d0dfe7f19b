import type { RJSFSchema } from '@rjsf/utils';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, request, type FieldProblem } from '../api';
import { fetchDocument, saveAs } from '../documents/download';
import { MaterialUploads } from '../documents/MaterialUploads';
import type { UploadedDocument } from '../documents/upload';
import { ItemForm } from '../forms/ItemForm';
import { fieldTitle } from '../forms/schema-fields';
import { materialProblems, otherProblems } from '../forms/problems';
import { graphql } from '../gql';
import type { ApplicationStatus } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';

const texts = defineTexts(
  {
    supplement: '补正材料',
    supplementHelp: '只有补正告知中列出的项目可以修改',
    sendSupplement: '提交补正',
    supplementRefused: '补正未提交：请按提示修改',
    withdraw: '撤回申请',
    withdrawTitle: '撤回这个申请？',
    withdrawHelp: '撤回后办件终止，需要时请重新申请。',
    withdrawReason: '撤回原因（可选）',
    download: '下载证照',
  },
  {
    supplement: 'Supply corrections',
    supplementHelp: 'Only what the correction notice lists can be changed',
    sendSupplement: 'Send the corrections',
    supplementRefused: 'Not sent: correct what is shown',
    withdraw: 'Withdraw the application',
    withdrawTitle: 'Withdraw this application?',
    withdrawHelp: 'The case ends; apply again when you need to.',
    withdrawReason: 'Reason (optional)',
    download: 'Download the licence',
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
          code
          name
          nameEn
          description
          required
          condition
          formats
          maxBytes
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

const WithdrawApplication = graphql(`
  mutation WithdrawApplication($id: ID!, $reason: String) {
    withdrawApplication(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/** A case may be withdrawn until a decision on it. */
const WITHDRAWABLE: ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'CORRECTION_REQUIRED'];

interface CaseActionsProps {
  id: string;
  status: ApplicationStatus;
  licence?: { number: string; document?: { downloadUrl: string } | null } | null;
}

/** What the applicant can do on their case: supply corrections, withdraw, download the licence. */
export function CaseActions({ id, status, licence }: CaseActionsProps) {
  return (
    <>
      {status === 'CORRECTION_REQUIRED' && <Supplement id={id} />}
      <Space wrap>
        {licence?.document && <DownloadLicence number={licence.number} url={licence.document.downloadUrl} />}
        {WITHDRAWABLE.includes(status) && <Withdraw id={id} />}
      </Space>
    </>
  );
}

/** Everything on screen about the case is fetched again once the applicant changed it. */
function useCaseChanged(id: string) {
  const queries = useQueryClient();
  // ['case', id] holds the case page and its supplement form alike.
  return () =>
    Promise.all([
      queries.invalidateQueries({ queryKey: ['case', id] }),
      queries.invalidateQueries({ queryKey: ['my-cases'] }),
    ]);
}

/**
 * 补正: the form as submitted with only the fields the notice asks for editable, and an upload
 * for each material it asks for. A nested field (`a.b`) is sent with the object holding it, as
 * the API merges the form's top-level fields.
 */
function Supplement({ id }: { id: string }) {
  const { t, pick } = useText(texts);
  const changed = useCaseChanged(id);
  const asked = useQuery({ queryKey: ['case', id, 'supplement'], queryFn: () => request(SupplementQuery, { id }) });
  const [formData, setFormData] = useState<Record<string, unknown>>();
  const [chosen, setChosen] = useState<Record<string, UploadedDocument>>({});
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
          documents: Object.entries(chosen).map(([materialCode, document]) => ({
            materialCode,
            documentId: document.id,
          })),
        },
      }),
    onSuccess: changed,
    onError: (error) => setRefusal(error instanceof ApiError ? error.fields : []),
  });
  if (asked.error) return <Alert type="error" title={asked.error.message} />;
  if (!application) return null;
  const problems = refusal ?? [];
  const unplaced = otherProblems(problems, codes);
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
                  ? fieldTitle(application.item.formSchema as RJSFSchema, correction.field)
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
            onChosen={(material, document) =>
              setChosen(({ [material]: _replaced, ...others }) =>
                document ? { ...others, [material]: document } : others,
              )
            }
            problems={(material) => materialProblems(problems, material)}
          />
        )}
        {send.error && (
          <Alert
            type="error"
            showIcon
            title={
              send.error instanceof ApiError && send.error.code === 'BAD_USER_INPUT'
                ? t('supplementRefused')
                : send.error.message
            }
            description={unplaced.map(({ field, message }) => `${field}: ${message}`).join('；') || undefined}
          />
        )}
        <Button type="primary" loading={send.isPending} onClick={() => send.mutate()}>
          {t('sendSupplement')}
        </Button>
      </Space>
    </Card>
  );
}

function Withdraw({ id }: { id: string }) {
  const { t } = useText(texts);
  const changed = useCaseChanged(id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => request(WithdrawApplication, { id, reason: reason.trim() || null }),
    onSuccess: async () => {
      setOpen(false);
      await changed();
    },
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('withdrawTitle')}
        okText={t('withdraw')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        onOk={() => withdraw.mutate()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>{t('withdrawHelp')}</Typography.Paragraph>
        <Input.TextArea
          aria-label={t('withdrawReason')}
          placeholder={t('withdrawReason')}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {withdraw.error && <Alert type="error" showIcon title={withdraw.error.message} style={{ marginTop: 8 }} />}
      </Modal>
    </>
  );
}

function DownloadLicence({ number, url }: { number: string; url: string }) {
  const { t } = useText(texts);
  const download = useMutation({
    mutationFn: async () => saveAs(await fetchDocument(url), `${number}.pdf`),
  });
  return (
    <Space orientation="vertical">
      <Button type="primary" loading={download.isPending} onClick={() => download.mutate()}>
        {t('download')}
      </Button>
      {download.error && <Alert type="error" showIcon title={download.error.message} />}
    </Space>
  );
}
