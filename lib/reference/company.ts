// Company size bands, as the UK (and the EU recommendation 2003/361/EC) count staff: micro
// under 10, small under 50, medium under 250. Larger firms may still use the register.
export const COMPANY_SIZES = [
  { code: "micro", name: "Micro (1–9 people)" },
  { code: "small", name: "Small (10–49 people)" },
  { code: "medium", name: "Medium (50–249 people)" },
  { code: "large", name: "Large (250 people or more)" },
] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number]["code"];
