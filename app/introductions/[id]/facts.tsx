import { label } from "@/components/labels";
import type { IntroductionDetail } from "@/lib/dal/introductions/detail";
import { BUDGET_BANDS, TIMELINES, labelOf } from "@/lib/introductions/vocabulary";
import { COMPANY_SIZES } from "@/lib/reference/company";

/** What the request is about, as a definition list beside the need. */
export function Facts({ r }: { r: IntroductionDetail }) {
  const rows: [string, React.ReactNode][] = [
    ["Kind of knowledge", label.knowledgeType(r.knowledgeType ?? "")],
    ["Budget", labelOf(BUDGET_BANDS, r.budgetBand)],
    ["Timeline", labelOf(TIMELINES, r.timeline)],
    ["Preferred language", r.preferredLanguage ? label.language(r.preferredLanguage) : "Not stated"],
    ["Firm", `${r.company.name} — ${labelOf(COMPANY_SIZES, r.company.size)}, ${label.country(r.company.country)}`],
    ["Sector", r.company.sector ? label.sector(r.company.sector) : "Not stated"],
    ["What the firm does", r.company.description ?? "Not stated"],
    [
      "Broker",
      r.broker ??
        (r.kind === "need" ? "None covers this firm: Expertise Atlas curators" : "None: sent straight to the team"),
    ],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-600">{k}</dt>
          <dd className="break-words whitespace-pre-line">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
