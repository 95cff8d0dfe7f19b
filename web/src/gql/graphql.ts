/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgencyInput = {
  code: string;
  name: string;
  nameEn: string;
};

export type ApplicationStatus =
  | 'APPROVED'
  | 'CORRECTION_REQUIRED'
  | 'ISSUED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

/** NO_SHOW: still booked when its slot ended (爽约) */
export type AppointmentState =
  | 'ARRIVED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'NO_SHOW';

export type CalendarYearInput = {
  holidays: Array<string>;
  provisional?: boolean | null | undefined;
  reason?: string | null | undefined;
  source: string;
  workdays: Array<string>;
  year: number;
};

export type CertificateKindInput = {
  code: string;
  mintsUscc: boolean;
  name: string;
  nameEn: string;
  numberPattern: string;
};

export type CompleteTaskInput = {
  comment?: string | null | undefined;
  corrections?: Array<CorrectionInput> | null | undefined;
  decision: Decision;
};

export type CorrectionInput = {
  field?: string | null | undefined;
  material?: string | null | undefined;
  reason: string;
};

export type Decision =
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_CORRECTION';

/** Checked field by field: every bad one is named (`address.postcode`) */
export type DeliveryAddressInput = {
  city: string;
  district: string;
  phone: string;
  postcode: string;
  province: string;
  recipient: string;
  street: string;
};

/** COLLECTION: at the hall; DELIVERY: by the carrier (EMS) to an address */
export type DeliveryMethod =
  | 'COLLECTION'
  | 'DELIVERY';

/** CHOSEN until the licence is issued, BOOKED once the carrier has the waybill, then the carrier's reports; REFUSED: the carrier refused the booking, collect at the hall; OVERDUE: no delivered or returned report by the deadline */
export type DeliveryStatus =
  | 'ACCEPTED'
  | 'BOOKED'
  | 'CHOSEN'
  | 'DELIVERED'
  | 'IN_TRANSIT'
  | 'OVERDUE'
  | 'REFUSED'
  | 'RETURNED';

export type DocumentAttachmentInput = {
  documentId: string | number;
  materialCode: string;
};

/** Why a ticket or a case goes ahead (绿色通道): the elderly, the disabled, service members, key projects */
export type GreenChannelGround =
  | 'DISABLED'
  | 'ELDERLY'
  | 'KEY_PROJECT'
  | 'SERVICE_MEMBER';

export type ItemChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type ItemStatus =
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'RETIRED';

/** 好差评 levels; DISSATISFIED and VERY_DISSATISFIED are bad ratings, which are rectified */
export type RatingLevel =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED'
  /** 非常不满意 */
  | 'VERY_DISSATISFIED'
  /** 非常满意 */
  | 'VERY_SATISFIED';

export type SendBackReasonInput = {
  /** The part of the item it is about, e.g. materials[2] */
  path?: string | null | undefined;
  reason: string;
};

/** A queue of the hall: ACCEPTANCE 一窗受理 (tickets A…), COLLECTION 取件 (B…), ENQUIRY 咨询 (C…) */
export type ServiceLine =
  | 'ACCEPTANCE'
  | 'COLLECTION'
  | 'ENQUIRY';

export type SlaWarningLevel =
  /** More time left than the warning threshold */
  | 'NONE'
  /** The deadline has passed */
  | 'OVERDUE'
  /** At or under the item's warning threshold (1 working day unless it says otherwise) */
  | 'WARNING';

export type StageKindInput = {
  code: string;
  excludedFromLimit: boolean;
  name: string;
  nameEn: string;
};

export type SubmitApplicationInput = {
  /** Documents of yours, each for the material it was uploaded for */
  documentIds?: Array<string | number> | null | undefined;
  /** Documents of yours with the material each is for (e.g. a licence from your library) */
  documents?: Array<DocumentAttachmentInput> | null | undefined;
  formData: unknown;
  idempotencyKey?: string | null | undefined;
  itemCode: string;
};

export type SupplementInput = {
  documentIds?: Array<string | number> | null | undefined;
  /** New documents for the materials the corrections ask for */
  documents?: Array<DocumentAttachmentInput> | null | undefined;
  /** The fields the corrections ask for; the rest of the form stays */
  formData?: unknown;
};

export type TaskStatus =
  | 'CANCELLED'
  | 'CLAIMED'
  | 'COMPLETED'
  | 'OPEN';

export type TicketStatus =
  | 'ABSENT'
  | 'CALLED'
  | 'SERVED'
  | 'WAITING';

export type CatalogueLogQueryVariables = Exact<{
  after?: string | null | undefined;
  subject?: string | null | undefined;
}>;


export type CatalogueLogQuery = { catalogueLog: { nodes: Array<{ position: number, at: unknown, actor: string, action: string, subject: string, detail: unknown, hash: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyCatalogueLogQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyCatalogueLogQuery = { verifyCatalogueLog: { entries: number, intact: boolean, brokenAt: number | null, problem: string | null } };

export type CatalogueOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueOverviewQuery = { serviceItems: Array<{ code: string, version: number, name: string, nameEn: string, status: ItemStatus, current: boolean, publishedAt: unknown }>, serviceItemDrafts: Array<{ code: string, version: number, name: string, nameEn: string, status: ItemStatus, editedBy: Array<string>, submittedForReviewAt: unknown }> };

export type CheckServiceItemQueryVariables = Exact<{
  code?: string | null | undefined;
  content: unknown;
}>;


export type CheckServiceItemQuery = { checkServiceItem: Array<{ field: string, message: string }> };

export type DraftFromQueryVariables = Exact<{
  code: string;
}>;


export type DraftFromQuery = { serviceItem: { code: string, version: number, name: string, nameEn: string, statutoryDays: number, promisedDays: number, warningDays: number, formSchema: unknown, processDefinition: unknown, materials: Array<{ code: string, name: string, nameEn: string, required: boolean, condition: string | null, when: unknown, formats: Array<string>, description: string }>, guide: { summary: string, summaryEn: string, tips: Array<string>, legalBasis: Array<string>, steps: Array<{ title: string, titleEn: string, detail: string }> } } | null };

export type DraftToEditQueryVariables = Exact<{
  code: string;
  version: number;
}>;


export type DraftToEditQuery = { serviceItem: { code: string, version: number, status: ItemStatus, editedBy: Array<string>, reviewedBy: string | null, name: string, nameEn: string, statutoryDays: number, promisedDays: number, warningDays: number, formSchema: unknown, processDefinition: unknown, sentBackReasons: Array<{ path: string | null, reason: string }> | null, materials: Array<{ code: string, name: string, nameEn: string, required: boolean, condition: string | null, when: unknown, formats: Array<string>, description: string }>, guide: { summary: string, summaryEn: string, tips: Array<string>, legalBasis: Array<string>, steps: Array<{ title: string, titleEn: string, detail: string }> } } | null };

export type DraftServiceItemMutationVariables = Exact<{
  code?: string | null | undefined;
  content: unknown;
}>;


export type DraftServiceItemMutation = { draftServiceItem: { code: string, version: number } };

export type ChangeServiceItemDraftMutationVariables = Exact<{
  code: string;
  version: number;
  content: unknown;
}>;


export type ChangeServiceItemDraftMutation = { changeServiceItemDraft: { code: string, version: number } };

export type SubmitServiceItemForReviewMutationVariables = Exact<{
  code: string;
  version: number;
}>;


export type SubmitServiceItemForReviewMutation = { submitServiceItemForReview: { code: string, version: number, status: ItemStatus } };

export type ItemVersionsQueryVariables = Exact<{
  code: string;
}>;


export type ItemVersionsQuery = { serviceItemVersions: Array<{ code: string, version: number, name: string, nameEn: string, status: ItemStatus, current: boolean, draftedBy: string | null, reviewedBy: string | null, publishedAt: unknown, retiredAt: unknown, retiredReason: string | null }> };

export type RetireServiceItemMutationVariables = Exact<{
  code: string;
  reason: string;
}>;


export type RetireServiceItemMutation = { retireServiceItem: { code: string, version: number, status: ItemStatus } };

export type ReviewVersionQueryVariables = Exact<{
  code: string;
  version: number;
}>;


export type ReviewVersionQuery = { serviceItem: { code: string, version: number, status: ItemStatus, draftedBy: string | null, editedBy: Array<string>, submittedForReviewAt: unknown, name: string, nameEn: string, statutoryDays: number, promisedDays: number, warningDays: number, formSchema: unknown, processDefinition: unknown, materials: Array<{ code: string, name: string, nameEn: string, required: boolean, condition: string | null, when: unknown, formats: Array<string>, description: string }>, guide: { summary: string, summaryEn: string, tips: Array<string>, legalBasis: Array<string>, steps: Array<{ title: string, titleEn: string, detail: string }> } } | null, serviceItemVersions: Array<{ version: number, status: ItemStatus, current: boolean }> };

export type ItemDiffQueryVariables = Exact<{
  code: string;
  from: number;
  to: number;
}>;


export type ItemDiffQuery = { serviceItemDiff: Array<{ path: string, kind: ItemChangeKind, before: unknown, after: unknown }> };

export type ApproveServiceItemMutationVariables = Exact<{
  code: string;
  version: number;
}>;


export type ApproveServiceItemMutation = { approveServiceItem: { code: string, version: number, status: ItemStatus } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { serviceItemDrafts: Array<{ code: string, version: number, name: string, nameEn: string, status: ItemStatus, editedBy: Array<string>, submittedForReviewAt: unknown }> };

export type SendBackServiceItemMutationVariables = Exact<{
  code: string;
  version: number;
  reasons: Array<SendBackReasonInput> | SendBackReasonInput;
}>;


export type SendBackServiceItemMutation = { sendBackServiceItem: { code: string, version: number, status: ItemStatus } };

export type VersionDiffQueryVariables = Exact<{
  code: string;
  from: number;
  to: number;
}>;


export type VersionDiffQuery = { serviceItemDiff: Array<{ path: string, kind: ItemChangeKind, before: unknown, after: unknown }> };

export type CatalogueVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueVocabularyQuery = { agencies: Array<{ code: string, name: string, nameEn: string }>, stageKinds: Array<{ code: string, name: string, nameEn: string, excludedFromLimit: boolean }>, certificateKinds: Array<{ code: string, name: string, nameEn: string, numberPattern: string, mintsUscc: boolean }> };

export type AddAgencyMutationVariables = Exact<{
  input: AgencyInput;
}>;


export type AddAgencyMutation = { addAgency: { code: string } };

export type AddStageKindMutationVariables = Exact<{
  input: StageKindInput;
}>;


export type AddStageKindMutation = { addStageKind: { code: string } };

export type AddCertificateKindMutationVariables = Exact<{
  input: CertificateKindInput;
}>;


export type AddCertificateKindMutation = { addCertificateKind: { code: string } };

export type ItemContentFragment = { name: string, nameEn: string, statutoryDays: number, promisedDays: number, warningDays: number, formSchema: unknown, processDefinition: unknown, materials: Array<{ code: string, name: string, nameEn: string, required: boolean, condition: string | null, when: unknown, formats: Array<string>, description: string }>, guide: { summary: string, summaryEn: string, tips: Array<string>, legalBasis: Array<string>, steps: Array<{ title: string, titleEn: string, detail: string }> } };

export type MaterialToUploadFragment = { code: string, name: string, nameEn: string, description: string, required: boolean, condition: string | null, formats: Array<string>, maxBytes: number };

export type UploadDocumentMutationVariables = Exact<{
  file: unknown;
  materialCode?: string | null | undefined;
}>;


export type UploadDocumentMutation = { uploadDocument: { id: string, name: string, size: number, format: string } };

export type FormProblemsQueryVariables = Exact<{
  code: string;
  version?: number | null | undefined;
  formData: unknown;
}>;


export type FormProblemsQuery = { serviceItem: { formProblems: Array<{ field: string, message: string }> } | null };

export type ChooseDeliveryMutationVariables = Exact<{
  id: string | number;
  method: DeliveryMethod;
  address?: DeliveryAddressInput | null | undefined;
}>;


export type ChooseDeliveryMutation = { chooseDelivery: { id: string, delivery: { method: DeliveryMethod, status: DeliveryStatus } | null } };

export type HallFiguresQueryVariables = Exact<{
  from: unknown;
  to: unknown;
}>;


export type HallFiguresQuery = { hallStatistics: { items: Array<{ itemCode: string, itemName: string, submitted: number, issued: number, onTimePromised: number | null, onTimeStatutory: number | null, correctionRoundsPerCase: number | null, meanVisitsPerCase: number | null, daysToLicence: { count: number, p50: number | null, p90: number | null }, visitsPerCase: { p90: number | null } }>, agencies: Array<{ agencyCode: string, tasksCompleted: number, onTime: number | null, agency: { name: string, nameEn: string } | null, daysToDecision: { p50: number | null, p90: number | null } }>, queue: Array<{ line: ServiceLine, taken: number, served: number, absent: number, waitingMinutes: { p50: number | null, p90: number | null }, serviceMinutes: { p50: number | null } }> } };

export type ItemSatisfactionQueryVariables = Exact<{
  itemCode: string;
}>;


export type ItemSatisfactionQuery = { satisfaction: { ratings: number, satisfactionRate: number | null, badRate: number | null, onTimeRate: number | null, distribution: Array<{ level: RatingLevel, count: number }> } };

export type TicketFieldsFragment = { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null };

export type WaitingTicketsQueryVariables = Exact<{
  lines: Array<ServiceLine> | ServiceLine;
}>;


export type WaitingTicketsQuery = { waitingTickets: Array<{ id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null }> };

export type CallNextMutationVariables = Exact<{
  window: string;
  lines: Array<ServiceLine> | ServiceLine;
}>;


export type CallNextMutation = { callNext: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null } | null };

export type MarkServedMutationVariables = Exact<{
  ticketId: string | number;
  applicationIds?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkServedMutation = { markServed: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null } };

export type MarkAbsentMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type MarkAbsentMutation = { markAbsent: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null } };

export type MarkGreenChannelMutationVariables = Exact<{
  ticketId: string | number;
  ground: GreenChannelGround;
  reason: string;
}>;


export type MarkGreenChannelMutation = { markGreenChannel: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null } };

export type MarkCaseGreenChannelMutationVariables = Exact<{
  applicationId: string | number;
  ground: GreenChannelGround;
  reason: string;
}>;


export type MarkCaseGreenChannelMutation = { markCaseGreenChannel: { id: string } };

export type HolderFieldsFragment = { idNumber: string | null, applicantIds: Array<string>, ticket: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null }, earlierTickets: Array<{ id: string, number: string, day: string, status: TicketStatus, line: ServiceLine }>, cases: Array<{ id: string, status: ApplicationStatus, greenChannel: { ground: GreenChannelGround } | null, item: { code: string, name: string, nameEn: string } }> };

export type TicketByQrQueryVariables = Exact<{
  qrToken: string;
}>;


export type TicketByQrQuery = { ticketByQr: { idNumber: string | null, applicantIds: Array<string>, ticket: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null }, earlierTickets: Array<{ id: string, number: string, day: string, status: TicketStatus, line: ServiceLine }>, cases: Array<{ id: string, status: ApplicationStatus, greenChannel: { ground: GreenChannelGround } | null, item: { code: string, name: string, nameEn: string } }> } };

export type TicketHolderByIdQueryVariables = Exact<{
  ticketId: string | number;
}>;


export type TicketHolderByIdQuery = { ticketHolder: { idNumber: string | null, applicantIds: Array<string>, ticket: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null }, earlierTickets: Array<{ id: string, number: string, day: string, status: TicketStatus, line: ServiceLine }>, cases: Array<{ id: string, status: ApplicationStatus, greenChannel: { ground: GreenChannelGround } | null, item: { code: string, name: string, nameEn: string } }> } };

export type TakeTicketMutationVariables = Exact<{
  line: ServiceLine;
  idNumber?: string | null | undefined;
}>;


export type TakeTicketMutation = { takeTicket: { id: string, number: string, line: ServiceLine, takenAt: unknown } };

export type ArriveForAppointmentMutationVariables = Exact<{
  idNumber: string;
}>;


export type ArriveForAppointmentMutation = { arriveForAppointment: { id: string, number: string, line: ServiceLine, takenAt: unknown } };

export type CalledAtWindowQueryVariables = Exact<{
  window: string;
}>;


export type CalledAtWindowQuery = { calledAtWindow: { id: string, number: string, line: ServiceLine, day: string, status: TicketStatus, idNumber: string | null, takenAt: unknown, calledAt: unknown, waitingSeconds: number | null, window: string | null, appointment: { id: string, slotStart: unknown } | null, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string } | null } | null };

export type AvailableSlotsQueryVariables = Exact<{
  line: ServiceLine;
  from: string;
  to: string;
}>;


export type AvailableSlotsQuery = { availableSlots: Array<{ start: unknown, end: unknown, remaining: number, capacity: number }> };

export type MyAppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppointmentsQuery = { myAppointments: Array<{ id: string, line: ServiceLine, slotStart: unknown, slotEnd: unknown, state: AppointmentState, idNumber: string | null, ticket: { number: string } | null }> };

export type BookAppointmentMutationVariables = Exact<{
  line: ServiceLine;
  slotStart: unknown;
  idNumber?: string | null | undefined;
}>;


export type BookAppointmentMutation = { bookAppointment: { id: string, state: AppointmentState } };

export type CancelAppointmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAppointmentMutation = { cancelAppointment: { id: string, state: AppointmentState } };

export type RescheduleAppointmentMutationVariables = Exact<{
  id: string | number;
  slotStart: unknown;
}>;


export type RescheduleAppointmentMutation = { rescheduleAppointment: { id: string, state: AppointmentState, slotStart: unknown } };

export type CaseRatingQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseRatingQuery = { myRatings: { nodes: Array<{ id: string, applicationId: string | null, level: RatingLevel, tags: Array<string>, comment: string | null, bad: boolean, agency: string, createdAt: unknown, followUpLevel: RatingLevel | null, followUpComment: string | null, followUpAt: unknown, rectification: { id: string, returnCallAt: unknown, returnCallNote: string | null, feedback: string | null, feedbackAt: unknown } | null }> }, ratingTags: { positive: Array<string>, negative: Array<string> } };

export type RateApplicationMutationVariables = Exact<{
  id: string | number;
  level: RatingLevel;
  tags?: Array<string> | string | null | undefined;
  comment?: string | null | undefined;
}>;


export type RateApplicationMutation = { rateApplication: { id: string } };

export type FollowUpRatingMutationVariables = Exact<{
  ratingId: string | number;
  level: RatingLevel;
  comment?: string | null | undefined;
}>;


export type FollowUpRatingMutation = { followUpRating: { id: string } };

export type RatingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RatingInvitationsQuery = { myRatingInvitations: Array<{ applicationId: string, itemCode: string, itemName: string }> };

export type MyRectificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRectificationsQuery = { myRectifications: { nodes: Array<{ id: string, createdAt: unknown, returnCallDueAt: unknown, dueAt: unknown, returnCallAt: unknown, returnCallNote: string | null, returnCallEscalatedAt: unknown, warnedAt: unknown, escalatedAt: unknown, escalatedTo: string | null, feedback: string | null, feedbackAt: unknown, rating: { id: string, applicationId: string | null, itemCode: string | null, itemName: string | null, level: RatingLevel, tags: Array<string>, comment: string | null, createdAt: unknown, followUpLevel: RatingLevel | null, visit: { ticketNumber: string, window: string | null, day: string } | null } }> } };

export type RecordReturnCallMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type RecordReturnCallMutation = { recordReturnCall: { id: string } };

export type SubmitRectificationMutationVariables = Exact<{
  id: string | number;
  feedback: string;
}>;


export type SubmitRectificationMutation = { submitRectification: { id: string } };

export type RectificationsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RectificationsChangedSubscription = { rectificationsChanged: { rectificationId: string } | null };

export type VisitRatingTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitRatingTagsQuery = { ratingTags: { positive: Array<string>, negative: Array<string> } };

export type RateVisitMutationVariables = Exact<{
  qrToken: string;
  level: RatingLevel;
  tags?: Array<string> | string | null | undefined;
  comment?: string | null | undefined;
}>;


export type RateVisitMutation = { rateVisit: { id: string, bad: boolean } };

export type CaseAtWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseAtWorkQuery = { application: { id: string, status: ApplicationStatus, applicantId: string, submittedAt: unknown, formData: unknown, greenChannel: { ground: GreenChannelGround, reason: string, markedBy: string, markedAt: unknown } | null, item: { code: string, name: string, nameEn: string, formSchema: unknown, materials: Array<{ code: string, name: string, nameEn: string, required: boolean }> }, sla: { deadline: unknown, remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel, extendedWorkingDays: number }, documents: Array<{ materialCode: string, version: number, downloadUrl: string, document: { name: string, format: string, size: number } }>, tasks: Array<{ id: string, stage: string, round: number, status: TaskStatus, assignee: string | null, decision: Decision | null, stageKind: { name: string, nameEn: string } | null, sla: { remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel } }> } | null };

export type ExtendDeadlineMutationVariables = Exact<{
  id: string | number;
  workingDays: number;
  reason: string;
}>;


export type ExtendDeadlineMutation = { extendDeadline: { id: string, sla: { deadline: unknown, extendedWorkingDays: number } } };

export type OverdueTasksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OverdueTasksQuery = { overdueTasks: { totalCount: number, nodes: Array<{ id: string, assignee: string | null, escalatedAt: unknown, sla: { remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel }, application: { id: string, item: { code: string, name: string, nameEn: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReassignTaskMutationVariables = Exact<{
  taskId: string | number;
  assignee: string;
  reason?: string | null | undefined;
}>;


export type ReassignTaskMutation = { reassignTask: { id: string, status: TaskStatus, assignee: string | null } };

export type ClaimTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type ClaimTaskMutation = { claimTask: { id: string, status: TaskStatus, assignee: string | null } };

export type CompleteTaskMutationVariables = Exact<{
  taskId: string | number;
  input: CompleteTaskInput;
}>;


export type CompleteTaskMutation = { completeTask: { id: string, status: TaskStatus, decision: Decision | null } };

export type AgencyTasksQueryVariables = Exact<{
  status?: TaskStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AgencyTasksQuery = { myTasks: { nodes: Array<{ id: string, stage: string, status: TaskStatus, assignee: string | null, createdAt: unknown, dueAt: unknown, sla: { remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel }, application: { id: string, greenChannel: { ground: GreenChannelGround, markedAt: unknown } | null, item: { code: string, name: string, nameEn: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TasksChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TasksChangedSubscription = { tasksChanged: { taskId: string, applicationId: string } | null };

export type ApplyQueryVariables = Exact<{
  code: string;
}>;


export type ApplyQuery = { serviceItem: { code: string, version: number, name: string, nameEn: string, formSchema: unknown, materials: Array<{ code: string, name: string, nameEn: string, description: string, required: boolean, condition: string | null, formats: Array<string>, maxBytes: number }> } | null };

export type SubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string } };

export type CalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type CalendarYearQuery = { calendar: { year: number, version: number, provisional: boolean, source: string, holidays: Array<string>, workdays: Array<string>, reason: string | null, loadedBy: string, loadedAt: unknown } };

export type CalendarVersionsQueryVariables = Exact<{
  year: number;
}>;


export type CalendarVersionsQuery = { calendarVersions: Array<{ version: number, provisional: boolean, source: string, holidays: Array<string>, workdays: Array<string>, reason: string | null, loadedBy: string, loadedAt: unknown }> };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { id: string, status: ApplicationStatus } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CaseDetailQuery = { application: { id: string, status: ApplicationStatus, submittedAt: unknown, item: { code: string, name: string, nameEn: string }, sla: { deadline: unknown, remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel }, delivery: { method: DeliveryMethod, status: DeliveryStatus, waybill: string | null, reason: string | null, address: { recipient: string, phone: string, province: string, city: string, district: string, street: string, postcode: string } | null } | null, certificate: { number: string, kind: string, uscc: string | null, issuedAt: unknown, document: { downloadUrl: string } | null } | null, timeline: { totalCount: number, nodes: Array<{ at: unknown, actor: string | null, action: string, detail: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CaseChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type CaseChangedSubscription = { applicationChanged: { id: string } };

export type CatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CatalogueQuery = { serviceItems: Array<{ code: string, version: number, name: string, nameEn: string, statutoryDays: number, promisedDays: number, guide: { summary: string, summaryEn: string }, agencies: Array<{ code: string, name: string, nameEn: string }> }> };

export type ItemGuideQueryVariables = Exact<{
  code: string;
}>;


export type ItemGuideQuery = { serviceItem: { code: string, version: number, name: string, nameEn: string, statutoryDays: number, promisedDays: number, agencies: Array<{ code: string, name: string, nameEn: string }>, guide: { summary: string, summaryEn: string, tips: Array<string>, legalBasis: Array<string>, steps: Array<{ title: string, titleEn: string, detail: string }> }, materials: Array<{ code: string, name: string, nameEn: string, required: boolean, condition: string | null, description: string, formats: Array<string> }> } | null };

export type MyCasesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyCasesQuery = { myApplications: { totalCount: number, nodes: Array<{ id: string, status: ApplicationStatus, submittedAt: unknown, item: { code: string, name: string, nameEn: string }, sla: { deadline: unknown, remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyCasesChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyCasesChangedSubscription = { myApplicationsChanged: { id: string } | null };

export type SupplementQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplementQuery = { application: { id: string, formData: unknown, correctionNotice: Array<{ agency: string | null, field: string | null, material: string | null, reason: string }> | null, item: { code: string, version: number, formSchema: unknown, agencies: Array<{ code: string, name: string, nameEn: string }>, materials: Array<{ code: string, name: string, nameEn: string, description: string, required: boolean, condition: string | null, formats: Array<string>, maxBytes: number }> } } | null };

export type SupplementApplicationMutationVariables = Exact<{
  id: string | number;
  input: SupplementInput;
}>;


export type SupplementApplicationMutation = { supplementApplication: { id: string, status: ApplicationStatus } };

export type AuditAccessLogQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type AuditAccessLogQuery = { auditAccessLog: { nodes: Array<{ at: unknown, readerId: string, readerRole: string, operation: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditReplayQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditReplayQuery = { replayCase: { reproduces: boolean, events: number, divergedAtEventId: number | null, divergedAtEventType: string | null, message: string | null } };

export type AuditVerifyQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditVerifyQuery = { verifyAudit: { intact: boolean, entries: number, problems: Array<{ position: number, kind: string, detail: string }> } };

export type AuditExportHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditExportHistoryQuery = { exportHistory: unknown };

export type AuditCaseStateQueryVariables = Exact<{
  id: string | number;
  eventId: number;
}>;


export type AuditCaseStateQuery = { caseStateAt: { eventId: number, status: ApplicationStatus, stage: string, formData: unknown, tasks: unknown, openCorrections: unknown, certificate: unknown, timeline: unknown } };

export type AuditCaseHistoryQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type AuditCaseHistoryQuery = { caseHistory: { totalCount: number, nodes: Array<{ eventId: number, at: unknown, type: string, actor: string | null, action: string, inputs: unknown }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LoadCalendarYearMutationVariables = Exact<{
  input: CalendarYearInput;
}>;


export type LoadCalendarYearMutation = { loadCalendarYear: { year: number, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ItemContentFragmentDoc = new TypedDocumentString(`
    fragment ItemContent on ServiceItem {
  name
  nameEn
  statutoryDays
  promisedDays
  warningDays
  materials {
    code
    name
    nameEn
    required
    condition
    when
    formats
    description
  }
  formSchema
  processDefinition
  guide {
    summary
    summaryEn
    steps {
      title
      titleEn
      detail
    }
    tips
    legalBasis
  }
}
    `, {"fragmentName":"ItemContent"}) as unknown as TypedDocumentString<ItemContentFragment, unknown>;
export const MaterialToUploadFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MaterialToUpload"}) as unknown as TypedDocumentString<MaterialToUploadFragment, unknown>;
export const TicketFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}
    `, {"fragmentName":"TicketFields"}) as unknown as TypedDocumentString<TicketFieldsFragment, unknown>;
export const HolderFieldsFragmentDoc = new TypedDocumentString(`
    fragment HolderFields on TicketIdentification {
  idNumber
  ticket {
    ...TicketFields
  }
  earlierTickets {
    id
    number
    day
    status
    line
  }
  applicantIds
  cases {
    id
    status
    greenChannel {
      ground
    }
    item {
      code
      name
      nameEn
    }
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}`, {"fragmentName":"HolderFields"}) as unknown as TypedDocumentString<HolderFieldsFragment, unknown>;
export const CatalogueLogDocument = new TypedDocumentString(`
    query CatalogueLog($after: String, $subject: String) {
  catalogueLog(first: 20, after: $after, subject: $subject) {
    nodes {
      position
      at
      actor
      action
      subject
      detail
      hash
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueLogQuery, CatalogueLogQueryVariables>;
export const VerifyCatalogueLogDocument = new TypedDocumentString(`
    query VerifyCatalogueLog {
  verifyCatalogueLog {
    entries
    intact
    brokenAt
    problem
  }
}
    `) as unknown as TypedDocumentString<VerifyCatalogueLogQuery, VerifyCatalogueLogQueryVariables>;
export const CatalogueOverviewDocument = new TypedDocumentString(`
    query CatalogueOverview {
  serviceItems {
    code
    version
    name
    nameEn
    status
    current
    publishedAt
  }
  serviceItemDrafts {
    code
    version
    name
    nameEn
    status
    editedBy
    submittedForReviewAt
  }
}
    `) as unknown as TypedDocumentString<CatalogueOverviewQuery, CatalogueOverviewQueryVariables>;
export const CheckServiceItemDocument = new TypedDocumentString(`
    query CheckServiceItem($code: String, $content: JSON!) {
  checkServiceItem(code: $code, content: $content) {
    field
    message
  }
}
    `) as unknown as TypedDocumentString<CheckServiceItemQuery, CheckServiceItemQueryVariables>;
export const DraftFromDocument = new TypedDocumentString(`
    query DraftFrom($code: String!) {
  serviceItem(code: $code) {
    code
    version
    ...ItemContent
  }
}
    fragment ItemContent on ServiceItem {
  name
  nameEn
  statutoryDays
  promisedDays
  warningDays
  materials {
    code
    name
    nameEn
    required
    condition
    when
    formats
    description
  }
  formSchema
  processDefinition
  guide {
    summary
    summaryEn
    steps {
      title
      titleEn
      detail
    }
    tips
    legalBasis
  }
}`) as unknown as TypedDocumentString<DraftFromQuery, DraftFromQueryVariables>;
export const DraftToEditDocument = new TypedDocumentString(`
    query DraftToEdit($code: String!, $version: Int!) {
  serviceItem(code: $code, version: $version) {
    code
    version
    status
    editedBy
    reviewedBy
    sentBackReasons {
      path
      reason
    }
    ...ItemContent
  }
}
    fragment ItemContent on ServiceItem {
  name
  nameEn
  statutoryDays
  promisedDays
  warningDays
  materials {
    code
    name
    nameEn
    required
    condition
    when
    formats
    description
  }
  formSchema
  processDefinition
  guide {
    summary
    summaryEn
    steps {
      title
      titleEn
      detail
    }
    tips
    legalBasis
  }
}`) as unknown as TypedDocumentString<DraftToEditQuery, DraftToEditQueryVariables>;
export const DraftServiceItemDocument = new TypedDocumentString(`
    mutation DraftServiceItem($code: String, $content: JSON!) {
  draftServiceItem(code: $code, content: $content) {
    code
    version
  }
}
    `) as unknown as TypedDocumentString<DraftServiceItemMutation, DraftServiceItemMutationVariables>;
export const ChangeServiceItemDraftDocument = new TypedDocumentString(`
    mutation ChangeServiceItemDraft($code: String!, $version: Int!, $content: JSON!) {
  changeServiceItemDraft(code: $code, version: $version, content: $content) {
    code
    version
  }
}
    `) as unknown as TypedDocumentString<ChangeServiceItemDraftMutation, ChangeServiceItemDraftMutationVariables>;
export const SubmitServiceItemForReviewDocument = new TypedDocumentString(`
    mutation SubmitServiceItemForReview($code: String!, $version: Int!) {
  submitServiceItemForReview(code: $code, version: $version) {
    code
    version
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitServiceItemForReviewMutation, SubmitServiceItemForReviewMutationVariables>;
export const ItemVersionsDocument = new TypedDocumentString(`
    query ItemVersions($code: String!) {
  serviceItemVersions(code: $code) {
    code
    version
    name
    nameEn
    status
    current
    draftedBy
    reviewedBy
    publishedAt
    retiredAt
    retiredReason
  }
}
    `) as unknown as TypedDocumentString<ItemVersionsQuery, ItemVersionsQueryVariables>;
export const RetireServiceItemDocument = new TypedDocumentString(`
    mutation RetireServiceItem($code: String!, $reason: String!) {
  retireServiceItem(code: $code, reason: $reason) {
    code
    version
    status
  }
}
    `) as unknown as TypedDocumentString<RetireServiceItemMutation, RetireServiceItemMutationVariables>;
export const ReviewVersionDocument = new TypedDocumentString(`
    query ReviewVersion($code: String!, $version: Int!) {
  serviceItem(code: $code, version: $version) {
    code
    version
    status
    draftedBy
    editedBy
    submittedForReviewAt
    ...ItemContent
  }
  serviceItemVersions(code: $code) {
    version
    status
    current
  }
}
    fragment ItemContent on ServiceItem {
  name
  nameEn
  statutoryDays
  promisedDays
  warningDays
  materials {
    code
    name
    nameEn
    required
    condition
    when
    formats
    description
  }
  formSchema
  processDefinition
  guide {
    summary
    summaryEn
    steps {
      title
      titleEn
      detail
    }
    tips
    legalBasis
  }
}`) as unknown as TypedDocumentString<ReviewVersionQuery, ReviewVersionQueryVariables>;
export const ItemDiffDocument = new TypedDocumentString(`
    query ItemDiff($code: String!, $from: Int!, $to: Int!) {
  serviceItemDiff(code: $code, from: $from, to: $to) {
    path
    kind
    before
    after
  }
}
    `) as unknown as TypedDocumentString<ItemDiffQuery, ItemDiffQueryVariables>;
export const ApproveServiceItemDocument = new TypedDocumentString(`
    mutation ApproveServiceItem($code: String!, $version: Int!) {
  approveServiceItem(code: $code, version: $version) {
    code
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveServiceItemMutation, ApproveServiceItemMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue {
  serviceItemDrafts {
    code
    version
    name
    nameEn
    status
    editedBy
    submittedForReviewAt
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const SendBackServiceItemDocument = new TypedDocumentString(`
    mutation SendBackServiceItem($code: String!, $version: Int!, $reasons: [SendBackReasonInput!]!) {
  sendBackServiceItem(code: $code, version: $version, reasons: $reasons) {
    code
    version
    status
  }
}
    `) as unknown as TypedDocumentString<SendBackServiceItemMutation, SendBackServiceItemMutationVariables>;
export const VersionDiffDocument = new TypedDocumentString(`
    query VersionDiff($code: String!, $from: Int!, $to: Int!) {
  serviceItemDiff(code: $code, from: $from, to: $to) {
    path
    kind
    before
    after
  }
}
    `) as unknown as TypedDocumentString<VersionDiffQuery, VersionDiffQueryVariables>;
export const CatalogueVocabularyDocument = new TypedDocumentString(`
    query CatalogueVocabulary {
  agencies {
    code
    name
    nameEn
  }
  stageKinds {
    code
    name
    nameEn
    excludedFromLimit
  }
  certificateKinds {
    code
    name
    nameEn
    numberPattern
    mintsUscc
  }
}
    `) as unknown as TypedDocumentString<CatalogueVocabularyQuery, CatalogueVocabularyQueryVariables>;
export const AddAgencyDocument = new TypedDocumentString(`
    mutation AddAgency($input: AgencyInput!) {
  addAgency(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<AddAgencyMutation, AddAgencyMutationVariables>;
export const AddStageKindDocument = new TypedDocumentString(`
    mutation AddStageKind($input: StageKindInput!) {
  addStageKind(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<AddStageKindMutation, AddStageKindMutationVariables>;
export const AddCertificateKindDocument = new TypedDocumentString(`
    mutation AddCertificateKind($input: CertificateKindInput!) {
  addCertificateKind(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<AddCertificateKindMutation, AddCertificateKindMutationVariables>;
export const UploadDocumentDocument = new TypedDocumentString(`
    mutation UploadDocument($file: File!, $materialCode: String) {
  uploadDocument(file: $file, materialCode: $materialCode) {
    id
    name
    size
    format
  }
}
    `) as unknown as TypedDocumentString<UploadDocumentMutation, UploadDocumentMutationVariables>;
export const FormProblemsDocument = new TypedDocumentString(`
    query FormProblems($code: String!, $version: Int, $formData: JSON!) {
  serviceItem(code: $code, version: $version) {
    formProblems(formData: $formData) {
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FormProblemsQuery, FormProblemsQueryVariables>;
export const ChooseDeliveryDocument = new TypedDocumentString(`
    mutation ChooseDelivery($id: ID!, $method: DeliveryMethod!, $address: DeliveryAddressInput) {
  chooseDelivery(id: $id, method: $method, address: $address) {
    id
    delivery {
      method
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ChooseDeliveryMutation, ChooseDeliveryMutationVariables>;
export const HallFiguresDocument = new TypedDocumentString(`
    query HallFigures($from: DateTime!, $to: DateTime!) {
  hallStatistics(from: $from, to: $to) {
    items {
      itemCode
      itemName
      submitted
      issued
      daysToLicence {
        count
        p50
        p90
      }
      onTimePromised
      onTimeStatutory
      correctionRoundsPerCase
      meanVisitsPerCase
      visitsPerCase {
        p90
      }
    }
    agencies {
      agencyCode
      agency {
        name
        nameEn
      }
      tasksCompleted
      daysToDecision {
        p50
        p90
      }
      onTime
    }
    queue {
      line
      taken
      served
      absent
      waitingMinutes {
        p50
        p90
      }
      serviceMinutes {
        p50
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HallFiguresQuery, HallFiguresQueryVariables>;
export const ItemSatisfactionDocument = new TypedDocumentString(`
    query ItemSatisfaction($itemCode: String!) {
  satisfaction(itemCode: $itemCode) {
    ratings
    satisfactionRate
    badRate
    onTimeRate
    distribution {
      level
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ItemSatisfactionQuery, ItemSatisfactionQueryVariables>;
export const WaitingTicketsDocument = new TypedDocumentString(`
    query WaitingTickets($lines: [ServiceLine!]!) {
  waitingTickets(lines: $lines) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}`) as unknown as TypedDocumentString<WaitingTicketsQuery, WaitingTicketsQueryVariables>;
export const CallNextDocument = new TypedDocumentString(`
    mutation CallNext($window: String!, $lines: [ServiceLine!]!) {
  callNext(window: $window, lines: $lines) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}`) as unknown as TypedDocumentString<CallNextMutation, CallNextMutationVariables>;
export const MarkServedDocument = new TypedDocumentString(`
    mutation MarkServed($ticketId: ID!, $applicationIds: [ID!]) {
  markServed(ticketId: $ticketId, applicationIds: $applicationIds) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}`) as unknown as TypedDocumentString<MarkServedMutation, MarkServedMutationVariables>;
export const MarkAbsentDocument = new TypedDocumentString(`
    mutation MarkAbsent($ticketId: ID!) {
  markAbsent(ticketId: $ticketId) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}`) as unknown as TypedDocumentString<MarkAbsentMutation, MarkAbsentMutationVariables>;
export const MarkGreenChannelDocument = new TypedDocumentString(`
    mutation MarkGreenChannel($ticketId: ID!, $ground: GreenChannelGround!, $reason: String!) {
  markGreenChannel(ticketId: $ticketId, ground: $ground, reason: $reason) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}`) as unknown as TypedDocumentString<MarkGreenChannelMutation, MarkGreenChannelMutationVariables>;
export const MarkCaseGreenChannelDocument = new TypedDocumentString(`
    mutation MarkCaseGreenChannel($applicationId: ID!, $ground: GreenChannelGround!, $reason: String!) {
  markCaseGreenChannel(
    applicationId: $applicationId
    ground: $ground
    reason: $reason
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkCaseGreenChannelMutation, MarkCaseGreenChannelMutationVariables>;
export const TicketByQrDocument = new TypedDocumentString(`
    query TicketByQr($qrToken: String!) {
  ticketByQr(qrToken: $qrToken) {
    ...HolderFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}
fragment HolderFields on TicketIdentification {
  idNumber
  ticket {
    ...TicketFields
  }
  earlierTickets {
    id
    number
    day
    status
    line
  }
  applicantIds
  cases {
    id
    status
    greenChannel {
      ground
    }
    item {
      code
      name
      nameEn
    }
  }
}`) as unknown as TypedDocumentString<TicketByQrQuery, TicketByQrQueryVariables>;
export const TicketHolderByIdDocument = new TypedDocumentString(`
    query TicketHolderById($ticketId: ID!) {
  ticketHolder(ticketId: $ticketId) {
    ...HolderFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}
fragment HolderFields on TicketIdentification {
  idNumber
  ticket {
    ...TicketFields
  }
  earlierTickets {
    id
    number
    day
    status
    line
  }
  applicantIds
  cases {
    id
    status
    greenChannel {
      ground
    }
    item {
      code
      name
      nameEn
    }
  }
}`) as unknown as TypedDocumentString<TicketHolderByIdQuery, TicketHolderByIdQueryVariables>;
export const TakeTicketDocument = new TypedDocumentString(`
    mutation TakeTicket($line: ServiceLine!, $idNumber: String) {
  takeTicket(line: $line, idNumber: $idNumber) {
    id
    number
    line
    takenAt
  }
}
    `) as unknown as TypedDocumentString<TakeTicketMutation, TakeTicketMutationVariables>;
export const ArriveForAppointmentDocument = new TypedDocumentString(`
    mutation ArriveForAppointment($idNumber: String!) {
  arriveForAppointment(idNumber: $idNumber) {
    id
    number
    line
    takenAt
  }
}
    `) as unknown as TypedDocumentString<ArriveForAppointmentMutation, ArriveForAppointmentMutationVariables>;
export const CalledAtWindowDocument = new TypedDocumentString(`
    query CalledAtWindow($window: String!) {
  calledAtWindow(window: $window) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  line
  day
  status
  idNumber
  takenAt
  calledAt
  waitingSeconds
  window
  appointment {
    id
    slotStart
  }
  greenChannel {
    ground
    reason
    markedBy
  }
}`) as unknown as TypedDocumentString<CalledAtWindowQuery, CalledAtWindowQueryVariables>;
export const AvailableSlotsDocument = new TypedDocumentString(`
    query AvailableSlots($line: ServiceLine!, $from: String!, $to: String!) {
  availableSlots(line: $line, from: $from, to: $to) {
    start
    end
    remaining
    capacity
  }
}
    `) as unknown as TypedDocumentString<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const MyAppointmentsDocument = new TypedDocumentString(`
    query MyAppointments {
  myAppointments {
    id
    line
    slotStart
    slotEnd
    state
    idNumber
    ticket {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<MyAppointmentsQuery, MyAppointmentsQueryVariables>;
export const BookAppointmentDocument = new TypedDocumentString(`
    mutation BookAppointment($line: ServiceLine!, $slotStart: DateTime!, $idNumber: String) {
  bookAppointment(line: $line, slotStart: $slotStart, idNumber: $idNumber) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const CancelAppointmentDocument = new TypedDocumentString(`
    mutation CancelAppointment($id: ID!) {
  cancelAppointment(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const RescheduleAppointmentDocument = new TypedDocumentString(`
    mutation RescheduleAppointment($id: ID!, $slotStart: DateTime!) {
  rescheduleAppointment(id: $id, slotStart: $slotStart) {
    id
    state
    slotStart
  }
}
    `) as unknown as TypedDocumentString<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const CaseRatingDocument = new TypedDocumentString(`
    query CaseRating {
  myRatings(first: 100) {
    nodes {
      id
      applicationId
      level
      tags
      comment
      bad
      agency
      createdAt
      followUpLevel
      followUpComment
      followUpAt
      rectification {
        id
        returnCallAt
        returnCallNote
        feedback
        feedbackAt
      }
    }
  }
  ratingTags {
    positive
    negative
  }
}
    `) as unknown as TypedDocumentString<CaseRatingQuery, CaseRatingQueryVariables>;
export const RateApplicationDocument = new TypedDocumentString(`
    mutation RateApplication($id: ID!, $level: RatingLevel!, $tags: [String!], $comment: String) {
  rateApplication(
    applicationId: $id
    level: $level
    tags: $tags
    comment: $comment
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RateApplicationMutation, RateApplicationMutationVariables>;
export const FollowUpRatingDocument = new TypedDocumentString(`
    mutation FollowUpRating($ratingId: ID!, $level: RatingLevel!, $comment: String) {
  followUpRating(ratingId: $ratingId, level: $level, comment: $comment) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowUpRatingMutation, FollowUpRatingMutationVariables>;
export const RatingInvitationsDocument = new TypedDocumentString(`
    query RatingInvitations {
  myRatingInvitations {
    applicationId
    itemCode
    itemName
  }
}
    `) as unknown as TypedDocumentString<RatingInvitationsQuery, RatingInvitationsQueryVariables>;
export const MyRectificationsDocument = new TypedDocumentString(`
    query MyRectifications {
  myRectifications(first: 100) {
    nodes {
      id
      createdAt
      returnCallDueAt
      dueAt
      returnCallAt
      returnCallNote
      returnCallEscalatedAt
      warnedAt
      escalatedAt
      escalatedTo
      feedback
      feedbackAt
      rating {
        id
        applicationId
        itemCode
        itemName
        visit {
          ticketNumber
          window
          day
        }
        level
        tags
        comment
        createdAt
        followUpLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyRectificationsQuery, MyRectificationsQueryVariables>;
export const RecordReturnCallDocument = new TypedDocumentString(`
    mutation RecordReturnCall($id: ID!, $note: String!) {
  recordReturnCall(rectificationId: $id, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordReturnCallMutation, RecordReturnCallMutationVariables>;
export const SubmitRectificationDocument = new TypedDocumentString(`
    mutation SubmitRectification($id: ID!, $feedback: String!) {
  submitRectification(rectificationId: $id, feedback: $feedback) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitRectificationMutation, SubmitRectificationMutationVariables>;
export const RectificationsChangedDocument = new TypedDocumentString(`
    subscription RectificationsChanged {
  rectificationsChanged {
    rectificationId
  }
}
    `) as unknown as TypedDocumentString<RectificationsChangedSubscription, RectificationsChangedSubscriptionVariables>;
export const VisitRatingTagsDocument = new TypedDocumentString(`
    query VisitRatingTags {
  ratingTags {
    positive
    negative
  }
}
    `) as unknown as TypedDocumentString<VisitRatingTagsQuery, VisitRatingTagsQueryVariables>;
export const RateVisitDocument = new TypedDocumentString(`
    mutation RateVisit($qrToken: String!, $level: RatingLevel!, $tags: [String!], $comment: String) {
  rateVisit(qrToken: $qrToken, level: $level, tags: $tags, comment: $comment) {
    id
    bad
  }
}
    `) as unknown as TypedDocumentString<RateVisitMutation, RateVisitMutationVariables>;
export const CaseAtWorkDocument = new TypedDocumentString(`
    query CaseAtWork($id: ID!) {
  application(id: $id) {
    id
    status
    applicantId
    submittedAt
    formData
    greenChannel {
      ground
      reason
      markedBy
      markedAt
    }
    item {
      code
      name
      nameEn
      formSchema
      materials {
        code
        name
        nameEn
        required
      }
    }
    sla {
      deadline
      remainingWorkingDays
      paused
      warningLevel
      extendedWorkingDays
    }
    documents {
      materialCode
      version
      downloadUrl
      document {
        name
        format
        size
      }
    }
    tasks {
      id
      stage
      stageKind {
        name
        nameEn
      }
      round
      status
      assignee
      decision
      sla {
        remainingWorkingDays
        paused
        warningLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseAtWorkQuery, CaseAtWorkQueryVariables>;
export const ExtendDeadlineDocument = new TypedDocumentString(`
    mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {
  extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {
    id
    sla {
      deadline
      extendedWorkingDays
    }
  }
}
    `) as unknown as TypedDocumentString<ExtendDeadlineMutation, ExtendDeadlineMutationVariables>;
export const OverdueTasksDocument = new TypedDocumentString(`
    query OverdueTasks($after: String) {
  overdueTasks(first: 50, after: $after) {
    totalCount
    nodes {
      id
      assignee
      escalatedAt
      sla {
        remainingWorkingDays
        paused
        warningLevel
      }
      application {
        id
        item {
          code
          name
          nameEn
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OverdueTasksQuery, OverdueTasksQueryVariables>;
export const ReassignTaskDocument = new TypedDocumentString(`
    mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {
  reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {
    id
    status
    assignee
  }
}
    `) as unknown as TypedDocumentString<ReassignTaskMutation, ReassignTaskMutationVariables>;
export const ClaimTaskDocument = new TypedDocumentString(`
    mutation ClaimTask($taskId: ID!) {
  claimTask(taskId: $taskId) {
    id
    status
    assignee
  }
}
    `) as unknown as TypedDocumentString<ClaimTaskMutation, ClaimTaskMutationVariables>;
export const CompleteTaskDocument = new TypedDocumentString(`
    mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {
  completeTask(taskId: $taskId, input: $input) {
    id
    status
    decision
  }
}
    `) as unknown as TypedDocumentString<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const AgencyTasksDocument = new TypedDocumentString(`
    query AgencyTasks($status: TaskStatus, $after: String) {
  myTasks(status: $status, first: 100, after: $after) {
    nodes {
      id
      stage
      status
      assignee
      createdAt
      dueAt
      sla {
        remainingWorkingDays
        paused
        warningLevel
      }
      application {
        id
        greenChannel {
          ground
          markedAt
        }
        item {
          code
          name
          nameEn
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyTasksQuery, AgencyTasksQueryVariables>;
export const TasksChangedDocument = new TypedDocumentString(`
    subscription TasksChanged {
  tasksChanged {
    taskId
    applicationId
  }
}
    `) as unknown as TypedDocumentString<TasksChangedSubscription, TasksChangedSubscriptionVariables>;
export const ApplyDocument = new TypedDocumentString(`
    query Apply($code: String!) {
  serviceItem(code: $code) {
    code
    version
    name
    nameEn
    formSchema
    materials {
      ...MaterialToUpload
    }
  }
}
    fragment MaterialToUpload on Material {
  code
  name
  nameEn
  description
  required
  condition
  formats
  maxBytes
}`) as unknown as TypedDocumentString<ApplyQuery, ApplyQueryVariables>;
export const SubmitApplicationDocument = new TypedDocumentString(`
    mutation SubmitApplication($input: SubmitApplicationInput!) {
  submitApplication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const CalendarYearDocument = new TypedDocumentString(`
    query CalendarYear($year: Int!) {
  calendar(year: $year) {
    year
    version
    provisional
    source
    holidays
    workdays
    reason
    loadedBy
    loadedAt
  }
}
    `) as unknown as TypedDocumentString<CalendarYearQuery, CalendarYearQueryVariables>;
export const CalendarVersionsDocument = new TypedDocumentString(`
    query CalendarVersions($year: Int!) {
  calendarVersions(year: $year) {
    version
    provisional
    source
    holidays
    workdays
    reason
    loadedBy
    loadedAt
  }
}
    `) as unknown as TypedDocumentString<CalendarVersionsQuery, CalendarVersionsQueryVariables>;
export const WithdrawApplicationDocument = new TypedDocumentString(`
    mutation WithdrawApplication($id: ID!, $reason: String) {
  withdrawApplication(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!, $after: String) {
  application(id: $id) {
    id
    status
    submittedAt
    item {
      code
      name
      nameEn
    }
    sla {
      deadline
      remainingWorkingDays
      paused
      warningLevel
    }
    delivery {
      method
      status
      waybill
      reason
      address {
        recipient
        phone
        province
        city
        district
        street
        postcode
      }
    }
    certificate {
      number
      kind
      uscc
      issuedAt
      document {
        downloadUrl
      }
    }
    timeline(first: 50, after: $after) {
      totalCount
      nodes {
        at
        actor
        action
        detail
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseChangedDocument = new TypedDocumentString(`
    subscription CaseChanged($id: ID!) {
  applicationChanged(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseChangedSubscription, CaseChangedSubscriptionVariables>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue($search: String) {
  serviceItems(search: $search) {
    code
    version
    name
    nameEn
    statutoryDays
    promisedDays
    guide {
      summary
      summaryEn
    }
    agencies {
      code
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const ItemGuideDocument = new TypedDocumentString(`
    query ItemGuide($code: String!) {
  serviceItem(code: $code) {
    code
    version
    name
    nameEn
    statutoryDays
    promisedDays
    agencies {
      code
      name
      nameEn
    }
    guide {
      summary
      summaryEn
      steps {
        title
        titleEn
        detail
      }
      tips
      legalBasis
    }
    materials {
      code
      name
      nameEn
      required
      condition
      description
      formats
    }
  }
}
    `) as unknown as TypedDocumentString<ItemGuideQuery, ItemGuideQueryVariables>;
export const MyCasesDocument = new TypedDocumentString(`
    query MyCases($after: String) {
  myApplications(first: 20, after: $after) {
    totalCount
    nodes {
      id
      status
      submittedAt
      item {
        code
        name
        nameEn
      }
      sla {
        deadline
        remainingWorkingDays
        paused
        warningLevel
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
export const MyCasesChangedDocument = new TypedDocumentString(`
    subscription MyCasesChanged {
  myApplicationsChanged {
    id
  }
}
    `) as unknown as TypedDocumentString<MyCasesChangedSubscription, MyCasesChangedSubscriptionVariables>;
export const SupplementDocument = new TypedDocumentString(`
    query Supplement($id: ID!) {
  application(id: $id) {
    id
    formData
    correctionNotice {
      agency
      field
      material
      reason
    }
    item {
      code
      version
      formSchema
      agencies {
        code
        name
        nameEn
      }
      materials {
        ...MaterialToUpload
      }
    }
  }
}
    fragment MaterialToUpload on Material {
  code
  name
  nameEn
  description
  required
  condition
  formats
  maxBytes
}`) as unknown as TypedDocumentString<SupplementQuery, SupplementQueryVariables>;
export const SupplementApplicationDocument = new TypedDocumentString(`
    mutation SupplementApplication($id: ID!, $input: SupplementInput!) {
  supplementApplication(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SupplementApplicationMutation, SupplementApplicationMutationVariables>;
export const AuditAccessLogDocument = new TypedDocumentString(`
    query AuditAccessLog($id: ID!, $after: String) {
  auditAccessLog(id: $id, first: 20, after: $after) {
    nodes {
      at
      readerId
      readerRole
      operation
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAccessLogQuery, AuditAccessLogQueryVariables>;
export const AuditReplayDocument = new TypedDocumentString(`
    query AuditReplay($id: ID!) {
  replayCase(id: $id) {
    reproduces
    events
    divergedAtEventId
    divergedAtEventType
    message
  }
}
    `) as unknown as TypedDocumentString<AuditReplayQuery, AuditReplayQueryVariables>;
export const AuditVerifyDocument = new TypedDocumentString(`
    query AuditVerify($id: ID!) {
  verifyAudit(id: $id) {
    intact
    entries
    problems {
      position
      kind
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<AuditVerifyQuery, AuditVerifyQueryVariables>;
export const AuditExportHistoryDocument = new TypedDocumentString(`
    query AuditExportHistory($id: ID!) {
  exportHistory(id: $id)
}
    `) as unknown as TypedDocumentString<AuditExportHistoryQuery, AuditExportHistoryQueryVariables>;
export const AuditCaseStateDocument = new TypedDocumentString(`
    query AuditCaseState($id: ID!, $eventId: Int!) {
  caseStateAt(id: $id, eventId: $eventId) {
    eventId
    status
    stage
    formData
    tasks
    openCorrections
    certificate
    timeline
  }
}
    `) as unknown as TypedDocumentString<AuditCaseStateQuery, AuditCaseStateQueryVariables>;
export const AuditCaseHistoryDocument = new TypedDocumentString(`
    query AuditCaseHistory($id: ID!, $after: String) {
  caseHistory(id: $id, first: 50, after: $after) {
    totalCount
    nodes {
      eventId
      at
      type
      actor
      action
      inputs
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditCaseHistoryQuery, AuditCaseHistoryQueryVariables>;
export const LoadCalendarYearDocument = new TypedDocumentString(`
    mutation LoadCalendarYear($input: CalendarYearInput!) {
  loadCalendarYear(input: $input) {
    year
    version
  }
}
    `) as unknown as TypedDocumentString<LoadCalendarYearMutation, LoadCalendarYearMutationVariables>;