import type { Metadata } from "next";
import Link from "next/link";
import { publicContext } from "@/lib/dal/context";
import { getRegisterStats } from "@/lib/dal/register/stats";
import { CONTINENTS, continentOf, countryName } from "@/lib/reference/countries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Countries",
  description: "University research teams listed on Expertise Atlas, by country and world region.",
};

export default function CountriesPage() {
  const stats = getRegisterStats(publicContext());
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Countries</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          The right expertise is often abroad. These are the {stats.countries} countries with teams listed, by world
          region.
        </p>
      </header>
      {CONTINENTS.map((cont) => {
        const rows = stats.byCountry
          .filter((c) => continentOf(c.countryCode) === cont.code)
          .sort((a, b) => countryName(a.countryCode).localeCompare(countryName(b.countryCode), "en"));
        if (rows.length === 0) return null;
        return (
          <section key={cont.code} aria-labelledby={`c-${cont.code}`}>
            <h2 id={`c-${cont.code}`} className="mb-3 text-xl font-semibold">
              {cont.name}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {rows.map((c) => (
                <li key={c.countryCode} className="rounded-md border border-slate-200 bg-white px-3 py-2">
                  <Link href={`/countries/${c.countryCode.toLowerCase()}`}>{countryName(c.countryCode)}</Link>
                  <span className="ml-2 text-sm text-slate-600">
                    {c.teams} team{c.teams === 1 ? "" : "s"}, {c.institutions} institution
                    {c.institutions === 1 ? "" : "s"}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
