import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm text-slate-600 sm:grid-cols-2">
        <p>
          Expertise Atlas helps small and medium-sized firms find the university know-how they need, wherever in the
          world it is, and get introduced.
        </p>
        <p className="sm:text-right">
          Institution facts from the{" "}
          <a href="https://ror.org" rel="noopener">
            Research Organization Registry
          </a>{" "}
          (CC0).{" "}
          <Link prefetch={false} href="/collections">
            Collections
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/about">
            About the register
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/api">
            Open data and API
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/accessibility">
            Accessibility
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/status">
            Status
          </Link>
        </p>
      </div>
    </footer>
  );
}
