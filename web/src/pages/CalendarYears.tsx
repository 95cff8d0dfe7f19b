import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, InputNumber, Space, Spin, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ApiError, request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useDateTime } from '../time';
import { LoadYearForm } from './calendar/LoadYearForm';
import { YearGrid } from './calendar/YearGrid';

const CalendarQuery = graphql(`
  query CalendarYear($year: Int!) {
    calendar(year: $year) {
      year
      version
      provisional
      source
      holidays
      workdays
      reason
      loadedBy
      loadedAt
    }
  }
`);

const VersionsQuery = graphql(`
  query CalendarVersions($year: Int!) {
    calendarVersions(year: $year) {
      version
      provisional
      source
      holidays
      workdays
      reason
      loadedBy
      loadedAt
    }
  }
`);

const texts = defineTexts(
  {
    title: '工作日历',
    year: '年份',
    show: '查看',
    previousYear: '上一年',
    nextYear: '下一年',
    version: '版本',
    provisional: '暂定（仅法定节日，待国务院通知）',
    source: '来源',
    reason: '更正原因',
    loadedBy: '载入人',
    loadedAt: '载入时间',
    versions: '版本历史',
    days: '放假 / 调休上班',
  },
  {
    title: 'Working-day calendar',
    year: 'Year',
    show: 'Show',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    version: 'Version',
    provisional: "Provisional (statutory days only, until the State Council's notice)",
    source: 'Source',
    reason: 'Reason for the correction',
    loadedBy: 'Loaded by',
    loadedAt: 'Loaded',
    versions: 'Versions',
    days: 'Days off / make-up working days',
  },
);

/** 工作日历: the administrator's view of a year's working days, its versions, and loading the next. */
export function CalendarYears() {
  const { t } = useText(texts);
  const when = useDateTime();
  const queries = useQueryClient();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const showYear = (next: number) => setParams({ year: String(next) });
  const current = useQuery({ queryKey: ['calendar', year], queryFn: () => request(CalendarQuery, { year }) });
  const versions = useQuery({
    queryKey: ['calendar-versions', year],
    queryFn: () => request(VersionsQuery, { year }),
  });
  const shown = current.data?.calendar;
  const unknownYear = current.error instanceof ApiError && current.error.code === 'NOT_FOUND';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Space wrap align="end">
        <Button onClick={() => showYear(year - 1)}>{t('previousYear')}</Button>
        <Form
          key={year}
          layout="inline"
          initialValues={{ year }}
          onFinish={(values: { year: number }) => showYear(values.year)}
        >
          <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
            <InputNumber precision={0} />
          </Form.Item>
          <Button htmlType="submit">{t('show')}</Button>
        </Form>
        <Button onClick={() => showYear(year + 1)}>{t('nextYear')}</Button>
      </Space>
      {current.isPending && <Spin />}
      {current.error && <Alert type={unknownYear ? 'info' : 'error'} title={current.error.message} />}
      {shown && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('version')}>
              {shown.version} {shown.provisional && <Tag color="warning">{t('provisional')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('source')}>{shown.source}</Descriptions.Item>
            <Descriptions.Item label={t('loadedBy')}>{shown.loadedBy}</Descriptions.Item>
            <Descriptions.Item label={t('loadedAt')}>{when(shown.loadedAt as string)}</Descriptions.Item>
            {shown.reason && <Descriptions.Item label={t('reason')}>{shown.reason}</Descriptions.Item>}
          </Descriptions>
          <YearGrid year={shown.year} holidays={shown.holidays} workdays={shown.workdays} />
        </>
      )}
      <Card title={t('versions')}>
        {versions.error && <Alert type="error" title={versions.error.message} />}
        <Table
          size="small"
          rowKey="version"
          loading={versions.isPending}
          dataSource={versions.data?.calendarVersions ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('version'), dataIndex: 'version' },
            { title: t('source'), dataIndex: 'source' },
            { title: t('days'), render: (_, row) => `${row.holidays.length} / ${row.workdays.length}` },
            { title: t('reason'), render: (_, row) => row.reason ?? '—' },
            { title: t('loadedBy'), dataIndex: 'loadedBy' },
            { title: t('loadedAt'), render: (_, row) => when(row.loadedAt as string) },
          ]}
        />
      </Card>
      <LoadYearForm
        year={year}
        shown={shown}
        onLoaded={(loaded) => {
          void queries.invalidateQueries({ queryKey: ['calendar', loaded] });
          void queries.invalidateQueries({ queryKey: ['calendar-versions', loaded] });
          showYear(loaded);
        }}
      />
    </Space>
  );
}
