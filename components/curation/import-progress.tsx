"use client";

// Follows a running import: polls its status and moves the progress bar; when the run ends, the
// page reloads its report. Without JavaScript the page offers a refresh link instead.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

interface Status {
  status: string;
  processedRows: number;
  totalRows: number;
}

export function ImportProgress({ statusUrl, initial, verb }: { statusUrl: string; initial: Status; verb: string }) {
  const [s, setS] = useState(initial);
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store" });
        if (res.ok) {
          const next = (await res.json()) as Status;
          if (stopped) return;
          setS(next);
          if (next.status !== "queued" && next.status !== "running") {
            router.refresh();
            return;
          }
        }
      } catch {
        // A dropped poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(tick, 700);
    };
    let timer = setTimeout(tick, 500);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [statusUrl, router]);
  const pct = s.totalRows > 0 ? Math.round((s.processedRows / s.totalRows) * 100) : 0;
  return (
    <div className="space-y-2">
      <progress
        id="import-progress"
        max={Math.max(1, s.totalRows)}
        value={s.processedRows}
        aria-label="Import progress"
        className="h-3 w-full"
      />
      <p role="status" aria-live="polite" className="text-sm">
        {verb} {s.processedRows.toLocaleString("en-GB")} of {s.totalRows.toLocaleString("en-GB")} rows ({pct}%)…
      </p>
    </div>
  );
}
