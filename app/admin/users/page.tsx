import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { RoleForm } from "@/components/forms/role-form";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/forms/styles";
import { Pagination } from "@/components/pagination";
import { requestContext } from "@/lib/dal/request-context";
import { listUsers } from "@/lib/dal/accounts/users-admin";
import { pageParam } from "@/lib/validation/browse";
import { setRoleAction, setSuspendedAction } from "../actions";

export const metadata: Metadata = { title: "Users and roles" };

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const page = pageParam.safeParse(sp.page).data ?? 1;
  const ctx = await requestContext();
  const result = listUsers(ctx, { q, page });
  const me = isSignedIn(ctx.viewer) ? ctx.viewer.id : "";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Users and roles</h1>
      <p className="text-slate-700">
        Appoint curators here. You cannot change your own role, and the last administrator cannot be removed.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className={labelClass}>
            Name or e-mail
          </label>
          <input id="q" name="q" defaultValue={q} maxLength={100} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Search
        </button>
      </form>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="p-2">
              Person
            </th>
            <th scope="col" className="p-2">
              Role
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 align-top">
              <td className="p-2">
                {u.name}
                <span className="block text-slate-600">
                  {u.email}
                  {u.emailVerified ? "" : " (not confirmed)"}
                </span>
                {u.activeMemberships > 0 && (
                  <span className="block text-slate-600">
                    {u.activeMemberships} active membership{u.activeMemberships === 1 ? "" : "s"}
                  </span>
                )}
              </td>
              <td className="p-2">
                {u.id === me ? (
                  "Administrator (you)"
                ) : (
                  <RoleForm action={setRoleAction} userId={u.id} userName={u.name} role={u.role} />
                )}
              </td>
              <td className="p-2">
                {u.suspended ? "Suspended" : "Active"}
                {u.id !== me && (
                  <ActionButton
                    action={setSuspendedAction}
                    hidden={{ userId: u.id, suspended: String(!u.suspended) }}
                    label={u.suspended ? `Lift suspension of ${u.name}` : `Suspend ${u.name}`}
                    className={`${secondaryButtonClass} mt-1 px-2 py-1 text-xs`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageCount={result.pageCount} basePath="/admin/users" params={sp} />
    </div>
  );
}
