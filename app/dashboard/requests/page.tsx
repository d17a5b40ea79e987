import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import { RequestTable, StatusFilter } from "@/components/introductions/request-table";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { requestContext } from "@/lib/dal/request-context";
import { listTeamInbox } from "@/lib/dal/introductions/dashboards";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { canViewTeamInbox } from "@/lib/policy";
import { requestListQuerySchema } from "@/lib/validation/introduction";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incoming introduction requests" };

const FILTERS = [
  { value: "open", label: "Open" },
  { value: "forwarded", label: "Waiting for your answer" },
  { value: "accepted", label: "Accepted" },
  { value: "declined", label: "Declined" },
  { value: "all", label: "All" },
];

export default async function TeamRequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).status;
  const { status } = requestListQuerySchema.parse({ status: raw ?? "open" });
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer)) {
    return (
      <SignInPrompt
        next="/dashboard/requests"
        title="Incoming requests"
        why="Sign in with your university account to answer firms' requests to your teams."
      />
    );
  }
  if (!canViewTeamInbox(ctx.viewer)) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Incoming requests</h1>
        <p className="text-slate-700">
          This page is for members of universities and research institutes answering requests to their teams.
        </p>
      </div>
    );
  }
  const rows = listTeamInbox(ctx, status);
  const waiting = rows.filter((r) => r.status === "forwarded").length;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Incoming introduction requests</h1>
        <p className="mt-2 text-slate-700">
          Requests from firms to your institution&apos;s teams. Please accept or decline within{" "}
          {LIMITS.escalateAfterWorkingDays} working days; your team&apos;s median response time and acceptance rate are
          shown on its profile.
        </p>
        {status === "open" && waiting > 0 && (
          <p className="mt-2 font-medium">
            {waiting} request{waiting === 1 ? " is" : "s are"} waiting for an answer.
          </p>
        )}
      </header>
      <StatusFilter base="/dashboard/requests" current={status} options={FILTERS} />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">No requests here.</p>
      ) : (
        <RequestTable rows={rows} caption="Requests to your teams" show={{ team: true, firm: true, age: true }} />
      )}
    </div>
  );
}
