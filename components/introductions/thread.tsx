export interface ThreadItem {
  id: number;
  author: string;
  body: string;
  at: Date;
  mine: boolean;
}

const when = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** The messages on a request. Bodies are rendered as text: React escapes them. */
export function Thread({ messages }: { messages: ThreadItem[] }) {
  if (messages.length === 0) return <p className="text-sm text-slate-600">No messages yet.</p>;
  return (
    <ol aria-label="Messages" className="space-y-3">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`rounded-lg border p-3 ${m.mine ? "border-brand-100 bg-brand-50" : "border-slate-200 bg-white"}`}
        >
          <p className="text-sm font-semibold">
            {m.mine ? "You" : m.author}
            <span className="ml-2 text-xs font-normal text-slate-600">
              <time dateTime={m.at.toISOString()}>{when(m.at)}</time>
            </span>
          </p>
          <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-900">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
