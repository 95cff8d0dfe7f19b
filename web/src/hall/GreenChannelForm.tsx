import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { GreenChannelGround } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { GREEN_CHANNEL_GROUNDS, hallTexts } from './hall-texts';

const texts = defineTexts(
  {
    title: '绿色通道：{subject}',
    ground: '依据',
    reason: '理由',
    reasonNeeded: '请写明理由',
    mark: '设为绿色通道',
    cancel: '取消',
  },
  {
    title: 'Green channel: {subject}',
    ground: 'Ground',
    reason: 'Reason',
    reasonNeeded: 'Give the reason',
    mark: 'Put ahead',
    cancel: 'Cancel',
  },
);

export interface GreenChannelMark {
  ground: GreenChannelGround;
  reason: string;
}

/**
 * Puts a waiting ticket or a case ahead (绿色通道), with its ground and the reason; `subject`
 * names it in the title (a ticket's number, a case's), `send` sends the mark.
 */
export function GreenChannelForm({
  subject,
  send,
  onClose,
  onMarked,
}: {
  subject: string;
  send: (input: GreenChannelMark) => Promise<unknown>;
  onClose: () => void;
  onMarked: () => void;
}) {
  const { t } = useText(texts);
  const hall = useText(hallTexts).t;
  const [ground, setGround] = useState<GreenChannelGround>('ELDERLY');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const mark = useMutation({
    mutationFn: () => send({ ground, reason: reason.trim() }),
    onSuccess: onMarked,
  });
  const missing = tried && !reason.trim();
  return (
    <Modal
      open
      title={t('title').replace('{subject}', subject)}
      okText={t('mark')}
      cancelText={t('cancel')}
      confirmLoading={mark.isPending}
      onCancel={onClose}
      onOk={() => {
        setTried(true);
        if (reason.trim()) mark.mutate();
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('ground')} htmlFor="green-ground">
          <Select
            id="green-ground"
            value={ground}
            onChange={setGround}
            options={GREEN_CHANNEL_GROUNDS.map((value) => ({ value, label: hall(`ground.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('reason')}
          htmlFor="green-reason"
          validateStatus={missing ? 'error' : undefined}
          help={missing ? t('reasonNeeded') : undefined}
        >
          <Input.TextArea
            id="green-reason"
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Form.Item>
      </Form>
      {mark.error && <Alert type="error" title={mark.error.message} />}
    </Modal>
  );
}
