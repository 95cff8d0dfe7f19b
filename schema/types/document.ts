import { z } from 'zod';
import { DocumentRefused } from '../../documents/document-store';
import { MEDIA_TYPES, type DocumentFormat } from '../../documents/file-type';
import {
  deleteUnattachedUploads,
  quotaProblem,
  recordUpload,
  unattachedBytes,
  UploadRefused,
} from '../../documents/unattached-uploads';
import { ownCursor } from '../../api/access';
import { badUserInput, clientError } from '../../api/errors';
import { COMMAND_REASONS, type CommandReason } from '../../cases/case-errors';
import { builder } from '../builder';

builder.scalarType('File', {
  description: 'A file in a GraphQL multipart request (upload only)',
  serialize: () => {
    throw new Error('File is an input type');
  },
  parseValue: (value) => {
    if (typeof value === 'object' && value !== null && typeof (value as Blob).stream === 'function')
      return value as File;
    throw badUserInput([{ field: 'file', message: 'send the file as a multipart upload (GraphQL multipart request)' }]);
  },
  parseLiteral: () => {
    throw badUserInput([{ field: 'file', message: 'send the file as a multipart upload (GraphQL multipart request)' }]);
  },
});

builder.prismaObject('Document', {
  description: 'A document in its owner’s library: an upload, or an issued certificate (电子证照)',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    size: t.exposeInt('size', { description: 'Bytes' }),
    sha256: t.exposeString('sha256'),
    format: t.exposeString('format', { description: 'PDF | OFD | JPEG | PNG, detected from the content' }),
    mediaType: t.exposeString('mediaType'),
    materialCode: t.exposeString('materialCode', { nullable: true }),
    source: t.exposeString('source', { description: 'UPLOAD | CERTIFICATE' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    downloadUrl: t.string({
      description: 'For its owner, with the bearer token',
      resolve: (document) => `/documents/${document.id}`,
    }),
  }),
});

builder.prismaObject('ApplicationDocument', {
  description: 'A version of one material on a case; a correction adds the next and keeps this one',
  fields: (t) => ({
    materialCode: t.exposeString('materialCode'),
    version: t.exposeInt('version'),
    current: t.boolean({ resolve: (attachment) => attachment.replacedAt === null }),
    attachedAt: t.expose('attachedAt', { type: 'DateTime' }),
    replacedAt: t.expose('replacedAt', { type: 'DateTime', nullable: true }),
    document: t.relation('document'),
    downloadUrl: t.string({
      description: 'For everyone who may read the case, with the bearer token; each read is recorded in the timeline',
      resolve: (attachment) => `/applications/${attachment.applicationId}/documents/${attachment.documentId}`,
    }),
  }),
});

const MaterialCheck = builder
  .objectRef<{ code: string; name: string; required: boolean; provided: boolean }>('MaterialCheck')
  .implement({
    description: 'One line of the acceptance checklist',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      required: t.exposeBoolean('required'),
      provided: t.exposeBoolean('provided'),
    }),
  });

builder.prismaObjectFields('Application', (t) => ({
  documents: t.relation('documents', {
    description: 'The current document of each material; with includeReplaced, earlier versions too',
    args: { includeReplaced: t.arg.boolean({ defaultValue: false }) },
    query: ({ includeReplaced }) => ({
      where: includeReplaced ? {} : { replacedAt: null },
      orderBy: [{ materialCode: 'asc' }, { version: 'desc' }],
    }),
  }),
  materialChecklist: t.field({
    type: [MaterialCheck],
    description: 'Every material of the item and whether the case has it (for the acceptance window)',
    select: {
      item: { select: { materials: { orderBy: { position: 'asc' } } } },
      documents: { where: { replacedAt: null }, select: { materialCode: true } },
    },
    resolve: (application) =>
      application.item.materials.map((material) => ({
        code: material.code,
        name: material.name,
        required: material.required,
        provided: application.documents.some((document) => document.materialCode === material.code),
      })),
  }),
}));

export const DocumentAttachmentInput = builder.inputType('DocumentAttachmentInput', {
  fields: (t) => ({
    documentId: t.id({ required: true }),
    materialCode: t.string({ required: true, validate: z.string().trim().min(1).max(50) }),
  }),
});

/** Keeps what a person sees of a file name: no path, no control characters, a sane length. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return (
    base
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .trim()
      .slice(0, 200) || 'document'
  );
}

builder.queryField('myDocuments', (t) =>
  t.prismaConnection({
    type: 'Document',
    cursor: 'id',
    description: 'Your uploads and issued certificates, newest first, to attach to new cases',
    authScopes: { role: 'APPLICANT' },
    totalCount: (_connection, _args, { prisma, auth }) =>
      prisma.document.count({ where: { ownerId: auth.identity!.sub } }),
    resolve: (query, _root, _args, { prisma, auth }) =>
      prisma.document.findMany({
        ...ownCursor(query, { ownerId: auth.identity!.sub }),
        where: { ownerId: auth.identity!.sub },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

builder.mutationField('deleteDocument', (t) =>
  t.boolean({
    description:
      'Deletes an upload of yours that no submission has named. One a submission named stays (a case may be about ' +
      'to attach it) and is deleted with the other unused uploads once no case holds it and it was not named for a while',
    authScopes: { role: 'APPLICANT' },
    args: { id: t.arg.id({ required: true, validate: z.string().trim().min(1).max(100) }) },
    resolve: async (_root, { id }, { prisma, auth, documents }) => {
      const ownerId = auth.identity!.sub;
      const upload = await prisma.document.findFirst({
        where: { id: String(id), ownerId, source: 'UPLOAD' },
        select: { usedAt: true },
      });
      if (!upload) throw clientError('NOT_FOUND', `No upload ${id} of yours`);
      const deleted = await deleteUnattachedUploads(prisma, documents.store, { id: String(id), ownerId, usedAt: null });
      if (deleted.documents === 0) {
        const reason: CommandReason = 'DOCUMENT_NAMED';
        const when = upload.usedAt ? ` on ${upload.usedAt.toISOString()}` : '';
        throw clientError(
          COMMAND_REASONS[reason],
          `A submission named upload ${id}${when}: it stays while a case may hold it, and goes with the other unused uploads later`,
          { reason },
        );
      }
      return true;
    },
  }),
);

builder.mutationField('uploadDocument', (t) =>
  t.prismaField({
    type: 'Document',
    description:
      'Stores a document once (by SHA-256); its type is read from the content and checked against the material',
    authScopes: { role: 'APPLICANT' },
    args: {
      file: t.arg({ type: 'File', required: true }),
      materialCode: t.arg.string({ validate: z.string().trim().min(1).max(50) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const file = args.file;
      const ownerId = ctx.auth.identity!.sub;
      const { store, maxBytes, quotaBytes } = ctx.documents;
      if (file.size > maxBytes) throw badUserInput([{ field: 'file', message: `larger than ${maxBytes} bytes` }]);
      const overQuota = quotaProblem(await unattachedBytes(ctx.prisma, ownerId), file.size, quotaBytes);
      if (overQuota) throw badUserInput([{ field: 'file', message: overQuota }]);
      let accept: DocumentFormat[] | undefined;
      if (args.materialCode) {
        const material = await ctx.prisma.material.findFirst({
          where: { code: args.materialCode, item: { current: true } },
        });
        if (!material) throw badUserInput([{ field: 'materialCode', message: `no material ${args.materialCode}` }]);
        accept = material.formats as DocumentFormat[];
      }
      try {
        const blob = await store.put(file.stream() as unknown as AsyncIterable<Uint8Array>, { maxBytes, accept });
        return await recordUpload(ctx.prisma, store, quotaBytes, { ownerId, ...blob }, (tx) =>
          tx.document.create({
            ...query,
            data: {
              ownerId,
              name: cleanName(file.name),
              sha256: blob.sha256,
              size: blob.size,
              format: blob.format,
              mediaType: MEDIA_TYPES[blob.format],
              materialCode: args.materialCode ?? null,
            },
          }),
        );
      } catch (error) {
        if (error instanceof DocumentRefused || error instanceof UploadRefused)
          throw badUserInput([{ field: 'file', message: error.message }]);
        throw error;
      }
    },
  }),
);
