import type { Material, ServiceItem } from '@prisma/client';
import type { ItemSnapshot } from '../domain/case-model';
import type { ProcessDefinition } from '../domain/definition';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
}

/** Every property path of a JSON Schema: `a`, `a.b`, … — what a correction may name. */
export function schemaFieldPaths(schema: SchemaNode, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...schemaFieldPaths(child, path)];
  });
}

/** The catalogue version a case starts with, copied into the workflow so later edits do not touch it. */
export function itemSnapshot(item: ServiceItem & { materials: Pick<Material, 'code'>[] }): ItemSnapshot {
  return {
    id: item.id,
    code: item.code,
    version: item.version,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    warningDays: item.slaWarningDays,
    definition: item.processDefinition as unknown as ProcessDefinition,
    fields: schemaFieldPaths(item.formSchema as SchemaNode),
    materials: item.materials.map((material) => material.code),
  };
}
