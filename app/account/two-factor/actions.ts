"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction, redirectTo } from "@/lib/actions/define-action";
import { confirmTwoFactorSetup, renewBackupCodes, startTwoFactorSetup, turnOffTwoFactor } from "@/lib/auth/two-factor";
import type { CodesState, SetupState } from "@/components/account/two-factor-forms";
import { formError } from "@/lib/form-state";
import { passwordOnlySchema, twoFactorCodeSchema } from "@/lib/validation/account";

// Each step re-checks the password or a code (lib/auth/two-factor), which also answers a request
// without a session; so they need no context here.
const passwordForm = {
  auth: "none",
  schema: passwordOnlySchema,
  input: (fd: FormData) => ({ password: fd.get("password") }),
  invalid: "Enter your password.",
} as const;

const wrongPassword = (r: { message: string; code?: string }) =>
  formError(r.message, r.code === "wrong_password" ? { password: r.message } : undefined);

export const startTwoFactorSetupAction = defineAction<"none", { password: string }, SetupState>({
  ...passwordForm,
  run: async ({ input }) => {
    const r = await startTwoFactorSetup(input.password, await headers());
    if (!r.ok) return r.code === "already" ? redirectTo("/account?two-factor=on") : wrongPassword(r);
    return { status: "setup", qrSvg: r.qrSvg, manualKey: r.manualKey, backupCodes: r.backupCodes };
  },
});

export const confirmTwoFactorSetupAction = defineAction({
  auth: "none",
  schema: twoFactorCodeSchema,
  input: (fd) => ({ code: fd.get("code") }),
  invalid: "Check the code.",
  run: async ({ input }) => {
    const r = await confirmTwoFactorSetup(input.code, await headers());
    if (!r.ok) return formError(r.message, r.code === "invalid" ? { code: r.message } : undefined);
    revalidatePath("/", "layout");
    return redirectTo("/account?two-factor=on");
  },
});

export const turnOffTwoFactorAction = defineAction({
  ...passwordForm,
  run: async ({ input }) => {
    const r = await turnOffTwoFactor(input.password, await headers());
    if (!r.ok) return wrongPassword(r);
    revalidatePath("/", "layout");
    return redirectTo("/account?two-factor=off");
  },
});

export const renewBackupCodesAction = defineAction<"none", { password: string }, CodesState>({
  ...passwordForm,
  run: async ({ input }) => {
    const r = await renewBackupCodes(input.password, await headers());
    if (!r.ok) return wrongPassword(r);
    return { status: "codes", backupCodes: r.backupCodes };
  },
});
