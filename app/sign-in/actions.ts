"use server";

import { headers } from "next/headers";
import { defineAction, redirectTo } from "@/lib/actions/define-action";
import { signIn, verifySignInCode } from "@/lib/auth/credentials";
import { formError, safeNextPath } from "@/lib/form-state";
import { signInCodeSchema, signInSchema } from "@/lib/validation/account";

const homeFor = (role: string) => (role === "sme" ? "/account" : role === "university" ? "/dashboard" : "/curate");

export const signInAction = defineAction({
  auth: "none",
  schema: signInSchema,
  input: (fd) => ({ email: fd.get("email"), password: fd.get("password") }),
  run: async ({ input, fd }) => {
    const result = await signIn(input.email, input.password, await headers());
    if (!result.ok) return formError(result.message);
    const next = safeNextPath(fd.get("next"), "");
    if ("twoFactor" in result)
      return redirectTo(next ? `/sign-in/two-factor?next=${encodeURIComponent(next)}` : "/sign-in/two-factor");
    return redirectTo(next || homeFor(result.role));
  },
});

/** The second step: a code from the authenticator app, or a backup code. */
export const signInCodeAction = defineAction({
  auth: "none",
  schema: signInCodeSchema,
  input: (fd) => ({ code: fd.get("code") }),
  invalid: "Check the code.",
  run: async ({ input, fd }) => {
    const result = await verifySignInCode(input.code.code, input.code.kind, await headers());
    if (!result.ok) {
      if (result.code === "expired") return redirectTo("/sign-in?expired=1");
      return formError(result.message, result.code === "invalid" ? { code: result.message } : undefined);
    }
    const role = "role" in result ? result.role : "sme";
    return redirectTo(safeNextPath(fd.get("next"), homeFor(role)));
  },
});
