import { Button, Card, Descriptions, Form, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { HolderFieldsFragment, TicketFieldsFragment } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { hallTexts } from './hall-texts';

const texts = defineTexts(
  {
    called: '当前号',
    line: '业务',
    kind: '来源',
    appointment: '预约',
    walkIn: '现场取号',
    greenChannel: '绿色通道',
    waited: '等候时间',
    idNumber: '身份证号',
    served: '已办结',
    absent: '未到',
    minutes: '{m} 分 {s} 秒',
    cases: '本次办理的办件',
    casesHelp: '可选；列出持号人可查看的办件，也可输入办件编号',
  },
  {
    called: 'Called',
    line: 'Line',
    kind: 'Came by',
    appointment: 'Appointment',
    walkIn: 'Walk-in',
    greenChannel: 'Green channel',
    waited: 'Waited',
    idNumber: 'ID number',
    served: 'Served',
    absent: 'Absent',
    minutes: '{m} min {s} s',
    cases: 'Cases this visit was for',
    casesHelp: 'Optional: the holder’s cases the window may read are listed; a case number can be typed',
  },
);

type Holder = HolderFieldsFragment;

/**
 * The ticket called to the window, large enough to read across the counter, and its two endings;
 * served, with the cases the visit was for, picked from its holder's cases as the scan found them.
 */
export function CalledTicket({
  ticket,
  holder,
  busy,
  onServed,
  onAbsent,
}: {
  ticket: TicketFieldsFragment;
  holder?: Holder;
  busy: boolean;
  onServed: (applicationIds: string[]) => void;
  onAbsent: () => void;
}) {
  const { t, pick } = useText(texts);
  const [cases, setCases] = useState<string[]>([]);
  const hall = useText(hallTexts).t;
  const seconds = ticket.waitingSeconds ?? 0;
  const waited = t('minutes')
    .replace('{m}', String(Math.floor(seconds / 60)))
    .replace('{s}', String(seconds % 60));
  const open = ticket.status === 'CALLED';
  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space align="center" size="large" wrap>
          <Typography.Text strong style={{ fontSize: 72, lineHeight: 1 }}>
            {ticket.number}
          </Typography.Text>
          <Tag color={open ? 'processing' : ticket.status === 'SERVED' ? 'success' : 'warning'}>
            {hall(`ticket.${ticket.status}`)}
          </Tag>
          {ticket.greenChannel && (
            <Tag color="success">
              {t('greenChannel')} · {hall(`ground.${ticket.greenChannel.ground}`)}
            </Tag>
          )}
        </Space>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'line', label: t('line'), children: hall(`line.${ticket.line}`) },
            { key: 'kind', label: t('kind'), children: ticket.appointment ? t('appointment') : t('walkIn') },
            { key: 'waited', label: t('waited'), children: waited },
            { key: 'id', label: t('idNumber'), children: holder?.idNumber ?? ticket.idNumber ?? '—' },
            ...(ticket.greenChannel
              ? [{ key: 'reason', label: t('greenChannel'), children: ticket.greenChannel.reason }]
              : []),
          ]}
        />
        {open && (
          <Form.Item label={t('cases')} extra={t('casesHelp')} htmlFor="called-ticket-cases" style={{ margin: 0 }}>
            <Select
              id="called-ticket-cases"
              mode="tags"
              value={cases}
              onChange={setCases}
              tokenSeparators={[' ', ',']}
              style={{ maxWidth: 640 }}
              options={holder?.cases.map((kase) => ({
                value: kase.id,
                label: `${kase.id} · ${pick(kase.item.name, kase.item.nameEn)}`,
              }))}
            />
          </Form.Item>
        )}
        {open && (
          <Space>
            <Button type="primary" onClick={() => onServed(cases)} loading={busy}>
              {t('served')}
            </Button>
            <Button onClick={onAbsent} disabled={busy}>
              {t('absent')}
            </Button>
          </Space>
        )}
      </Space>
    </Card>
  );
}
