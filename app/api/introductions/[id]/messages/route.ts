// POST a message to a request's thread: {"body": "…"}. An Idempotency-Key header makes a retry
// return the first message instead of posting it twice.
import { requestContext } from "@/lib/dal/request-context";
import { postRequestMessage } from "@/lib/dal/introductions/messages";
import { badRequest, notFound } from "@/lib/errors";
import { idempotencyKeyField, messageInputSchema, requestIdParam } from "@/lib/validation/introduction";
import { fail, invalid, json, readJson } from "../../http";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = requestIdParam.safeParse((await params).id);
    if (!id.success) throw notFound();
    const parsed = messageInputSchema.safeParse(await readJson(req));
    if (!parsed.success) return invalid(parsed.error.issues);
    const header = req.headers.get("idempotency-key");
    const key = header === null ? undefined : idempotencyKeyField.safeParse(header);
    if (key && !key.success)
      throw badRequest("Idempotency-Key must be 8 to 100 letters, digits, - or _.", { "Idempotency-Key": "invalid" });
    const msg = postRequestMessage(await requestContext(), id.data, parsed.data.body, new Date(), key?.data);
    return json({ id: msg.id }, 201);
  } catch (err) {
    return fail(err);
  }
}
