// GET one request with its timeline and thread, as the caller may see it.
import { requestContext } from "@/lib/dal/request-context";
import { getIntroductionRequest } from "@/lib/dal/introductions/detail";
import { notFound } from "@/lib/errors";
import { requestIdParam } from "@/lib/validation/introduction";
import { fail, json } from "../http";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = requestIdParam.safeParse((await params).id);
    if (!id.success) throw notFound();
    return json(getIntroductionRequest(await requestContext(), id.data));
  } catch (err) {
    return fail(err);
  }
}
