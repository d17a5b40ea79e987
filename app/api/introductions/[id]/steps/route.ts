// POST one step on a request: {"action": "pick-up" | "note" | "forward" | "suggest" | "decline" |
// "accept" | "connect" | "close" | "withdraw", …}. Answers with the new status.
import { requestContext } from "@/lib/dal/request-context";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import { notFound } from "@/lib/errors";
import { requestIdParam, requestStepSchema } from "@/lib/validation/introduction";
import { fail, invalid, json, readJson } from "../../http";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = requestIdParam.safeParse((await params).id);
    if (!id.success) throw notFound();
    const parsed = requestStepSchema.safeParse(await readJson(req));
    if (!parsed.success) return invalid(parsed.error.issues);
    const status = applyRequestStep(await requestContext(), id.data, parsed.data);
    return json({ id: id.data, status });
  } catch (err) {
    return fail(err);
  }
}
