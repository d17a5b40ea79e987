import { requireSignedIn } from "@/lib/auth/require-sign-in";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { requestContext } from "@/lib/dal/request-context";
import { needsTwoFactorSetup } from "@/lib/viewer";
import { canManageRoles } from "@/lib/policy";

/** Admins only; anyone else gets a plain 404. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const ctx = await requestContext();
  requireSignedIn(ctx, "/admin");
  // A staff role works only with two-step sign-in: send the person to set it up.
  if (needsTwoFactorSetup(ctx.viewer)) redirect("/account/two-factor?required=1");
  if (!canManageRoles(ctx.viewer)) notFound();
  return (
    <div className="space-y-6">
      <nav aria-label="Administration" className="border-b border-slate-200 pb-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          <li>
            <Link href="/admin/users">Users and roles</Link>
          </li>
          <li>
            <Link href="/admin/outbox">E-mail outbox</Link>
          </li>
          <li>
            <Link href="/admin/security">Security events</Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
