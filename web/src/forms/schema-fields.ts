import type { RJSFSchema } from '@rjsf/utils';

/** A field of a form, by its path (`a.b`) and the title its schema gives it. */
export interface FormField {
  path: string;
  title: string;
}

/** Every field of `schema` that holds a value (not the objects around them), in schema order. */
export function fieldsOf(schema: RJSFSchema, prefix = '', titles: string[] = []): FormField[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    if (typeof child !== 'object') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    const named = [...titles, child.title ?? key];
    return child.type === 'object' ? fieldsOf(child, path, named) : [{ path, title: named.join(' · ') }];
  });
}

/** The title of the field at `path`, or the path itself when the schema has no such field. */
export function fieldTitle(schema: RJSFSchema, path: string): string {
  return fieldsOf(schema).find((field) => field.path === path)?.title ?? path;
}
