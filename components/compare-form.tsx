import { LIMITS } from "@/lib/introductions/vocabulary";

/**
 * A GET form to /compare; tick boxes elsewhere on the page join it through their `form`
 * attribute, so the chosen teams end up in the compare page's URL, with or without JavaScript.
 */
export function CompareForm({ id }: { id: string }) {
  return (
    <form
      id={id}
      method="get"
      action="/compare"
      aria-label="Compare teams"
      className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-md"
    >
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Compare ticked teams
      </button>
      <span className="text-sm text-slate-600">Tick 2 to {LIMITS.compareMax} teams above.</span>
    </form>
  );
}
