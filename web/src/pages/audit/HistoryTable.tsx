import { Button, Table } from 'antd';
import { defineTexts, useText } from '../../i18n';
import { useDateTime } from '../../time';
import type { useCaseHistory } from './case-history';

const texts = defineTexts(
  {
    event: '事件',
    at: '时间',
    type: '类型',
    actor: '操作人',
    action: '动作',
    stateThen: '此时状态',
  },
  {
    event: 'Event',
    at: 'Time',
    type: 'Type',
    actor: 'Actor',
    action: 'Action',
    stateThen: 'State then',
  },
);

/** The readable history: who did what and when; a row opens to its inputs, or to the case as it then stood. */
export function HistoryTable({
  history,
  onShowState,
}: {
  history: ReturnType<typeof useCaseHistory>;
  onShowState: (eventId: number) => void;
}) {
  const { t } = useText(texts);
  const when = useDateTime();
  return (
    <>
      <Table
        rowKey="eventId"
        size="small"
        dataSource={history.entries}
        pagination={false}
        scroll={{ x: true }}
        expandable={{
          rowExpandable: (entry) => entry.inputs !== null && entry.inputs !== undefined,
          expandedRowRender: (entry) => (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(entry.inputs, null, 2)}</pre>
          ),
        }}
        columns={[
          { title: t('event'), dataIndex: 'eventId' },
          { title: t('at'), render: (_, entry) => when(entry.at as string) },
          { title: t('type'), dataIndex: 'type' },
          { title: t('actor'), render: (_, entry) => entry.actor ?? '—' },
          { title: t('action'), dataIndex: 'action' },
          {
            title: t('stateThen'),
            render: (_, entry) => (
              <Button
                size="small"
                onClick={() => onShowState(entry.eventId)}
                aria-label={`${t('stateThen')} #${entry.eventId}`}
              >
                {t('stateThen')}
              </Button>
            ),
          },
        ]}
      />
      {history.hasNextPage && (
        <Button
          onClick={() => void history.fetchNextPage()}
          loading={history.isFetchingNextPage}
          style={{ marginTop: 16 }}
        >
          {t('loadMore')}
        </Button>
      )}
    </>
  );
}
