import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../api';
import type { ServiceLine, TicketFieldsFragment } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { CalledTicket } from './CalledTicket';
import { GreenChannelForm } from './GreenChannelForm';
import {
  CalledAtWindow,
  CallNext,
  HALL_KEYS,
  MarkAbsent,
  MarkGreenChannel,
  MarkServed,
  TicketHolderById,
  WaitingTickets,
} from './hall-queries';
import { hallTexts, SERVICE_LINES } from './hall-texts';
import { TicketHolder } from './TicketHolder';

const texts = defineTexts(
  {
    title: '窗口叫号',
    window: '窗口名称',
    lines: '服务业务',
    call: '叫号',
    nobody: '没有等候的人',
    waiting: '等候队列',
    number: '排队号',
    kind: '来源',
    appointment: '预约',
    walkIn: '现场',
    takenAt: '取号时间',
    greenChannel: '绿色通道',
    empty: '无人等候',
  },
  {
    title: 'Window caller',
    window: 'Window name',
    lines: 'Service lines',
    call: 'Call next',
    nobody: 'Nobody is waiting',
    waiting: 'Waiting',
    number: 'Ticket',
    kind: 'Came by',
    appointment: 'Appointment',
    walkIn: 'Walk-in',
    takenAt: 'Taken at',
    greenChannel: 'Green channel',
    empty: 'Nobody waiting',
  },
);

// The window's name and lines belong to the counter's PC, not to whoever is signed in at it.
const WINDOW_KEY = 'lianban.hall.window';
const LINES_KEY = 'lianban.hall.lines';

function stored<Value>(key: string, fallback: Value): Value {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as Value | null) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Waiting tickets read again this often: the queue has no live stream of its own. */
const QUEUE_REFRESH_MS = 5000;

/**
 * A window of the hall: its name and lines, the next ticket called in the API's order (green
 * channel, appointments due, walk-ins), served or absent; the queue, where a waiting ticket can be
 * put on the green channel; and the holder of a ticket identified by its QR code.
 */
export function WindowCaller() {
  const { t } = useText(texts);
  const hall = useText(hallTexts).t;
  const queries = useQueryClient();
  const [windowName, setWindowName] = useState(() => stored(WINDOW_KEY, ''));
  const [lines, setLines] = useState<ServiceLine[]>(() => stored(LINES_KEY, ['ACCEPTANCE']));
  // Undefined until this page calls: the ticket the window called before (a reload) is read back.
  const [calledHere, setCalled] = useState<TicketFieldsFragment | null>();
  const name = windowName.trim();
  const atWindow = useQuery({
    queryKey: HALL_KEYS.atWindow(name),
    queryFn: () => request(CalledAtWindow, { window: name }),
    enabled: calledHere === undefined && name !== '',
  });
  const called = calledHere === undefined ? (atWindow.data?.calledAtWindow ?? undefined) : calledHere;
  const [greenFor, setGreenFor] = useState<TicketFieldsFragment>();

  const waiting = useQuery({
    queryKey: HALL_KEYS.waiting(lines),
    queryFn: () => request(WaitingTickets, { lines }),
    enabled: lines.length > 0,
    refetchInterval: QUEUE_REFRESH_MS,
  });
  const queueChanged = () => queries.invalidateQueries({ queryKey: ['hall', 'waiting'] });
  const call = useMutation({
    mutationFn: () => request(CallNext, { window: windowName.trim(), lines }),
    onSuccess: ({ callNext }) => {
      setCalled(callNext);
      // The called ticket leaves the queue on this screen at once, before the queue is read again.
      queries.setQueryData(HALL_KEYS.waiting(lines), (queue: typeof waiting.data) =>
        queue && callNext
          ? { waitingTickets: queue.waitingTickets.filter((ticket) => ticket.id !== callNext.id) }
          : queue,
      );
      void queueChanged();
    },
  });
  // The called ticket read as if scanned, so that its holder's ID number and cases are at hand
  // for serving it without typing them.
  const holder = useQuery({
    queryKey: HALL_KEYS.holder(called?.id ?? ''),
    queryFn: () => request(TicketHolderById, { ticketId: called!.id }),
    enabled: called?.status === 'CALLED',
  });
  const finish = useMutation({
    mutationFn: async (ending: { served: string[] } | 'absent') =>
      ending === 'absent'
        ? (await request(MarkAbsent, { ticketId: called!.id })).markAbsent
        : (await request(MarkServed, { ticketId: called!.id, applicationIds: ending.served })).markServed,
    onSuccess: setCalled,
  });
  const error = call.error ?? finish.error;
  const busyWithTicket = called?.status === 'CALLED';

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('title')}
        {windowName.trim() && <Typography.Text type="secondary"> · {windowName.trim()}</Typography.Text>}
      </Typography.Title>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label={t('window')} htmlFor="hall-window-name">
          <Input
            id="hall-window-name"
            value={windowName}
            placeholder="3号窗口"
            onChange={(event) => {
              setWindowName(event.target.value);
              localStorage.setItem(WINDOW_KEY, JSON.stringify(event.target.value));
            }}
          />
        </Form.Item>
        <Form.Item label={t('lines')}>
          <Checkbox.Group
            value={lines}
            onChange={(chosen) => {
              setLines(chosen);
              localStorage.setItem(LINES_KEY, JSON.stringify(chosen));
            }}
            options={SERVICE_LINES.map((value) => ({ value, label: hall(`line.${value}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            size="large"
            loading={call.isPending}
            disabled={!windowName.trim() || lines.length === 0 || busyWithTicket}
            onClick={() => call.mutate()}
          >
            {t('call')}
          </Button>
        </Form.Item>
      </Form>
      {error && <Alert type="error" title={error.message} />}
      {called === null && <Alert type="info" title={t('nobody')} />}
      {called && (
        <CalledTicket
          ticket={called}
          holder={busyWithTicket ? holder.data?.ticketHolder : undefined}
          busy={finish.isPending}
          onServed={(applicationIds) => finish.mutate({ served: applicationIds })}
          onAbsent={() => finish.mutate('absent')}
        />
      )}

      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={2}>
          {t('waiting')}
          {waiting.data && <Typography.Text type="secondary"> ({waiting.data.waitingTickets.length})</Typography.Text>}
        </Typography.Title>
        {waiting.error && <Alert type="error" title={waiting.error.message} />}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          loading={waiting.isLoading}
          locale={{ emptyText: t('empty') }}
          dataSource={waiting.data?.waitingTickets}
          columns={[
            { key: 'number', title: t('number'), render: (_, ticket) => <strong>{ticket.number}</strong> },
            { key: 'line', title: hall('line'), render: (_, ticket) => hall(`line.${ticket.line}`) },
            {
              key: 'kind',
              title: t('kind'),
              render: (_, ticket) => (ticket.appointment ? t('appointment') : t('walkIn')),
            },
            {
              key: 'takenAt',
              title: t('takenAt'),
              render: (_, ticket) =>
                new Date(ticket.takenAt as string).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai' }),
            },
            {
              key: 'green',
              title: t('greenChannel'),
              render: (_, ticket) =>
                ticket.greenChannel ? (
                  <Tag color="success">{hall(`ground.${ticket.greenChannel.ground}`)}</Tag>
                ) : (
                  <Button size="small" onClick={() => setGreenFor(ticket)}>
                    {`${t('greenChannel')} ${ticket.number}`}
                  </Button>
                ),
            },
          ]}
        />
      </Space>
      {greenFor && (
        <GreenChannelForm
          subject={greenFor.number}
          send={(input) => request(MarkGreenChannel, { ticketId: greenFor.id, ...input })}
          onClose={() => setGreenFor(undefined)}
          onMarked={() => {
            setGreenFor(undefined);
            void queueChanged();
          }}
        />
      )}
      <TicketHolder />
    </Space>
  );
}
