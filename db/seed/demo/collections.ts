// Demonstration collections, built from the invented demo teams. Like the teams they are labelled
// as demonstration data wherever they are shown.

export interface DemoCollection {
  slug: string;
  title: string;
  editorialNote: string;
  /** Team slugs in the curator's order, each with the reason it is in the collection. */
  teams: { slug: string; note: string }[];
}

export const demoCollections: readonly DemoCollection[] = [
  {
    slug: "battery-and-energy-storage-expertise-open-to-smes",
    title: "Battery and energy-storage expertise open to SMEs",
    editorialNote:
      "Demonstration collection. Teams that help small firms design, test, source and recycle batteries and other energy storage — from cell safety and second-life packs to lithium processing and off-grid solar. Every team here takes SME work now or has limited capacity for it.",
    teams: [
      {
        slug: "kit-battery-cell-safety-second-life",
        note: "Cell testing and second-life checks for e-bike, forklift and home-storage makers; taking work now.",
      },
      {
        slug: "warwick-battery-ev-components",
        note: "Pack and component design for EV and storage suppliers, with safety testing on site.",
      },
      {
        slug: "uchile-lithium-battery-materials",
        note: "Cleaner, cheaper lithium and battery-material processing, close to the source.",
      },
      {
        slug: "iitm-offgrid-solar-dc-microgrids",
        note: "Small solar-plus-battery systems where the grid is weak: a fit for firms selling into emerging markets.",
      },
      {
        slug: "tum-hydrogen-fuel-cell-testing",
        note: "When hydrogen storage is the alternative to batteries: fuel-cell and electrolyser testing.",
      },
    ],
  },
  {
    slug: "agri-food-teams-in-the-global-south",
    title: "Agri-food teams in the Global South",
    editorialNote:
      "Demonstration collection. Food and farming know-how from universities in Africa, Asia and Latin America — close to where the crops grow, and used to working with traders, processors and farmer groups.",
    teams: [
      {
        slug: "knust-cocoa-fermentation-flavour",
        note: "Consistent flavour and safer beans for chocolate makers sourcing from West Africa.",
      },
      {
        slug: "makerere-ai-crop-health",
        note: "Phone-based crop disease detection for agritech firms and agronomists.",
      },
      { slug: "ufla-specialty-coffee-quality", note: "Coffee quality from farm to cup, for roasters and importers." },
      {
        slug: "tnau-spice-postharvest-quality",
        note: "Clean, safe, flavourful spices: post-harvest handling and testing.",
      },
      {
        slug: "lamolina-andean-crops-superfoods",
        note: "Sourcing and proving the quality of quinoa, maca and other Andean crops.",
      },
      {
        slug: "stellenbosch-fruit-export-cold-chain",
        note: "Getting fresh fruit to distant markets in good condition.",
      },
      {
        slug: "kasetsart-tropical-fruit-processing",
        note: "Turning tropical fruit into snacks, drinks and ingredients, with a pilot plant.",
      },
    ],
  },
];
