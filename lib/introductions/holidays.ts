// Public holidays of a country, from the date-holidays package, as the working-day calendar of
// the people who must answer a request (the team). Only national holidays of type "public"
// count: the register knows an institution's country, not its region, and bank, school and
// optional days are not days off for everyone. A country the package does not know falls back
// to weekends only.
import Holidays from "date-holidays";
import { DAY_MS, WEEKENDS_ONLY, type HolidayTest } from "./working-days";

/** One Holidays instance per country (building one parses the country's rules). */
const instances = new Map<string, Holidays | null>();
/** Holiday days per country and year, as UTC day numbers. */
const years = new Map<string, Set<number>>();
/** The test per country, so the same country always gets the same function. */
const tests = new Map<string, HolidayTest>();
let known: Set<string> | null = null;

function instanceFor(country: string): Holidays | null {
  if (instances.has(country)) return instances.get(country)!;
  known ??= new Set(Object.keys(new Holidays().getCountries()));
  const hd = known.has(country) ? new Holidays(country, { types: ["public"] }) : null;
  instances.set(country, hd);
  return hd;
}

/** "2026-12-25 00:00:00" (the country's local date) → UTC day number of that calendar date. */
function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS) : null;
}

function holidayDays(country: string, hd: Holidays, year: number): Set<number> {
  const k = `${country}:${year}`;
  let days = years.get(k);
  if (!days) {
    days = new Set();
    for (const h of hd.getHolidays(year)) {
      const d = h.type === "public" ? dayNumber(h.date) : null;
      if (d !== null) days.add(d);
    }
    years.set(k, days);
  }
  return days;
}

/**
 * The holiday test for a country (ISO 3166-1 alpha-2). Unknown or missing countries: weekends
 * only. The same function is returned for the same country, so callers can cache by it.
 */
export function holidaysOf(countryCode: string | null | undefined): HolidayTest {
  const country = (countryCode ?? "").trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return WEEKENDS_ONLY;
  let test = tests.get(country);
  if (!test) {
    const hd = instanceFor(country);
    test = hd ? (day) => holidayDays(country, hd, new Date(day * DAY_MS).getUTCFullYear()).has(day) : WEEKENDS_ONLY;
    tests.set(country, test);
  }
  return test;
}
