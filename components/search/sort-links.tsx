import Link from "next/link";
import type { SearchParams } from "@/lib/search/types";
import { searchQueryString } from "@/lib/validation/search";

const SORTS = [
  { value: "relevance", label: "Best match" },
  { value: "updated", label: "Recently updated" },
] as const;

/** Sort order as two links (a new order starts again at page 1). */
export function SortLinks({ params }: { params: SearchParams }) {
  return (
    <nav aria-label="Sort results" className="flex items-center gap-2 text-sm">
      <span className="text-slate-600">Sort by:</span>
      {SORTS.map((s) => {
        const href = `/search?${searchQueryString({ ...params, sort: s.value, page: 1 })}`;
        return params.sort === s.value ? (
          <span key={s.value} aria-current="true" className="rounded bg-brand-600 px-2 py-1 font-semibold text-white">
            {s.label}
          </span>
        ) : (
          <Link key={s.value} href={href} className="rounded border border-slate-300 bg-white px-2 py-1">
            {s.label}
          </Link>
        );
      })}
    </nav>
  );
}
