import Link from "next/link";
import type { FacetName, SearchParams, SearchResult } from "@/lib/search/types";
import { searchQueryString } from "@/lib/validation/search";
import { FACET_UI } from "./facet-labels";

const SHOWN = 6;

/** Facets as checkbox groups in a GET form: works without JavaScript, state stays in the URL. */
export function FacetFilters({ params, facets }: { params: SearchParams; facets: SearchResult["facets"] }) {
  const anySelected = Object.values(params.filters).some((v) => v && v.length > 0);
  const groups = FACET_UI.filter((f) => facets[f.name].length > 0);
  return (
    <form
      method="get"
      action="/search"
      aria-labelledby="filters-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="filters-heading" className="text-lg font-semibold">
        Filter results
      </h2>
      {params.q && <input type="hidden" name="q" value={params.q} />}
      {params.sort !== "relevance" && <input type="hidden" name="sort" value={params.sort} />}
      {groups.length === 0 && <p className="text-sm text-slate-600">No filters apply to these results.</p>}
      {groups.map((f) => {
        const selected = new Set(params.filters[f.name] ?? []);
        const list = [...facets[f.name]].sort(
          (a, b) => b.count - a.count || f.valueLabel(a.value).localeCompare(f.valueLabel(b.value), "en"),
        );
        const first = list.filter((v, i) => i < SHOWN || selected.has(v.value));
        const rest = list.filter((v, i) => i >= SHOWN && !selected.has(v.value));
        const item = (v: { value: string; count: number }) => (
          <li key={v.value}>
            <label className="flex cursor-pointer items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={f.name}
                value={v.value}
                defaultChecked={selected.has(v.value)}
                className="mt-1 accent-brand-600"
              />
              <span>
                {f.valueLabel(v.value)} <span className="text-slate-600">({v.count})</span>
              </span>
            </label>
          </li>
        );
        return (
          <fieldset key={f.name} className="space-y-1">
            <legend className="text-sm font-semibold text-slate-900">{f.title}</legend>
            <ul className="space-y-1">{first.map(item)}</ul>
            {rest.length > 0 && (
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">
                  {rest.length} more <span className="sr-only">{f.title.toLowerCase()} options</span>
                </summary>
                <ul className="mt-1 space-y-1">{rest.map(item)}</ul>
              </details>
            )}
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Apply filters
        </button>
        {anySelected && (
          <Link href={`/search?${searchQueryString({ q: params.q, sort: params.sort })}`}>Clear all filters</Link>
        )}
      </div>
    </form>
  );
}

/** The active filters as links that remove one value each. */
export function SelectedFilters({ params }: { params: SearchParams }) {
  const chips = FACET_UI.flatMap((f) => (params.filters[f.name] ?? []).map((value) => ({ facet: f, value })));
  if (chips.length === 0) return null;
  const without = (name: FacetName, value: string) => {
    const filters = { ...params.filters, [name]: (params.filters[name] ?? []).filter((v) => v !== value) };
    return `/search?${searchQueryString({ ...params, filters, page: 1 })}`;
  };
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map(({ facet, value }) => (
        <li key={`${facet.name}:${value}`}>
          <Link
            href={without(facet.name, value)}
            className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800"
          >
            {facet.title}: {facet.valueLabel(value)}
            <span aria-hidden="true">×</span>
            <span className="sr-only">(remove this filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
