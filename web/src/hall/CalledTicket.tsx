import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { TicketFieldsFragment } from '../gql/graphql';
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
  },
);

/** The ticket called to the window, large enough to read across the counter, and its two endings. */
export function CalledTicket({
  ticket,
  busy,
  onServed,
  onAbsent,
}: {
  ticket: TicketFieldsFragment;
  busy: boolean;
  onServed: () => void;
  onAbsent: () => void;
}) {
  const { t } = useText(texts);
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
            { key: 'id', label: t('idNumber'), children: ticket.idNumber ?? '—' },
            ...(ticket.greenChannel
              ? [{ key: 'reason', label: t('greenChannel'), children: ticket.greenChannel.reason }]
              : []),
          ]}
        />
        {open && (
          <Space>
            <Button type="primary" onClick={onServed} loading={busy}>
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
