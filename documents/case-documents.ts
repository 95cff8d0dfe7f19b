import type { Material } from '@prisma/client';
import type { AttachedDocument } from '../domain/case-model';
import type { Context } from '../api/context';
import type { FieldProblem } from '../api/errors';
import type { Identity } from '../api/identity';

export interface AttachmentInput {
  documentId: string;
  materialCode: string;
}

export interface RequestedDocuments {
  /** Each document for the material it was uploaded for. */
  documentIds?: string[] | null;
  /** Documents with the material each is for, e.g. a licence from the library for a new case. */
  documents?: AttachmentInput[] | null;
}

/**
 * Resolves the documents a submission or supplement names: each must be the caller's own (an
 * upload or an issued certificate), for a material of the item, in a format it accepts, and
 * each material once. With `requireAll`, every required material must be there.
 */
export async function resolveAttachments(
  ctx: Context,
  identity: Identity,
  materials: Pick<Material, 'code' | 'name' | 'required' | 'formats'>[],
  itemCode: string,
  input: RequestedDocuments,
  requireAll: boolean,
): Promise<{ attachments: AttachedDocument[]; problems: FieldProblem[] }> {
  const ids = [...(input.documentIds ?? []), ...(input.documents ?? []).map((attachment) => attachment.documentId)];
  if (ids.length > 0) {
    // Named by a submission now, before it is read: from here on neither the clean-up of unused
    // uploads nor deleteDocument takes it (both delete only what is unused since an age, or never
    // named), so a case never starts with a document that is gone when its write comes.
    await ctx.prisma.document.updateMany({
      where: { id: { in: ids }, ownerId: identity.sub },
      data: { usedAt: ctx.now() },
    });
  }
  const owned = new Map(
    (
      await ctx.prisma.document.findMany({
        where: { id: { in: ids }, ownerId: identity.sub },
        select: { id: true, materialCode: true, format: true },
      })
    ).map((document) => [document.id, document]),
  );
  const requests = [
    ...(input.documentIds ?? []).map((documentId, index) => ({
      field: `documentIds[${index}]`,
      documentId,
      materialCode: owned.get(documentId)?.materialCode ?? undefined,
    })),
    ...(input.documents ?? []).map((attachment, index) => ({ field: `documents[${index}]`, ...attachment })),
  ];
  const problems: FieldProblem[] = [];
  const attachments: AttachedDocument[] = [];
  for (const request of requests) {
    const document = owned.get(request.documentId);
    const material = materials.find((candidate) => candidate.code === request.materialCode);
    if (!document) problems.push({ field: request.field, message: `no document ${request.documentId} of yours` });
    else if (!request.materialCode)
      problems.push({ field: request.field, message: 'say which material it is for (use documents)' });
    else if (!material)
      problems.push({ field: request.field, message: `${request.materialCode} is not a material of ${itemCode}` });
    else if (!material.formats.includes(document.format)) {
      problems.push({
        field: request.field,
        message: `${material.code} accepts ${material.formats.join(', ')}, not ${document.format}`,
      });
    } else if (attachments.some((attachment) => attachment.materialCode === material.code)) {
      problems.push({ field: request.field, message: `${material.code} is given twice` });
    } else attachments.push({ materialCode: material.code, documentId: document.id });
  }
  if (requireAll) {
    for (const material of materials.filter((candidate) => candidate.required)) {
      if (!attachments.some((attachment) => attachment.materialCode === material.code)) {
        problems.push({ field: `documents.${material.code}`, message: `${material.name} is required` });
      }
    }
  }
  return { attachments, problems };
}
