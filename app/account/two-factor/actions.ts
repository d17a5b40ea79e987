"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { confirmTwoFactorSetup, renewBackupCodes, startTwoFactorSetup, turnOffTwoFactor } from "@/lib/auth/two-factor";
import type { CodesState, SetupState } from "@/components/account/two-factor-forms";
import { formError, type FormState } from "@/lib/form-state";
import { passwordOnlySchema, twoFactorCodeSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/form";

export async function startTwoFactorSetupAction(_prev: SetupState, fd: FormData): Promise<SetupState> {
  const parsed = passwordOnlySchema.safeParse({ password: fd.get("password") });
  if (!parsed.success) return formError("Enter your password.", fieldErrorsOf(parsed.error));
  const r = await startTwoFactorSetup(parsed.data.password, await headers());
  if (!r.ok) {
    if (r.code === "already") redirect("/account?two-factor=on");
    return formError(r.message, r.code === "wrong_password" ? { password: r.message } : undefined);
  }
  return { status: "setup", qrSvg: r.qrSvg, manualKey: r.manualKey, backupCodes: r.backupCodes };
}

export async function confirmTwoFactorSetupAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = twoFactorCodeSchema.safeParse({ code: fd.get("code") });
  if (!parsed.success) return formError("Check the code.", fieldErrorsOf(parsed.error));
  const r = await confirmTwoFactorSetup(parsed.data.code, await headers());
  if (!r.ok) return formError(r.message, r.code === "invalid" ? { code: r.message } : undefined);
  revalidatePath("/", "layout");
  redirect("/account?two-factor=on");
}

export async function turnOffTwoFactorAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = passwordOnlySchema.safeParse({ password: fd.get("password") });
  if (!parsed.success) return formError("Enter your password.", fieldErrorsOf(parsed.error));
  const r = await turnOffTwoFactor(parsed.data.password, await headers());
  if (!r.ok) return formError(r.message, r.code === "wrong_password" ? { password: r.message } : undefined);
  revalidatePath("/", "layout");
  redirect("/account?two-factor=off");
}

export async function renewBackupCodesAction(_prev: CodesState, fd: FormData): Promise<CodesState> {
  const parsed = passwordOnlySchema.safeParse({ password: fd.get("password") });
  if (!parsed.success) return formError("Enter your password.", fieldErrorsOf(parsed.error));
  const r = await renewBackupCodes(parsed.data.password, await headers());
  if (!r.ok) return formError(r.message, r.code === "wrong_password" ? { password: r.message } : undefined);
  return { status: "codes", backupCodes: r.backupCodes };
}
