import type { Metadata } from "next";
import { requestContext } from "@/lib/dal/request-context";
import { listSecurityEvents, SECURITY_EVENT_DAYS } from "@/lib/dal/accounts/security-log";

export const metadata: Metadata = { title: "Security events" };

export default async function SecurityEventsPage() {
  const ctx = await requestContext();
  const events = listSecurityEvents(ctx, 300);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Security events</h1>
      <p className="text-slate-700">
        The newest {events.length} of the last {SECURITY_EVENT_DAYS} days: failed sign-ins and codes, limits reached,
        refused access, role and two-step sign-in changes. Addresses and the e-mail addresses tried are shown only as
        keyed hashes, so the same source can be followed without being named. The same events go to the server log as
        JSON lines.
      </p>
      {events.length === 0 ? (
        <p>No events yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-sm">
            <caption className="sr-only">Security events, newest first</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-4">
                  Time (UTC)
                </th>
                <th scope="col" className="py-2 pr-4">
                  Event
                </th>
                <th scope="col" className="py-2 pr-4">
                  Account
                </th>
                <th scope="col" className="py-2 pr-4">
                  Address hash
                </th>
                <th scope="col" className="py-2 pr-4">
                  Route
                </th>
                <th scope="col" className="py-2">
                  Detail
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{e.at.toISOString().slice(0, 19).replace("T", " ")}</td>
                  <td className="py-2 pr-4 font-mono">{e.event}</td>
                  <td className="py-2 pr-4 font-mono">{e.userId ?? (e.accountHash ? `#${e.accountHash}` : "—")}</td>
                  <td className="py-2 pr-4 font-mono">{e.addressHash ?? "—"}</td>
                  <td className="py-2 pr-4">{e.route ?? "—"}</td>
                  <td className="py-2 font-mono break-all">{e.detail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
