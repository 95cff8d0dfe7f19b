import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { request } from '../../api';
import { graphql } from '../../gql';
import { defineTexts, useText } from '../../i18n';

const ExportQuery = graphql(`
  query AuditExportHistory($id: ID!) {
    exportHistory(id: $id)
  }
`);

const texts = defineTexts({ export: '导出历史（JSON）' }, { export: 'Export history (JSON)' });

/** Saves a file in the browser; the link's address is let go once the download has taken it. */
function saveJson(name: string, value: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download reads the address after this task; letting it go at once could cut it off.
  setTimeout(() => URL.revokeObjectURL(url));
}

/**
 * The case's history in Temporal's own JSON format, payloads encrypted as stored: the file
 * `npm run replay -- --file` takes.
 */
export function ExportButton({ id }: { id: string }) {
  const { t } = useText(texts);
  const download = useMutation({
    mutationFn: async () => saveJson(`${id}-history.json`, (await request(ExportQuery, { id })).exportHistory),
  });
  return (
    <Space orientation="vertical">
      <Button onClick={() => download.mutate()} loading={download.isPending}>
        {t('export')}
      </Button>
      {download.error && <Alert type="error" title={download.error.message} />}
    </Space>
  );
}
