import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tag, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { graphql } from '../gql';
import type { MaterialToUploadFragment } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { uploadDocument, type UploadedDocument } from './upload';

const texts = defineTexts(
  {
    upload: '上传',
    uploaded: '已上传',
    replace: '重新上传',
    accepted: '可上传',
    atMost: '不超过',
    tooLarge: '文件超过大小限制',
    condition: '适用情形',
  },
  {
    upload: 'Upload',
    uploaded: 'Uploaded',
    replace: 'Upload again',
    accepted: 'Accepted',
    atMost: 'at most',
    tooLarge: 'The file is larger than allowed',
    condition: 'When needed',
  },
);

// What a screen asks of each material it offers uploads for, spread into its query
// (`...MaterialToUpload`); GraphQL Code Generator reads it here and types it as MaterialToUpload.
export const MaterialToUploadFields = graphql(`
  fragment MaterialToUpload on Material {
    code
    name
    nameEn
    description
    required
    condition
    formats
    maxBytes
  }
`);

/** What the file picker offers for each format the catalogue names. */
const PICKER: Record<string, string> = {
  PDF: '.pdf,application/pdf',
  OFD: '.ofd',
  JPEG: '.jpg,.jpeg,image/jpeg',
  PNG: '.png,image/png',
};

export type MaterialToUpload = MaterialToUploadFragment;

interface MaterialUploadsProps {
  materials: MaterialToUpload[];
  chosen: Record<string, UploadedDocument>;
  onChosen: (code: string, document: UploadedDocument | undefined) => void;
  /** What the API said of each material (`documents.<code>`), by code. */
  problems: (code: string) => string[];
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * One upload per material, each with its accepted formats and size limit and the upload's
 * progress. The API reads a file's type from its content and may still refuse it; its answer
 * shows under the material, as does what the submission later says of it.
 */
export function MaterialUploads({ materials, chosen, onChosen, problems }: MaterialUploadsProps) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {materials.map((material) => (
        <MaterialUpload
          key={material.code}
          material={material}
          document={chosen[material.code]}
          onChosen={(document) => onChosen(material.code, document)}
          problems={problems(material.code)}
        />
      ))}
    </Space>
  );
}

/**
 * The document chosen for each material: `choose(material, undefined)` lets one go, and
 * `attachments` is what a submission names.
 */
export function useChosenDocuments() {
  const [chosen, setChosen] = useState<Record<string, UploadedDocument>>({});
  const choose = (material: string, document: UploadedDocument | undefined) =>
    setChosen(({ [material]: _replaced, ...others }) => (document ? { ...others, [material]: document } : others));
  const attachments = Object.entries(chosen).map(([materialCode, document]) => ({
    materialCode,
    documentId: document.id,
  }));
  return { chosen, choose, attachments };
}

function MaterialUpload({
  material,
  document,
  onChosen,
  problems,
}: {
  material: MaterialToUpload;
  document: UploadedDocument | undefined;
  onChosen: (document: UploadedDocument | undefined) => void;
  problems: string[];
}) {
  const { t, pick } = useText(texts);
  const [failure, setFailure] = useState<string>();
  // Only the newest file chosen counts: one still uploading when another is chosen, or removed,
  // must not come back when it finishes.
  const latest = useRef(0);
  const name = pick(material.name, material.nameEn);
  const labelId = `material-${material.code}`;
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span id={labelId}>{name}</span>
          <Tag color={material.required ? 'red' : 'default'}>{material.required ? t('required') : t('optional')}</Tag>
          {document && <Tag color="success">{t('uploaded')}</Tag>}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {material.description}
        {material.condition && ` · ${t('condition')}: ${material.condition}`}
        <br />
        {`${t('accepted')}: ${material.formats.join(' / ')} · ${t('atMost')} ${megabytes(material.maxBytes)}`}
      </Typography.Paragraph>
      <Upload
        accept={material.formats.map((format) => PICKER[format] ?? '').join(',')}
        maxCount={1}
        defaultFileList={
          document ? [{ uid: document.id, name: document.name, status: 'done', size: document.size }] : []
        }
        beforeUpload={(file) => {
          if (file.size <= material.maxBytes) return true;
          // Refused before it is sent: the file uploaded before stays chosen.
          setFailure(`${t('tooLarge')}: ${megabytes(file.size)} > ${megabytes(material.maxBytes)}`);
          return Upload.LIST_IGNORE;
        }}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          const attempt = ++latest.current;
          setFailure(undefined);
          onChosen(undefined);
          uploadDocument(file as File, material.code, (percent) => onProgress?.({ percent })).then(
            (uploaded) => {
              onSuccess?.(uploaded);
              if (attempt === latest.current) onChosen(uploaded);
            },
            (error: Error) => {
              onError?.(error);
              if (attempt === latest.current) setFailure(error.message);
            },
          );
        }}
        onRemove={() => {
          latest.current += 1;
          onChosen(undefined);
        }}
      >
        <Button icon={<UploadOutlined />} aria-describedby={labelId}>
          {`${document ? t('replace') : t('upload')}: ${name}`}
        </Button>
      </Upload>
      {[...(failure ? [failure] : []), ...problems].map((message) => (
        <Alert key={message} type="error" showIcon title={message} style={{ marginTop: 8 }} />
      ))}
    </Card>
  );
}
