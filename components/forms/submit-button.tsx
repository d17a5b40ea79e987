"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "./styles";

export function SubmitButton({ children, className = buttonClass, name, value }: { children: React.ReactNode; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {children}
    </button>
  );
}
