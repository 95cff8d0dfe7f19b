import { Prisma, type ItemStatus, type PrismaClient } from '@prisma/client';
import { badUserInput, clientError, type FieldProblem } from '../api/errors';
import { numberPatternProblems } from '../documents/certificate-numbers';
import { appendCatalogueLog, CATALOGUE_TRANSACTION, itemSubject, type CatalogueAction } from './catalogue-log';
import type { AgencyDefinition, CertificateKindDefinition, ItemContent, StageKindDefinition } from './item-definition';
import { itemDiff } from './item-diff';
import { agencyShape, certificateKindShape, itemContentShape, parseShape, stageKindShape } from './item-file';
import {
  itemAgencies,
  catalogueVocabulary,
  itemContentData,
  itemDefinition,
  itemRowData,
  materialRows,
} from './item-store';
import { itemProblems, normalisedProcess } from './item-validation';

/**
 * The life of an item version: an administrator drafts it (a new item, or the next version of
 * one), sends it for review when it passes every check, and another administrator publishes it
 * or sends it back with reasons; a published version is current for new cases until the next
 * is published or the item is retired. Every step is one transaction with its catalogue-log entry.
 */

export interface CatalogueDependencies {
  prisma: PrismaClient;
  now: () => Date;
  /** The hall's prefix of item codes (the coding rule). */
  codePrefix: string;
}

export interface ItemKey {
  code: string;
  version: number;
}

type Tx = Prisma.TransactionClient;

const SHORT_MATERIAL_CODE = /^M[0-9]{2}$/;

/** Reads an administrator's content: its shape, and material codes written short (`M01`) made full. */
function contentOf(code: string, input: unknown): ItemContent {
  const parsed = parseShape(itemContentShape, input, 'content');
  if (!parsed.value) throw badUserInput(parsed.problems);
  const content: ItemContent = parsed.value;
  return {
    ...content,
    materials: content.materials.map((material) =>
      SHORT_MATERIAL_CODE.test(material.code) ? { ...material, code: `${code}-${material.code}` } : material,
    ),
  };
}

/** The coding rule: the hall's prefix and the next number after every code with it, never reused. */
async function nextItemCode(tx: Tx, prefix: string): Promise<string> {
  const [{ next }] = await tx.$queryRaw<Array<{ next: number }>>`
    SELECT COALESCE(MAX(substring(code FROM '-([0-9]+)$')::int), 0) + 1 AS next
    FROM "ServiceItem" WHERE code ~ ${`^${prefix}-[0-9]+$`}`;
  return `${prefix}-${String(next).padStart(4, '0')}`;
}

// Two drafts of new items at once would take the same next code; the lock orders them.
const CODING_LOCK = 7_110_103;

function contentView(row: Parameters<typeof itemDefinition>[0]): ItemContent {
  const { code: _code, version: _version, ...content } = itemDefinition(row);
  return content;
}

async function findVersion(tx: Tx, { code, version }: ItemKey) {
  const row = await tx.serviceItem.findUnique({
    where: { code_version: { code, version } },
    include: { materials: true },
  });
  if (!row) throw clientError('NOT_FOUND', `No version ${version} of ${code}`);
  return row;
}

function requireStatus(
  row: { code: string; version: number; status: ItemStatus },
  expected: ItemStatus,
  doing: string,
) {
  if (row.status !== expected) {
    throw clientError(
      'CONFLICT',
      `${row.code} v${row.version} is ${row.status}; only a ${expected} version can be ${doing}`,
    );
  }
}

/**
 * Changes a version only while it is still in the status it was read in: of two administrators
 * acting on it at once, the first wins and the other is refused, instead of both taking effect.
 */
async function moveFrom(
  tx: Tx,
  row: { id: string; code: string; version: number },
  from: ItemStatus,
  data: Prisma.ServiceItemUpdateManyMutationInput,
): Promise<void> {
  const { count } = await tx.serviceItem.updateMany({ where: { id: row.id, status: from }, data });
  if (count === 0) throw clientError('CONFLICT', `${row.code} v${row.version} changed meanwhile: read it again`);
}

/** Four eyes: nobody who wrote a version reviews it. */
function requireOtherReviewer(row: { code: string; version: number; editedBy: string[] }, actor: string) {
  if (row.editedBy.includes(actor)) {
    throw clientError(
      'FORBIDDEN',
      `You wrote ${row.code} v${row.version}: another administrator reviews it (four eyes)`,
    );
  }
}

async function log(tx: Tx, at: Date, actor: string, action: CatalogueAction, subject: string, detail: object) {
  // Through JSON: a change's before and after may hold undefined, which a JSON column cannot.
  const json = JSON.parse(JSON.stringify(detail)) as Prisma.InputJsonObject;
  await appendCatalogueLog(tx, { at, actor, action, subject, detail: json });
}

function transaction<T>(deps: CatalogueDependencies, work: (tx: Tx) => Promise<T>): Promise<T> {
  return deps.prisma.$transaction(work, CATALOGUE_TRANSACTION);
}

/** Drafts a new item (its code by the coding rule) or the next version of an existing one. */
export async function draftItem(
  deps: CatalogueDependencies,
  actor: string,
  input: { code?: string | null; content: unknown },
): Promise<ItemKey> {
  return transaction(deps, async (tx) => {
    let code: string;
    let version: number;
    let before: ItemContent | undefined;
    if (input.code) {
      code = input.code.trim();
      const versions = await tx.serviceItem.findMany({
        where: { code },
        include: { materials: true },
        orderBy: { version: 'desc' },
      });
      if (versions.length === 0) {
        throw badUserInput([{ field: 'code', message: `no item ${code}: leave the code out to draft a new item` }]);
      }
      const inTheMaking = versions.find((row) => row.status === 'DRAFT' || row.status === 'IN_REVIEW');
      if (inTheMaking) {
        throw clientError(
          'CONFLICT',
          `${code} v${inTheMaking.version} is already ${inTheMaking.status}: change that draft instead of starting another`,
        );
      }
      version = versions[0].version + 1;
      const published = versions.find((row) => row.current) ?? versions[0];
      before = contentView(published);
    } else {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CODING_LOCK})`;
      code = await nextItemCode(tx, deps.codePrefix);
      version = 1;
    }
    const content = contentOf(code, input.content);
    await tx.serviceItem
      .create({
        data: {
          // A draft names no agency rows: an agency it names may not exist yet (its check says so).
          ...itemRowData(code, version, content, 'DRAFT', { withAgencies: false }),
          draftedBy: actor,
          editedBy: [actor],
        },
      })
      .catch((error: unknown) => {
        // Another administrator's draft of the same code committed first (one in the making per code).
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw clientError('CONFLICT', `${code} already has a version in the making: change that draft instead`);
        }
        throw error;
      });
    await log(tx, deps.now(), actor, 'ITEM_DRAFTED', itemSubject(code, version), {
      changes: itemDiff(before, content),
    });
    return { code, version };
  });
}

/** Rewrites a draft; whoever changes it becomes one of its writers. */
export async function changeDraft(
  deps: CatalogueDependencies,
  actor: string,
  key: ItemKey,
  input: unknown,
): Promise<ItemKey> {
  return transaction(deps, async (tx) => {
    const row = await findVersion(tx, key);
    requireStatus(row, 'DRAFT', 'changed');
    const content = contentOf(row.code, input);
    const changes = itemDiff(contentView(row), content);
    await moveFrom(tx, row, 'DRAFT', {
      ...itemContentData(content),
      editedBy: row.editedBy.includes(actor) ? row.editedBy : [...row.editedBy, actor],
    });
    await tx.material.deleteMany({ where: { itemId: row.id } });
    await tx.material.createMany({ data: materialRows(content).map((material) => ({ ...material, itemId: row.id })) });
    await log(tx, deps.now(), actor, 'DRAFT_CHANGED', itemSubject(row.code, row.version), { changes });
    return key;
  });
}

/** Every problem of a version's content, by path, with the catalogue as it is now. */
export async function versionProblems(
  prisma: Pick<PrismaClient, 'agency' | 'stageKind' | 'certificateKind'>,
  code: string,
  content: ItemContent,
): Promise<FieldProblem[]> {
  return itemProblems(code, content, await catalogueVocabulary(prisma));
}

/** Checks content without saving it: the drafting screen shows every problem as it is typed. */
export async function checkContent(deps: CatalogueDependencies, code: string | null | undefined, input: unknown) {
  const parsed = parseShape(itemContentShape, input, 'content');
  if (!parsed.value) return parsed.problems;
  const itemCode = code?.trim() || `${deps.codePrefix}-0000`;
  const content = contentOf(itemCode, input);
  return (await versionProblems(deps.prisma, itemCode, content)).map((problem) => ({
    ...problem,
    field: `content.${problem.field}`,
  }));
}

export async function submitForReview(deps: CatalogueDependencies, actor: string, key: ItemKey): Promise<ItemKey> {
  return transaction(deps, async (tx) => {
    const row = await findVersion(tx, key);
    requireStatus(row, 'DRAFT', 'sent for review');
    const problems = await versionProblems(tx, row.code, contentView(row));
    if (problems.length > 0) throw badUserInput(problems);
    await moveFrom(tx, row, 'DRAFT', {
      status: 'IN_REVIEW',
      submittedForReviewAt: deps.now(),
      sentBackReasons: Prisma.DbNull,
    });
    await log(tx, deps.now(), actor, 'SENT_FOR_REVIEW', itemSubject(row.code, row.version), {});
    return key;
  });
}

export interface SendBackReason {
  /** The path in the item the reason is about, if it is about one. */
  path?: string | null;
  reason: string;
}

export async function sendBack(
  deps: CatalogueDependencies,
  actor: string,
  key: ItemKey,
  reasons: SendBackReason[],
): Promise<ItemKey> {
  if (reasons.length === 0) throw badUserInput([{ field: 'reasons', message: 'give at least one reason' }]);
  return transaction(deps, async (tx) => {
    const row = await findVersion(tx, key);
    requireStatus(row, 'IN_REVIEW', 'sent back');
    requireOtherReviewer(row, actor);
    const recorded = reasons.map(({ path, reason }) => ({ ...(path ? { path } : {}), reason }));
    await moveFrom(tx, row, 'IN_REVIEW', { status: 'DRAFT', sentBackReasons: recorded, reviewedBy: actor });
    await log(tx, deps.now(), actor, 'SENT_BACK', itemSubject(row.code, row.version), { reasons: recorded });
    return key;
  });
}

/** Publishes a reviewed version: it becomes current for new cases; cases already running keep theirs. */
export async function approve(deps: CatalogueDependencies, actor: string, key: ItemKey): Promise<ItemKey> {
  return transaction(deps, async (tx) => {
    const row = await findVersion(tx, key);
    requireStatus(row, 'IN_REVIEW', 'approved');
    requireOtherReviewer(row, actor);
    const content = contentView(row);
    // The catalogue may have changed since it went to review; what is published must hold now.
    const vocabulary = await catalogueVocabulary(tx);
    const problems = itemProblems(row.code, content, vocabulary);
    if (problems.length > 0) throw badUserInput(problems);
    const previous = await tx.serviceItem.findFirst({
      where: { code: row.code, current: true },
      include: { materials: true },
    });
    const now = deps.now();
    if (!previous && (await tx.serviceItem.count({ where: { code: row.code, status: 'RETIRED' } })) > 0) {
      throw clientError('CONFLICT', `${row.code} was retired: a version in the making does not bring it back`);
    }
    await tx.serviceItem.updateMany({ where: { code: row.code, current: true }, data: { current: false } });
    await moveFrom(tx, row, 'IN_REVIEW', {
      status: 'PUBLISHED',
      current: true,
      publishedAt: now,
      reviewedBy: actor,
      processDefinition: normalisedProcess(content, vocabulary) as unknown as Prisma.InputJsonObject,
    });
    await tx.serviceItemAgency.createMany({
      data: itemAgencies(content).map((agencyCode, position) => ({ itemId: row.id, agencyCode, position })),
    });
    await log(tx, now, actor, 'PUBLISHED', itemSubject(row.code, row.version), {
      previousVersion: previous?.version ?? null,
      changes: itemDiff(previous ? contentView(previous) : undefined, content),
    });
    return key;
  });
}

/** Stops new cases of an item; cases already running finish on their versions. */
export async function retire(
  deps: CatalogueDependencies,
  actor: string,
  code: string,
  reason: string,
): Promise<ItemKey> {
  return transaction(deps, async (tx) => {
    const row = await tx.serviceItem.findFirst({ where: { code: code.trim(), current: true } });
    if (!row) throw clientError('NOT_FOUND', `No published item ${code}`);
    const now = deps.now();
    await moveFrom(tx, row, 'PUBLISHED', {
      status: 'RETIRED',
      current: false,
      retiredAt: now,
      retiredBy: actor,
      retiredReason: reason,
    });
    await log(tx, now, actor, 'RETIRED', itemSubject(row.code, row.version), { reason });
    return { code: row.code, version: row.version };
  });
}

function parsed<T>(shape: Parameters<typeof parseShape<T>>[0], input: unknown): T {
  const result = parseShape(shape, input, 'input');
  if (!result.value) throw badUserInput(result.problems);
  return result.value;
}

async function addVocabulary<T extends { code: string }>(
  deps: CatalogueDependencies,
  actor: string,
  what: { action: CatalogueAction; subject: string; label: string },
  row: T,
  create: (tx: Tx, row: T) => Promise<{ count: number }>,
): Promise<T> {
  return transaction(deps, async (tx) => {
    const { count } = await create(tx, row);
    if (count === 0)
      throw badUserInput([{ field: 'input.code', message: `there is already a ${what.label} ${row.code}` }]);
    await log(tx, deps.now(), actor, what.action, `${what.subject}:${row.code}`, row);
    return row;
  });
}

export function addAgency(deps: CatalogueDependencies, actor: string, input: unknown): Promise<AgencyDefinition> {
  const agency = parsed(agencyShape, input);
  return addVocabulary(deps, actor, { action: 'AGENCY_ADDED', subject: 'agency', label: 'agency' }, agency, (tx, row) =>
    tx.agency.createMany({ data: [row], skipDuplicates: true }),
  );
}

export function addStageKind(deps: CatalogueDependencies, actor: string, input: unknown): Promise<StageKindDefinition> {
  const kind = parsed(stageKindShape, input);
  return addVocabulary(
    deps,
    actor,
    { action: 'STAGE_KIND_ADDED', subject: 'stageKind', label: 'stage kind' },
    kind,
    (tx, row) => tx.stageKind.createMany({ data: [row], skipDuplicates: true }),
  );
}

export function addCertificateKind(
  deps: CatalogueDependencies,
  actor: string,
  input: unknown,
): Promise<CertificateKindDefinition> {
  const kind = parsed(certificateKindShape, input);
  const problems = numberPatternProblems(kind.numberPattern);
  if (problems.length > 0) {
    throw badUserInput(problems.map((message) => ({ field: 'input.numberPattern', message })));
  }
  return addVocabulary(
    deps,
    actor,
    { action: 'CERTIFICATE_KIND_ADDED', subject: 'certificateKind', label: 'certificate kind' },
    kind,
    (tx, row) => tx.certificateKind.createMany({ data: [row], skipDuplicates: true }),
  );
}
