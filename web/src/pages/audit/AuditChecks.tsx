import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Spin, Table, Tag, Typography } from 'antd';
import { request } from '../../api';
import { graphql } from '../../gql';
import { defineTexts, useText } from '../../i18n';

const ReplayQuery = graphql(`
  query AuditReplay($id: ID!) {
    replayCase(id: $id) {
      reproduces
      events
      divergedAtEventId
      divergedAtEventType
      message
    }
  }
`);

const VerifyQuery = graphql(`
  query AuditVerify($id: ID!) {
    verifyAudit(id: $id) {
      intact
      entries
      problems {
        position
        kind
        detail
      }
    }
  }
`);

const texts = defineTexts(
  {
    replay: '回放核对',
    reproduces: '可复现',
    reproducesDetail: '当前流程代码重演记录的历史，结果一致',
    diverges: '不一致',
    divergesAt: '重演在此事件处分歧',
    events: '个事件',
    verification: '审计校验',
    intact: '完整',
    intactDetail: '条办理记录，哈希链完整，每一步与 Temporal 历史相符',
    damaged: '有问题',
    position: '位置',
    kind: '问题',
    detail: '说明',
  },
  {
    replay: 'Replay',
    reproduces: 'Reproduces',
    reproducesDetail: 'the current workflow code replays the recorded history to the same result',
    diverges: 'Diverges',
    divergesAt: 'The replay diverges at event',
    events: 'events',
    verification: 'Audit verification',
    intact: 'Intact',
    intactDetail: 'record entries: the hash chain holds and every step matches the Temporal history',
    damaged: 'Problems found',
    position: 'Position',
    kind: 'Problem',
    detail: 'Detail',
  },
);

/** Whether the current code replays the case, and whether its record is the one Temporal kept. */
export function AuditChecks({ id }: { id: string }) {
  const { t } = useText(texts);
  const replay = useQuery({ queryKey: ['audit', 'replay', id], queryFn: () => request(ReplayQuery, { id }) });
  const verify = useQuery({ queryKey: ['audit', 'verify', id], queryFn: () => request(VerifyQuery, { id }) });
  const report = replay.data?.replayCase;
  const verification = verify.data?.verifyAudit;
  return (
    <Flex gap="middle" wrap>
      <Card title={t('replay')} style={{ flex: '1 1 320px' }}>
        {replay.error && <Alert type="error" title={replay.error.message} />}
        {replay.isPending && <Spin />}
        {report &&
          (report.reproduces ? (
            <Typography.Paragraph>
              <Tag color="success">{t('reproduces')}</Tag>
              {report.events} {t('events')}: {t('reproducesDetail')}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph>
              <Tag color="error">{t('diverges')}</Tag>
              {t('divergesAt')} #{report.divergedAtEventId} ({report.divergedAtEventType}): {report.message}
            </Typography.Paragraph>
          ))}
      </Card>
      <Card title={t('verification')} style={{ flex: '1 1 320px' }}>
        {verify.error && <Alert type="error" title={verify.error.message} />}
        {verify.isPending && <Spin />}
        {verification &&
          (verification.intact ? (
            <Typography.Paragraph>
              <Tag color="success">{t('intact')}</Tag>
              {verification.entries} {t('intactDetail')}
            </Typography.Paragraph>
          ) : (
            <>
              <Typography.Paragraph>
                <Tag color="error">{t('damaged')}</Tag>
              </Typography.Paragraph>
              <Table
                size="small"
                rowKey={(problem) => `${problem.position}-${problem.kind}`}
                dataSource={verification.problems}
                pagination={false}
                columns={[
                  { title: t('position'), dataIndex: 'position' },
                  { title: t('kind'), dataIndex: 'kind' },
                  { title: t('detail'), dataIndex: 'detail' },
                ]}
              />
            </>
          ))}
      </Card>
    </Flex>
  );
}
