import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { request } from '../../api';
import { saveAs } from '../../documents/download';
import { graphql } from '../../gql';
import { defineTexts, useText } from '../../i18n';

const ExportQuery = graphql(`
  query AuditExportHistory($id: ID!) {
    exportHistory(id: $id)
  }
`);

const texts = defineTexts({ export: '导出历史（JSON）' }, { export: 'Export history (JSON)' });

/**
 * The case's history in Temporal's own JSON format, payloads encrypted as stored: the file
 * `npm run replay -- --file` takes.
 */
export function ExportButton({ id }: { id: string }) {
  const { t } = useText(texts);
  const download = useMutation({
    mutationFn: async () =>
      saveAs(
        new Blob([JSON.stringify((await request(ExportQuery, { id })).exportHistory, null, 2)], {
          type: 'application/json',
        }),
        `${id}-history.json`,
      ),
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
