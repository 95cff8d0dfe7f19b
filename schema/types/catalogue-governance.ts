import { z } from 'zod';
import { clientError } from '../../api/errors';
import type { Context } from '../../api/context';
import {
  CATALOGUE_ACTIONS,
  verifyCatalogueLog,
  type CatalogueLogVerification,
} from '../../service-items/catalogue-log';
import { itemDiff, type ItemChange } from '../../service-items/item-diff';
import {
  addAgency,
  addCertificateKind,
  addStageKind,
  approve,
  changeDraft,
  checkContent,
  draftItem,
  retire,
  sendBack,
  submitForReview,
  type CatalogueDependencies,
  type ItemKey,
} from '../../service-items/item-lifecycle';
import { itemDefinition } from '../../service-items/item-store';
import { MAX_REASON } from '../../domain/text-limits';
import { builder } from '../builder';
import { AgencyType } from './agency';
import { FieldProblemType } from './field-problem';

/**
 * The catalogue as governed data (administrators): drafts, four-eyes review, publication and
 * retirement of item versions, the agencies, stage kinds and certificate kinds items name, and
 * the hash-chained log of every change.
 */

const itemCode = z.string().trim().min(1).max(20);
const version = z.number().int().min(1);
const reason = z.string().trim().min(1, 'give a reason').max(MAX_REASON);

function catalogue(ctx: Context): CatalogueDependencies {
  return { prisma: ctx.prisma, now: ctx.now, codePrefix: ctx.catalogueCodePrefix };
}

const adminOnly = { role: 'ADMIN' } as const;

function itemVersion(ctx: Context, key: ItemKey, query: object) {
  return ctx.prisma.serviceItem.findUniqueOrThrow({ ...query, where: { code_version: key } });
}

const ItemChangeKind = builder.enumType('ItemChangeKind', { values: ['ADDED', 'REMOVED', 'CHANGED'] as const });

const ItemChangeType = builder.objectRef<ItemChange>('ItemChange').implement({
  description: 'One difference between two versions of an item',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Where in the item, e.g. materials[XC-0002-M06].required' }),
    kind: t.field({ type: ItemChangeKind, resolve: (change) => change.kind }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (change) => change.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (change) => change.after }),
  }),
});

builder.prismaObject('StageKind', {
  description: 'A kind of stage a process may have',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    excludedFromLimit: t.exposeBoolean('excludedFromLimit', {
      description: 'The law leaves its time out of the limit: the case clock stands still while it runs',
    }),
  }),
});

builder.prismaObject('CertificateKind', {
  description: 'A kind of certificate a case may end with',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name', { description: 'The title printed on it' }),
    nameEn: t.exposeString('nameEn'),
    numberPattern: t.exposeString('numberPattern', {
      description: 'Its numbers: text with {item}, {year} and {serial} (six digits, unique)',
    }),
    mintsUscc: t.exposeBoolean('mintsUscc', { description: 'It carries a unified social credit code' }),
  }),
});

builder.prismaObject('CatalogueLogEntry', {
  description: 'One change to the catalogue; the entries form a hash chain',
  fields: (t) => ({
    position: t.exposeInt('position'),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.exposeString('actor'),
    action: t.exposeString('action', { description: CATALOGUE_ACTIONS.join(' | ') }),
    subject: t.exposeString('subject', {
      description: 'item:XC-0005@2, agency:HEALTH, stageKind:…, certificateKind:…',
    }),
    detail: t.expose('detail', { type: 'JSON', description: 'What changed: an item diff, reasons, the new row' }),
    hash: t.exposeString('hash'),
  }),
});

const CatalogueLogVerificationType = builder.objectRef<CatalogueLogVerification>('CatalogueLogVerification').implement({
  fields: (t) => ({
    entries: t.exposeInt('entries'),
    intact: t.exposeBoolean('intact'),
    brokenAt: t.exposeInt('brokenAt', { nullable: true, description: 'The first entry that does not hold' }),
    problem: t.exposeString('problem', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  agencies: t.prismaField({
    type: ['Agency'],
    description: 'The agencies of the catalogue, in its order',
    resolve: (query, _root, _args, { prisma }) => prisma.agency.findMany({ ...query, orderBy: { position: 'asc' } }),
  }),
  stageKinds: t.prismaField({
    type: ['StageKind'],
    resolve: (query, _root, _args, { prisma }) => prisma.stageKind.findMany({ ...query, orderBy: { position: 'asc' } }),
  }),
  certificateKinds: t.prismaField({
    type: ['CertificateKind'],
    resolve: (query, _root, _args, { prisma }) =>
      prisma.certificateKind.findMany({ ...query, orderBy: { position: 'asc' } }),
  }),
  serviceItemDrafts: t.prismaField({
    type: ['ServiceItem'],
    description: 'Versions in the making, drafts and those in review, oldest first (administrators)',
    authScopes: adminOnly,
    resolve: (query, _root, _args, { prisma }) =>
      prisma.serviceItem.findMany({
        ...query,
        where: { status: { in: ['DRAFT', 'IN_REVIEW'] } },
        orderBy: { createdAt: 'asc' },
      }),
  }),
  serviceItemDiff: t.field({
    type: [ItemChangeType],
    description:
      'What version `to` of an item changes of version `from`. Published and retired versions for everyone; drafts for administrators',
    args: {
      code: t.arg.string({ required: true, validate: itemCode }),
      from: t.arg.int({ required: true, validate: version }),
      to: t.arg.int({ required: true, validate: version }),
    },
    resolve: async (_root, { code, from, to }, ctx) => {
      const visible =
        ctx.auth.identity?.role === 'ADMIN' ? {} : { status: { in: ['PUBLISHED' as const, 'RETIRED' as const] } };
      const rows = await ctx.prisma.serviceItem.findMany({
        where: { code: code.trim(), version: { in: [from, to] }, ...visible },
        include: { materials: true },
      });
      const content = (wanted: number) => {
        const row = rows.find((candidate) => candidate.version === wanted);
        if (!row) throw clientError('NOT_FOUND', `No version ${wanted} of ${code}`);
        const { code: _code, version: _version, ...rest } = itemDefinition(row);
        return rest;
      };
      return itemDiff(content(from), content(to));
    },
  }),
  checkServiceItem: t.field({
    type: [FieldProblemType],
    description:
      'Every problem review would find in this content, by path, without saving it: the drafting screen checks as it is typed (administrators)',
    authScopes: adminOnly,
    args: {
      code: t.arg.string({ description: 'The item it is a version of; none for a new item', validate: itemCode }),
      content: t.arg({ type: 'JSON', required: true }),
    },
    resolve: (_root, { code, content }, ctx) => checkContent(catalogue(ctx), code, content),
  }),
  catalogueLog: t.prismaConnection({
    type: 'CatalogueLogEntry',
    cursor: 'position',
    description: 'Every change to the catalogue, newest first (administrators and auditors)',
    authScopes: { auditor: true },
    args: {
      subject: t.arg.string({
        description: 'Only entries about it, e.g. item:XC-0005@1',
        validate: z.string().max(100),
      }),
    },
    resolve: (query, _root, { subject }, { prisma }) =>
      prisma.catalogueLogEntry.findMany({ ...query, where: subject ? { subject } : {}, orderBy: { position: 'desc' } }),
  }),
  verifyCatalogueLog: t.field({
    type: CatalogueLogVerificationType,
    description: 'Recomputes the catalogue log hash chain (administrators and auditors)',
    authScopes: { auditor: true },
    resolve: (_root, _args, { prisma }) => verifyCatalogueLog(prisma),
  }),
}));

const SendBackReasonInput = builder.inputType('SendBackReasonInput', {
  fields: (t) => ({
    path: t.string({
      description: 'The part of the item it is about, e.g. materials[2]',
      validate: z.string().max(200),
    }),
    reason: t.string({ required: true, validate: reason }),
  }),
});

const AgencyInput = builder.inputType('AgencyInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    nameEn: t.string({ required: true }),
  }),
});

const StageKindInput = builder.inputType('StageKindInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    nameEn: t.string({ required: true }),
    excludedFromLimit: t.boolean({ required: true }),
  }),
});

const CertificateKindInput = builder.inputType('CertificateKindInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    nameEn: t.string({ required: true }),
    numberPattern: t.string({ required: true }),
    mintsUscc: t.boolean({ required: true }),
  }),
});

const versionArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  code: t.arg.string({ required: true, validate: itemCode }),
  version: t.arg.int({ required: true, validate: version }),
});

builder.mutationFields((t) => ({
  draftServiceItem: t.prismaField({
    type: 'ServiceItem',
    description:
      'Drafts the next version of an item, or a new item whose code the coding rule gives (ADMIN). A draft may still have problems; review needs none',
    authScopes: adminOnly,
    args: {
      code: t.arg.string({
        description: 'The item to draft a new version of; none for a new item',
        validate: itemCode,
      }),
      content: t.arg({ type: 'JSON', required: true, description: 'The version, as an import file holds it' }),
    },
    resolve: async (query, _root, { code, content }, ctx) =>
      itemVersion(ctx, await draftItem(catalogue(ctx), ctx.auth.identity!.sub, { code, content }), query),
  }),
  changeServiceItemDraft: t.prismaField({
    type: 'ServiceItem',
    description: 'Rewrites a draft (ADMIN); its writers may not approve it',
    authScopes: adminOnly,
    args: { ...versionArgs(t), content: t.arg({ type: 'JSON', required: true }) },
    resolve: async (query, _root, { code, version: number, content }, ctx) =>
      itemVersion(
        ctx,
        await changeDraft(catalogue(ctx), ctx.auth.identity!.sub, { code, version: number }, content),
        query,
      ),
  }),
  submitServiceItemForReview: t.prismaField({
    type: 'ServiceItem',
    description: 'Sends a draft for review (ADMIN); refused with every problem named by its path while it has any',
    authScopes: adminOnly,
    args: versionArgs(t),
    resolve: async (query, _root, key, ctx) =>
      itemVersion(ctx, await submitForReview(catalogue(ctx), ctx.auth.identity!.sub, key), query),
  }),
  approveServiceItem: t.prismaField({
    type: 'ServiceItem',
    description:
      'Publishes a version in review (ADMIN, not one of its writers): new cases use it; running cases keep theirs',
    authScopes: adminOnly,
    args: versionArgs(t),
    resolve: async (query, _root, key, ctx) =>
      itemVersion(ctx, await approve(catalogue(ctx), ctx.auth.identity!.sub, key), query),
  }),
  sendBackServiceItem: t.prismaField({
    type: 'ServiceItem',
    description: 'Sends a version in review back to its writers with reasons (ADMIN, not one of its writers)',
    authScopes: adminOnly,
    args: {
      ...versionArgs(t),
      reasons: t.arg({ type: [SendBackReasonInput], required: true, validate: z.array(z.unknown()).min(1).max(50) }),
    },
    resolve: async (query, _root, { reasons, ...key }, ctx) =>
      itemVersion(ctx, await sendBack(catalogue(ctx), ctx.auth.identity!.sub, key, reasons), query),
  }),
  retireServiceItem: t.prismaField({
    type: 'ServiceItem',
    description: 'Retires an item (ADMIN): new applications are refused; open cases go on',
    authScopes: adminOnly,
    args: {
      code: t.arg.string({ required: true, validate: itemCode }),
      reason: t.arg.string({ required: true, validate: reason }),
    },
    resolve: async (query, _root, { code, reason: why }, ctx) =>
      itemVersion(ctx, await retire(catalogue(ctx), ctx.auth.identity!.sub, code, why), query),
  }),
  addAgency: t.field({
    type: AgencyType,
    description: 'Adds an agency items may name (ADMIN)',
    authScopes: adminOnly,
    args: { input: t.arg({ type: AgencyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { code } = await addAgency(catalogue(ctx), ctx.auth.identity!.sub, input);
      return ctx.prisma.agency.findUniqueOrThrow({ where: { code } });
    },
  }),
  addStageKind: t.prismaField({
    type: 'StageKind',
    description: 'Adds a kind of stage processes may have (ADMIN)',
    authScopes: adminOnly,
    args: { input: t.arg({ type: StageKindInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { code } = await addStageKind(catalogue(ctx), ctx.auth.identity!.sub, input);
      return ctx.prisma.stageKind.findUniqueOrThrow({ ...query, where: { code } });
    },
  }),
  addCertificateKind: t.prismaField({
    type: 'CertificateKind',
    description: 'Adds a kind of certificate with its numbering rule (ADMIN)',
    authScopes: adminOnly,
    args: { input: t.arg({ type: CertificateKindInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { code } = await addCertificateKind(catalogue(ctx), ctx.auth.identity!.sub, input);
      return ctx.prisma.certificateKind.findUniqueOrThrow({ ...query, where: { code } });
    },
  }),
}));
