import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { ApiError, request, type FieldProblem } from '../../api';
import { graphql } from '../../gql';
import type { CalendarYearInput } from '../../gql/graphql';
import { defineTexts, useText } from '../../i18n';
import { DateProblems, isDateField } from './DateProblems';

const LoadMutation = graphql(`
  mutation LoadCalendarYear($input: CalendarYearInput!) {
    loadCalendarYear(input: $input) {
      year
      version
    }
  }
`);

const texts = defineTexts(
  {
    title: '载入或更正年度',
    fromFile: '从文件读取',
    file: '年度日历（JSON）',
    fileHelp:
      '与 loadCalendarYear 的输入相同：{"year": 2027, "source": "国务院办公厅通知", "provisional": false, "holidays": ["2027-01-01"], "workdays": []}',
    startFrom: '以所选年度为底稿',
    reason: '更正原因',
    reasonHelp: '更正已载入的年度时必填，将记入版本历史',
    load: '载入',
    notJson: '不是 JSON',
    notObject: '应为一个 JSON 对象，包含 year、source、holidays 和 workdays',
    loaded: '已载入',
    version: '版本',
  },
  {
    title: 'Load or correct a year',
    fromFile: 'Read from a file',
    file: 'Calendar year (JSON)',
    fileHelp:
      'As loadCalendarYear takes it: {"year": 2027, "source": "State Council notice", "provisional": false, "holidays": ["2027-01-01"], "workdays": []}',
    startFrom: 'Start from the year shown',
    reason: 'Reason for the correction',
    reasonHelp: 'Needed when correcting a year already loaded; kept in its versions',
    load: 'Load',
    notJson: 'Not JSON',
    notObject: 'Expected one JSON object with year, source, holidays and workdays',
    loaded: 'Loaded',
    version: 'version',
  },
);

interface YearData {
  year: number;
  provisional: boolean;
  source: string;
  holidays: string[];
  workdays: string[];
}

interface Values {
  file: string;
  reason?: string;
}

// The API's checks at its edge name the argument too (input.reason); its own rules do not.
const placeOf = (problem: FieldProblem) => problem.field.replace(/^input\./, '');

/**
 * A year pasted or read from a file, in the API's own input format, loaded as the year's next
 * version. The API judges it: every problem it names is shown where it belongs, each bad date in
 * the list of dates sent.
 */
export function LoadYearForm({
  year,
  shown,
  onLoaded,
}: {
  year: number;
  shown?: YearData;
  onLoaded: (year: number) => void;
}) {
  const { t } = useText(texts);
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<{ sent: Record<string, unknown>; problems: FieldProblem[] }>();
  const load = useMutation({ mutationFn: (input: CalendarYearInput) => request(LoadMutation, { input }) });
  const fileProblem = (message: string) => form.setFields([{ name: 'file', errors: [message] }]);

  const submit = async ({ file, reason }: Values) => {
    setRefused(undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(file);
    } catch (error) {
      return fileProblem(`${t('notJson')}: ${(error as Error).message}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return fileProblem(t('notObject'));
    const sent = { ...(parsed as Record<string, unknown>), ...(reason?.trim() ? { reason: reason.trim() } : {}) };
    try {
      // The shape is the API's to check too: GraphQL names any part that is not CalendarYearInput.
      const { loadCalendarYear } = await load.mutateAsync(sent as unknown as CalendarYearInput);
      form.resetFields();
      onLoaded(loadCalendarYear.year);
    } catch (error) {
      const problems = error instanceof ApiError ? error.fields : [];
      if (problems.length === 0) return fileProblem((error as Error).message);
      form.setFields([
        {
          name: 'reason',
          errors: problems.filter((problem) => placeOf(problem) === 'reason').map((problem) => problem.message),
        },
        {
          name: 'file',
          errors: problems
            .filter((problem) => placeOf(problem) !== 'reason' && !isDateField(placeOf(problem)))
            .map((problem) => `${placeOf(problem)}: ${problem.message}`),
        },
      ]);
      setRefused({ sent, problems: problems.filter((problem) => isDateField(placeOf(problem))) });
    }
  };

  const startFrom = () => {
    const { provisional = false, source = '', holidays = [], workdays = [] } = shown ?? {};
    form.setFieldValue('file', JSON.stringify({ year, provisional, source, holidays, workdays }, null, 2));
  };

  return (
    <Card title={t('title')}>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Space wrap align="end" style={{ marginBottom: 16 }}>
          <Form.Item label={t('fromFile')} htmlFor="calendar-file" style={{ margin: 0 }}>
            <input
              id="calendar-file"
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                const [chosen] = event.target.files ?? [];
                if (chosen) void chosen.text().then((text) => form.setFieldValue('file', text));
              }}
            />
          </Form.Item>
          <Button onClick={startFrom}>{t('startFrom')}</Button>
        </Space>
        <Form.Item name="file" label={t('file')} extra={t('fileHelp')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={10} spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('reason')} extra={t('reasonHelp')}>
          <Input />
        </Form.Item>
        {load.data && (
          <Alert
            type="success"
            style={{ marginBottom: 16 }}
            title={`${t('loaded')}: ${load.data.loadCalendarYear.year} · ${t('version')} ${load.data.loadCalendarYear.version}`}
          />
        )}
        {refused && refused.problems.length > 0 && <DateProblems sent={refused.sent} problems={refused.problems} />}
        <Button type="primary" htmlType="submit" loading={load.isPending}>
          {t('load')}
        </Button>
      </Form>
    </Card>
  );
}
