import { canonicalJson } from '../domain/canonical-json';

/** One difference between two versions of an item, at its path (`materials[XC-0002-M06].required`). */
export interface ItemChange {
  path: string;
  kind: 'ADDED' | 'REMOVED' | 'CHANGED';
  before?: unknown;
  after?: unknown;
}

type Keyed = Map<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A list of things with codes (materials) is compared by code, so inserting one shows as one
 * addition, not as every later one changed; other lists of objects (stages, steps) by position;
 * a list of texts (formats, tips) is one value.
 */
function keyed(value: unknown[]): Keyed | undefined {
  if (value.length === 0 || !value.every(isRecord)) return undefined;
  const byCode = value.every((entry) => typeof entry.code === 'string');
  return new Map(value.map((entry, index) => [byCode ? String(entry.code) : String(index), entry]));
}

function childPath(path: string, key: string, inList: boolean): string {
  if (inList) return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function diffValues(before: unknown, after: unknown, path: string, changes: ItemChange[]): void {
  if (canonicalJson(before) === canonicalJson(after)) return;
  if (before === undefined) {
    changes.push({ path, kind: 'ADDED', after });
    return;
  }
  if (after === undefined) {
    changes.push({ path, kind: 'REMOVED', before });
    return;
  }
  const lists = Array.isArray(before) && Array.isArray(after) ? [keyed(before), keyed(after)] : undefined;
  const [left, right]: [Keyed | undefined, Keyed | undefined] =
    lists && (lists[0] || lists[1])
      ? [lists[0] ?? new Map(), lists[1] ?? new Map()]
      : isRecord(before) && isRecord(after)
        ? [new Map(Object.entries(before)), new Map(Object.entries(after))]
        : [undefined, undefined];
  if (!left || !right) {
    changes.push({ path, kind: 'CHANGED', before, after });
    return;
  }
  const inList = lists !== undefined;
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    diffValues(left.get(key), right.get(key), childPath(path, key, inList), changes);
  }
}

/** What `after` changes of `before`; everything is added when there is no `before`. */
export function itemDiff(before: object | undefined, after: object): ItemChange[] {
  const changes: ItemChange[] = [];
  diffValues(before ?? {}, after, '', changes);
  return changes;
}
