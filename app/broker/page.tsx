import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "@/components/introductions/filter-select";
import { RequestTable } from "@/components/introductions/request-table";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { requestContext } from "@/lib/dal/request-context";
import { listBrokerQueue, type BrokerQueue } from "@/lib/dal/introductions/dashboards";
import { AppError } from "@/lib/errors";
import { STEP_DONE } from "@/lib/introductions/vocabulary";
import { brokerQueueQuerySchema, requestIdParam } from "@/lib/validation/introduction";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Triage queue" };

const STATUS = [
  ["waiting", "Waiting for triage"],
  ["submitted", "New, not picked up"],
  ["triaged", "Picked up"],
  ["forwarded", "With the team"],
  ["overdue", "Overdue (no answer in 10 working days)"],
  ["escalated", "Escalated"],
  ["all", "All"],
] as const;
const AGE = [
  ["any", "Any age"],
  ["2", "2+ working days"],
  ["5", "5+ working days"],
  ["10", "10+ working days"],
] as const;
const ORDER = [
  ["oldest", "Oldest first"],
  ["newest", "Newest first"],
] as const;

export default async function BrokerQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k][0] : sp[k]);
  const q = brokerQueueQuerySchema.parse({
    broker: one("broker"),
    status: one("status"),
    age: one("age"),
    sort: one("sort"),
  });
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer))
    return (
      <SignInPrompt
        next="/broker"
        title="Triage queue"
        why="Sign in as a broker or curator to triage introduction requests."
      />
    );
  let queue: BrokerQueue;
  try {
    queue = listBrokerQueue(ctx, q);
  } catch (err) {
    if (err instanceof AppError && err.code === "forbidden") {
      return (
        <div className="space-y-4">
          <h1 className="text-3xl font-bold tracking-tight">Triage queue</h1>
          <p className="text-slate-700">{err.message}</p>
        </div>
      );
    }
    throw err;
  }
  // After passing a request on, the broker lands here (the request is no longer theirs to open).
  const passed = one("done") === "reassign" ? requestIdParam.safeParse(one("id")) : null;
  return (
    <div className="space-y-6">
      {passed?.success && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950">
          Request #{passed.data}: {STEP_DONE.reassign}
        </p>
      )}
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Triage queue</h1>
        <p className="mt-2 text-slate-700">
          Requests routed to {queue.brokers.length === 1 ? queue.brokers[0]!.name : "your intermediaries"}: pick them
          up, add a note, forward them to the team, suggest better-placed teams, or decline with a reason. Ages are in
          working days since the firm sent the request (weekends and the public holidays of the team’s country left
          out).
        </p>
        <p className="mt-1 text-sm">
          <Link href="/broker/coverage">Countries and sectors your organisation covers</Link>
        </p>
      </header>
      <form
        method="get"
        aria-label="Filter the queue"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        {queue.brokers.length > 1 && (
          <FilterSelect
            label="Intermediary"
            name="broker"
            value={q.broker === undefined ? "" : String(q.broker)}
            options={[["", "All"], ...queue.brokers.map((b) => [String(b.id), b.name] as const)]}
          />
        )}
        <FilterSelect label="Status" name="status" value={q.status} options={STATUS} />
        <FilterSelect label="Age" name="age" value={q.age} options={AGE} />
        <FilterSelect label="Order" name="sort" value={q.sort} options={ORDER} />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
          Apply filters
        </button>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {queue.items.length} request{queue.items.length === 1 ? "" : "s"}
      </p>
      {queue.items.length > 0 && (
        <RequestTable
          rows={queue.items}
          caption="Requests in the queue"
          show={{ team: true, firm: true, broker: true, age: true }}
        />
      )}
    </div>
  );
}
