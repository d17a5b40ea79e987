"use client";

// The institution picker's list of matches for a submitted search: links that choose one. This
// is the whole picker when JavaScript is off.
import { useId } from "react";
import { label as labels } from "@/components/labels";

export interface PickerInstitution {
  slug: string;
  name: string;
  city: string | null;
  countryCode: string;
  rorId: string | null;
  verified: boolean;
}

export const place = (i: PickerInstitution) => [i.city, labels.country(i.countryCode)].filter(Boolean).join(", ");

/** The server's matches for a submitted search, as links: this is the picker without JavaScript. */
export function ResultList({
  query,
  results,
  hrefOf,
  level,
}: {
  query: string;
  results: readonly PickerInstitution[];
  hrefOf: (slug: string) => string;
  level: 2 | 3;
}) {
  const headingId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <Heading id={headingId} className="text-base font-semibold">
        Institutions matching &ldquo;{query}&rdquo;
      </Heading>
      {results.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          No institution matches. Try part of its official name, its city, its country or its ROR id.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {results.map((i) => (
            <li key={i.slug} className="py-2 text-sm">
              <a href={hrefOf(i.slug)} className="font-medium">
                {i.name}
              </a>
              <span className="block text-slate-700">
                {place(i)}
                {i.verified ? " · verified" : ""}
                {i.rorId ? ` · ROR ${i.rorId.replace("https://ror.org/", "")}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
