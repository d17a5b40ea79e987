import "server-only";
import type { AppDb } from "@/db/client";
import type { DalContext } from "./context";
import { getRegisterVersion } from "./register-version";

// Public reads, computed once per register change instead of once per request. Each process keeps
// its own entries, keyed by the register version (lib/dal/register-version.ts), which every write
// to what public pages show advances through database triggers, so a write in any process clears
// every process's entries on their next read: no revalidation message has to reach them. Only
// anonymous reads are cached: what a signed-in viewer may see (drafts, contact details) is always
// read afresh. Values are frozen, because every later request shares them.

/** Time-dependent facts ("not confirmed recently", response times) are at most this stale. */
export const REGISTER_CACHE_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 2_000;

interface Entry {
  value: unknown;
  at: number;
}
interface Store {
  version: string;
  entries: Map<string, Entry>;
}

const stores = new WeakMap<AppDb, Store>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

function storeFor(ctx: DalContext): Store {
  const version = getRegisterVersion(ctx);
  let store = stores.get(ctx.db);
  if (!store || store.version !== version) {
    store = { version, entries: new Map() };
    stores.set(ctx.db, store);
  }
  return store;
}

/**
 * Wraps a public DAL read: anonymous calls with the same arguments share one result until the
 * register changes (or REGISTER_CACHE_TTL_MS passes); any other viewer reads through.
 */
export function registerCached<A extends unknown[], R>(
  name: string,
  read: (ctx: DalContext, ...args: A) => R,
): (ctx: DalContext, ...args: A) => R {
  return (ctx, ...args) => {
    if (ctx.viewer.kind !== "anonymous") return read(ctx, ...args);
    const store = storeFor(ctx);
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const now = Date.now();
    const hit = store.entries.get(key);
    if (hit && now - hit.at < REGISTER_CACHE_TTL_MS) {
      // Most recently used last, so the oldest are dropped first.
      store.entries.delete(key);
      store.entries.set(key, hit);
      return hit.value as R;
    }
    const value = deepFreeze(read(ctx, ...args));
    store.entries.set(key, { value, at: now });
    if (store.entries.size > MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
    return value;
  };
}
