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

export type SlaWarningLevel =
  /** More time left than the warning threshold */
  | 'NONE'
  /** The deadline has passed */
  | 'OVERDUE'
  /** At or under the item's warning threshold (1 working day unless it says otherwise) */
  | 'WARNING';

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CaseDetailQuery = { application: { id: string, status: ApplicationStatus, submittedAt: unknown, item: { code: string, name: string, nameEn: string }, sla: { deadline: unknown, remainingWorkingDays: number | null, paused: boolean, warningLevel: SlaWarningLevel }, correctionNotice: Array<{ agency: string | null, field: string | null, material: string | null, reason: string }> | null, certificate: { number: string, kind: string, uscc: string | null, issuedAt: unknown } | null, timeline: { totalCount: number, nodes: Array<{ at: unknown, actor: string | null, action: string, detail: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

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