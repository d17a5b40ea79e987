import "server-only";
import { getDb, type AppDb } from "@/db/client";
import { env } from "@/lib/env";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";

/** Every DAL function takes one of these: the database and who is asking. */
export interface DalContext {
  db: AppDb;
  viewer: Viewer;
}

/** The application's database, opened lazily on first use. */
export function appDb(): AppDb {
  return getDb(env().DATABASE_PATH);
}

/** Context for a request with no signed-in user. */
export function publicContext(): DalContext {
  return { db: appDb(), viewer: ANONYMOUS };
}
