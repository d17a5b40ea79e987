/** Said plainly wherever an invented listing is shown. */
export function DemoNotice({ compact = false }: { compact?: boolean }) {
  if (compact) {
    return (
      <span className="inline-flex items-center rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
        Demo data
      </span>
    );
  }
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <strong>Demonstration data.</strong> This team, its people and its case studies are invented to show how the
      register works. The institution is real; it has not endorsed this listing.
    </p>
  );
}
