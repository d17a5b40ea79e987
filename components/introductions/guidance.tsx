import Link from "next/link";

/** What makes a good introduction request: shown beside the form. */
export function RequestGuidance() {
  return (
    <aside
      aria-labelledby="guidance-heading"
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-5 text-sm text-slate-800"
    >
      <h2 id="guidance-heading" className="text-base font-semibold">
        What makes a good request
      </h2>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <strong>Start with the problem, not the solution.</strong> “Our bread goes stale in two days” is better than
          “we need a food scientist”.
        </li>
        <li>
          <strong>Say what you have tried</strong> and what you already know, so the team does not start from scratch.
        </li>
        <li>
          <strong>Say what a good outcome looks like</strong>: a test result, advice, a prototype, a student project, a
          licence.
        </li>
        <li>
          <strong>Be honest about budget and timing.</strong> Many teams can help on small budgets; some work fits
          public funding such as innovation vouchers.
        </li>
        <li>
          <strong>Keep secrets out.</strong> Describe the need without confidential detail; agree a non-disclosure
          agreement with the team before sharing more.
        </li>
      </ul>
      <p>
        Teams are asked to answer within 10 working days. If nobody does, we escalate the request to a broker and tell
        you. <Link href="/about#how-introductions-work">How introductions work, step by step</Link>
      </p>
    </aside>
  );
}
