import { Table, Typography } from 'antd';
import type { FieldProblem } from '../api';
import { defineTexts, useText } from '../i18n';

const texts = defineTexts(
  { path: '位置', line: '行', problem: '问题' },
  { path: 'Path', line: 'Line', problem: 'Problem' },
);

/** Every problem of a draft at its path, and the line of the text it is on when that is known. */
export function ProblemTable({
  problems,
  lineOf,
}: {
  problems: FieldProblem[];
  lineOf?: (path: string) => number | undefined;
}) {
  const { t } = useText(texts);
  return (
    <Table
      size="small"
      rowKey={(problem) => `${problem.field} ${problem.message}`}
      dataSource={problems}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: t('path'), render: (_, problem) => <Typography.Text code>{problem.field}</Typography.Text> },
        ...(lineOf
          ? [{ title: t('line'), render: (_: unknown, problem: FieldProblem) => lineOf(problem.field) ?? '—' }]
          : []),
        {
          title: t('problem'),
          render: (_, problem) => <Typography.Text type="danger">{problem.message}</Typography.Text>,
        },
      ]}
    />
  );
}
