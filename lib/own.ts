// Lookups in message and label tables keyed by user input. A plain object literal inherits
// `constructor`, `toString`, `__proto__`… from Object.prototype, so `TABLE[key]` with a key from a
// URL or a form can return a function (which crashes rendering) instead of `undefined`.

/** `table[key]` when `key` is one of the table's own keys; otherwise undefined. */
export function own<V>(table: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether `key` is one of the table's own keys (the safe form of `key in table`). */
export function hasOwn(table: object, key: unknown): key is string {
  return typeof key === "string" && Object.hasOwn(table, key);
}

/**
 * Appends `value` to the list under `key`, creating it as an own property even for `__proto__`
 * (the `(out[k] ??= []).push(v)` idiom crashes on `constructor` and rewires the prototype on
 * `__proto__`).
 */
export function appendOwn<V>(record: Record<string, V[]>, key: string, value: V): void {
  const list = own(record, key);
  if (list) list.push(value);
  else Object.defineProperty(record, key, { value: [value], enumerable: true, writable: true, configurable: true });
}

/** Sets `record[key]` as an own property, even for `__proto__`. */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** URL parameters as a record of name → values, safe for any parameter name. */
export function paramsRecord(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  params.forEach((v, k) => appendOwn(out, k, v));
  return out;
}
