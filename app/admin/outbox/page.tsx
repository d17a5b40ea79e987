import type { Metadata } from "next";
import { Pagination } from "@/components/pagination";
import { requestContext } from "@/lib/dal/request-context";
import { listOutbox } from "@/lib/dal/outbox-admin";
import { pageParam } from "@/lib/validation/browse";

export const metadata: Metadata = { title: "E-mail outbox" };

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const page = pageParam.safeParse(sp.page).data ?? 1;
  const ctx = await requestContext();
  const result = listOutbox(ctx, page);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">E-mail outbox</h1>
      <p className="text-slate-700">
        Every e-mail the register has sent or queued ({result.total}). Without SMTP configured, e-mail stays here as
        &ldquo;stored&rdquo;. Sign-in links (verification, password reset) are hidden: nobody, not even an admin, should
        be able to use someone else&apos;s.
      </p>
      <ul className="space-y-3">
        {result.items.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <details>
              <summary className="cursor-pointer">
                <strong>{m.subject}</strong> → {m.toAddress} · {m.status}
                {m.attempts > 0 ? ` · ${m.attempts} attempt${m.attempts === 1 ? "" : "s"}` : ""} ·{" "}
                {m.createdAt.toLocaleString("en-GB", { timeZone: "UTC" })} UTC
              </summary>
              {m.lastError && <p className="mt-2 text-red-800">Last error: {m.lastError}</p>}
              <pre className="mt-2 font-sans break-words whitespace-pre-wrap">{m.textBody}</pre>
            </details>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={result.pageCount} basePath="/admin/outbox" params={sp} />
    </div>
  );
}
