/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  subscription CaseChanged($id: ID!) {\n    applicationChanged(id: $id) {\n      id\n    }\n  }\n": typeof types.CaseChangedDocument,
    "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n": typeof types.ItemGuideDocument,
    "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  subscription MyCasesChanged {\n    myApplicationsChanged {\n      id\n    }\n  }\n": typeof types.MyCasesChangedDocument,
};
const documents: Documents = {
    "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  subscription CaseChanged($id: ID!) {\n    applicationChanged(id: $id) {\n      id\n    }\n  }\n": types.CaseChangedDocument,
    "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n": types.ItemGuideDocument,
    "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  subscription MyCasesChanged {\n    myApplicationsChanged {\n      id\n    }\n  }\n": types.MyCasesChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseChanged($id: ID!) {\n    applicationChanged(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').CaseChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n"): typeof import('./graphql').ItemGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyCasesChanged {\n    myApplicationsChanged {\n      id\n    }\n  }\n"): typeof import('./graphql').MyCasesChangedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
