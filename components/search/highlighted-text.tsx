import { Fragment } from "react";
import type { Segment } from "@/lib/search/highlight";

/** Text with the matched words in <mark>, built as elements (never as an HTML string). */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}</>;
}
