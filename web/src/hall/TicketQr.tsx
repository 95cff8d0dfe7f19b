import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { useEffect } from 'react';
import { fetchDocument } from '../documents/download';

/**
 * The ticket's QR code as the API draws it: fetched with the bearer token (a plain <img src> sends
 * none) and shown from a blob URL, which the desk's CSP allows.
 */
export function TicketQr({ ticketId, label }: { ticketId: string; label: string }) {
  const image = useQuery({
    queryKey: ['hall', 'qr', ticketId],
    queryFn: async () =>
      URL.createObjectURL(await fetchDocument(`/hall/tickets/${encodeURIComponent(ticketId)}/qr.png`)),
    staleTime: Infinity,
    gcTime: 0,
  });
  const url = image.data;
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  if (image.error) return <Alert type="error" title={image.error.message} />;
  if (!url) return <Spin />;
  return <img src={url} alt={label} width={180} height={180} style={{ imageRendering: 'pixelated' }} />;
}
