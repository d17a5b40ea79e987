import "server-only";
import { count, desc, gte, sql } from "drizzle-orm";
import { searchEvents } from "@/db/schema";
import {
  daySeries,
  periodStart,
  topQueries,
  unmetSearches,
  type DayCount,
  type DemandPeriod,
  type QueryDemand,
  type SearchGroupRow,
  type UnmetSearch,
} from "@/lib/demand/aggregate";
import { notFound } from "@/lib/errors";
import { canReadDemand } from "@/lib/policy";
import type { DalContext } from "../context";

// What people look for and do not find, for curators. search_events holds only the words, the
// filters, the number of results and the time — nothing about who searched — so nothing
// personal can appear here.

/** Past this many distinct (words, filters) pairs in a period, the rarest are left out. */
const MAX_GROUPS = 20_000;

export interface FilterUse {
  facet: string;
  value: string;
  searches: number;
}

export interface DemandReport {
  days: DemandPeriod;
  from: Date;
  to: Date;
  searches: number;
  zeroResultSearches: number;
  perDay: DayCount[];
  topQueries: QueryDemand[];
  unmet: UnmetSearch[];
  filters: FilterUse[];
}

export function getDemandReport(ctx: DalContext, opts: { days: DemandPeriod; now?: Date }): DemandReport {
  if (!canReadDemand(ctx.viewer)) throw notFound();
  const now = opts.now ?? new Date();
  const from = periodStart(now, opts.days);
  const inPeriod = gte(searchEvents.createdAt, from);
  const zero = sql<number>`coalesce(sum(case when ${searchEvents.resultCount} = 0 then 1 else 0 end), 0)`;

  const totals = ctx.db.select({ searches: count(), zero }).from(searchEvents).where(inPeriod).get();
  const day = sql<string>`strftime('%Y-%m-%d', ${searchEvents.createdAt} / 1000, 'unixepoch')`;
  const perDay = ctx.db
    .select({ day, searches: count(), zeroResults: zero })
    .from(searchEvents)
    .where(inPeriod)
    .groupBy(day)
    .all();
  // With exactly one max() in the query, SQLite takes the bare result_count from the row that
  // holds the maximum: what the latest of these searches found.
  const groups: SearchGroupRow[] = ctx.db
    .select({
      query: searchEvents.query,
      filters: searchEvents.filters,
      searches: count(),
      zeroResults: zero,
      lastAt: sql<number>`max(${searchEvents.createdAt})`,
      latestResults: sql<number>`${searchEvents.resultCount}`,
      latestStrong: sql<number>`coalesce(${searchEvents.strongResultCount}, ${searchEvents.resultCount})`,
    })
    .from(searchEvents)
    .where(inPeriod)
    .groupBy(searchEvents.query, searchEvents.filters)
    .orderBy(desc(count()))
    .limit(MAX_GROUPS)
    .all();
  const filters = ctx.db.all<FilterUse>(
    sql`select f.key as facet, v.value as value, count(*) as searches
        from ${searchEvents} e, json_each(e.filters) f, json_each(f.value) v
        where e.created_at >= ${from.getTime()} and f.type = 'array'
        group by f.key, v.value order by searches desc, facet, value limit 20`,
  );
  return {
    days: opts.days,
    from,
    to: now,
    searches: totals?.searches ?? 0,
    zeroResultSearches: totals?.zero ?? 0,
    perDay: daySeries(from, opts.days, perDay),
    topQueries: topQueries(groups),
    unmet: unmetSearches(groups),
    filters,
  };
}
