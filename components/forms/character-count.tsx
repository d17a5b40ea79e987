"use client";

import { useEffect, useState, type TextareaHTMLAttributes } from "react";
import { inputClass } from "./styles";

const n = (x: number) => x.toLocaleString("en-GB");

/** "You have 20 characters remaining" / "You have 12 characters too many", as GOV.UK says it. */
export function countMessage(length: number, max: number): string {
  const left = max - length;
  if (left >= 0) return `You have ${n(left)} character${left === 1 ? "" : "s"} remaining`;
  return `You have ${n(-left)} character${left === -1 ? "" : "s"} too many`;
}

/**
 * A textarea that shows its limit and counts as you type (the GOV.UK character count). It never
 * cuts text: there is no maxLength, so a long paste stays whole; the count turns red and the
 * server refuses it with a clear message. Without JavaScript the limit is still in the hint.
 */
export function CharacterCount({
  id,
  max,
  defaultValue,
  hintId,
  errorId,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength" | "defaultValue"> & {
  id: string;
  max: number;
  defaultValue: string;
  /** The ids of the field's hint and error, which the textarea is described by. */
  hintId?: string;
  errorId?: string;
}) {
  const [length, setLength] = useState(defaultValue.length);
  const [live, setLive] = useState(false);
  // The live count is announced after a pause in typing, not at every key.
  const [spoken, setSpoken] = useState("");
  useEffect(() => setLive(true), []);
  useEffect(() => {
    if (!live) return;
    const t = setTimeout(() => setSpoken(countMessage(length, max)), 800);
    return () => clearTimeout(t);
  }, [length, max, live]);
  const over = length > max;
  const countId = `${id}-count`;
  return (
    <>
      <textarea
        id={id}
        defaultValue={defaultValue}
        className={inputClass}
        {...rest}
        aria-describedby={[hintId, countId, errorId].filter(Boolean).join(" ")}
        onChange={(e) => {
          setLength(e.target.value.length);
          rest.onChange?.(e);
        }}
      />
      <p id={countId} className={`mt-1 text-sm ${over ? "font-semibold text-red-800" : "text-slate-600"}`}>
        {live ? countMessage(length, max) : `You can enter up to ${n(max)} characters`}
      </p>
      <p className="sr-only" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
