"use client";

// Setting up two-step sign-in: the password, then the QR code (drawn on the server as SVG), the key
// to type in instead, the backup codes shown this once, and the first code to confirm. Works
// without JavaScript (the server renders each step's result).
import { useActionState, useId } from "react";
import { IDLE, type FormState } from "@/lib/form-state";
import { describedBy, Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SimpleForm } from "@/components/forms/simple-form";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";

type Action<S> = (state: S, fd: FormData) => Promise<S>;

/** The set-up form's state: an error, or the new key with the backup codes (shown this once). */
export type SetupState =
  FormState | { status: "setup"; qrSvg: string; manualKey: string; backupCodes: string[]; message?: undefined };

export type CodesState = FormState | { status: "codes"; backupCodes: string[]; message?: undefined };

function PasswordForm<S extends { status: string; message?: string; fields?: Record<string, string> }>({
  formAction,
  state,
  submitLabel,
  secondary,
}: {
  formAction: (fd: FormData) => void;
  state: S;
  submitLabel: string;
  secondary?: boolean;
}) {
  const id = useId();
  const error = state.status === "error" ? state.fields?.password : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.status === "error" && <FormMessage state={state as unknown as FormState} />}
      <Field id={`${id}-password`} label="Your password" error={error}>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          maxLength={128}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-password`, undefined, error)}
        />
      </Field>
      <SubmitButton className={secondary ? secondaryButtonClass : buttonClass}>{submitLabel}</SubmitButton>
    </form>
  );
}

function BackupCodes({ codes }: { codes: readonly string[] }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4">
      <h3 className="font-semibold">Your backup codes</h3>
      <p className="mt-1 text-sm text-slate-800">
        Each code signs you in once if you lose your phone. Keep them somewhere safe (a password manager, or printed).
        They are shown only now.
      </p>
      <ul aria-label="Backup codes" className="mt-3 grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-5">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

export function TwoFactorSetup({ start, confirm }: { start: Action<SetupState>; confirm: Action<FormState> }) {
  const [state, formAction] = useActionState(start, IDLE as SetupState);
  if (state.status !== "setup") {
    return <PasswordForm formAction={formAction} state={state} submitLabel="Set up two-step sign-in" />;
  }
  return (
    <div className="space-y-6">
      <ol className="list-decimal space-y-4 pl-5">
        <li>
          <p>
            Scan this QR code with an authenticator app (for example Google Authenticator, Microsoft Authenticator,
            1Password or Aegis).
          </p>
          <div
            role="img"
            aria-label="QR code of your two-step sign-in key"
            className="mt-3 inline-block rounded border border-slate-200 bg-white p-2 [&_svg]:h-52 [&_svg]:w-52"
            // The SVG is drawn on the server by the qrcode package from our own otpauth URI.
            dangerouslySetInnerHTML={{ __html: state.qrSvg }}
          />
          <p className="mt-2 text-sm">
            Or type this key into the app:{" "}
            <code className="rounded bg-slate-100 px-2 py-1 font-mono">{state.manualKey}</code>
          </p>
        </li>
        <li>
          <BackupCodes codes={state.backupCodes} />
        </li>
        <li>
          <p className="mb-3">Enter the 6-digit code the app now shows, to turn two-step sign-in on.</p>
          <SimpleForm
            action={confirm}
            idPrefix="two-factor-confirm"
            submitLabel="Turn on two-step sign-in"
            fields={[
              {
                name: "code",
                label: "Code from the app",
                autoComplete: "one-time-code",
                maxLength: 10,
                hint: "6 digits",
              },
            ]}
          />
        </li>
      </ol>
    </div>
  );
}

export function TurnOffTwoFactor({ action }: { action: Action<FormState> }) {
  const [state, formAction] = useActionState(action, IDLE);
  return <PasswordForm formAction={formAction} state={state} submitLabel="Turn off two-step sign-in" secondary />;
}

export function RenewBackupCodes({ action }: { action: Action<CodesState> }) {
  const [state, formAction] = useActionState(action, IDLE as CodesState);
  if (state.status === "codes") return <BackupCodes codes={state.backupCodes} />;
  return <PasswordForm formAction={formAction} state={state} submitLabel="Get new backup codes" secondary />;
}
