import { Alert, Typography } from 'antd';
import { defineTexts, useText } from '../i18n';

const texts = defineTexts(
  { sentBack: '审核人退回了此版本，请按以下理由修改后重新提交', by: '退回人', whole: '整体' },
  {
    sentBack: 'The reviewer sent this version back: change it as below and send it again',
    by: 'Sent back by',
    whole: 'Whole item',
  },
);

/** Why the reviewer sent a version back, each reason at the part of the item it is about. */
export function SentBackReasons({
  reasons,
  reviewer,
}: {
  reasons: Array<{ path?: string | null; reason: string }>;
  reviewer?: string | null;
}) {
  const { t } = useText(texts);
  return (
    <Alert
      type="warning"
      showIcon
      title={t('sentBack')}
      description={
        <>
          {reviewer && (
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('by')}: {reviewer}
            </Typography.Paragraph>
          )}
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {reasons.map(({ path, reason }, index) => (
              <li key={index}>
                <Typography.Text code>{path || t('whole')}</Typography.Text> {reason}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
