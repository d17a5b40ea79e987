import "server-only";
import type { AppDb } from "@/db/client";

/** A drizzle transaction on the app database (better-sqlite3 transactions are synchronous). */
export type Tx = Parameters<Parameters<AppDb["transaction"]>[0]>[0];
/** Either the database or a transaction on it: helpers that must join the caller's transaction. */
export type DbOrTx = AppDb | Tx;
