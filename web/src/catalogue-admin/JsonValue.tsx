import { Typography } from 'antd';
import { defineTexts, useText } from '../i18n';

const texts = defineTexts({ more: '展开（{lines} 行）' }, { more: 'Show all ({lines} lines)' });

const SHORT_LINES = 4;
const SHORT_CHARACTERS = 160;

/** A value of an item as a person reads it: text as it is, anything else as indented JSON, a long one folded. */
export function JsonValue({ value }: { value: unknown }) {
  const { t } = useText(texts);
  if (value === undefined || value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const lines = text.split('\n');
  const pre = <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</pre>;
  if (lines.length <= SHORT_LINES && text.length <= SHORT_CHARACTERS) return pre;
  return (
    <details>
      <summary>
        <Typography.Text code>{lines[0].slice(0, 60)}…</Typography.Text>{' '}
        {t('more').replace('{lines}', String(lines.length))}
      </summary>
      {pre}
    </details>
  );
}
