import "server-only";
import { eq, isNotNull } from "drizzle-orm";
import { institutions } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import { canImport } from "@/lib/policy";
import { slugify } from "@/lib/slug";
import type { InstitutionInput } from "@/lib/validation/institution";
import type { DalContext } from "../context";

export interface UpsertTally {
  inserted: number;
  updated: number;
  unchanged: number;
}

const comparable = (i: InstitutionInput) =>
  JSON.stringify([
    i.name,
    i.aliases,
    i.acronyms,
    i.countryCode,
    i.city,
    i.lat,
    i.lng,
    i.website,
    i.emailDomains,
    i.kind,
    i.rorTypes,
    i.rorStatus,
  ]);

/**
 * Upserts institutions by ROR id in batches (one transaction per batch). Keeps an institution's
 * slug, verification and trust; rewrites only rows whose registry facts changed, so re-running an
 * import is a no-op and does not disturb the search index.
 */
export function createInstitutionUpserter(ctx: DalContext) {
  if (!canImport(ctx.viewer)) throw forbidden();
  const { db } = ctx;
  const slugs = new Set(
    db
      .select({ slug: institutions.slug })
      .from(institutions)
      .all()
      .map((r) => r.slug),
  );
  const existing = new Map(
    db
      .select()
      .from(institutions)
      .where(isNotNull(institutions.rorId))
      .all()
      .map((i) => [i.rorId!, { id: i.id, key: comparable({ ...i, rorId: i.rorId }) }]),
  );

  function uniqueSlug(input: InstitutionInput): string {
    const base = slugify(input.name) || slugify(input.acronyms[0] ?? "") || "institution";
    const candidates = [base, `${base}-${input.countryCode.toLowerCase()}`, `${base}-${(input.rorId ?? "").slice(-9)}`];
    for (const c of candidates) if (c && !slugs.has(c)) return c;
    for (let n = 2; ; n++) if (!slugs.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  return function upsertBatch(batch: readonly InstitutionInput[]): UpsertTally {
    const tally: UpsertTally = { inserted: 0, updated: 0, unchanged: 0 };
    db.transaction((tx) => {
      for (const input of batch) {
        const key = comparable(input);
        const found = input.rorId ? existing.get(input.rorId) : undefined;
        const { rorId, ...facts } = input;
        if (found) {
          if (found.key === key) {
            tally.unchanged++;
            continue;
          }
          tx.update(institutions)
            .set({ ...facts, updatedAt: new Date() })
            .where(eq(institutions.id, found.id))
            .run();
          found.key = key;
          tally.updated++;
        } else {
          const slug = uniqueSlug(input);
          const row = tx
            .insert(institutions)
            .values({ ...facts, rorId, slug })
            .returning({ id: institutions.id })
            .get();
          slugs.add(slug);
          if (rorId) existing.set(rorId, { id: row.id, key });
          tally.inserted++;
        }
      }
    });
    return tally;
  };
}
