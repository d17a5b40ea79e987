import "server-only";
import { revalidatePath } from "next/cache";
import { syncSearchIndex } from "@/lib/search/service";

/**
 * After a listing (or its institution) was written: bring this process's search index up to date
 * at once, so publishing or archiving shows in search on the next request. The database triggers
 * have already recorded the change in search_changes, so other processes follow on their own;
 * a failure here only delays this process by a second and must not undo the saved write.
 */
export function listingChanged(slug?: string): void {
  try {
    syncSearchIndex();
  } catch (err) {
    console.error("Search index sync after a listing write failed:", err);
  }
  if (slug) revalidatePath(`/teams/${slug}`);
}
