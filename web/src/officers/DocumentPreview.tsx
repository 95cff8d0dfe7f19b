import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Pagination, Space, Spin, Typography } from 'antd';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { fetchDocument } from '../documents/download';
import { defineTexts, useText } from '../i18n';
import { openPdf } from './pdf-document';

const texts = defineTexts(
  {
    download: '下载',
    page: '页',
    pages: '页码',
    noPreview: '此格式不能在页面中预览，请下载后查看',
    unreadable: '无法显示此文件',
  },
  {
    download: 'Download',
    page: 'page',
    pages: 'Pages',
    noPreview: 'This format cannot be shown in the page: download it to read it',
    unreadable: 'This file cannot be shown',
  },
);

/** Formats a browser shows as an `<img>` (the API's detected formats, documents/file-type.ts). */
const IMAGE_FORMATS = ['JPEG', 'PNG'];

/** The widest a page is drawn, in CSS pixels; the canvas has the screen's pixels behind them. */
const PAGE_WIDTH = 760;

export interface PreviewedDocument {
  downloadUrl: string;
  name: string;
  /** PDF | OFD | JPEG | PNG, as the API detected it from the content. */
  format: string;
}

/** A blob: URL for the blob while the component shows it, revoked after. */
function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}

function PdfPages({ content, name }: { content: Blob; name: string }) {
  const { t } = useText(texts);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const [pageNumber, setPageNumber] = useState(1);
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let opened: PDFDocumentProxy | undefined;
    let cancelled = false;
    openPdf(content).then(
      (document) => {
        opened = document;
        if (cancelled) void document.destroy();
        else setPdf(document);
      },
      (error: unknown) => !cancelled && setProblem(String(error)),
    );
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [content]);
  useEffect(() => {
    if (!pdf || !canvas.current) return;
    const target = canvas.current;
    let cancelled = false;
    let render: RenderTask | undefined;
    void pdf.getPage(pageNumber).then((page) => {
      // A canvas takes one rendering at a time: a page asked for since draws instead of this one.
      if (cancelled) return;
      const natural = page.getViewport({ scale: 1 });
      const scale = (Math.min(PAGE_WIDTH, natural.width) / natural.width) * window.devicePixelRatio;
      const viewport = page.getViewport({ scale });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${viewport.width / window.devicePixelRatio}px`;
      render = page.render({ canvas: target, viewport });
      render.promise.catch((error: unknown) => {
        if ((error as Error).name !== 'RenderingCancelledException') setProblem(String(error));
      });
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [pdf, pageNumber]);
  if (problem) return <Alert type="error" title={t('unreadable')} description={problem} />;
  return (
    <Space orientation="vertical">
      {pdf && pdf.numPages > 1 && (
        <nav aria-label={t('pages')}>
          <Pagination simple current={pageNumber} pageSize={1} total={pdf.numPages} onChange={setPageNumber} />
        </nav>
      )}
      {!pdf && <Spin />}
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${name} · ${t('page')} ${pageNumber}/${pdf?.numPages ?? '…'}`}
        style={{ maxWidth: '100%', border: '1px solid #d9d9d9' }}
      />
    </Space>
  );
}

/**
 * A case's document shown in the page: a PDF drawn by pdf.js, an image as itself, anything else
 * (OFD) offered for download. It is read once with the bearer token (each read goes into the
 * case's timeline) and kept in memory while the page is open.
 */
export function DocumentPreview({ document }: { document: PreviewedDocument }) {
  const { t } = useText(texts);
  const content = useQuery({
    queryKey: ['document', document.downloadUrl],
    queryFn: () => fetchDocument(document.downloadUrl),
    staleTime: Infinity,
  });
  const url = useObjectUrl(content.data);
  if (content.error) return <Alert type="error" title={content.error.message} />;
  if (!content.data || !url) return <Spin />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text strong>{document.name}</Typography.Text>
        <Button size="small" href={url} download={document.name}>
          {t('download')}
        </Button>
      </Space>
      {document.format === 'PDF' ? (
        <PdfPages content={content.data} name={document.name} />
      ) : IMAGE_FORMATS.includes(document.format) ? (
        <img src={url} alt={document.name} style={{ maxWidth: '100%', maxHeight: 900 }} />
      ) : (
        <Alert type="info" title={t('noPreview')} />
      )}
    </Space>
  );
}
