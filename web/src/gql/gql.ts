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
    "\n  query CaseAtWork($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      applicantId\n      submittedAt\n      formData\n      item {\n        code\n        name\n        nameEn\n        formSchema\n        materials {\n          code\n          name\n          nameEn\n          required\n        }\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n        extendedWorkingDays\n      }\n      documents {\n        materialCode\n        version\n        downloadUrl\n        document {\n          name\n          format\n          size\n        }\n      }\n      tasks {\n        id\n        stage\n        round\n        status\n        assignee\n        decision\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n    }\n  }\n": typeof types.CaseAtWorkDocument,
    "\n  mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {\n    extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {\n      id\n      sla {\n        deadline\n        extendedWorkingDays\n      }\n    }\n  }\n": typeof types.ExtendDeadlineDocument,
    "\n  query OverdueTasks($after: String) {\n    overdueTasks(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        assignee\n        escalatedAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OverdueTasksDocument,
    "\n  mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {\n    reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {\n      id\n      status\n      assignee\n    }\n  }\n": typeof types.ReassignTaskDocument,
    "\n  mutation ClaimTask($taskId: ID!) {\n    claimTask(taskId: $taskId) {\n      id\n      status\n      assignee\n    }\n  }\n": typeof types.ClaimTaskDocument,
    "\n  mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {\n    completeTask(taskId: $taskId, input: $input) {\n      id\n      status\n      decision\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  query AgencyTasks($status: TaskStatus, $after: String) {\n    myTasks(status: $status, first: 100, after: $after) {\n      nodes {\n        id\n        stage\n        status\n        assignee\n        createdAt\n        dueAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgencyTasksDocument,
    "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.CatalogueDocument,
    "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n": typeof types.ItemGuideDocument,
    "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
};
const documents: Documents = {
    "\n  query CaseAtWork($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      applicantId\n      submittedAt\n      formData\n      item {\n        code\n        name\n        nameEn\n        formSchema\n        materials {\n          code\n          name\n          nameEn\n          required\n        }\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n        extendedWorkingDays\n      }\n      documents {\n        materialCode\n        version\n        downloadUrl\n        document {\n          name\n          format\n          size\n        }\n      }\n      tasks {\n        id\n        stage\n        round\n        status\n        assignee\n        decision\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n    }\n  }\n": types.CaseAtWorkDocument,
    "\n  mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {\n    extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {\n      id\n      sla {\n        deadline\n        extendedWorkingDays\n      }\n    }\n  }\n": types.ExtendDeadlineDocument,
    "\n  query OverdueTasks($after: String) {\n    overdueTasks(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        assignee\n        escalatedAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OverdueTasksDocument,
    "\n  mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {\n    reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {\n      id\n      status\n      assignee\n    }\n  }\n": types.ReassignTaskDocument,
    "\n  mutation ClaimTask($taskId: ID!) {\n    claimTask(taskId: $taskId) {\n      id\n      status\n      assignee\n    }\n  }\n": types.ClaimTaskDocument,
    "\n  mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {\n    completeTask(taskId: $taskId, input: $input) {\n      id\n      status\n      decision\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  query AgencyTasks($status: TaskStatus, $after: String) {\n    myTasks(status: $status, first: 100, after: $after) {\n      nodes {\n        id\n        stage\n        status\n        assignee\n        createdAt\n        dueAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgencyTasksDocument,
    "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query Catalogue($search: String) {\n    serviceItems(search: $search) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      guide {\n        summary\n        summaryEn\n      }\n      agencies {\n        code\n        name\n        nameEn\n      }\n    }\n  }\n": types.CatalogueDocument,
    "\n  query ItemGuide($code: String!) {\n    serviceItem(code: $code) {\n      code\n      version\n      name\n      nameEn\n      statutoryDays\n      promisedDays\n      agencies {\n        code\n        name\n        nameEn\n      }\n      guide {\n        summary\n        summaryEn\n        steps {\n          title\n          titleEn\n          detail\n        }\n        tips\n        legalBasis\n      }\n      materials {\n        code\n        name\n        nameEn\n        required\n        condition\n        description\n        formats\n      }\n    }\n  }\n": types.ItemGuideDocument,
    "\n  query MyCases($after: String) {\n    myApplications(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id\n        status\n        submittedAt\n        item {\n          code\n          name\n          nameEn\n        }\n        sla {\n          deadline\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCasesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAtWork($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      applicantId\n      submittedAt\n      formData\n      item {\n        code\n        name\n        nameEn\n        formSchema\n        materials {\n          code\n          name\n          nameEn\n          required\n        }\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n        extendedWorkingDays\n      }\n      documents {\n        materialCode\n        version\n        downloadUrl\n        document {\n          name\n          format\n          size\n        }\n      }\n      tasks {\n        id\n        stage\n        round\n        status\n        assignee\n        decision\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseAtWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDeadline($id: ID!, $workingDays: Int!, $reason: String!) {\n    extendDeadline(id: $id, workingDays: $workingDays, reason: $reason) {\n      id\n      sla {\n        deadline\n        extendedWorkingDays\n      }\n    }\n  }\n"): typeof import('./graphql').ExtendDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueTasks($after: String) {\n    overdueTasks(first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        assignee\n        escalatedAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OverdueTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignTask($taskId: ID!, $assignee: String!, $reason: String) {\n    reassignTask(taskId: $taskId, assignee: $assignee, reason: $reason) {\n      id\n      status\n      assignee\n    }\n  }\n"): typeof import('./graphql').ReassignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTask($taskId: ID!) {\n    claimTask(taskId: $taskId) {\n      id\n      status\n      assignee\n    }\n  }\n"): typeof import('./graphql').ClaimTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($taskId: ID!, $input: CompleteTaskInput!) {\n    completeTask(taskId: $taskId, input: $input) {\n      id\n      status\n      decision\n    }\n  }\n"): typeof import('./graphql').CompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyTasks($status: TaskStatus, $after: String) {\n    myTasks(status: $status, first: 100, after: $after) {\n      nodes {\n        id\n        stage\n        status\n        assignee\n        createdAt\n        dueAt\n        sla {\n          remainingWorkingDays\n          paused\n          warningLevel\n        }\n        application {\n          id\n          item {\n            code\n            name\n            nameEn\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AgencyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!, $after: String) {\n    application(id: $id) {\n      id\n      status\n      submittedAt\n      item {\n        code\n        name\n        nameEn\n      }\n      sla {\n        deadline\n        remainingWorkingDays\n        paused\n        warningLevel\n      }\n      correctionNotice {\n        agency\n        field\n        material\n        reason\n      }\n      certificate {\n        number\n        kind\n        uscc\n        issuedAt\n      }\n      timeline(first: 50, after: $after) {\n        totalCount\n        nodes {\n          at\n          actor\n          action\n          detail\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDetailDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
