// POST a message to a request's thread: {"body": "…"}.
import { requestContext } from "@/lib/dal/context";
import { postRequestMessage } from "@/lib/dal/introduction-messages";
import { notFound } from "@/lib/errors";
import { messageInputSchema, requestIdParam } from "@/lib/validation/introduction";
import { fail, invalid, json, readJson } from "../../http";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = requestIdParam.safeParse((await params).id);
    if (!id.success) throw notFound();
    const parsed = messageInputSchema.safeParse(await readJson(req));
    if (!parsed.success) return invalid(parsed.error.issues);
    const msg = postRequestMessage(await requestContext(), id.data, parsed.data.body);
    return json({ id: msg.id }, 201);
  } catch (err) {
    return fail(err);
  }
}
