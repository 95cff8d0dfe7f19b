import { Alert, Descriptions, Form, Input, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../api';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { AccessLog } from './audit/AccessLog';
import { AuditChecks } from './audit/AuditChecks';
import { useCaseHistory } from './audit/case-history';
import { ExportButton } from './audit/ExportButton';
import { HistoryTable } from './audit/HistoryTable';
import { StateStepper } from './audit/StateStepper';

const texts = defineTexts(
  {
    audit: '审计查询',
    find: '查找',
    caseHelp: '输入办件编号查看其历史记录；每次查阅都会留痕',
    events: '事件数',
    startedBy: '申请人',
    started: '提交',
    history: '历史记录',
    states: '各事件时的状态',
    accessLog: '查阅记录',
  },
  {
    audit: 'Audit',
    find: 'Find',
    caseHelp: 'Enter a case number to read its history; every read is on record',
    events: 'Events',
    startedBy: 'Applicant',
    started: 'Submitted',
    history: 'History',
    states: 'State at each event',
    accessLog: 'Access log',
  },
);

/** 审计查询: an auditor (or administrator) finds a case by its number and reads its whole record. */
export function AuditCase() {
  const { id } = useParams();
  const { t } = useText(texts);
  const navigate = useNavigate();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('audit')}</Typography.Title>
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Form.Item label={t('caseNumber')} htmlFor="audit-case-number" extra={t('caseHelp')}>
          <Input.Search
            id="audit-case-number"
            defaultValue={id}
            enterButton={t('find')}
            onSearch={(value) => {
              const caseNumber = value.trim();
              if (caseNumber) void navigate(`/audit/cases/${encodeURIComponent(caseNumber)}`);
            }}
          />
        </Form.Item>
      </Form>
      {id && <AuditedCase key={id} id={id} />}
    </Space>
  );
}

function AuditedCase({ id }: { id: string }) {
  const { t } = useText(texts);
  const when = useDateTime();
  const history = useCaseHistory(id);
  const [tab, setTab] = useState('history');
  const [eventId, setEventId] = useState<number>();
  if (history.error) {
    const missing = history.error instanceof ApiError && history.error.code === 'NOT_FOUND';
    return missing ? (
      <Alert type="warning" title={`${t('noCase')}: ${id}`} description={history.error.message} />
    ) : (
      <Alert type="error" title={history.error.message} />
    );
  }
  if (history.isPending) return <Spin />;
  const [first] = history.entries;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('caseNumber')}>{id}</Descriptions.Item>
        <Descriptions.Item label={t('events')}>{history.totalCount}</Descriptions.Item>
        <Descriptions.Item label={t('startedBy')}>{first?.actor ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('started')}>
          {first ? `${when(first.at as string)} · ${first.action}` : '—'}
        </Descriptions.Item>
      </Descriptions>
      <ExportButton id={id} />
      <AuditChecks id={id} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'history',
            label: t('history'),
            children: (
              <HistoryTable
                history={history}
                onShowState={(chosen) => {
                  setEventId(chosen);
                  setTab('states');
                }}
              />
            ),
          },
          {
            key: 'states',
            label: t('states'),
            children: <StateStepper id={id} history={history} eventId={eventId} onEventId={setEventId} />,
          },
          { key: 'access', label: t('accessLog'), children: <AccessLog id={id} /> },
        ]}
      />
    </Space>
  );
}
