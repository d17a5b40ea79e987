import type { AppDb } from "./client";

/**
 * A consistent online copy through SQLite's backup API: safe while the site is serving and
 * writing, unlike copying the file (which can tear across the WAL).
 */
export async function backupDatabase(db: AppDb, destination: string): Promise<{ pages: number }> {
  const result = await db.$client.backup(destination);
  return { pages: result.totalPages };
}
