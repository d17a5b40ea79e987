import type { Metadata } from "next";
import { publicContext } from "@/lib/dal/context";
import { getSiteStatus, type SiteStatus } from "@/lib/dal/health";
import { searchIndexManager } from "@/lib/search/service";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Service status",
  description: "Whether the register's database, search index and e-mail are working now.",
};

/** Lag beyond which a backlog is worth a visitor's attention. */
const SEARCH_LAG_MS = 60_000;
const MAIL_LAG_MS = 15 * 60_000;

const when = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(d) + " UTC";

function ago(d: Date, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - d.getTime()) / 1000));
  if (s < 90) return `${s} second${s === 1 ? "" : "s"} ago`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} minutes ago`;
  const h = Math.round(m / 60);
  return h < 48 ? `${h} hours ago` : `${Math.round(h / 24)} days ago`;
}

interface Row {
  name: string;
  ok: boolean;
  state: string;
  detail: string;
}

function rows(s: SiteStatus): Row[] {
  const now = s.checkedAt;
  const db: Row = s.database.ok
    ? {
        name: "Database",
        ok: true,
        state: "Working",
        detail: `${s.database.publishedTeams ?? 0} published teams.`,
      }
    : {
        name: "Database",
        ok: false,
        state: "Not working",
        detail: `The database is ${s.database.error ?? "unavailable"}.`,
      };
  const p = s.search.pending;
  const search: Row =
    p === null
      ? {
          name: "Search index",
          ok: s.database.ok,
          state: "Not loaded yet",
          detail: "This server process loads the index on its first search.",
        }
      : p.count === 0
        ? {
            name: "Search index",
            ok: true,
            state: "Up to date",
            detail: s.search.latestChangeAt
              ? `Includes every change to the register; the latest was ${ago(s.search.latestChangeAt, now)}.`
              : "Includes every change to the register.",
          }
        : {
            name: "Search index",
            ok: !p.oldestAt || now.getTime() - p.oldestAt.getTime() < SEARCH_LAG_MS,
            state: "Catching up",
            detail: `${p.count} change${p.count === 1 ? "" : "s"} to apply${p.oldestAt ? `, the oldest from ${ago(p.oldestAt, now)}` : ""}. Search applies them within seconds.`,
          };
  const o = s.outbox;
  const waiting = o.queued + o.sending;
  const mail: Row = {
    name: "E-mail",
    ok: o.failed === 0 && (!o.oldestQueuedAt || now.getTime() - o.oldestQueuedAt.getTime() < MAIL_LAG_MS),
    state: waiting === 0 && o.failed === 0 ? "No backlog" : waiting > 0 ? "Sending" : "Delivery problems",
    detail: [
      waiting === 0
        ? "No e-mail is waiting to be sent."
        : `${waiting} e-mail${waiting === 1 ? "" : "s"} waiting${o.oldestQueuedAt ? `, the oldest queued ${ago(o.oldestQueuedAt, now)}` : ""}.`,
      o.failed > 0 ? `In the last 24 hours, ${o.failed} could not be delivered after every retry.` : "",
    ]
      .filter(Boolean)
      .join(" "),
  };
  return [db, search, mail];
}

function load(): SiteStatus {
  const manager = searchIndexManager();
  try {
    return getSiteStatus(publicContext(), manager.origin === null ? null : manager.position);
  } catch {
    return {
      checkedAt: new Date(),
      database: { ok: false, error: "unavailable" },
      search: { latestChangeAt: null, pending: null },
      outbox: { queued: 0, sending: 0, failed: 0, oldestQueuedAt: null },
    };
  }
}

export default function StatusPage() {
  const status = load();
  const list = rows(status);
  const allOk = list.every((r) => r.ok);
  return (
    <article className="max-w-3xl space-y-6 text-slate-800">
      <h1 className="text-3xl font-bold tracking-tight">Service status</h1>
      <p
        role="status"
        className={`rounded-lg border p-4 font-semibold ${allOk ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}
      >
        {allOk ? "Everything is working." : "Something needs attention: see below."}
      </p>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {list.map((r) => (
          <div key={r.name} className="grid gap-1 p-4 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">{r.name}</dt>
            <dd>
              <span className={r.ok ? "text-emerald-800" : "text-amber-900"}>
                <span aria-hidden="true">{r.ok ? "✓ " : "! "}</span>
                {r.state}
              </span>
              <span className="block text-sm text-slate-700">{r.detail}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700">Checked {when(status.checkedAt)}. Reload the page to check again.</p>
      <p className="text-sm text-slate-700">
        For monitoring tools: <a href="/api/health">/api/health</a> answers JSON, with status 503 when the database does
        not answer.
      </p>
    </article>
  );
}
