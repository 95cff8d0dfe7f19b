import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { CATALOGUE_ADMIN } from './catalogue-queries';
import { ItemChanges } from './ItemChanges';

const DiffQuery = graphql(`
  query VersionDiff($code: String!, $from: Int!, $to: Int!) {
    serviceItemDiff(code: $code, from: $from, to: $to) {
      path
      kind
      before
      after
    }
  }
`);

const texts = defineTexts({ from: '从版本', to: '到版本' }, { from: 'From version', to: 'To version' });

/** What one version of an item changes of another, both chosen; at first the newest against the one before. */
export function VersionDiff({ code, versions }: { code: string; versions: number[] }) {
  const { t } = useText(texts);
  const [from, setFrom] = useState(versions[1]);
  const [to, setTo] = useState(versions[0]);
  const diff = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'diff', code, from, to],
    queryFn: () => request(DiffQuery, { code, from, to }),
  });
  const options = versions.map((version) => ({ value: version, label: `v${version}` }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text aria-hidden>{t('from')}</Typography.Text>
        <Select aria-label={t('from')} value={from} onChange={setFrom} options={options} style={{ width: 100 }} />
        <Typography.Text aria-hidden>{t('to')}</Typography.Text>
        <Select aria-label={t('to')} value={to} onChange={setTo} options={options} style={{ width: 100 }} />
      </Space>
      {diff.error && <Alert type="error" title={diff.error.message} />}
      <ItemChanges changes={diff.data?.serviceItemDiff} loading={diff.isPending} />
    </Space>
  );
}
