import type { ReactNode } from "react";
import type { SearchParams } from "@/lib/search/types";

/** How many filter values are chosen: the n of "Filter (n)". */
export function selectedFilterCount(params: SearchParams): number {
  return Object.values(params.filters).reduce((n, v) => n + (v?.length ?? 0), 0);
}

/**
 * The filters behind a "Filter (n)" button on a phone, so the results come first; always open on
 * wider screens (see globals.css). A native disclosure: works without JavaScript.
 */
export function FiltersDisclosure({ params, children }: { params: SearchParams; children: ReactNode }) {
  const n = selectedFilterCount(params);
  return (
    <details className="filters-disclosure group">
      <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded-md border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800 [&::-webkit-details-marker]:hidden">
        Filter ({n})<span className="sr-only"> filters chosen; show or hide the filters</span>
        <span aria-hidden="true" className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="mt-3 md:mt-0">{children}</div>
    </details>
  );
}
