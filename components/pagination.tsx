import Link from "next/link";

/** Previous/next and a window of page numbers, as plain links that keep the other parameters. */
export function Pagination({
  page,
  pageCount,
  basePath,
  params,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params: Record<string, string | string[] | undefined>;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (k === "page" || v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) if (one !== "") q.append(k, one);
    }
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const from = Math.max(1, page - 2);
  const to = Math.min(pageCount, page + 2);
  const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const cls = "rounded border border-slate-300 bg-white px-3 py-1 text-sm";
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center gap-2">
      {page > 1 && (
        <Link href={href(page - 1)} className={cls} rel="prev">
          Previous
        </Link>
      )}
      {pages.map((p) =>
        p === page ? (
          <span key={p} aria-current="page" className={`${cls} border-brand-600 bg-brand-600 font-semibold text-white`}>
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)} className={cls} aria-label={`Page ${p}`}>
            {p}
          </Link>
        ),
      )}
      {page < pageCount && (
        <Link href={href(page + 1)} className={cls} rel="next">
          Next
        </Link>
      )}
      <span className="text-sm text-slate-600">
        Page {page} of {pageCount}
      </span>
    </nav>
  );
}
