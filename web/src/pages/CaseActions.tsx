import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Input, Modal, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { request } from '../api';
import { fetchDocument, saveAs } from '../documents/download';
import { graphql } from '../gql';
import type { ApplicationStatus } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';
import { useCaseChanged } from './case-changed';
import { MAX_COMMENT } from '../../../domain/text-limits';

// The supplement form draws the item's form: loaded only when a case awaits a correction.
const Supplement = lazy(() => import('./Supplement').then((screen) => ({ default: screen.Supplement })));

const texts = defineTexts(
  {
    withdraw: '撤回申请',
    withdrawTitle: '撤回这个申请？',
    withdrawHelp: '撤回后办件终止，需要时请重新申请。',
    withdrawReason: '撤回原因（可选）',
    download: '下载证照',
  },
  {
    withdraw: 'Withdraw the application',
    withdrawTitle: 'Withdraw this application?',
    withdrawHelp: 'The case ends; apply again when you need to.',
    withdrawReason: 'Reason (optional)',
    download: 'Download the licence',
  },
);

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
  // An auditor may read the case too; the API would refuse them each of these.
  if (useIdentity()?.role !== 'APPLICANT') return null;
  return (
    <>
      {status === 'CORRECTION_REQUIRED' && (
        <Suspense fallback={<Spin />}>
          <Supplement id={id} />
        </Suspense>
      )}
      <Space wrap>
        {licence?.document && <DownloadLicence number={licence.number} url={licence.document.downloadUrl} />}
        {WITHDRAWABLE.includes(status) && <Withdraw id={id} />}
      </Space>
    </>
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
          maxLength={MAX_COMMENT}
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
