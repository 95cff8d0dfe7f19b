/** Enough of an item's JSON Schema to name its fields: their titles and nested properties. */
export interface SchemaNode {
  title?: string;
  properties?: Record<string, SchemaNode>;
}

export interface SchemaField {
  /** `a` or `a.b`: what a correction names, as the API checks it (cases/item-snapshot.ts). */
  path: string;
  /** The titles from the top down, e.g. 法定代表人 › 姓名; the property name where there is none. */
  label: string;
  /** Whether it holds properties of its own rather than a value. */
  group: boolean;
}

/** Every field of the schema, parents before their children, in the schema's own order. */
export function schemaFields(schema: SchemaNode, parent?: SchemaField): SchemaField[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => {
    const field: SchemaField = {
      path: parent ? `${parent.path}.${name}` : name,
      label: parent ? `${parent.label} › ${child.title ?? name}` : (child.title ?? name),
      group: child.properties !== undefined,
    };
    return [field, ...schemaFields(child, field)];
  });
}

/** The value at a field's path in the submitted form, if there is one. */
export function valueAt(formData: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      formData,
    );
}

/** The label of the field at `path` (e.g. 法定代表人 › 姓名), or the path itself if the schema has none. */
export function fieldLabel(schema: SchemaNode, path: string): string {
  return schemaFields(schema).find((field) => field.path === path)?.label ?? path;
}
