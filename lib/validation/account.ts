// Account forms: the three doors (SME, university staff, sign-in), password reset, the account
// page, and the curator's and admin's decisions about people.
import { z } from "zod";
import { ROLES } from "@/lib/reference/statuses";
import { COMPANY_SIZES } from "@/lib/reference/company";
import { isCountryCode } from "@/lib/reference/countries";
import { codesOf } from "@/lib/reference/engagement";
import { isSectorCode } from "@/lib/reference/sectors";
import { emailField, optionalText, textField } from "./form";

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 128;

export const newPasswordField = z
  .string({ error: "Choose a password" })
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters`);

const personName = textField("Your name", 1, 120);

export const companySchema = z.object({
  companyName: textField("Company name", 2, 200),
  companySize: z.enum(codesOf(COMPANY_SIZES), { error: "Choose the size of your company" }),
  companyCountry: z
    .string({ error: "Choose a country" })
    .transform((v) => v.trim().toUpperCase())
    .refine(isCountryCode, "Choose a country"),
  companySector: z
    .string({ error: "Choose a sector" })
    .transform((v) => v.trim().toUpperCase())
    .refine(isSectorCode, "Choose a sector"),
});

export const smeSignUpSchema = z
  .object({ name: personName, email: emailField, password: newPasswordField })
  .extend(companySchema.shape);
export type SmeSignUp = z.output<typeof smeSignUpSchema>;

export const universitySignUpSchema = z.object({
  name: personName,
  email: emailField,
  password: newPasswordField,
  /** Only needed when the address's domain is not one we know. */
  institutionName: optionalText("Institution", 300, 2),
  jobTitle: optionalText("Job title", 120),
  note: optionalText("Note to the curator", 1000),
});
export type UniversitySignUp = z.output<typeof universitySignUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(MAX_PASSWORD, "Password is too long"),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({
    token: z
      .string()
      .min(8, "This reset link is not valid")
      .max(200, "This reset link is not valid")
      .regex(/^[A-Za-z0-9_-]+$/, "This reset link is not valid"),
    password: newPasswordField,
    confirm: z.string().max(MAX_PASSWORD),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match" });

export const profileSchema = z.object({
  name: personName,
  companyName: optionalText("Company name", 200, 2),
  companySize: z
    .enum(codesOf(COMPANY_SIZES))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  companyCountry: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .refine((v) => v === "" || isCountryCode(v), "Choose a country")
    .optional(),
  companySector: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .refine((v) => v === "" || isSectorCode(v), "Choose a sector")
    .optional(),
});
export type ProfileInput = z.output<typeof profileSchema>;

/** Changing the address needs the current password (re-authentication), as a password change does. */
export const changeEmailSchema = z.object({
  newEmail: emailField,
  currentPassword: z
    .string({ error: "Enter your current password" })
    .min(1, "Enter your current password")
    .max(MAX_PASSWORD),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(MAX_PASSWORD),
    newPassword: newPasswordField,
    confirm: z.string().max(MAX_PASSWORD),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two passwords do not match" });

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password to confirm").max(MAX_PASSWORD),
  confirm: z.literal("on", { error: "Tick the box to confirm" }),
});

const idField = z.coerce.number({ error: "Missing id" }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const membershipDecisionSchema = z
  .object({
    membershipId: idField,
    decision: z.enum(["approve", "reject"]),
    note: optionalText("Reason", 1000),
  })
  .refine((v) => v.decision === "approve" || v.note !== null, {
    path: ["note"],
    message: "Say why, so the applicant knows",
  });

export const roleChangeSchema = z.object({
  userId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, "Unknown user"),
  role: z.enum(ROLES, { error: "Choose a role" }),
});

export const suspendSchema = z.object({
  userId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, "Unknown user"),
  suspended: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/**
 * A sign-in code: six digits from the authenticator app (spaces allowed), or a backup code
 * ("abcde-12345", case kept as shown).
 */
export const signInCodeSchema = z.object({
  code: z
    .string({ error: "Enter the code" })
    .trim()
    .min(1, "Enter the code")
    .max(40, "That is not a code")
    .transform((raw, ctx) => {
      const digits = raw.replace(/[\s-]/g, "");
      if (/^\d{6}$/.test(digits)) return { code: digits, kind: "totp" as const };
      if (/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/.test(raw.replace(/\s/g, ""))) {
        const compact = raw.replace(/[\s-]/g, "");
        return { code: `${compact.slice(0, 5)}-${compact.slice(5)}`, kind: "backup" as const };
      }
      ctx.addIssue({
        code: "custom",
        message: "Enter the 6-digit code from your app, or a backup code like abcde-12345",
      });
      return z.NEVER;
    }),
});

/** Confirming two-step set-up: the current 6-digit code. */
export const twoFactorCodeSchema = z.object({
  code: z
    .string({ error: "Enter the 6-digit code from your app" })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your app")),
});

export const passwordOnlySchema = z.object({
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(MAX_PASSWORD, "Password is too long"),
});
