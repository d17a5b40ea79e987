// GET: the signed-in firm's requests. POST: send a request (idempotent on Idempotency-Key).
import { clientIp } from "@/lib/auth/throttle";
import { requestContext } from "@/lib/dal/request-context";
import { listMyIntroductions } from "@/lib/dal/introductions/dashboards";
import { createIntroductionRequest } from "@/lib/dal/introductions/create";
import { introductionInputSchema, requestListQuerySchema } from "@/lib/validation/introduction";
import { fail, invalid, json, readJson } from "./http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  try {
    const { status } = requestListQuerySchema.parse({ status: new URL(req.url).searchParams.get("status") ?? "all" });
    return json({ items: listMyIntroductions(await requestContext(), status) });
  } catch (err) {
    return fail(err);
  }
}

export async function POST(req: Request) {
  try {
    const body = await readJson(req);
    const key = req.headers.get("idempotency-key");
    const parsed = introductionInputSchema.safeParse({ ...(body as object), ...(key ? { idempotencyKey: key } : {}) });
    if (!parsed.success) return invalid(parsed.error.issues);
    const result = createIntroductionRequest(await requestContext(), parsed.data, { ip: clientIp(req.headers) });
    return json(
      { id: result.id, created: result.created, url: `/introductions/${result.id}` },
      result.created ? 201 : 200,
    );
  } catch (err) {
    return fail(err);
  }
}
