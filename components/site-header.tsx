import Link from "next/link";
import type { NavCapabilities } from "@/lib/policy";

/** The signed-in person, as the layout reads it from the session. */
export interface HeaderUser {
  name: string;
  /** What the navigation offers, as the DAL decided it (suspension included). */
  can: NavCapabilities;
  /** Requests waiting in the queues this person triages; null when they triage none. */
  triageWaiting: number | null;
}

const NAV = [
  { href: "/search", label: "Search" },
  { href: "/teams", label: "Browse teams" },
  { href: "/collections", label: "Collections" },
  { href: "/countries", label: "Countries" },
  { href: "/about", label: "About" },
];

function accountLinks(me: HeaderUser) {
  const links: { href: string; label: string; count?: number }[] = [];
  if (me.can.firm)
    links.push(
      { href: "/introductions", label: "My introductions" },
      { href: "/shortlist", label: "Shortlist" },
      { href: "/saved-searches", label: "Saved searches" },
    );
  if (me.can.dashboard) links.push({ href: "/dashboard", label: "Dashboard" });
  if (me.can.teamRequests) links.push({ href: "/dashboard/requests", label: "Requests" });
  // Brokers are members of an intermediary whatever their role; curators triage every queue.
  if (me.triageWaiting !== null) links.push({ href: "/broker", label: "Triage", count: me.triageWaiting });
  if (me.can.curate) links.push({ href: "/curate", label: "Curate" });
  if (me.can.admin) links.push({ href: "/admin", label: "Admin" });
  links.push({ href: "/account", label: "Account" });
  return links;
}

/**
 * `me` is null for visitors; the layout reads it from the session. `signOutAction` is the
 * sign-out server action, passed in so that components never import routes.
 */
export function SiteHeader({ me, signOutAction }: { me: HeaderUser | null; signOutAction: () => Promise<void> }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          prefetch={false}
          href="/"
          className="flex items-center gap-2 text-lg font-semibold text-slate-900 no-underline hover:no-underline"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-6 w-6 text-brand-600"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="12" cy="12" r="9" />
            <path d="M3 12h18M12 3c2.8 3 2.8 15 0 18M12 3c-2.8 3-2.8 15 0 18" />
          </svg>
          Expertise Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link prefetch={false} href={n.href} className="text-slate-700 hover:text-brand-700">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Your account">
          {me ? (
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              {accountLinks(me).map((n) => (
                <li key={n.href}>
                  <Link prefetch={false} href={n.href} className="text-slate-700 hover:text-brand-700">
                    {n.label}
                    {n.count ? (
                      <>
                        {" "}
                        <span className="rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                          {n.count}
                          <span className="sr-only"> waiting</span>
                        </span>
                      </>
                    ) : null}
                  </Link>
                </li>
              ))}
              <li>
                <form action={signOutAction}>
                  <button
                    type="submit"
                    className="text-slate-700 underline decoration-1 underline-offset-2 hover:text-brand-700"
                  >
                    Sign out
                  </button>
                </form>
              </li>
            </ul>
          ) : (
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <li>
                <Link prefetch={false} href="/sign-in" className="text-slate-700 hover:text-brand-700">
                  Sign in
                </Link>
              </li>
              <li>
                <Link
                  prefetch={false}
                  href="/sign-up"
                  className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white no-underline hover:bg-brand-700"
                >
                  Create account
                </Link>
              </li>
            </ul>
          )}
        </nav>
      </div>
    </header>
  );
}
