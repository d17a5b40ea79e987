// The per-row report of an import: rows with errors first, then what was (or would be) created
// and updated. Unchanged rows are counted, not listed.

export interface ReportRow {
  row: number;
  slug: string | null;
  name: string;
  outcome: "created" | "updated" | "unchanged" | "error";
  problems: { column: string; message: string }[];
}

const OUTCOME = { created: "new", updated: "updated", unchanged: "unchanged", error: "error" } as const;

export function ImportReport({ rows, dryRun }: { rows: ReportRow[]; dryRun: boolean }) {
  const shown = [
    ...rows.filter((r) => r.outcome === "error"),
    ...rows.filter((r) => r.outcome === "created" || r.outcome === "updated"),
  ];
  const unchanged = rows.length - shown.length;
  if (shown.length === 0)
    return (
      <p className="text-slate-700">
        Every row matches its listing already: nothing {dryRun ? "would change" : "changed"}.
      </p>
    );
  return (
    <div className="space-y-2">
      <table className="w-full border-collapse text-sm">
        <caption className="text-left font-semibold">
          Rows that {dryRun ? "would change, or cannot be imported" : "changed, or could not be imported"}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              Row
            </th>
            <th scope="col" className="py-2 pr-3">
              Listing
            </th>
            <th scope="col" className="py-2 pr-3">
              Outcome
            </th>
            <th scope="col" className="py-2">
              Problems (column: message)
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr
              key={r.row}
              className={`border-b border-slate-200 align-top ${r.outcome === "error" ? "bg-red-50" : ""}`}
            >
              <td className="py-2 pr-3">{r.row}</td>
              <td className="py-2 pr-3">
                {r.name || "(no name)"}
                {r.slug && <span className="block text-slate-600">{r.slug}</span>}
              </td>
              <td className="py-2 pr-3">{OUTCOME[r.outcome]}</td>
              <td className="py-2">
                {r.problems.length > 0 && (
                  <ul>
                    {r.problems.map((p, i) => (
                      <li key={i}>
                        <strong>{p.column}</strong>: {p.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unchanged > 0 && (
        <p className="text-sm text-slate-700">{unchanged.toLocaleString("en-GB")} unchanged rows are not listed.</p>
      )}
    </div>
  );
}
