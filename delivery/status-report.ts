import { z } from 'zod';
import { CARRIER_STATUSES } from '../domain/delivery';

/** The body of a carrier's status report, as the simulator sends it and the webhook reads it. */
export const statusReport = z.object({
  reference: z.string().min(1).max(100),
  waybill: z.string().min(1).max(50),
  status: z.enum(CARRIER_STATUSES),
  at: z.string().datetime({ offset: true }),
});
export type StatusReport = z.infer<typeof statusReport>;
