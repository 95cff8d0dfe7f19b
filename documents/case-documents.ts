import type { Material } from '@prisma/client';
import type { AttachedDocument } from '../domain/case-model';
import { conditionHolds } from '../domain/conditions';
import type { Condition } from '../domain/definition';
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

type CaseMaterial = Pick<Material, 'code' | 'name' | 'required' | 'formats' | 'when'>;

/** Whether a form needs the material: always, or when its condition holds for the form. */
export function materialRequired(material: { required: boolean; when: unknown }, formData: unknown): boolean {
  if (material.required) return true;
  if (!material.when || formData === null || typeof formData !== 'object') return false;
  return conditionHolds(material.when as unknown as Condition, formData as Record<string, unknown>);
}

/**
 * Resolves the documents a submission or supplement names: each must be the caller's own (an
 * upload or an issued certificate), for a material of the item, in a format it accepts, and
 * each material once. With `requiredFor` (a submission's form), every material that form needs
 * must be there.
 */
export async function resolveAttachments(
  ctx: Context,
  identity: Identity,
  materials: CaseMaterial[],
  itemCode: string,
  input: RequestedDocuments,
  requiredFor?: { formData: unknown },
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
  if (requiredFor) problems.push(...missingMaterials(materials, requiredFor.formData, attachments));
  return { attachments, problems };
}

/** Each material the form needs that none of the attached documents is for. */
export function missingMaterials(
  materials: Array<Pick<CaseMaterial, 'code' | 'name' | 'required' | 'when'>>,
  formData: unknown,
  attached: Array<{ materialCode: string }>,
): FieldProblem[] {
  return materials
    .filter((material) => materialRequired(material, formData))
    .filter((material) => !attached.some((document) => document.materialCode === material.code))
    .map((material) => ({
      field: `documents.${material.code}`,
      message: `${material.name} is required${material.required ? '' : ' for this form (its condition holds)'}`,
    }));
}
