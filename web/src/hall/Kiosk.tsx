import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, request } from '../api';
import type { ServiceLine, TakeTicketMutation } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { ArriveForAppointment, TakeTicket } from './hall-queries';
import { hallTexts, SERVICE_LINES } from './hall-texts';
import { TicketQr } from './TicketQr';

const texts = defineTexts(
  {
    title: '取号机',
    chooseLine: '请选择业务',
    idNumber: '身份证号',
    idHelp: '请在读卡器上放置身份证',
    take: '取号',
    anonymous: '咨询取号（无需身份证）',
    arrive: '预约签到',
    ticket: '您的排队号',
    takenAt: '取号时间',
    qr: '排队号二维码',
    next: '下一位',
    refused: '未能取号',
  },
  {
    title: 'Ticket machine',
    chooseLine: 'Choose a service',
    idNumber: 'ID number',
    idHelp: 'Place the ID card on the reader',
    take: 'Take a ticket',
    anonymous: 'Enquiry ticket (no ID card)',
    arrive: 'I have an appointment',
    ticket: 'Your ticket',
    takenAt: 'Taken at',
    qr: 'Ticket QR code',
    next: 'Next person',
    refused: 'No ticket',
  },
);

type Printed = TakeTicketMutation['takeTicket'];

/**
 * The hall's ticket machine, run under a WINDOW account: a line, then the ID number as the card
 * reader gives it (or an enquiry ticket without a card), and the printed ticket with its QR code.
 * Someone who booked reads their card and signs in for today's appointment instead: its line is
 * the booking's.
 */
export function Kiosk() {
  const { t } = useText(texts);
  const hall = useText(hallTexts).t;
  const [line, setLine] = useState<ServiceLine>('ACCEPTANCE');
  const [idNumber, setIdNumber] = useState('');
  const [printed, setPrinted] = useState<Printed>();
  const take = useMutation({
    mutationFn: async (input: { line: ServiceLine; idNumber?: string } | { appointmentFor: string }) =>
      'appointmentFor' in input
        ? (await request(ArriveForAppointment, { idNumber: input.appointmentFor })).arriveForAppointment
        : (await request(TakeTicket, input)).takeTicket,
    onSuccess: (ticket) => {
      setPrinted(ticket);
      setIdNumber('');
    },
  });
  const problems = take.error instanceof ApiError ? take.error.fields : [];
  const atField = problems.filter(({ field }) => field === 'idNumber').map(({ message }) => message);
  const elsewhere = take.error && atField.length === 0 ? take.error.message : undefined;
  const start = () => {
    take.reset();
    setPrinted(undefined);
  };

  if (printed) {
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%', alignItems: 'center' }}>
        <Typography.Title level={1}>{t('ticket')}</Typography.Title>
        <Card style={{ minWidth: 320, textAlign: 'center' }}>
          <Space orientation="vertical" align="center">
            <Typography.Text strong style={{ fontSize: 64, lineHeight: 1 }}>
              {printed.number}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 20 }}>{hall(`line.${printed.line}`)}</Typography.Text>
            <Typography.Text type="secondary">
              {t('takenAt')}{' '}
              {new Date(printed.takenAt as string).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
            </Typography.Text>
            <TicketQr ticketId={printed.id} label={`${t('qr')} ${printed.number}`} />
          </Space>
        </Card>
        <Button type="primary" size="large" onClick={start}>
          {t('next')}
        </Button>
      </Space>
    );
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Form
        layout="vertical"
        onFinish={() => take.mutate({ line, idNumber: idNumber.trim() || undefined })}
        requiredMark={false}
      >
        <Form.Item label={t('chooseLine')}>
          <Radio.Group
            size="large"
            optionType="button"
            buttonStyle="solid"
            value={line}
            onChange={(event) => {
              setLine(event.target.value as ServiceLine);
              take.reset();
            }}
            options={SERVICE_LINES.map((value) => ({ value, label: hall(`line.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('idNumber')}
          htmlFor="kiosk-id-number"
          validateStatus={atField.length > 0 ? 'error' : undefined}
          help={atField.length > 0 ? atField.join('; ') : t('idHelp')}
        >
          <Input
            id="kiosk-id-number"
            size="large"
            autoComplete="off"
            maxLength={18}
            value={idNumber}
            onChange={(event) => setIdNumber(event.target.value)}
          />
        </Form.Item>
        <Space wrap>
          <Button type="primary" size="large" htmlType="submit" loading={take.isPending}>
            {t('take')}
          </Button>
          <Button
            size="large"
            onClick={() => take.mutate({ appointmentFor: idNumber.trim() })}
            disabled={take.isPending}
          >
            {t('arrive')}
          </Button>
          <Button size="large" onClick={() => take.mutate({ line: 'ENQUIRY' })} disabled={take.isPending}>
            {t('anonymous')}
          </Button>
        </Space>
      </Form>
      {elsewhere && <Alert type="error" showIcon title={t('refused')} description={elsewhere} />}
    </Space>
  );
}
