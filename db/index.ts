export { openDatabase, getDb, closeDb, type AppDb } from "./client";
export { migrateDatabase } from "./migrate";
export * as schema from "./schema";
