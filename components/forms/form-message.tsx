import type { FormState } from "@/lib/form-state";

/** The form-level outcome: an alert for errors (announced at once), a status for success. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  if (state.status === "error") {
    const count = state.fields ? Object.keys(state.fields).length : 0;
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
        <p className="font-semibold">{state.message}</p>
        {count > 0 && (
          <p>{count === 1 ? "One field needs" : `${count} fields need`} attention; see the messages beside them.</p>
        )}
      </div>
    );
  }
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
    >
      {state.message}
    </div>
  );
}

/**
 * The outcome of a small form, beside its button. The live region is always there (empty until
 * there is news), so screen readers announce the message when it appears.
 */
export function InlineFormMessage({ state }: { state: FormState }) {
  const error = state.status === "error";
  return (
    <p role={error ? "alert" : "status"} className={`text-sm ${error ? "text-red-800" : "text-emerald-800"}`}>
      {state.message}
    </p>
  );
}
