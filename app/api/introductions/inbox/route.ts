// GET the requests that reached the caller's institutions' teams (?status=open|all|…).
import { requestContext } from "@/lib/dal/request-context";
import { listTeamInbox } from "@/lib/dal/introductions/dashboards";
import { requestListQuerySchema } from "@/lib/validation/introduction";
import { fail, json } from "../http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  try {
    const { status } = requestListQuerySchema.parse({ status: new URL(req.url).searchParams.get("status") ?? "open" });
    return json({ items: listTeamInbox(await requestContext(), status) });
  } catch (err) {
    return fail(err);
  }
}
