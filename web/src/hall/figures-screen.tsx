import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Progress, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import type { HallFiguresQuery, RatingLevel } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { DaysBars } from './figures-bars';
import { hallTexts } from './hall-texts';
import { LEVEL_COLOURS, levelKey, levelTexts, RATING_LEVELS } from './rating-levels';

const texts = defineTexts(
  {
    ...levelTexts.zh,
    title: '大厅数据',
    span: '统计区间（按提交日期）',
    items: '各事项办理情况',
    item: '事项',
    submitted: '提交',
    issued: '发证',
    p50: '发证用时中位数',
    p90: '发证用时 90% 分位',
    days: '工作日',
    onTimePromised: '承诺时限内办结',
    onTimeStatutory: '法定期限内发证',
    corrections: '平均补正轮次',
    visits: '每件跑动次数（平均 / 90% 分位）',
    chart: '各事项发证用时（工作日，深色为中位数，浅色为 90% 分位）',
    satisfaction: '各事项好差评',
    ratings: '评价数',
    satisfactionRate: '满意率',
    badRate: '差评率',
    rectifiedOnTime: '按时整改率',
    distribution: '各等级',
    none: '区间内没有办件',
    agencies: '各部门审查情况',
    agency: '部门',
    tasksCompleted: '完成审查',
    decisionP50: '审查用时中位数（工作日）',
    decisionP90: '审查用时 90% 分位（工作日）',
    onTime: '按时审查',
    queue: '各业务排队情况',
    line: '业务',
    taken: '取号',
    served: '已办结',
    absent: '未到',
    waitingP50: '等候中位数（分钟）',
    waitingP90: '等候 90% 分位（分钟）',
    serviceP50: '窗口办理中位数（分钟）',
    noTickets: '区间内没有取号',
  },
  {
    ...levelTexts.en,
    title: 'Hall figures',
    span: 'Cases submitted between',
    items: 'Items',
    item: 'Item',
    submitted: 'Submitted',
    issued: 'Issued',
    p50: 'Days to licence, median',
    p90: 'Days to licence, 90th percentile',
    days: 'working days',
    onTimePromised: 'Within the promised days',
    onTimeStatutory: 'By the statutory deadline',
    corrections: 'Correction rounds per case',
    visits: 'Visits to a window per case (mean / 90th percentile)',
    chart: 'Working days to licence per item (dark: median, light: 90th percentile)',
    satisfaction: 'Ratings per item',
    ratings: 'Ratings',
    satisfactionRate: 'Satisfied',
    badRate: 'Bad ratings',
    rectifiedOnTime: 'Rectified on time',
    distribution: 'By level',
    none: 'No cases in this span',
    agencies: 'Agencies',
    agency: 'Agency',
    tasksCompleted: 'Reviews decided',
    decisionP50: 'Days to decision, median (working days)',
    decisionP90: 'Days to decision, 90th percentile (working days)',
    onTime: 'Decided on time',
    queue: 'Queue per line',
    line: 'Line',
    taken: 'Taken',
    served: 'Served',
    absent: 'Absent',
    waitingP50: 'Minutes waiting, median',
    waitingP90: 'Minutes waiting, 90th percentile',
    serviceP50: 'Minutes at the window, median',
    noTickets: 'No tickets in this span',
  },
);

const HallFigures = graphql(`
  query HallFigures($from: DateTime!, $to: DateTime!) {
    hallStatistics(from: $from, to: $to) {
      items {
        itemCode
        itemName
        submitted
        issued
        daysToLicence {
          count
          p50
          p90
        }
        onTimePromised
        onTimeStatutory
        correctionRoundsPerCase
        meanVisitsPerCase
        visitsPerCase {
          p90
        }
      }
      agencies {
        agencyCode
        agency {
          name
          nameEn
        }
        tasksCompleted
        daysToDecision {
          p50
          p90
        }
        onTime
      }
      queue {
        line
        taken
        served
        absent
        waitingMinutes {
          p50
          p90
        }
        serviceMinutes {
          p50
        }
      }
    }
  }
`);

const ItemSatisfaction = graphql(`
  query ItemSatisfaction($itemCode: String!) {
    satisfaction(itemCode: $itemCode) {
      ratings
      satisfactionRate
      badRate
      onTimeRate
      distribution {
        level
        count
      }
    }
  }
`);

type ItemRow = HallFiguresQuery['hallStatistics']['items'][number];
type AgencyRow = HallFiguresQuery['hallStatistics']['agencies'][number];
type QueueRow = HallFiguresQuery['hallStatistics']['queue'][number];

const figure = (value: number | null | undefined) => (value == null ? '—' : value);

/** A share as a bar, named for screen readers by its column and row. */
const share = (value: number | null | undefined, name: string) =>
  value == null ? (
    '—'
  ) : (
    <Progress aria-label={name} percent={Math.round(value * 1000) / 10} size="small" style={{ minWidth: 120 }} />
  );

/** 大厅数据: per item, how long a licence took and how often on time, and how it was rated. */
export function FiguresScreen() {
  const { t, pick } = useText(texts);
  const hall = useText(hallTexts).t;
  // The last 30 days, today included: [from, to) ends at tomorrow's start.
  const [span, setSpan] = useState<[Dayjs, Dayjs]>(() => [
    dayjs().startOf('day').subtract(29, 'day'),
    dayjs().startOf('day'),
  ]);
  const from = span[0].startOf('day').toISOString();
  const to = span[1].startOf('day').add(1, 'day').toISOString();
  const figures = useQuery({ queryKey: ['hall-figures', from, to], queryFn: () => request(HallFigures, { from, to }) });
  const items = figures.data?.hallStatistics.items;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      <Space wrap>
        <Typography.Text id="figures-span">{t('span')}</Typography.Text>
        <DatePicker.RangePicker
          aria-labelledby="figures-span"
          allowClear={false}
          value={span}
          onChange={(dates) => dates?.[0] && dates[1] && setSpan([dates[0], dates[1]])}
        />
      </Space>
      {figures.error && <Alert type="error" title={figures.error.message} />}
      <Typography.Title level={2}>{t('items')}</Typography.Title>
      <Table<ItemRow>
        rowKey="itemCode"
        loading={figures.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('none') }}
        columns={[
          { title: t('item'), render: (_, row) => `${row.itemName} (${row.itemCode})` },
          { title: t('submitted'), dataIndex: 'submitted' },
          { title: t('issued'), dataIndex: 'issued' },
          { title: t('p50'), render: (_, row) => row.daysToLicence.p50 ?? '—' },
          { title: t('p90'), render: (_, row) => row.daysToLicence.p90 ?? '—' },
          {
            title: t('onTimePromised'),
            render: (_, row) => share(row.onTimePromised, `${row.itemCode} ${t('onTimePromised')}`),
          },
          {
            title: t('onTimeStatutory'),
            render: (_, row) => share(row.onTimeStatutory, `${row.itemCode} ${t('onTimeStatutory')}`),
          },
          {
            title: t('corrections'),
            render: (_, row) => (row.correctionRoundsPerCase == null ? '—' : row.correctionRoundsPerCase.toFixed(2)),
          },
          {
            title: t('visits'),
            render: (_, row) =>
              row.meanVisitsPerCase == null ? '—' : `${row.meanVisitsPerCase.toFixed(2)} / ${row.visitsPerCase.p90}`,
          },
        ]}
      />
      {items && items.length > 0 && (
        <DaysBars
          title={t('chart')}
          unit={t('days')}
          bars={items.map((item) => ({
            label: item.itemName,
            p50: item.daysToLicence.p50,
            p90: item.daysToLicence.p90,
          }))}
        />
      )}
      <Typography.Title level={2}>{t('agencies')}</Typography.Title>
      <Table<AgencyRow>
        rowKey="agencyCode"
        loading={figures.isPending}
        dataSource={figures.data?.hallStatistics.agencies}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('none') }}
        columns={[
          {
            title: t('agency'),
            render: (_, row) =>
              `${row.agency ? pick(row.agency.name, row.agency.nameEn) : row.agencyCode} (${row.agencyCode})`,
          },
          { title: t('tasksCompleted'), dataIndex: 'tasksCompleted' },
          { title: t('decisionP50'), render: (_, row) => figure(row.daysToDecision.p50) },
          { title: t('decisionP90'), render: (_, row) => figure(row.daysToDecision.p90) },
          { title: t('onTime'), render: (_, row) => share(row.onTime, `${row.agencyCode} ${t('onTime')}`) },
        ]}
      />
      <Typography.Title level={2}>{t('queue')}</Typography.Title>
      <Table<QueueRow>
        rowKey="line"
        loading={figures.isPending}
        dataSource={figures.data?.hallStatistics.queue}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('noTickets') }}
        columns={[
          { title: t('line'), render: (_, row) => hall(`line.${row.line}`) },
          { title: t('taken'), dataIndex: 'taken' },
          { title: t('served'), dataIndex: 'served' },
          { title: t('absent'), dataIndex: 'absent' },
          { title: t('waitingP50'), render: (_, row) => figure(row.waitingMinutes.p50) },
          { title: t('waitingP90'), render: (_, row) => figure(row.waitingMinutes.p90) },
          { title: t('serviceP50'), render: (_, row) => figure(row.serviceMinutes.p50) },
        ]}
      />
      <Typography.Title level={2}>{t('satisfaction')}</Typography.Title>
      <SatisfactionTable items={items ?? []} />
    </Space>
  );
}

function SatisfactionTable({ items }: { items: ItemRow[] }) {
  const { t } = useText(texts);
  const answers = useQueries({
    queries: items.map((item) => ({
      queryKey: ['satisfaction', item.itemCode],
      queryFn: () => request(ItemSatisfaction, { itemCode: item.itemCode }),
    })),
  });
  const rows = items.map((item, index) => ({ item, satisfaction: answers[index]?.data?.satisfaction }));
  const count = (row: (typeof rows)[number], level: RatingLevel) =>
    row.satisfaction?.distribution.find((entry) => entry.level === level)?.count ?? 0;
  return (
    <Table
      rowKey={(row) => row.item.itemCode}
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('none') }}
      columns={[
        { title: t('item'), render: (_, row) => `${row.item.itemName} (${row.item.itemCode})` },
        { title: t('ratings'), render: (_, row) => row.satisfaction?.ratings ?? '—' },
        {
          title: t('satisfactionRate'),
          render: (_, row) =>
            share(row.satisfaction?.satisfactionRate, `${row.item.itemCode} ${t('satisfactionRate')}`),
        },
        {
          title: t('badRate'),
          render: (_, row) => share(row.satisfaction?.badRate, `${row.item.itemCode} ${t('badRate')}`),
        },
        {
          title: t('rectifiedOnTime'),
          render: (_, row) => share(row.satisfaction?.onTimeRate, `${row.item.itemCode} ${t('rectifiedOnTime')}`),
        },
        {
          title: t('distribution'),
          render: (_, row) => (
            <Space wrap size={4}>
              {RATING_LEVELS.map((level) => (
                <Tag key={level} color={LEVEL_COLOURS[level]}>
                  {t(levelKey(level))} {count(row, level)}
                </Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
