/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApplicationStatus =
  | 'APPROVED'
  | 'CORRECTION_REQUIRED'
  | 'ISSUED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

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

export type SlaWarningLevel =
  /** More time left than the warning threshold */
  | 'NONE'
  /** The deadline has passed */
  | 'OVERDUE'
  /** At or under the item's warning threshold (1 working day unless it says otherwise) */
  | 'WARNING';

export type TaskStatus =
  | 'CANCELLED'
  | 'CLAIMED'
  | 'COMPLETED'
  | 'OPEN';

export type CaseAtWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseAtWorkQuery = { application: { id: string, status: ApplicationStatus, applicantId: string, submittedAt: unknown, formData: unknown, item: { code: string, name: string, nameEn: string, formSchema: unknown, materials: Array<{ code: string, name: string, nameEn: string, required: boolean }> }, sla: { deadline: unknown, remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel, extendedWorkingDays: number }, documents: Array<{ materialCode: string, version: number, downloadUrl: string, document: { name: string, format: string, size: number } }>, tasks: Array<{ id: string, stage: string, round: number, status: TaskStatus, assignee: string | null, decision: Decision | null, sla: { remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel } }> } | null };

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


export type AgencyTasksQuery = { myTasks: { nodes: Array<{ id: string, stage: string, status: TaskStatus, assignee: string | null, createdAt: unknown, dueAt: unknown, sla: { remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel }, application: { id: string, item: { code: string, name: string, nameEn: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CaseDetailQuery = { application: { id: string, status: ApplicationStatus, submittedAt: unknown, item: { code: string, name: string, nameEn: string }, sla: { deadline: unknown, remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel }, correctionNotice: Array<{ agency: string | null, field: string | null, material: string | null, reason: string }> | null, certificate: { number: string, kind: string, uscc: string | null, issuedAt: unknown } | null, timeline: { totalCount: number, nodes: Array<{ at: unknown, actor: string | null, action: string, detail: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

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

export const CaseAtWorkDocument = new TypedDocumentString(`
    query CaseAtWork($id: ID!) {
  application(id: $id) {
    id
    status
    applicantId
    submittedAt
    formData
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
    correctionNotice {
      agency
      field
      material
      reason
    }
    certificate {
      number
      kind
      uscc
      issuedAt
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