import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Select, Space, Spin } from 'antd';
import { request } from '../../api';
import { graphql } from '../../gql';
import { defineTexts, useText } from '../../i18n';
import { useDateTime } from '../../time';
import type { useCaseHistory } from './case-history';
import { CaseSnapshotView } from './CaseSnapshotView';

const StateQuery = graphql(`
  query AuditCaseState($id: ID!, $eventId: Int!) {
    caseStateAt(id: $id, eventId: $eventId) {
      eventId
      status
      stage
      formData
      tasks
      openCorrections
      certificate
      timeline
    }
  }
`);

const texts = defineTexts(
  { event: '事件', previous: '上一事件', next: '下一事件' },
  { event: 'Event', previous: 'Previous event', next: 'Next event' },
);

/** The case as it stood at one event of its history, stepping event by event or choosing one. */
export function StateStepper({
  id,
  history,
  eventId,
  onEventId,
}: {
  id: string;
  history: ReturnType<typeof useCaseHistory>;
  eventId: number | undefined;
  onEventId: (eventId: number) => void;
}) {
  const { t } = useText(texts);
  const when = useDateTime();
  const { entries } = history;
  const selected = eventId ?? entries.at(0)?.eventId;
  const index = entries.findIndex((entry) => entry.eventId === selected);
  const state = useQuery({
    queryKey: ['audit', 'state', id, selected],
    queryFn: () => request(StateQuery, { id, eventId: selected! }),
    enabled: selected !== undefined,
    // The state before stays on screen while the next one is replayed, rather than a blank.
    placeholderData: keepPreviousData,
  });
  const next = async () => {
    if (index + 1 < entries.length) return onEventId(entries[index + 1].eventId);
    const more = await history.fetchNextPage();
    const following = more.data?.pages.flatMap((page) => page.caseHistory.nodes)[index + 1];
    if (following) onEventId(following.eventId);
  };
  const snapshot = state.data?.caseStateAt;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button disabled={index <= 0} onClick={() => onEventId(entries[index - 1].eventId)}>
          {t('previous')}
        </Button>
        <Form.Item label={t('event')} htmlFor="audit-event" style={{ margin: 0 }}>
          <Select
            id="audit-event"
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 'min(480px, 80vw)' }}
            value={selected}
            onChange={onEventId}
            options={entries.map((entry) => ({
              value: entry.eventId,
              label: `#${entry.eventId} ${entry.action}${entry.actor ? ` · ${entry.actor}` : ''} · ${when(entry.at as string)}`,
            }))}
          />
        </Form.Item>
        <Button
          disabled={index === entries.length - 1 && !history.hasNextPage}
          loading={history.isFetchingNextPage}
          onClick={() => void next()}
        >
          {t('next')}
        </Button>
      </Space>
      {state.error && <Alert type="error" title={state.error.message} />}
      <Spin spinning={state.isFetching}>{snapshot && <CaseSnapshotView snapshot={snapshot} />}</Spin>
    </Space>
  );
}
