// GET the broker's triage queue (?broker=&status=&age=&sort=), as on /broker.
import { requestContext } from "@/lib/dal/request-context";
import { listBrokerQueue } from "@/lib/dal/introductions/dashboards";
import { brokerQueueQuerySchema } from "@/lib/validation/introduction";
import { fail, json } from "../http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  try {
    const p = new URL(req.url).searchParams;
    const q = brokerQueueQuerySchema.parse({
      broker: p.get("broker") ?? undefined,
      status: p.get("status") ?? undefined,
      age: p.get("age") ?? undefined,
      sort: p.get("sort") ?? undefined,
    });
    return json(listBrokerQueue(await requestContext(), q));
  } catch (err) {
    return fail(err);
  }
}
