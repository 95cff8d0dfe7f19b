/** The item's guide page on the desk (web/src/pages/ItemGuide.tsx), where the QR code and the printed notice lead. */
export function guidePageUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/items/${encodeURIComponent(code)}`;
}
