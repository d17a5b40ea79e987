import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4 text-slate-700">
        The team, institution or country you asked for is not in the register, or the address is mistyped.
      </p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/search">Search teams</Link>
        <Link href="/teams">Browse teams</Link>
        <Link href="/">Home</Link>
      </p>
    </div>
  );
}
