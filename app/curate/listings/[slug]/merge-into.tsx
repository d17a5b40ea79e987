import Link from "next/link";
import { buttonClass, inputClass, labelClass } from "@/components/forms/styles";

/** "Merge into…": picks the listing to keep and opens the side-by-side preview (nothing is changed yet). */
export function MergeInto({
  slug,
  targets,
}: {
  slug: string;
  targets: { slug: string; name: string; status: string }[];
}) {
  return (
    <section aria-labelledby="merge-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="merge-heading" className="text-lg font-semibold">
        Merge into…
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        If this listing duplicates another team&apos;s, merge it into that one: you will see both side by side before
        anything changes.
      </p>
      {targets.length > 0 ? (
        <form method="get" action="/curate/merge" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="duplicate" value={slug} />
          <div className="min-w-64 grow">
            <label htmlFor="merge-target" className={labelClass}>
              Listing to keep (same institution, most similar first)
            </label>
            <select id="merge-target" name="survivor" className={inputClass}>
              {targets.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name} ({t.slug})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass}>
            Compare before merging
          </button>
        </form>
      ) : (
        <p className="mt-2 text-sm">No other live listing at this institution.</p>
      )}
      <p className="mt-2 text-sm">
        To keep a listing at another institution,{" "}
        <Link href={`/curate/merge?duplicate=${slug}`}>name it on the merge page</Link>.
      </p>
    </section>
  );
}
