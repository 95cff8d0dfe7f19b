import { z } from 'zod';
import { validateForm } from '../../cases/form-validation';
import type { ServiceGuide } from '../../service-items/item-definition';
import { builder } from '../builder';
import { AgencyType } from './agency';
import { FieldProblemType } from './field-problem';
import { ServiceGuideType } from './service-guide';
import { itemDefinition } from '../../service-items/item-store';
import { versionProblems } from '../../service-items/item-lifecycle';

interface SentBack {
  path?: string;
  reason: string;
}

const ItemStatusEnum = builder.enumType('ItemStatus', {
  values: ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED'] as const,
});

const SentBackReasonType = builder.objectRef<SentBack>('SentBackReason').implement({
  fields: (t) => ({
    path: t.exposeString('path', { nullable: true, description: 'The part of the item it is about' }),
    reason: t.exposeString('reason'),
  }),
});

builder.prismaObject('ServiceItem', {
  description: 'A standardised item of the catalogue, at one version',
  fields: (t) => ({
    code: t.exposeString('code'),
    version: t.exposeInt('version'),
    current: t.exposeBoolean('current', { description: 'Whether new applications use this version' }),
    status: t.field({
      type: ItemStatusEnum,
      description: 'DRAFT → IN_REVIEW → PUBLISHED → RETIRED; a version sent back is a DRAFT again',
      resolve: (item) => item.status,
    }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true }),
    retiredReason: t.exposeString('retiredReason', { nullable: true }),
    draftedBy: t.exposeString('draftedBy', { nullable: true, authScopes: { role: 'ADMIN' } }),
    editedBy: t.exposeStringList('editedBy', {
      description: 'Everyone who wrote this version: none of them may approve it',
      authScopes: { role: 'ADMIN' },
    }),
    reviewedBy: t.exposeString('reviewedBy', { nullable: true, authScopes: { role: 'ADMIN' } }),
    submittedForReviewAt: t.expose('submittedForReviewAt', { type: 'DateTime', nullable: true }),
    sentBackReasons: t.field({
      type: [SentBackReasonType],
      nullable: true,
      description: 'Why the reviewer sent this draft back',
      authScopes: { role: 'ADMIN' },
      resolve: (item) => item.sentBackReasons as SentBack[] | null,
    }),
    problems: t.field({
      type: [FieldProblemType],
      description: 'What review would refuse in this version now, by path (administrators)',
      authScopes: { role: 'ADMIN' },
      select: { code: true, materials: true },
      resolve: (item, _args, { prisma }) => {
        const { code: _code, version: _version, ...content } = itemDefinition(item);
        return versionProblems(prisma, item.code, content);
      },
    }),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    statutoryDays: t.exposeInt('statutoryDays', { description: 'Working days the law allows' }),
    promisedDays: t.exposeInt('promisedDays', { description: 'Working days the hall promises' }),
    warningDays: t.exposeInt('slaWarningDays', {
      description: 'A review task is warned when this many working days of its promised time are left',
    }),
    agencies: t.field({
      type: [AgencyType],
      description: 'The agencies that act on a case, in process order',
      select: { agencies: { orderBy: { position: 'asc' }, select: { agency: true } } },
      resolve: (item) => item.agencies.map((link) => link.agency),
    }),
    materials: t.relation('materials', { query: { orderBy: { position: 'asc' } } }),
    formSchema: t.expose('formSchema', { type: 'JSON', description: 'JSON Schema (draft-07) of formData' }),
    processDefinition: t.expose('processDefinition', { type: 'JSON' }),
    guide: t.field({ type: ServiceGuideType, resolve: (item) => item.guide as unknown as ServiceGuide }),
    formProblems: t.field({
      type: [FieldProblemType],
      description:
        'What submitting this form for this version would refuse, every problem at its field: the desk checks a form as it is filled in by the rules the submission applies',
      args: { formData: t.arg({ type: 'JSON', required: true }) },
      select: { id: true, formSchema: true },
      resolve: (item, { formData }, { now }) => validateForm(item.id, item.formSchema as object, formData, now()),
    }),
  }),
});

builder.queryFields((t) => ({
  serviceItems: t.prismaField({
    type: ['ServiceItem'],
    description: 'Current versions of the catalogue, optionally filtered by code or name (Chinese or English)',
    args: { search: t.arg.string({ validate: z.string().trim().max(100, 'at most 100 characters') }) },
    resolve: (query, _root, { search }, { prisma }) => {
      const text = search?.trim();
      return prisma.serviceItem.findMany({
        ...query,
        where: {
          current: true,
          ...(text
            ? {
                OR: [
                  { code: { contains: text, mode: 'insensitive' } },
                  { name: { contains: text, mode: 'insensitive' } },
                  { nameEn: { contains: text, mode: 'insensitive' } },
                ],
              }
            : {}),
        },
        orderBy: { code: 'asc' },
      });
    },
  }),
  serviceItem: t.prismaField({
    type: 'ServiceItem',
    nullable: true,
    description: 'The current version of an item, or the given version (drafts: administrators only)',
    args: {
      code: t.arg.string({ required: true, validate: z.string().trim().min(1).max(20) }),
      version: t.arg.int({ validate: z.number().int().min(1) }),
    },
    resolve: (query, _root, { code, version }, { prisma, auth }) =>
      prisma.serviceItem.findFirst({
        ...query,
        where: {
          code: code.trim(),
          ...(version ? { version } : { current: true }),
          // A version in the making is the administrators' until it is published.
          ...(auth.identity?.role === 'ADMIN' ? {} : { status: { in: ['PUBLISHED', 'RETIRED'] } }),
        },
      }),
  }),
}));

builder.queryField('serviceItemVersions', (t) =>
  t.prismaField({
    type: ['ServiceItem'],
    description: 'Every version of an item, newest first, retired ones included (administrators)',
    authScopes: { role: 'ADMIN' },
    args: { code: t.arg.string({ required: true, validate: z.string().trim().min(1).max(20) }) },
    resolve: (query, _root, { code }, { prisma }) =>
      prisma.serviceItem.findMany({ ...query, where: { code: code.trim() }, orderBy: { version: 'desc' } }),
  }),
);
