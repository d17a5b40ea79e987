import { z } from "zod";
import { DEMAND_PERIODS, type DemandPeriod } from "@/lib/demand/aggregate";

export const DEFAULT_DEMAND_PERIOD: DemandPeriod = 30;

const daysParam = z
  .string()
  .transform(Number)
  .refine(
    (n): n is DemandPeriod => (DEMAND_PERIODS as readonly number[]).includes(n),
    `Choose ${DEMAND_PERIODS.join(", ")} days`,
  );

/** ?days=7|30|90 for the demand page; anything else falls back to 30 days and says so. */
export function parseDemandParams(sp: Record<string, string | string[] | undefined>): {
  days: DemandPeriod;
  problems: string[];
} {
  const raw = Array.isArray(sp.days) ? sp.days[0] : sp.days;
  if (raw === undefined || raw === "") return { days: DEFAULT_DEMAND_PERIOD, problems: [] };
  const r = daysParam.safeParse(raw.slice(0, 10));
  return r.success
    ? { days: r.data as DemandPeriod, problems: [] }
    : {
        days: DEFAULT_DEMAND_PERIOD,
        problems: [`days: ${r.error.issues[0]?.message ?? "not valid"}; showing ${DEFAULT_DEMAND_PERIOD} days`],
      };
}
