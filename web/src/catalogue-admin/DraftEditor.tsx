import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { CATALOGUE_ADMIN } from './catalogue-queries';
import { readContent } from './item-content';
import { ProblemTable } from './ProblemTable';
import { Refusal } from './Refusal';
import { useDebounced } from './use-debounced';

const CheckQuery = graphql(`
  query CheckServiceItem($code: String, $content: JSON!) {
    checkServiceItem(code: $code, content: $content) {
      field
      message
    }
  }
`);

const texts = defineTexts(
  {
    content: '事项内容（YAML）',
    contentHelp:
      '与 catalogue/items/*.yaml 的格式相同，不含 code 和 version；材料编码可简写为 M01。边输入边检查，问题列在下方。',
    notYaml: '不是有效的 YAML',
    line: '第 {line} 行',
    empty: '内容为空',
    checking: '正在检查…',
    problems: '{count} 个问题，提交审核前须全部解决',
    noProblems: '检查通过，没有问题',
    save: '保存草稿',
    saved: '已保存',
    submit: '提交审核',
    submitHint: '保存后提交；仍有问题时不能提交',
    notSaved: '未能保存',
    notSubmitted: '未能提交审核',
  },
  {
    content: 'Item content (YAML)',
    contentHelp:
      'As in catalogue/items/*.yaml, without code and version; material codes may be short (M01). Checked as you type; problems are listed below.',
    notYaml: 'Not valid YAML',
    line: 'line {line}',
    empty: 'The content is empty',
    checking: 'Checking…',
    problems: '{count} problems: all must be solved before review',
    noProblems: 'Checked: no problems',
    save: 'Save draft',
    saved: 'Saved',
    submit: 'Send for review',
    submitHint: 'Saves, then sends; not while there are problems',
    notSaved: 'Not saved',
    notSubmitted: 'Not sent for review',
  },
);

const CHECK_DELAY_MS = 400;

export interface DraftEditorProps {
  /** The item the content is a version of; none for a new item. */
  code?: string;
  initialText: string;
  readOnly?: boolean;
  onSave: (content: unknown) => Promise<unknown>;
  /** Sends the saved draft for review; a draft not saved yet has none. */
  onSubmit?: () => Promise<unknown>;
}

/**
 * An item version written as YAML, read as it is typed: a YAML mistake is shown with its line,
 * and once typing pauses the API checks the content as review would (`checkServiceItem`), every
 * problem at its path and line. It is saved as a draft whatever its problems; it goes to review
 * without any.
 */
export function DraftEditor({ code, initialText, readOnly, onSave, onSubmit }: DraftEditorProps) {
  const { t } = useText(texts);
  const [text, setText] = useState(initialText);
  const [savedText, setSavedText] = useState<string>();
  const read = useMemo(() => readContent(text), [text]);
  const settled = useDebounced(text, CHECK_DELAY_MS);
  const settledRead = useMemo(() => readContent(settled), [settled]);
  const checkable = !settledRead.error && settledRead.content != null;
  const check = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'check', code, settled],
    queryFn: () => request(CheckQuery, { code: code ?? null, content: settledRead.content }),
    enabled: checkable && !readOnly,
    placeholderData: keepPreviousData,
  });
  const save = useMutation({
    mutationFn: async () => {
      await onSave(read.content);
      setSavedText(text);
    },
  });
  const submit = useMutation({
    mutationFn: async () => {
      if (text !== (savedText ?? initialText)) await save.mutateAsync();
      await onSubmit!();
    },
  });

  const yamlError = read.error ?? (read.content == null ? { message: t('empty'), line: undefined } : undefined);
  const checking = text !== settled || check.isFetching;
  const problems = check.data?.checkServiceItem ?? [];
  const unsolved = !!yamlError || checking || !check.data || problems.length > 0;
  const busy = save.isPending || submit.isPending;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" id="item-content-help" style={{ margin: 0 }}>
        {t('contentHelp')}
      </Typography.Paragraph>
      <Input.TextArea
        aria-label={t('content')}
        aria-describedby="item-content-help"
        value={text}
        readOnly={readOnly}
        onChange={(event) => setText(event.target.value)}
        autoSize={{ minRows: 16, maxRows: 40 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace' }}
      />
      {!readOnly && (
        <>
          {yamlError ? (
            <Alert
              type="error"
              showIcon
              title={read.error ? t('notYaml') : yamlError.message}
              description={
                read.error &&
                `${yamlError.line ? `${t('line').replace('{line}', String(yamlError.line))}: ` : ''}${yamlError.message}`
              }
            />
          ) : check.error ? (
            <Alert type="error" title={check.error.message} />
          ) : !check.data ? (
            <Spin />
          ) : problems.length > 0 ? (
            <Alert type="warning" showIcon title={t('problems').replace('{count}', String(problems.length))} />
          ) : (
            <Alert type="success" showIcon title={checking ? t('checking') : t('noProblems')} />
          )}
          {!yamlError && problems.length > 0 && <ProblemTable problems={problems} lineOf={read.lineOf} />}
          {checking && !yamlError && problems.length > 0 && (
            <Typography.Text type="secondary">{t('checking')}</Typography.Text>
          )}
          <Space wrap>
            <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!!yamlError || busy}>
              {t('save')}
            </Button>
            {onSubmit && (
              <Button
                type="primary"
                onClick={() => submit.mutate()}
                loading={submit.isPending}
                disabled={unsolved || busy}
              >
                {t('submit')}
              </Button>
            )}
            {onSubmit && <Typography.Text type="secondary">{t('submitHint')}</Typography.Text>}
            {savedText === text && !save.isPending && <Typography.Text type="success">{t('saved')}</Typography.Text>}
          </Space>
          {save.error && <Refusal title={t('notSaved')} error={save.error} />}
          {submit.error && !save.error && <Refusal title={t('notSubmitted')} error={submit.error} />}
        </>
      )}
    </Space>
  );
}
