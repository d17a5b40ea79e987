// Fixed phrasing for the synthetic corpus and the query mix: templates, equipment, sector wording
// and the mapping from OpenAlex fields to OECD Fields of Science codes.

/** OpenAlex field → OECD FOS subfields it most often corresponds to (one is chosen per team). */
export const OECD_BY_OPENALEX_FIELD: Record<string, string[]> = {
  "Earth and Planetary Sciences": ["1.5"],
  "Physics and Astronomy": ["1.3"],
  "Business, Management and Accounting": ["5.2"],
  "Agricultural and Biological Sciences": ["4.1", "1.6", "4.2", "4.4"],
  "Environmental Science": ["1.5", "2.7", "2.8"],
  "Economics, Econometrics and Finance": ["5.2"],
  "Social Sciences": ["5.4", "5.3", "5.6", "5.5", "5.7", "5.8", "5.9"],
  Medicine: ["3.2", "3.1", "3.3", "3.5"],
  "Arts and Humanities": ["6.1", "6.2", "6.3", "6.4", "6.5"],
  "Biochemistry, Genetics and Molecular Biology": ["1.6", "3.4", "2.9"],
  Chemistry: ["1.4"],
  Engineering: ["2.1", "2.2", "2.3", "2.11", "2.6"],
  "Computer Science": ["1.2", "2.2"],
  Energy: ["2.2", "2.7"],
  "Immunology and Microbiology": ["3.1", "1.6"],
  Neuroscience: ["3.1"],
  "Decision Sciences": ["5.2", "1.1"],
  Mathematics: ["1.1"],
  "Materials Science": ["2.5", "2.10"],
  Psychology: ["5.1"],
  Dentistry: ["3.2"],
  "Health Professions": ["3.3"],
  "Chemical Engineering": ["2.4"],
  Nursing: ["3.3"],
  "Pharmacology, Toxicology and Pharmaceutics": ["3.1", "3.4"],
  Veterinary: ["4.3"],
};

/** UK SIC 2007 sections in rough order of how often university teams serve them. */
export const SECTOR_ORDER: readonly { code: string; short: string }[] = [
  { code: "M", short: "professional and technical services" },
  { code: "C", short: "manufacturing" },
  { code: "Q", short: "health and social care" },
  { code: "J", short: "software and telecoms" },
  { code: "D", short: "energy" },
  { code: "A", short: "agriculture and food production" },
  { code: "P", short: "education" },
  { code: "F", short: "construction" },
  { code: "H", short: "transport and logistics" },
  { code: "E", short: "water and waste" },
  { code: "K", short: "finance and insurance" },
  { code: "O", short: "the public sector" },
  { code: "G", short: "retail" },
  { code: "N", short: "business support" },
  { code: "R", short: "the creative industries" },
  { code: "B", short: "mining and quarrying" },
  { code: "S", short: "membership organisations" },
  { code: "I", short: "hospitality" },
  { code: "L", short: "real estate" },
  { code: "U", short: "international organisations" },
  { code: "T", short: "household services" },
];

export const FACILITIES = [
  "Scanning electron microscope",
  "3D printing lab",
  "High-performance computing cluster",
  "Mass spectrometry suite",
  "Clean room",
  "Wind tunnel",
  "Materials testing machines",
  "NMR spectrometer",
  "Climate chambers",
  "Clinical research facility",
  "X-ray diffraction",
  "Robotics lab",
  "Usability lab",
  "Pilot plant",
  "Anechoic chamber",
  "Flow cytometry",
  "Sensory evaluation kitchen",
  "Driving simulator",
  "Greenhouses",
  "Motion capture studio",
  "Battery test rigs",
  "Confocal microscope",
  "Hydraulics flume",
  "Synchrotron beamtime",
];

interface NameParts {
  topic: string;
  k1: string;
  k2: string;
  inst: string;
}
export const TEAM_NAME_TEMPLATES: readonly ((p: NameParts) => string)[] = [
  (p) => `${p.topic} Group`,
  (p) => `${p.topic} Lab`,
  (p) => `Centre for ${p.k1}`,
  (p) => `${p.k1} and ${p.k2} Research Group`,
  (p) => `${p.inst} ${p.k1} Lab`,
  (p) => `${p.k1} Unit`,
  (p) => `Institute for ${p.topic}`,
  (p) => `${p.k1} Innovation Centre`,
];

interface SummaryParts {
  k1: string;
  k2: string;
  k3: string;
  mode: string;
  sector: string;
}
export const SUMMARY_TEMPLATES: readonly ((p: SummaryParts) => string)[] = [
  (p) => `We help businesses with ${p.k1.toLowerCase()}, ${p.k2.toLowerCase()} and ${p.k3.toLowerCase()}.`,
  (p) => `Our team offers ${p.mode.toLowerCase()} in ${p.k1.toLowerCase()} for companies in ${p.sector}.`,
  (p) =>
    `Practical expertise in ${p.k1.toLowerCase()} and ${p.k2.toLowerCase()}: testing, prototyping and independent advice for small firms.`,
  (p) =>
    `From ${p.k1.toLowerCase()} to ${p.k2.toLowerCase()}, we turn research into products and services for ${p.sector}.`,
  (p) =>
    `We work with SMEs in ${p.sector} on ${p.k1.toLowerCase()}, through ${p.mode.toLowerCase()} and joint projects.`,
];

interface CaseStudyParts {
  k1: string;
  k2: string;
  thing: string;
  sector: string;
  mode: string;
}
export const CASE_STUDY_TEMPLATES: readonly ((p: CaseStudyParts) => string)[] = [
  (p) =>
    `An SME in ${p.sector} needed ${p.k1.toLowerCase()} for its ${p.thing}. Through ${p.mode.toLowerCase()} we delivered a tested prototype within six months.`,
  (p) =>
    `Challenge: a small firm's ${p.thing} suffered from poor ${p.k1.toLowerCase()}. We applied ${p.k2.toLowerCase()} and cut costs by a fifth.`,
  (p) => `Working with a local ${p.sector} company, we used ${p.k1.toLowerCase()} to bring a new ${p.thing} to market.`,
];

/** Plain-language requests an SME might type; {kw} is a keyword, {thing} an everyday object. */
export const SENTENCE_TEMPLATES = [
  "we are a small company looking for help with {kw}",
  "who can help us test {kw} for our {thing}",
  "need advice on {kw} for a new {thing}",
  "looking for a university partner in {kw} and {kw2}",
  "how can we use {kw} to improve our {thing}",
  "I want to find experts in {kw} near me",
  "our {thing} needs better {kw}",
  "research team that does {kw} for manufacturers",
  "can anyone analyse {kw} samples quickly",
  "help reducing costs with {kw} in production",
];

export const THINGS = [
  "product",
  "factory",
  "software",
  "packaging",
  "farm",
  "clinic",
  "building",
  "supply chain",
  "app",
  "machines",
  "materials",
  "service",
];
