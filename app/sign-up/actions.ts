"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signUpSme, signUpUniversity } from "@/lib/auth/sign-up";
import { formError, keepValues, type FormState } from "@/lib/form-state";
import { smeSignUpSchema, universitySignUpSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/form";

const pick = (fd: FormData, names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [n, fd.get(n) ?? undefined]));

export async function signUpSmeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const parsed = smeSignUpSchema.safeParse(
    pick(fd, ["name", "email", "password", "companyName", "companySize", "companyCountry", "companySector"]),
  );
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  const result = await signUpSme(parsed.data, await headers());
  if (!result.ok) return formError(result.message, result.fields, values);
  redirect("/sign-up/check-email");
}

export async function signUpUniversityAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const parsed = universitySignUpSchema.safeParse(
    pick(fd, ["name", "email", "password", "institutionName", "jobTitle", "note"]),
  );
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  const result = await signUpUniversity(parsed.data, await headers());
  if (!result.ok) return formError(result.message, result.fields, values);
  redirect("/sign-up/check-email");
}
