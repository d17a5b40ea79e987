import Link from "next/link";

export default function CollectionNotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">We could not find that collection</h1>
      <p className="mt-4 text-slate-700">
        It may have been renamed, withdrawn or not published yet, or the address is mistyped.
      </p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/collections">All collections</Link>
        <Link href="/search">Search teams</Link>
        <Link href="/">Home</Link>
      </p>
    </div>
  );
}
