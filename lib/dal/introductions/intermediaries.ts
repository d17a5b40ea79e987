import "server-only";
import { asc, eq } from "drizzle-orm";
import { intermediaries } from "@/db/schema";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { canEditIntermediaryCoverage } from "@/lib/policy";
import type { CoverageInput } from "@/lib/validation/introduction";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";

// Intermediaries declare the countries and sectors they cover; routing reads it.

export interface IntermediaryCoverage {
  id: number;
  slug: string;
  name: string;
  countryCode: string;
  regions: string[];
  sectors: string[];
  contactEmail: string | null;
}

/** The intermediaries whose coverage the viewer may edit (its own; all of them for curators). */
export function listEditableIntermediaries(ctx: DalContext): IntermediaryCoverage[] {
  if (ctx.viewer.kind === "anonymous") throw new AppError("unauthenticated", "Sign in to manage your organisation.");
  return ctx.db
    .select()
    .from(intermediaries)
    .orderBy(asc(intermediaries.name))
    .all()
    .filter((i) => canEditIntermediaryCoverage(ctx.viewer, i.id))
    .map((i) => ({
      id: i.id,
      slug: i.slug,
      name: i.name,
      countryCode: i.countryCode,
      regions: i.regions,
      sectors: i.sectors,
      contactEmail: i.contactEmail,
    }));
}

/** Replaces what an intermediary covers; new requests are routed by it from now on. */
export function updateIntermediaryCoverage(ctx: DalContext, input: CoverageInput): void {
  if (!canEditIntermediaryCoverage(ctx.viewer, input.intermediaryId))
    throw forbidden("Only the organisation's members and curators can change what it covers.");
  ctx.db.transaction((tx) => {
    const before = tx.select().from(intermediaries).where(eq(intermediaries.id, input.intermediaryId)).get();
    if (!before) throw notFound("There is no such intermediary.");
    tx.update(intermediaries)
      .set({ regions: input.regions, sectors: input.sectors, updatedAt: new Date() })
      .where(eq(intermediaries.id, input.intermediaryId))
      .run();
    recordAudit(tx, {
      actorUserId: ctx.viewer.kind === "user" ? ctx.viewer.id : null,
      action: "intermediary.coverage",
      entityType: "intermediary",
      entityId: input.intermediaryId,
      before: { regions: before.regions, sectors: before.sectors },
      after: { regions: input.regions, sectors: input.sectors },
    });
  });
}
