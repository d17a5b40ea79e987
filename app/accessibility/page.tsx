import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Accessibility statement",
  description:
    "How accessible Expertise Atlas is, how it is tested, what is known not to work, and how to report a problem.",
};

/** When the statement was last reviewed against the site. Update with the known issues. */
const PREPARED = "1 December 2026";

/**
 * Problems found by testing this site, each with the WCAG 2.2 criterion it fails. Remove an entry
 * only once it is fixed and re-tested; add what new tests find.
 */
const KNOWN_ISSUES: { what: string; criterion: string }[] = [
  {
    what: "In the listing editor and some curator forms, long text boxes stop at their limit without a count of the characters left (the introduction request, contact and challenge forms show the count and refuse, rather than cut, text that is too long).",
    criterion: "WCAG 3.3.1 Error Identification",
  },
  {
    what: "The map is a picture with links that keyboard users skip (one Tab stop); its content is in “The map as a list” under it. Zooming in on a region is by links, not by pinching or dragging.",
    criterion: "not a WCAG failure; the list is the accessible equivalent",
  },
];

export default function AccessibilityPage() {
  const contact = env().CONTACT_EMAIL;
  return (
    <article className="max-w-3xl space-y-4 text-slate-800">
      <h1 className="text-3xl font-bold tracking-tight">Accessibility statement</h1>
      <p>
        This statement applies to the Expertise Atlas website: the register of teams, institutions, countries and
        collections, the accounts, listings and introduction requests, and the <Link href="/api">open-data API</Link>{" "}
        pages. We want as many people as possible to be able to use it. You should be able to:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>zoom in up to 400% without the text spilling off the screen;</li>
        <li>use every part of the site with a keyboard alone;</li>
        <li>use it with a screen reader (we test with the accessibility tree that screen readers read);</li>
        <li>use it without JavaScript: searching, filtering, forms and requests all work as plain web pages;</li>
        <li>read it on a phone as well as on a desktop.</li>
      </ul>

      <h2 className="pt-2 text-2xl font-semibold">How accessible this website is</h2>
      <p>We know some parts of this website are not fully accessible:</p>
      <ul className="list-disc space-y-2 pl-5" aria-label="Known accessibility issues">
        {KNOWN_ISSUES.map((i) => (
          <li key={i.what}>
            {i.what} <span className="text-slate-600">({i.criterion})</span>
          </li>
        ))}
      </ul>

      <h2 className="pt-2 text-2xl font-semibold">Reporting accessibility problems</h2>
      <p>
        If you find a problem that is not listed here, or you need something on this site in a different format, tell
        us. Say which page (its address), what you were trying to do, and what assistive technology you use, if any. We
        aim to reply within 5 working days.
      </p>
      {contact ? (
        <p>
          E-mail: <a href={`mailto:${contact}?subject=Accessibility%20problem`}>{contact}</a>
        </p>
      ) : (
        <p>
          The operator of this copy of the register has not published a contact address yet (it is set with the{" "}
          <code>CONTACT_EMAIL</code> setting).
        </p>
      )}

      <h2 className="pt-2 text-2xl font-semibold">Enforcement procedure</h2>
      <p>
        In the UK, the Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility
        regulations for public sector websites. If you are not happy with how we respond to your complaint, contact the{" "}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2 className="pt-2 text-2xl font-semibold">Technical information about this website&apos;s accessibility</h2>
      <h3 className="text-xl font-semibold">Compliance status</h3>
      <p>
        We aim to meet the{" "}
        <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines (WCAG) version 2.2</a> at level AA.
        This website is <strong>partially compliant</strong> with WCAG 2.2 AA, because of the issues listed above.
      </p>

      <h2 className="pt-2 text-2xl font-semibold">How we tested this website</h2>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          Every page that our automated end-to-end tests visit — as a visitor, a firm, a university member, a broker and
          a curator, on a desktop and a phone-sized screen — is checked with the axe-core accessibility engine against
          its WCAG 2.0 and 2.1 level A and AA rules. A serious or critical failure stops a release.
        </li>
        <li>
          On {PREPARED} we also ran axe&apos;s WCAG 2.2 AA and best-practice rules on the main public pages (home,
          search, a profile, an institution, countries, collections, all teams, sign-in and sign-up, and these open-data
          pages) at desktop and phone sizes; it found the heading problem listed above.
        </li>
        <li>
          The tests find every control by its accessible name and role (the way a screen reader does), so a control
          without a proper label fails the tests.
        </li>
        <li>
          Google Lighthouse&apos;s accessibility audit is run on the main pages as part of our performance checks.
        </li>
        <li>
          Automated tools find only some problems. The known issues above come from walking the main journeys by
          keyboard and on a phone.
        </li>
      </ul>

      <h2 className="pt-2 text-2xl font-semibold">What we are doing to improve accessibility</h2>
      <p>
        Each known issue is being worked on; we update this statement when one is fixed and re-tested, and when tests
        find a new one.
      </p>
      <p>This statement was prepared on {PREPARED}.</p>
    </article>
  );
}
