import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { collections, collectionTeams, institutions, teams, type Institution, type Team } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { canCurateCollections } from "@/lib/policy";
import type { DalContext } from "../context";
import { withCardDetails } from "../teams/cards";
import { toTeamListItem, type TeamListItem } from "../teams/dto";
import { isPubliclyLive } from "../teams/live";
import { registerCached } from "../register-cache";
import type { MapPoint } from "../register/stats";

// Curated collections as visitors and curators read them. A collection only ever shows the
// teams a visitor could open anyway (published, not merged); curators also see the rest, marked.

type CollectionRow = typeof collections.$inferSelect;

export interface CollectionCard {
  slug: string;
  title: string;
  editorialNote: string;
  published: boolean;
  /** Teams shown publicly. */
  teamCount: number;
  /** Teams in the collection that are not shown (unpublished or merged listings). */
  hiddenCount: number;
  /** The first few public teams' names, in the curator's order. */
  previewTeams: string[];
  countryCount: number;
  updatedAt: Date;
  /** Built from demonstration listings (only the demo register has such teams). */
  isDemo: boolean;
}

export interface CollectionEntry {
  team: TeamListItem;
  /** Why the curator put this team here. */
  note: string | null;
}

/** An institution of the collection on its map: the register map's own point. */
export type CollectionPlace = MapPoint;

export interface CollectionDetail {
  slug: string;
  title: string;
  editorialNote: string;
  published: boolean;
  createdAt: Date;
  updatedAt: Date;
  isDemo: boolean;
  entries: CollectionEntry[];
  /** Public teams per country, most first. */
  countries: { countryCode: string; teams: number }[];
  /** Institutions with coordinates, for the map. */
  places: CollectionPlace[];
}

export interface CuratedEntry {
  team: {
    id: number;
    slug: string;
    name: string;
    institutionName: string;
    countryCode: string;
    status: Team["status"];
    isDemo: boolean;
  };
  note: string | null;
  /** Null when shown publicly; otherwise why not. */
  hidden: null | { status: Team["status"]; merged: boolean };
}

export interface CollectionForEditing {
  id: number;
  slug: string;
  title: string;
  editorialNote: string;
  published: boolean;
  updatedAt: Date;
  entries: CuratedEntry[];
}

interface EntryRow {
  collectionId: number;
  note: string | null;
  team: Team;
  institution: Institution;
}

/** Every entry of these collections, in each collection's order. */
function entriesOf(ctx: DalContext, ids: readonly number[]): Map<number, EntryRow[]> {
  const out = new Map<number, EntryRow[]>();
  if (ids.length === 0) return out;
  const rows = ctx.db
    .select({
      collectionId: collectionTeams.collectionId,
      note: collectionTeams.note,
      team: teams,
      institution: institutions,
    })
    .from(collectionTeams)
    .innerJoin(teams, eq(teams.id, collectionTeams.teamId))
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(inArray(collectionTeams.collectionId, [...ids]))
    .orderBy(asc(collectionTeams.collectionId), asc(collectionTeams.position), asc(collectionTeams.teamId))
    .all();
  for (const r of rows) {
    const list = out.get(r.collectionId);
    if (list) list.push(r);
    else out.set(r.collectionId, [r]);
  }
  return out;
}

function toCard(c: CollectionRow, entries: EntryRow[]): CollectionCard {
  const shown = entries.filter((e) => isPubliclyLive(e.team));
  return {
    slug: c.slug,
    title: c.title,
    editorialNote: c.editorialNote,
    published: c.published,
    teamCount: shown.length,
    hiddenCount: entries.length - shown.length,
    previewTeams: shown.slice(0, 3).map((e) => e.team.name),
    countryCount: new Set(shown.map((e) => e.institution.countryCode)).size,
    updatedAt: c.updatedAt,
    isDemo: shown.length > 0 && shown.every((e) => e.team.isDemo),
  };
}

/**
 * Published collections with at least one public team, most recently updated first (an empty
 * one would be a dead end for visitors).
 */
function readListPublishedCollections(ctx: DalContext, limit = 100): CollectionCard[] {
  const rows = ctx.db
    .select()
    .from(collections)
    .where(eq(collections.published, true))
    .orderBy(desc(collections.updatedAt), asc(collections.id))
    .all();
  const entries = entriesOf(
    ctx,
    rows.map((c) => c.id),
  );
  return rows
    .map((c) => toCard(c, entries.get(c.id) ?? []))
    .filter((c) => c.teamCount > 0)
    .slice(0, limit);
}

/** Every collection, published or not, for curators. */
export function listCollectionsForCuration(ctx: DalContext): CollectionCard[] {
  if (!canCurateCollections(ctx.viewer)) throw notFound();
  const rows = ctx.db.select().from(collections).orderBy(desc(collections.updatedAt), asc(collections.id)).all();
  const entries = entriesOf(
    ctx,
    rows.map((c) => c.id),
  );
  return rows.map((c) => toCard(c, entries.get(c.id) ?? []));
}

/**
 * A collection as visitors see it: only its public teams. Unpublished collections exist only for
 * curators (a preview); for anyone else they are not found, like unknown addresses.
 */
function readCollection(ctx: DalContext, slug: string): CollectionDetail | null {
  const c = ctx.db.select().from(collections).where(eq(collections.slug, slug)).get();
  if (!c || (!c.published && !canCurateCollections(ctx.viewer))) return null;
  const shown = (entriesOf(ctx, [c.id]).get(c.id) ?? []).filter((e) => isPubliclyLive(e.team));
  const countries = new Map<string, number>();
  const places = new Map<string, CollectionPlace>();
  for (const { institution: i } of shown) {
    countries.set(i.countryCode, (countries.get(i.countryCode) ?? 0) + 1);
    if (i.lat === null || i.lng === null) continue;
    const p = places.get(i.slug);
    if (p) p.teams++;
    else
      places.set(i.slug, { slug: i.slug, name: i.name, countryCode: i.countryCode, lat: i.lat, lng: i.lng, teams: 1 });
  }
  return {
    slug: c.slug,
    title: c.title,
    editorialNote: c.editorialNote,
    published: c.published,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    isDemo: shown.length > 0 && shown.every((e) => e.team.isDemo),
    entries: withCardDetails(
      ctx,
      shown.map((e) => toTeamListItem(e.team, e.institution)),
    ).map((team, k) => ({ team, note: shown[k]!.note })),
    countries: [...countries]
      .map(([countryCode, n]) => ({ countryCode, teams: n }))
      .sort((a, b) => b.teams - a.teams || a.countryCode.localeCompare(b.countryCode)),
    places: [...places.values()],
  };
}

/** Everything a curator needs to edit a collection, hidden entries included and explained. */
export function getCollectionForEditing(ctx: DalContext, slug: string): CollectionForEditing {
  if (!canCurateCollections(ctx.viewer)) throw notFound();
  const c = ctx.db.select().from(collections).where(eq(collections.slug, slug)).get();
  if (!c) throw notFound("There is no collection at that address. It may have been deleted.");
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    editorialNote: c.editorialNote,
    published: c.published,
    updatedAt: c.updatedAt,
    entries: (entriesOf(ctx, [c.id]).get(c.id) ?? []).map(({ team: t, institution: i, note }) => ({
      team: {
        id: t.id,
        slug: t.slug,
        name: t.name,
        institutionName: i.name,
        countryCode: i.countryCode,
        status: t.status,
        isDemo: t.isDemo,
      },
      note,
      hidden: isPubliclyLive(t) ? null : { status: t.status, merged: t.mergedIntoId !== null },
    })),
  };
}
export const listPublishedCollections = registerCached("publishedCollections", readListPublishedCollections);
export const getCollection = registerCached("collection", readCollection);
