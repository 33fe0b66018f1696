/**
 * A table's own entry for a key, never one it inherits. Every lookup of a string that comes from
 * outside (a browser event, a page, storage, a pack, a policy) in a table written as an object
 * goes through here: `table[key]` would answer `__proto__`, `constructor`, `toString` or
 * `hasOwnProperty` with Object.prototype's members, a truthy value that is no row of the table.
 * Depends on nothing, so every folder may use it at run time.
 */
export function own<T extends object>(table: T, key: PropertyKey): T[keyof T] | undefined {
  return Object.hasOwn(table, key) ? (table as Record<PropertyKey, T[keyof T]>)[key] : undefined;
}

/** Whether `key` names one of the table's own entries (the type guard for `own`'s callers). */
export const hasOwnKey = <T extends object>(table: T, key: PropertyKey): key is keyof T => Object.hasOwn(table, key);
