import type { Metadata } from "next";
import Link from "next/link";
import { RequestFlow } from "@/components/introductions/request-flow";

export const metadata: Metadata = {
  title: "About the register",
  description: "Why Expertise Atlas exists, who it is for, and where its data comes from.",
};

export default function AboutPage() {
  return (
    <article className="prose max-w-3xl space-y-4 text-slate-800">
      <h1 className="text-3xl font-bold tracking-tight">About the register</h1>
      <p>
        Small and medium-sized firms cannot generate all the knowledge they need. Two thirds already source some of it
        from abroad. What holds them back is cost, finding knowledge of poor fit close by, language and culture, and
        universities that are hard to reach.
      </p>
      <p>
        Expertise Atlas lists university teams — in the UK and overseas — in the words a business owner would use, with
        indicative costs, the languages each team works in, and a way to ask for an introduction that a team or a
        knowledge broker will answer.
      </p>
      <section id="how-introductions-work" aria-labelledby="how-heading" className="not-prose space-y-3">
        <h2 id="how-heading" className="text-xl font-semibold">
          How introductions work
        </h2>
        <p>
          A firm asks for an introduction from a team&apos;s page. An intermediary who knows the region or sector may
          look at it first; then the team answers. Every step is e-mailed to the people concerned and shown on the
          request&apos;s page.
        </p>
        <RequestFlow id="how-flow" />
      </section>
      <h2 className="text-xl font-semibold">Where the data comes from</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Institutions: the <a href="https://ror.org">Research Organization Registry</a> (ROR), CC0.
        </li>
        <li>Countries and languages: ISO 3166-1 and ISO 639-1, via the countries-list package (MIT).</li>
        <li>Fields of science: the OECD Fields of Science and Technology classification (2007).</li>
        <li>Sectors: the UK Standard Industrial Classification 2007, sections A–U.</li>
      </ul>
      <h2 className="text-xl font-semibold">Demonstration data</h2>
      <p>
        While the register is being built, it is filled with invented teams at real institutions. Every page that shows
        one says so. Institutions have not endorsed these listings.
      </p>
      <p>
        <Link href="/search">Start searching</Link>
      </p>
    </article>
  );
}
