import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { defineTexts, useText } from '../i18n';
import { DocumentPreview, type PreviewedDocument } from './DocumentPreview';

const texts = defineTexts(
  {
    checklist: '材料清单',
    material: '材料',
    need: '要求',
    provided: '已提交',
    missing: '未提交',
    document: '文件',
    preview: '预览',
    close: '关闭预览',
  },
  {
    checklist: 'Material checklist',
    material: 'Material',
    need: 'Needed',
    provided: 'Submitted',
    missing: 'Not submitted',
    document: 'File',
    preview: 'Preview',
    close: 'Close the preview',
  },
);

export interface ChecklistMaterial {
  code: string;
  name: string;
  nameEn: string;
  required: boolean;
}

export interface SubmittedDocument {
  materialCode: string;
  version: number;
  downloadUrl: string;
  document: { name: string; format: string; size: number };
}

/**
 * 材料清单: every material of the item beside what the case holds for it (its current version),
 * each document opened in the page below the list.
 */
export function MaterialChecklist({
  materials,
  documents,
}: {
  materials: ChecklistMaterial[];
  documents: SubmittedDocument[];
}) {
  const { t, pick } = useText(texts);
  const [previewed, setPreviewed] = useState<PreviewedDocument>();
  const submitted = (code: string) => documents.find((document) => document.materialCode === code);
  return (
    <>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        title={() => t('checklist')}
        dataSource={materials}
        columns={[
          { title: t('material'), render: (_, material) => pick(material.name, material.nameEn) },
          { title: t('need'), render: (_, material) => (material.required ? t('required') : t('optional')) },
          {
            title: t('provided'),
            render: (_, material) =>
              submitted(material.code) ? (
                <Tag color="success">{t('provided')}</Tag>
              ) : (
                <Tag color={material.required ? 'error' : 'default'}>{t('missing')}</Tag>
              ),
          },
          {
            title: t('document'),
            render: (_, material) => {
              const attached = submitted(material.code);
              if (!attached) return '—';
              const { name, format, size } = attached.document;
              return (
                <Button
                  type="link"
                  aria-label={`${t('preview')} ${name}`}
                  onClick={() => setPreviewed({ downloadUrl: attached.downloadUrl, name, format })}
                >
                  {`${name} (${format}, ${Math.ceil(size / 1024)} KB, v${attached.version})`}
                </Button>
              );
            },
          },
        ]}
      />
      {previewed && (
        <Card
          title={t('preview')}
          extra={<Button onClick={() => setPreviewed(undefined)}>{t('close')}</Button>}
          style={{ marginTop: 16 }}
        >
          <DocumentPreview key={previewed.downloadUrl} document={previewed} />
        </Card>
      )}
    </>
  );
}
