// Invented intermediaries for the demonstration register (innovation agencies and brokers).
export const demoIntermediaries = [
  {
    slug: "demo-northern-innovation-exchange",
    name: "Northern Innovation Exchange (demo)",
    countryCode: "GB",
    website: null,
    regions: ["GB", "IE"],
    sectors: ["C", "J", "M"],
    contactEmail: "brokers@demo.expertise-atlas.example",
  },
  {
    slug: "demo-global-tech-transfer-network",
    name: "Global Tech Transfer Network (demo)",
    countryCode: "NL",
    website: null,
    regions: ["NL", "BE", "DE", "FR", "IN", "BR", "ZA"],
    sectors: ["A", "C", "D", "E", "Q"],
    contactEmail: "triage@demo.expertise-atlas.example",
  },
] as const;
