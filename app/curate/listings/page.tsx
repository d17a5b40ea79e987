import type { Metadata } from "next";
import Link from "next/link";
import { requestContext } from "@/lib/dal/request-context";
import { listReviewQueue } from "@/lib/dal/curation/review-queue";
import { own } from "@/lib/own";

export const metadata: Metadata = { title: "Listings to review" };

const DONE: Record<string, string> = {
  publish: "Published. The owners have been e-mailed and the listing is in search.",
  request_changes: "Changes requested. The owners have been e-mailed your note.",
  reject: "Rejected. The owners have been e-mailed your reason.",
};

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requestContext();
  const queue = listReviewQueue(ctx);
  const done = own(DONE, (await searchParams).done);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Listings to review</h1>
      {done && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
          {done}
        </p>
      )}
      {queue.length === 0 ? (
        <p className="text-slate-700">Nothing is waiting. Well done.</p>
      ) : (
        <ul className="space-y-3">
          {queue.map((q) => (
            <li key={q.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-base font-semibold">
                <Link href={`/curate/listings/${q.slug}`}>{q.name}</Link>
              </h2>
              <p className="text-sm text-slate-600">
                {q.institutionName}
                {q.institutionVerified ? " (verified)" : ""} · waiting since{" "}
                {q.waitingSince.toLocaleDateString("en-GB")}
                {q.everPublished ? " · edit of a published listing" : " · new listing"}
              </p>
              <p className="mt-1 line-clamp-2 text-sm">{q.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
