"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-4 text-slate-700">Nothing you entered has been lost. Please try again in a moment.</p>
      <p className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
          Try again
        </button>
        <Link href="/">Home</Link>
      </p>
    </div>
  );
}
