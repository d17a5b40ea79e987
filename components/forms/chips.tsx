"use client";

// Values chosen in a picker (keywords, languages), submitted as repeated fields. With JavaScript
// each is a chip with a remove button over a hidden input; without it, a ticked checkbox (untick
// to remove), so the plain form can still drop one.
import { useEnhanced } from "@/components/hooks/use-enhanced";

const chipClass = "inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-3 pr-1 text-sm text-slate-800";
const chipButton = "rounded-full px-1.5 text-slate-700 hover:bg-slate-300 hover:text-slate-900";

export function Chips({
  name,
  values,
  labelOf,
  onRemove,
  what,
}: {
  name: string;
  values: readonly string[];
  labelOf: (v: string) => string;
  onRemove: (v: string) => void;
  what: string;
}) {
  const enhanced = useEnhanced();
  if (values.length === 0) return <p className="mt-2 text-sm text-slate-600">No {what} yet.</p>;
  if (!enhanced) {
    return (
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Chosen ${what}`}>
        {values.map((v) => (
          <li key={v} className={chipClass}>
            <label className="flex items-center gap-1 pr-2">
              <input type="checkbox" name={name} value={v} defaultChecked />
              {labelOf(v)}
            </label>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Chosen ${what}`}>
      {values.map((v) => (
        <li key={v} className={chipClass}>
          {labelOf(v)}
          <input type="hidden" name={name} value={v} />
          <button type="button" className={chipButton} aria-label={`Remove ${labelOf(v)}`} onClick={() => onRemove(v)}>
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
