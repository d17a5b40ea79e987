import Link from "next/link";

/** Shown instead of a private page to someone who is not signed in. */
export function SignInPrompt({ next, title, why }: { next: string; title: string; why: string }) {
  const q = `?next=${encodeURIComponent(next)}`;
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="text-slate-700">{why}</p>
      <p className="flex flex-wrap gap-4">
        <Link
          href={`/sign-in${q}`}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700"
        >
          Sign in
        </Link>
        <Link href={`/sign-up${q}`}>Create a free account for your firm</Link>
      </p>
    </div>
  );
}
