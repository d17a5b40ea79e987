"use client";

import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/form-state";
import { FormMessage } from "./form-message";
import { secondaryButtonClass } from "./styles";
import { SubmitButton } from "./submit-button";

const ROLES = [
  { value: "sme", label: "Business" },
  { value: "university", label: "University staff" },
  { value: "curator", label: "Curator" },
  { value: "admin", label: "Administrator" },
];

/** An admin changes one person's role. */
export function RoleForm({
  action,
  userId,
  userName,
  role,
}: {
  action: (s: FormState, fd: FormData) => Promise<FormState>;
  userId: string;
  userName: string;
  role: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const id = `role-${userId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor={id} className="sr-only">
          Role of {userName}
        </label>
        <select
          id={id}
          name="role"
          defaultValue={role}
          className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
        >
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton className={`${secondaryButtonClass} px-2 py-1 text-sm`}>Save role</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
