import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Empty, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, request } from '../api';
import type { MyAppointmentsQuery, ServiceLine } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import {
  AvailableSlots,
  BookAppointment,
  CancelAppointment,
  HALL_KEYS,
  MyAppointments as MyAppointmentsDocument,
  RescheduleAppointment,
} from './hall-queries';
import { hallTexts, SERVICE_LINES } from './hall-texts';

const texts = defineTexts(
  {
    title: '预约办事',
    book: '预约时段',
    day: '日期',
    slots: '可预约时段',
    remaining: '余 {n}',
    noSlots: '当天没有可预约的时段（节假日、休息日或已约满）',
    chooseDay: '请选择日期',
    idNumber: '办事人身份证号',
    idHelp: '到大厅时用这张身份证签到（咨询可不填）',
    card: '身份证',
    booked: '已预约 {slot}',
    rescheduling: '改约：请为 {slot} 的预约选择新的时段',
    stopRescheduling: '不改了',
    mine: '我的预约',
    slot: '时段',
    state: '状态',
    ticket: '排队号',
    cancel: '取消预约',
    reschedule: '改约',
    none: '还没有预约',
    actions: '操作',
  },
  {
    title: 'Appointments',
    book: 'Book a slot',
    day: 'Day',
    slots: 'Available slots',
    remaining: '{n} left',
    noSlots: 'No slots on this day (a holiday, a rest day, or fully booked)',
    chooseDay: 'Choose a day',
    idNumber: 'ID number of who will come',
    idHelp: 'Sign in at the hall with this ID card (not needed for an enquiry)',
    card: 'ID card',
    booked: 'Booked {slot}',
    rescheduling: 'Rescheduling: choose a new slot for the appointment at {slot}',
    stopRescheduling: 'Keep it',
    mine: 'My appointments',
    slot: 'Slot',
    state: 'Status',
    ticket: 'Ticket',
    cancel: 'Cancel',
    reschedule: 'Reschedule',
    none: 'No appointments yet',
    actions: 'Actions',
  },
);

type Appointment = MyAppointmentsQuery['myAppointments'][number];

const hallTime = (iso: unknown, options: Intl.DateTimeFormatOptions) =>
  new Date(iso as string).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, ...options });
const clock = (iso: unknown) => hallTime(iso, { hour: '2-digit', minute: '2-digit' });
const slotText = (start: unknown, end: unknown) =>
  `${hallTime(start, { year: 'numeric', month: '2-digit', day: '2-digit' })} ${clock(start)}–${clock(end)}`;

const STATE_COLOURS = { BOOKED: 'processing', ARRIVED: 'success', NO_SHOW: 'error', CANCELLED: 'default' } as const;

/**
 * An applicant's appointments at the hall: a line and a day, its free half-hour slots (none on a
 * day the hall does not work), booked with one click; their appointments, cancelled or moved.
 */
export function MyAppointments() {
  const { t } = useText(texts);
  const hall = useText(hallTexts).t;
  const queries = useQueryClient();
  const [line, setLine] = useState<ServiceLine>('ACCEPTANCE');
  const [day, setDay] = useState<Dayjs | null>(null);
  const [moving, setMoving] = useState<Appointment>();
  const [done, setDone] = useState<string>();
  const [idNumber, setIdNumber] = useState('');
  const date = day?.format('YYYY-MM-DD');
  // A moved appointment stays on its line.
  const slotLine = moving?.line ?? line;

  const slots = useQuery({
    queryKey: HALL_KEYS.slots(slotLine, date ?? ''),
    queryFn: () => request(AvailableSlots, { line: slotLine, from: date!, to: date! }),
    enabled: date !== undefined,
  });
  const mine = useQuery({ queryKey: HALL_KEYS.appointments, queryFn: () => request(MyAppointmentsDocument) });
  const changed = () => queries.invalidateQueries({ queryKey: ['hall'] });

  const book = useMutation({
    mutationFn: async (slot: { start: unknown; end: unknown }) => {
      if (moving) await request(RescheduleAppointment, { id: moving.id, slotStart: slot.start });
      else await request(BookAppointment, { line, slotStart: slot.start, idNumber: idNumber.trim() || undefined });
      return slotText(slot.start, slot.end);
    },
    onSuccess: (slot) => {
      setDone(t('booked').replace('{slot}', slot));
      setMoving(undefined);
      void changed();
    },
  });
  const cancel = useMutation({
    mutationFn: (id: string) => request(CancelAppointment, { id }),
    onSuccess: () => changed(),
  });
  const cardProblems =
    book.error instanceof ApiError ? book.error.fields.filter(({ field }) => field === 'idNumber') : [];
  const error = cardProblems.length > 0 ? cancel.error : (book.error ?? cancel.error);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={2}>{t('book')}</Typography.Title>
        {moving && (
          <Alert
            type="info"
            title={t('rescheduling').replace('{slot}', slotText(moving.slotStart, moving.slotEnd))}
            action={
              <Button size="small" onClick={() => setMoving(undefined)}>
                {t('stopRescheduling')}
              </Button>
            }
          />
        )}
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={hall('line')} htmlFor="booking-line">
            <Select
              id="booking-line"
              style={{ minWidth: 160 }}
              value={slotLine}
              disabled={moving !== undefined}
              onChange={setLine}
              options={SERVICE_LINES.map((value) => ({ value, label: hall(`line.${value}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('day')} htmlFor="booking-day">
            <DatePicker
              id="booking-day"
              value={day}
              format="YYYY-MM-DD"
              placeholder={t('chooseDay')}
              disabledDate={(candidate) => candidate.isBefore(dayjs(), 'day')}
              onChange={(chosen) => {
                setDay(chosen);
                setDone(undefined);
              }}
            />
          </Form.Item>
          {!moving && (
            <Form.Item
              label={t('idNumber')}
              htmlFor="booking-id-number"
              validateStatus={cardProblems.length > 0 ? 'error' : undefined}
              help={cardProblems.length > 0 ? cardProblems.map(({ message }) => message).join('; ') : t('idHelp')}
            >
              <Input
                id="booking-id-number"
                autoComplete="off"
                maxLength={18}
                style={{ width: 220 }}
                value={idNumber}
                onChange={(event) => setIdNumber(event.target.value)}
              />
            </Form.Item>
          )}
        </Form>
        {done && <Alert type="success" showIcon title={done} />}
        {error && <Alert type="error" showIcon title={error.message} />}
        {slots.error && <Alert type="error" title={slots.error.message} />}
        {date && slots.data && (
          <section aria-label={t('slots')}>
            {slots.data.availableSlots.length === 0 ? (
              <Empty description={t('noSlots')} />
            ) : (
              <Space wrap>
                {slots.data.availableSlots.map((slot) => (
                  <Button
                    key={slot.start as string}
                    disabled={slot.remaining === 0 || book.isPending}
                    onClick={() => book.mutate(slot)}
                  >
                    {`${clock(slot.start)}–${clock(slot.end)} · ${t('remaining').replace('{n}', String(slot.remaining))}`}
                  </Button>
                ))}
              </Space>
            )}
          </section>
        )}
      </Space>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={2}>{t('mine')}</Typography.Title>
        {mine.error && <Alert type="error" title={mine.error.message} />}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          loading={mine.isLoading}
          locale={{ emptyText: t('none') }}
          dataSource={mine.data?.myAppointments}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'slot', title: t('slot'), render: (_, row) => slotText(row.slotStart, row.slotEnd) },
            { key: 'line', title: hall('line'), render: (_, row) => hall(`line.${row.line}`) },
            { key: 'card', title: t('card'), render: (_, row) => row.idNumber ?? '—' },
            {
              key: 'state',
              title: t('state'),
              render: (_, row) => <Tag color={STATE_COLOURS[row.state]}>{hall(`appointment.${row.state}`)}</Tag>,
            },
            { key: 'ticket', title: t('ticket'), render: (_, row) => row.ticket?.number ?? '—' },
            {
              key: 'actions',
              title: t('actions'),
              render: (_, row) =>
                row.state === 'BOOKED' && (
                  <Space>
                    <Button size="small" onClick={() => setMoving(row)}>
                      {t('reschedule')}
                    </Button>
                    <Button size="small" danger loading={cancel.isPending} onClick={() => cancel.mutate(row.id)}>
                      {t('cancel')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Space>
    </Space>
  );
}
