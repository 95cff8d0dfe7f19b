import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { tokenOfScan } from '../../../hall/ticket-link';
import { request } from '../api';
import { defineTexts, useText } from '../i18n';
import { GreenChannelTag } from './GreenChannelTag';
import { HALL_KEYS, TicketByQr } from './hall-queries';
import { hallTexts } from './hall-texts';

const texts = defineTexts(
  {
    title: '扫码识别',
    token: '排队号二维码',
    scan: '识别',
    scanHelp: '扫描或输入排队号上的二维码内容',
    ticket: '排队号',
    idNumber: '身份证号',
    anonymous: '未刷身份证',
    accounts: '关联账户',
    none: '无',
    earlier: '此前的排队号',
    day: '日期',
    cases: '可查看的办件',
    caseNumber: '办件编号',
    item: '事项',
    status: '状态',
  },
  {
    title: 'Identify by QR code',
    token: 'Ticket QR code',
    scan: 'Identify',
    scanHelp: 'Scan or type what the ticket’s QR code says',
    ticket: 'Ticket',
    idNumber: 'ID number',
    anonymous: 'No ID card read',
    accounts: 'Linked accounts',
    none: 'None',
    earlier: 'Earlier tickets',
    day: 'Day',
    cases: 'Cases the window may read',
    caseNumber: 'Case number',
    item: 'Item',
    status: 'Status',
  },
);

/** Who holds a ticket, from its scanned QR code: their ID number, earlier tickets, accounts and cases. */
export function TicketHolder() {
  const { t, pick } = useText(texts);
  const hall = useText(hallTexts).t;
  const [token, setToken] = useState('');
  const holder = useQuery({
    queryKey: HALL_KEYS.holder(token),
    queryFn: () => request(TicketByQr, { qrToken: token }),
    enabled: token !== '',
  });
  const found = holder.data?.ticketByQr;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Input.Search
        aria-label={t('token')}
        placeholder={t('scanHelp')}
        enterButton={t('scan')}
        autoComplete="off"
        style={{ maxWidth: 520 }}
        loading={holder.isFetching}
        onSearch={(value) => setToken(tokenOfScan(value))}
      />
      {holder.error && <Alert type="error" title={holder.error.message} />}
      {found && (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'ticket',
                label: t('ticket'),
                children: `${found.ticket.number} · ${hall(`line.${found.ticket.line}`)} · ${hall(`ticket.${found.ticket.status}`)}`,
              },
              { key: 'id', label: t('idNumber'), children: found.idNumber ?? t('anonymous') },
              {
                key: 'accounts',
                label: t('accounts'),
                children: found.applicantIds.length > 0 ? found.applicantIds.join(', ') : t('none'),
              },
            ]}
          />
          <Table
            title={() => t('earlier')}
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={found.earlierTickets}
            columns={[
              { key: 'day', title: t('day'), dataIndex: 'day' },
              { key: 'number', title: t('ticket'), dataIndex: 'number' },
              { key: 'line', title: hall('line'), render: (_, row) => hall(`line.${row.line}`) },
              {
                key: 'status',
                title: t('status'),
                render: (_, row) => <Tag>{hall(`ticket.${row.status}`)}</Tag>,
              },
            ]}
          />
          <Table
            title={() => t('cases')}
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={found.cases}
            columns={[
              {
                key: 'id',
                title: t('caseNumber'),
                render: (_, row) => <Link to={`/work/${encodeURIComponent(row.id)}`}>{row.id}</Link>,
              },
              { key: 'item', title: t('item'), render: (_, row) => pick(row.item.name, row.item.nameEn) },
              {
                key: 'status',
                title: t('status'),
                render: (_, row) => (
                  <Space size={4} wrap>
                    {t(`status.${row.status}`)}
                    {row.greenChannel && <GreenChannelTag ground={row.greenChannel.ground} />}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
