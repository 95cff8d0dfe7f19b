import { Alert, Table, Typography } from 'antd';
import type { FieldProblem } from '../../api';
import { defineTexts, useText } from '../../i18n';

const LISTS = ['holidays', 'workdays'] as const;

/** How the API names one date of a year's lists: `holidays[3]`, the fourth day off sent. */
const DATE_FIELD = /^(holidays|workdays)\[\d+\]$/;

export const isDateField = (field: string) => DATE_FIELD.test(field);

const texts = defineTexts(
  {
    summary: '个日期有误，已在下表中标出，请更正后再载入',
    list: '列表',
    holidays: '放假',
    workdays: '调休上班',
    position: '第几个',
    date: '日期',
    problem: '问题',
  },
  {
    summary: 'dates are wrong, marked below: correct them and load again',
    list: 'List',
    holidays: 'Days off',
    workdays: 'Make-up working days',
    position: 'No.',
    date: 'Date',
    problem: 'Problem',
  },
);

/** Every date that was sent, each bad one with what the API said of it, in the order sent. */
export function DateProblems({ sent, problems }: { sent: Record<string, unknown>; problems: FieldProblem[] }) {
  const { t } = useText(texts);
  const said = new Map(problems.map((problem) => [problem.field, problem.message]));
  const rows = LISTS.flatMap((list) => {
    const dates = Array.isArray(sent[list]) ? (sent[list] as unknown[]) : [];
    return dates.map((date, index) => ({
      key: `${list}[${index}]`,
      list,
      position: index + 1,
      date: String(date),
      problem: said.get(`${list}[${index}]`),
    }));
  });
  return (
    <>
      <Alert type="error" style={{ marginBottom: 16 }} title={`${problems.length} ${t('summary')}`} />
      <Table
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ y: 360 }}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('list'), render: (_, row) => t(row.list) },
          { title: t('position'), dataIndex: 'position' },
          { title: t('date'), dataIndex: 'date' },
          {
            title: t('problem'),
            render: (_, row) => row.problem && <Typography.Text type="danger">{row.problem}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}
