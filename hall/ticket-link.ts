/**
 * What a printed ticket's QR code says: the desk's visit-rating page with the ticket's token after
 * `#`. The holder's phone opens the page; the window's scanner reads the same code. The token rides
 * in the fragment, which browsers send to no server and put in no Referer.
 */
export const ticketLink = (publicUrl: string, qrToken: string) => `${publicUrl}/rate-visit#${qrToken}`;

/** The token from what a scanner read: the ticket's link, or the bare token typed from the paper. */
export function tokenOfScan(scanned: string): string {
  const trimmed = scanned.trim();
  return trimmed.slice(trimmed.lastIndexOf('#') + 1);
}
