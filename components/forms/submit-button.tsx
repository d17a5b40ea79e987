"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "./styles";

/** A submit button that cannot be pressed again while its form is being sent. */
export function SubmitButton({
  children,
  className = buttonClass,
  name,
  value,
  pendingLabel,
}: {
  children: React.ReactNode;
  className?: string;
  name?: string;
  value?: string;
  /** What the button says while the form is being sent (unchanged when not given). */
  pendingLabel?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`${className} disabled:cursor-wait`}
      disabled={pending}
      aria-disabled={pending}
      name={name}
      value={value}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
