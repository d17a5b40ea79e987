"use server";

import { revalidatePath } from "next/cache";
import { requestContext } from "@/lib/dal/request-context";
import { updateIntermediaryCoverage } from "@/lib/dal/introductions/intermediaries";
import { errorState, invalidState, okState, type FormState } from "@/lib/introductions/form-state";
import { formStrings } from "@/lib/validation/form";
import { coverageInputSchema } from "@/lib/validation/introduction";

export async function updateCoverageAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = coverageInputSchema.safeParse({
    intermediaryId: fd.get("intermediaryId"),
    regions: formStrings(fd, "regions"),
    sectors: formStrings(fd, "sectors"),
  });
  if (!parsed.success) return invalidState(parsed.error);
  try {
    updateIntermediaryCoverage(await requestContext(), parsed.data);
  } catch (err) {
    return errorState(err);
  }
  revalidatePath("/broker/coverage");
  return okState("Coverage saved. New requests are routed by it from now on.");
}
