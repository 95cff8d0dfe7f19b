import { materialRequired } from '../../documents/case-documents';
import type { Condition } from '../../domain/definition';
import { authSecret } from '../../api/secret';
import type { Identity } from '../../api/identity';
import { signToken } from '../../api/token';
import { renderCertificatePdf } from '../../documents/certificate-pdf';
import type { AgencyCode } from '../../domain/definition';
import { graphql, type GraphQLResponse } from './graphql';
import type { TestService } from './service';

export const DOCUMENT_FIELDS = 'id name size sha256 format mediaType materialCode source downloadUrl';

/** A small one-page PDF that reads as one; `marker` is its text and makes its content unique. */
export function samplePdf(marker: string): Buffer {
  return renderCertificatePdf({ title: marker, lines: [] });
}

export const APPLICATION_FIELDS = `
  id status applicantId formData submittedAt decidedAt
  item { code version }
  tasks { id stage round status assignee decision comment agency { code } dueAt }
  certificate { number kind uscc issuedAt }
  sla { deadline remainingWorkingDays paused overdue }
  correctionNotice { agency field material reason }
  timeline(first: 100) { totalCount nodes { at actor action detail } }
`;

/** A person using the API over HTTP with their own token, as a client app would. */
export class Person {
  private readonly requiredDocuments = new Map<string, string>();

  private constructor(
    readonly identity: Identity,
    private readonly url: string,
    private readonly token: string,
  ) {}

  get baseUrl(): string {
    return this.url.replace(/\/graphql$/, '');
  }

  get authorization(): string {
    return `Bearer ${this.token}`;
  }

  /** A GraphQL multipart upload, as a browser or app sends a file. */
  async uploadRaw(content: Uint8Array | string, name: string, materialCode?: string) {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: `mutation ($file: File!, $materialCode: String) { uploadDocument(file: $file, materialCode: $materialCode) { ${DOCUMENT_FIELDS} } }`,
        variables: { file: null, materialCode },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([content as BlobPart]), name);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { authorization: this.authorization },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  }

  async upload(content: Uint8Array | string, name: string, materialCode?: string): Promise<Record<string, any>> {
    const { body } = await this.uploadRaw(content, name, materialCode);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.uploadDocument as Record<string, any>;
  }

  /**
   * One small PDF of this person's for each material the item requires of this form (always, or
   * by its condition), each uploaded once.
   */
  async documentsFor(itemCode: string, formData: unknown = {}): Promise<string[]> {
    const { serviceItem } = await this.data(
      `query ($code: String!) { serviceItem(code: $code) { version materials { code required when } } }`,
      { code: itemCode },
    );
    const required = (
      serviceItem.materials as Array<{ code: string; required: boolean; when: Condition | null }>
    ).filter((material) => materialRequired(material, formData));
    const ids: string[] = [];
    for (const material of required) {
      const key = `${itemCode}@${serviceItem.version}:${material.code}`;
      let id = this.requiredDocuments.get(key);
      if (!id) {
        id = (
          await this.upload(samplePdf(`${this.identity.sub} ${material.code}`), `${material.code}.pdf`, material.code)
        ).id as string;
        this.requiredDocuments.set(key, id);
      }
      ids.push(id);
    }
    return ids;
  }

  static async signIn(service: TestService, identity: Identity): Promise<Person> {
    return Person.signInAt(service.url, authSecret(service.config), identity);
  }

  /** Signed in at any Lianban API that shares this secret. */
  static async signInAt(url: string, secret: string, identity: Identity): Promise<Person> {
    return new Person(identity, url, await signToken(identity, { secret, expiresIn: '1h' }));
  }

  request<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>> {
    return graphql<Data>(this.url, query, { token: this.token, variables });
  }

  /** The data, or a thrown error with the GraphQL errors when there are any. */
  async data<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<Data> {
    const response = await this.request<Data>(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  }

  /** Submits with a document for each required material, as the hall requires. */
  async submit(itemCode: string, formData: unknown, idempotencyKey?: string) {
    const documentIds = await this.documentsFor(itemCode, formData);
    const data = await this.data(
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${APPLICATION_FIELDS} } }`,
      { input: { itemCode, formData, idempotencyKey, documentIds } },
    );
    return data.submitApplication;
  }

  async application(id: string) {
    return (await this.data(`query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`, { id })).application;
  }

  claim(taskId: string) {
    return this.request(`mutation ($id: ID!) { claimTask(taskId: $id) { id status assignee } }`, { id: taskId });
  }

  complete(taskId: string, input: Record<string, unknown>) {
    return this.request(
      `mutation ($id: ID!, $input: CompleteTaskInput!) { completeTask(taskId: $id, input: $input) { id status decision } }`,
      { id: taskId, input },
    );
  }

  /**
   * Every item of a connection, page after page. `query` takes `$after` and selects the field's
   * `nodes` and `pageInfo { hasNextPage endCursor }`.
   */
  async allPages<Item = Record<string, any>>(
    field: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Item[]> {
    const items: Item[] = [];
    let after: string | null = null;
    do {
      const page = (await this.data(query, { ...variables, after }))[field] as {
        nodes: Item[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      items.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return items;
  }

  /** All of the caller's agency's tasks (of a status), however many pages they take. */
  myTasks(status?: string) {
    return this.allPages<{ id: string; stage: string; status: string; application: { id: string } }>(
      'myTasks',
      `query ($status: TaskStatus, $after: String) { myTasks(status: $status, first: 100, after: $after) {
        nodes { id stage status agency { code } application { id status } } pageInfo { hasNextPage endCursor } } }`,
      { status },
    );
  }

  /** Claims and decides the open task of the caller's agency on one case. */
  async review(applicationId: string, input: Record<string, unknown> = { decision: 'APPROVE' }) {
    const task = (await this.myTasks('OPEN')).find((candidate) => candidate.application.id === applicationId);
    if (!task) throw new Error(`${this.identity.agency} has no open task on ${applicationId}`);
    const claimed = await this.claim(task.id);
    if (claimed.errors) throw new Error(JSON.stringify(claimed.errors));
    const completed = await this.complete(task.id, input);
    if (completed.errors) throw new Error(JSON.stringify(completed.errors));
    return completed.data!.completeTask;
  }
}

export function officer(agency: AgencyCode, sub = `officer-${agency}`): Identity {
  return agency === 'WINDOW' ? { sub, role: 'WINDOW', agency } : { sub, role: 'REVIEWER', agency };
}

/**
 * Sends a change again while the answer says a dependency is unavailable (or the connection
 * dropped), as a client should: the same request is the same decision, answered once.
 */
export async function untilAnswered<T extends GraphQLResponse>(send: () => Promise<T>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await send().catch(
      (error: unknown) => ({ errors: [{ message: String(error), extensions: { code: 'NO_ANSWER' } }] }) as unknown as T,
    );
    const retry = response.errors?.some((error) =>
      ['SERVICE_UNAVAILABLE', 'NO_ANSWER'].includes(String(error.extensions?.code)),
    );
    if (!retry || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Issuance follows the last approval without a further call; a client polls for a moment. */
export async function waitForStatus(person: Person, id: string, status: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const application = await person.application(id);
    if (application.status === status) return application;
    if (Date.now() > deadline) throw new Error(`application ${id} is ${application.status}, not ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
