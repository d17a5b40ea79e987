"use client";

import { useFormStatus } from "react-dom";

/** A submit button that cannot be pressed again while its form is being sent. */
export function SubmitButton({ children, pendingLabel, variant = "primary" }: { children: React.ReactNode; pendingLabel?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const style =
    variant === "primary"
      ? "bg-brand-600 text-white hover:bg-brand-700"
      : variant === "danger"
        ? "bg-rose-700 text-white hover:bg-rose-800"
        : "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-4 py-2 text-sm font-semibold disabled:cursor-wait disabled:opacity-70 ${style}`}
    >
      {pending ? (pendingLabel ?? "Sending…") : children}
    </button>
  );
}
