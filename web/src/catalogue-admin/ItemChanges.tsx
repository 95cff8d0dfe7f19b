import { Table, Tag, Typography } from 'antd';
import type { ItemChangeKind } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { JsonValue } from './JsonValue';

const texts = defineTexts(
  {
    path: '位置',
    kind: '变化',
    before: '原内容',
    after: '新内容',
    ADDED: '新增',
    REMOVED: '删除',
    CHANGED: '修改',
    none: '没有差异',
  },
  {
    path: 'Path',
    kind: 'Change',
    before: 'Before',
    after: 'After',
    ADDED: 'Added',
    REMOVED: 'Removed',
    CHANGED: 'Changed',
    none: 'No differences',
  },
);

export interface ItemChange {
  path: string;
  kind: ItemChangeKind;
  before?: unknown;
  after?: unknown;
}

const COLOURS: Record<ItemChangeKind, string> = { ADDED: 'success', REMOVED: 'error', CHANGED: 'processing' };

/** Everything added to the item, as the API's diff names it when there is no version before. */
export const everythingAdded = (content: Record<string, unknown>): ItemChange[] =>
  Object.entries(content).map(([path, after]) => ({ path, kind: 'ADDED', after }));

/** What one version changes of another, one row a path. */
export function ItemChanges({ changes, loading }: { changes?: ItemChange[]; loading?: boolean }) {
  const { t } = useText(texts);
  return (
    <Table
      size="small"
      rowKey="path"
      loading={loading}
      dataSource={changes}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('none') }}
      columns={[
        { title: t('path'), render: (_, change) => <Typography.Text code>{change.path}</Typography.Text> },
        { title: t('kind'), render: (_, change) => <Tag color={COLOURS[change.kind]}>{t(change.kind)}</Tag> },
        { title: t('before'), width: '40%', render: (_, change) => <JsonValue value={change.before} /> },
        { title: t('after'), width: '40%', render: (_, change) => <JsonValue value={change.after} /> },
      ]}
    />
  );
}
