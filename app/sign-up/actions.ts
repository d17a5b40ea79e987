"use server";

import { headers } from "next/headers";
import { defineAction, redirectTo } from "@/lib/actions/define-action";
import { signUpSme, signUpUniversity } from "@/lib/auth/sign-up";
import { formError } from "@/lib/form-state";
import { smeSignUpSchema, universitySignUpSchema } from "@/lib/validation/account";

const pick = (names: readonly string[]) => (fd: FormData) =>
  Object.fromEntries(names.map((n) => [n, fd.get(n) ?? undefined]));

export const signUpSmeAction = defineAction({
  auth: "none",
  schema: smeSignUpSchema,
  input: pick(["name", "email", "password", "companyName", "companySize", "companyCountry", "companySector"]),
  run: async ({ input }) => {
    const result = await signUpSme(input, await headers());
    return result.ok ? redirectTo("/sign-up/check-email") : formError(result.message, result.fields);
  },
});

export const signUpUniversityAction = defineAction({
  auth: "none",
  schema: universitySignUpSchema,
  input: pick(["name", "email", "password", "institutionName", "jobTitle", "note"]),
  run: async ({ input }) => {
    const result = await signUpUniversity(input, await headers());
    return result.ok ? redirectTo("/sign-up/check-email") : formError(result.message, result.fields);
  },
});
