"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/credentials";
import { formError, type FormState } from "@/lib/form-state";
import { resetPasswordSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/form";

export async function resetPasswordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({
    token: fd.get("token"),
    password: fd.get("password"),
    confirm: fd.get("confirm"),
  });
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    return formError(fields.token ?? "Check the highlighted fields.", fields);
  }
  const r = await resetPassword(parsed.data.token, parsed.data.password);
  if (!r.ok) return formError(r.message, r.code === "password" ? { password: r.message } : undefined);
  redirect("/sign-in?reset=1");
}
