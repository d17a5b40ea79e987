import type { Metadata } from "next";
import Link from "next/link";
import { listingStatusLabel } from "@/components/listing-status";
import { buttonClass, hintClass, inputClass, labelClass, secondaryButtonClass } from "@/components/forms/styles";
import { COUNTRIES } from "@/lib/reference/countries";
import { TEAM_STATUSES } from "@/lib/reference/engagement";

export const metadata: Metadata = { title: "Export listings" };

export default function ExportPage() {
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Export listings</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Every listing in any state, with contact e-mails — keep the file safe. CSV has one row per team: lists are
          separated by “;”, ways of working read <code>mode:cost band:duration</code>, case studies are JSON. The same
          file can be edited and <Link href="/curate/import">imported</Link> back. JSON has the full structure.
        </p>
      </header>
      <form
        method="get"
        action="/curate/export/download"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-3"
      >
        <div>
          <label htmlFor="export-status" className={labelClass}>
            Status
          </label>
          <select id="export-status" name="status" className={inputClass} defaultValue="">
            <option value="">Any status</option>
            {TEAM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {listingStatusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="export-institution" className={labelClass}>
            Institution
          </label>
          <input
            id="export-institution"
            name="institution"
            className={inputClass}
            aria-describedby="export-institution-hint"
          />
          <p id="export-institution-hint" className={hintClass}>
            Its slug, as in its address, e.g. university-of-leeds
          </p>
        </div>
        <div>
          <label htmlFor="export-country" className={labelClass}>
            Country
          </label>
          <select id="export-country" name="country" className={inputClass} defaultValue="">
            <option value="">Any country</option>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-3 md:col-span-3">
          <button type="submit" name="format" value="csv" className={buttonClass}>
            Download CSV
          </button>
          <button type="submit" name="format" value="json" className={secondaryButtonClass}>
            Download JSON
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-700">
        Published teams without contact e-mails are open to everyone at <code>/api/v1/teams/export?format=csv</code> (or{" "}
        <code>json</code>), with the same country and institution filters.
      </p>
    </div>
  );
}
