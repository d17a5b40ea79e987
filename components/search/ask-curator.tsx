import Link from "next/link";

/** The way to a person when a search finds little: /contact, with the words as a start. */
export function askCuratorHref(need: string): string {
  const q = need.trim().slice(0, 300);
  return q ? `/contact?need=${encodeURIComponent(q)}` : "/contact";
}

/** Shown below a search that found very few teams (the zero-results panel has its own line). */
export function FewResultsHelp({ need, total }: { need: string; total: number }) {
  return (
    <aside
      aria-label="Not what you need?"
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700"
    >
      Only {total} team{total === 1 ? "" : "s"} found. Not quite right?{" "}
      <Link href={askCuratorHref(need)}>Ask a curator to find a team for this need</Link>: people who know the register
      will look for you.
    </aside>
  );
}
