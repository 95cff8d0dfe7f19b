import type { AgencyCode } from './definition';
import type { AttachedDocument, Correction, Decision, IssuedCertificate } from './case-model';

/** Who acts, as the API established from their token. */
export interface Actor {
  sub: string;
  role: 'APPLICANT' | 'REVIEWER' | 'WINDOW' | 'AUDITOR' | 'ADMIN';
  agency?: AgencyCode;
}

export type CaseEvent =
  | { type: 'CLAIM'; taskId: string; actor: Actor; at: string }
  | {
      type: 'DECIDE';
      taskId: string;
      actor: Actor;
      decision: Decision;
      comment?: string;
      corrections?: Correction[];
      at: string;
    }
  | { type: 'SUPPLEMENT'; actor: Actor; formData?: Record<string, unknown>; documents?: AttachedDocument[]; at: string }
  | { type: 'WITHDRAW'; actor: Actor; reason?: string; at: string }
  | { type: 'ISSUED'; certificate: IssuedCertificate; at: string };
