import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { RequestTable, StatusFilter } from "@/components/introductions/request-table";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { requestContext } from "@/lib/dal/request-context";
import { listMyIntroductions } from "@/lib/dal/introductions/dashboards";
import { requestListQuerySchema } from "@/lib/validation/introduction";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My introductions" };

const FILTERS = [
  { value: "all", label: "All" },
  { value: "open", label: "Open" },
  { value: "accepted", label: "Accepted" },
  { value: "declined", label: "Declined" },
  { value: "closed", label: "Closed" },
  { value: "withdrawn", label: "Withdrawn" },
];

export default async function MyIntroductionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { status } = requestListQuerySchema.parse({ status: (await searchParams).status });
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer)) {
    return (
      <SignInPrompt
        next="/introductions"
        title="My introductions"
        why="Sign in to follow the introductions your firm has asked for."
      />
    );
  }
  const rows = listMyIntroductions(ctx, status);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">My introductions</h1>
        <p className="mt-2 text-slate-700">
          Every introduction your firm has asked for, where it stands and what was said. Keep teams you are weighing up
          on your <Link href="/shortlist">shortlist</Link>.
        </p>
      </header>
      <StatusFilter base="/introductions" current={status} options={FILTERS} />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          {status === "all" ? (
            <>
              You have not asked for an introduction yet. <Link href="/search">Search for a team</Link> and press
              “Request an introduction” on its page.
            </>
          ) : (
            "No requests in this state."
          )}
        </p>
      ) : (
        <RequestTable rows={rows} caption="Your introduction requests" show={{ team: true, broker: true }} />
      )}
    </div>
  );
}
