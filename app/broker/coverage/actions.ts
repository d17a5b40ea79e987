"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { updateIntermediaryCoverage } from "@/lib/dal/introductions/intermediaries";
import { formSuccess } from "@/lib/form-state";
import { formStrings } from "@/lib/validation/form";
import { coverageInputSchema } from "@/lib/validation/introduction";

export const updateCoverageAction = defineAction({
  auth: "any",
  schema: coverageInputSchema,
  input: (fd) => ({
    intermediaryId: fd.get("intermediaryId"),
    regions: formStrings(fd, "regions"),
    sectors: formStrings(fd, "sectors"),
  }),
  invalid: "Please check the highlighted fields.",
  run: ({ ctx, input }) => {
    updateIntermediaryCoverage(ctx, input);
    revalidatePath("/broker/coverage");
    return formSuccess("Coverage saved. New requests are routed by it from now on.");
  },
});
