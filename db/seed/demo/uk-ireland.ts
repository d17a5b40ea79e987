// Demonstration seed data: United Kingdom (England, Scotland, Wales, Northern Ireland) and Ireland.
// Institutions are real; their facts are copied from their ROR records. Teams are invented and are
// shown everywhere as demonstration data.
import type { DemoInstitution, DemoTeam } from "./types";

const MANCHESTER = "https://ror.org/027m9bs27";
const LOUGHBOROUGH = "https://ror.org/04vg4w365";
const WARWICK = "https://ror.org/01a77tt86";
const CRANFIELD = "https://ror.org/05cncd958";
const RVC = "https://ror.org/01wka8n18";
const FALMOUTH = "https://ror.org/022gstf70";
const SHEFFIELD = "https://ror.org/05krs5044";
const LINCOLN = "https://ror.org/03yeq9x20";
const LEEDS = "https://ror.org/024mrxd33";
const NEWCASTLE = "https://ror.org/01kj2bm70";

const STRATHCLYDE = "https://ror.org/00n3w3b69";
const EDINBURGH = "https://ror.org/01nrxwf90";
const HERIOT_WATT = "https://ror.org/04mghma93";
const SRUC = "https://ror.org/044e2ja82";
const UHI = "https://ror.org/02s08xt61";
const STIRLING = "https://ror.org/045wgfr59";
const ABERTAY = "https://ror.org/04mwwnx67";
const GSA = "https://ror.org/01s033b11";

const CARDIFF = "https://ror.org/03kk7td41";
const SWANSEA = "https://ror.org/053fq8t95";
const BANGOR = "https://ror.org/006jb1a24";
const ABERYSTWYTH = "https://ror.org/015m2p889";
const CARDIFF_MET = "https://ror.org/00bqvf857";

const QUB = "https://ror.org/00hswnk62";
const ULSTER = "https://ror.org/01yp9g959";
const STRANMILLIS = "https://ror.org/05a49e175";

const TCD = "https://ror.org/02tyrky19";
const UCD = "https://ror.org/05m7pjf47";
const UCC = "https://ror.org/03265fv13";
const UL = "https://ror.org/00a0n9e72";
const TUS = "https://ror.org/04efm0253";

export const institutions: DemoInstitution[] = [
  // England
  {
    rorId: MANCHESTER,
    name: "University of Manchester",
    aliases: [
      "Manchester University",
      "University of Manchester Institute of Science and Technology",
      "Victoria University of Manchester",
    ],
    countryCode: "GB",
    city: "Manchester",
    lat: 53.48095,
    lng: -2.23743,
    website: "http://www.manchester.ac.uk/",
    emailDomains: ["manchester.ac.uk"],
    kind: "university",
  },
  {
    rorId: LOUGHBOROUGH,
    name: "Loughborough University",
    aliases: [],
    countryCode: "GB",
    city: "Loughborough",
    lat: 52.76667,
    lng: -1.2,
    website: "https://www.lboro.ac.uk",
    emailDomains: ["lboro.ac.uk"],
    kind: "university",
  },
  {
    rorId: WARWICK,
    name: "University of Warwick",
    aliases: ["Warwick University"],
    countryCode: "GB",
    city: "Coventry",
    lat: 52.40656,
    lng: -1.51217,
    website: "http://www2.warwick.ac.uk/",
    emailDomains: ["warwick.ac.uk"],
    kind: "university",
  },
  {
    rorId: CRANFIELD,
    name: "Cranfield University",
    aliases: [],
    countryCode: "GB",
    city: "Cranfield",
    lat: 52.06869,
    lng: -0.60884,
    website: "https://www.cranfield.ac.uk",
    emailDomains: ["cranfield.ac.uk"],
    kind: "university",
  },
  {
    rorId: RVC,
    name: "Royal Veterinary College",
    aliases: ["RVC"],
    countryCode: "GB",
    city: "London",
    lat: 51.50853,
    lng: -0.12574,
    website: "https://www.rvc.ac.uk",
    emailDomains: ["rvc.ac.uk"],
    kind: "college",
  },
  {
    rorId: FALMOUTH,
    name: "Falmouth University",
    aliases: ["UCF"],
    countryCode: "GB",
    city: "Falmouth",
    lat: 50.15441,
    lng: -5.07113,
    website: "https://www.falmouth.ac.uk",
    emailDomains: ["falmouth.ac.uk"],
    kind: "university",
  },
  {
    rorId: SHEFFIELD,
    name: "University of Sheffield",
    aliases: ["Sheffield University"],
    countryCode: "GB",
    city: "Sheffield",
    lat: 53.38297,
    lng: -1.4659,
    website: "https://www.sheffield.ac.uk",
    emailDomains: ["sheffield.ac.uk"],
    kind: "university",
  },
  {
    rorId: LINCOLN,
    name: "University of Lincoln",
    aliases: [],
    countryCode: "GB",
    city: "Lincoln",
    lat: 53.22683,
    lng: -0.53792,
    website: "https://www.lincoln.ac.uk",
    emailDomains: ["lincoln.ac.uk"],
    kind: "university",
  },
  {
    rorId: LEEDS,
    name: "University of Leeds",
    aliases: [],
    countryCode: "GB",
    city: "Leeds",
    lat: 53.79648,
    lng: -1.54785,
    website: "https://www.leeds.ac.uk",
    emailDomains: ["leeds.ac.uk"],
    kind: "university",
  },
  {
    rorId: NEWCASTLE,
    name: "Newcastle University",
    aliases: ["University of Newcastle upon Tyne"],
    countryCode: "GB",
    city: "Newcastle upon Tyne",
    lat: 54.97328,
    lng: -1.61396,
    website: "https://www.ncl.ac.uk",
    emailDomains: ["ncl.ac.uk"],
    kind: "university",
  },

  // Scotland
  {
    rorId: STRATHCLYDE,
    name: "University of Strathclyde",
    aliases: [],
    countryCode: "GB",
    city: "Glasgow",
    lat: 55.86515,
    lng: -4.25763,
    website: "https://www.strath.ac.uk",
    emailDomains: ["strath.ac.uk"],
    kind: "university",
  },
  {
    rorId: EDINBURGH,
    name: "University of Edinburgh",
    aliases: [],
    countryCode: "GB",
    city: "Edinburgh",
    lat: 55.95206,
    lng: -3.19648,
    website: "https://www.ed.ac.uk",
    emailDomains: ["ed.ac.uk"],
    kind: "university",
  },
  {
    rorId: HERIOT_WATT,
    name: "Heriot-Watt University",
    aliases: [],
    countryCode: "GB",
    city: "Edinburgh",
    lat: 55.95206,
    lng: -3.19648,
    website: "https://www.hw.ac.uk",
    emailDomains: ["hw.ac.uk"],
    kind: "university",
  },
  {
    rorId: SRUC,
    name: "Scotland's Rural College",
    aliases: ["SRUC"],
    countryCode: "GB",
    city: "Edinburgh",
    lat: 55.95206,
    lng: -3.19648,
    website: "https://www.sruc.ac.uk",
    emailDomains: ["sruc.ac.uk"],
    kind: "college",
  },
  {
    rorId: UHI,
    name: "University of the Highlands and Islands",
    aliases: ["Oilthigh na Gàidhealtachd agus nan Eilean", "UHI"],
    countryCode: "GB",
    city: "Inverness",
    lat: 57.47908,
    lng: -4.22398,
    website: "https://www.uhi.ac.uk",
    emailDomains: ["uhi.ac.uk"],
    kind: "university",
  },
  {
    rorId: STIRLING,
    name: "University of Stirling",
    aliases: [],
    countryCode: "GB",
    city: "Stirling",
    lat: 56.11903,
    lng: -3.93682,
    website: "https://www.stir.ac.uk",
    emailDomains: ["stir.ac.uk"],
    kind: "university",
  },
  {
    rorId: ABERTAY,
    name: "Abertay University",
    aliases: [],
    countryCode: "GB",
    city: "Dundee",
    lat: 56.46913,
    lng: -2.97489,
    website: "https://www.abertay.ac.uk",
    emailDomains: ["abertay.ac.uk"],
    kind: "university",
  },
  {
    rorId: GSA,
    name: "Glasgow School of Art",
    aliases: ["GSA", "Glasgow Government School of Design"],
    countryCode: "GB",
    city: "Glasgow",
    lat: 55.86515,
    lng: -4.25763,
    website: "https://www.gsa.ac.uk",
    emailDomains: ["gsa.ac.uk"],
    kind: "college",
  },

  // Wales
  {
    rorId: CARDIFF,
    name: "Cardiff University",
    aliases: [],
    countryCode: "GB",
    city: "Cardiff",
    lat: 51.48,
    lng: -3.18,
    website: "http://www.cardiff.ac.uk/",
    emailDomains: ["cardiff.ac.uk"],
    kind: "university",
  },
  {
    rorId: SWANSEA,
    name: "Swansea University",
    aliases: [],
    countryCode: "GB",
    city: "Swansea",
    lat: 51.62079,
    lng: -3.94323,
    website: "https://www.swansea.ac.uk",
    emailDomains: ["swansea.ac.uk"],
    kind: "university",
  },
  {
    rorId: BANGOR,
    name: "Bangor University",
    aliases: ["BU", "University College of North Wales", "University of Wales, Bangor"],
    countryCode: "GB",
    city: "Bangor",
    lat: 53.22752,
    lng: -4.12936,
    website: "https://www.bangor.ac.uk",
    emailDomains: ["bangor.ac.uk"],
    kind: "university",
  },
  {
    rorId: ABERYSTWYTH,
    name: "Aberystwyth University",
    aliases: ["University College Wales"],
    countryCode: "GB",
    city: "Aberystwyth",
    lat: 52.41548,
    lng: -4.08292,
    website: "https://www.aber.ac.uk",
    emailDomains: ["aber.ac.uk"],
    kind: "university",
  },
  {
    rorId: CARDIFF_MET,
    name: "Cardiff Metropolitan University",
    aliases: ["UWIC", "University of Wales Institute, Cardiff"],
    countryCode: "GB",
    city: "Cardiff",
    lat: 51.48,
    lng: -3.18,
    website: "https://www.cardiffmet.ac.uk",
    emailDomains: ["cardiffmet.ac.uk"],
    kind: "university",
  },

  // Northern Ireland
  {
    rorId: QUB,
    name: "Queen's University Belfast",
    aliases: ["QUB", "Queen's University of Belfast"],
    countryCode: "GB",
    city: "Belfast",
    lat: 54.59682,
    lng: -5.92541,
    website: "https://www.qub.ac.uk",
    emailDomains: ["qub.ac.uk"],
    kind: "university",
  },
  {
    rorId: ULSTER,
    name: "University of Ulster",
    aliases: ["UU"],
    countryCode: "GB",
    city: "Coleraine",
    lat: 55.13333,
    lng: -6.66667,
    website: "https://www.ulster.ac.uk",
    emailDomains: ["ulster.ac.uk"],
    kind: "university",
  },
  {
    rorId: STRANMILLIS,
    name: "Stranmillis University College",
    aliases: [],
    countryCode: "GB",
    city: "Belfast",
    lat: 54.59682,
    lng: -5.92541,
    website: "https://www.stran.ac.uk",
    emailDomains: ["stran.ac.uk"],
    kind: "college",
  },

  // Ireland
  {
    rorId: TCD,
    name: "Trinity College Dublin",
    aliases: [
      "College of the Holy and Undivided Trinity of Queen Elizabeth near Dublin",
      "Coláiste na Tríonóide",
      "TCD",
      "University of Dublin",
    ],
    countryCode: "IE",
    city: "Dublin",
    lat: 53.33306,
    lng: -6.24889,
    website: "https://www.tcd.ie/",
    emailDomains: ["tcd.ie"],
    kind: "university",
  },
  {
    rorId: UCD,
    name: "University College Dublin",
    aliases: ["UCD", "University College Dublin – National University of Ireland, Dublin"],
    countryCode: "IE",
    city: "Dublin",
    lat: 53.33306,
    lng: -6.24889,
    website: "https://www.ucd.ie",
    emailDomains: ["ucd.ie"],
    kind: "university",
  },
  {
    rorId: UCC,
    name: "University College Cork",
    aliases: ["Coláiste na hOllscoile Corcaigh", "UCC"],
    countryCode: "IE",
    city: "Cork",
    lat: 51.89797,
    lng: -8.47061,
    website: "https://www.ucc.ie",
    emailDomains: ["ucc.ie"],
    kind: "university",
  },
  {
    rorId: UL,
    name: "University of Limerick",
    aliases: ["UL"],
    countryCode: "IE",
    city: "Limerick",
    lat: 52.66472,
    lng: -8.62306,
    website: "https://www.ul.ie",
    emailDomains: ["ul.ie"],
    kind: "university",
  },
  {
    rorId: TUS,
    name: "Technological University of the Shannon: Midlands Midwest",
    aliases: ["TUS"],
    countryCode: "IE",
    city: "Athlone",
    lat: 53.42278,
    lng: -7.93722,
    website: "https://tus.ie/",
    emailDomains: ["tus.ie"],
    kind: "university",
  },
];

export const teams: DemoTeam[] = [
  // ───────────────────────────── England ─────────────────────────────
  {
    slug: "manchester-graphene-coatings",
    institutionRorId: MANCHESTER,
    name: "Graphene Coatings and Barrier Films Group",
    summary:
      "We help manufacturers make paints, coatings and films that last longer by adding small amounts of graphene. If rust, moisture getting through packaging or worn surfaces are costing you money, we can test whether graphene makes a real difference before you commit to a production run.",
    description:
      "The group formulates graphene and related two-dimensional materials into water-based paints, powder coatings and polymer films, then measures how well they stop corrosion, water vapour and gases. We focus on recipes that work with the mixing and spraying equipment a small coatings firm already owns.\n\nTypical projects start with a short screening study comparing your existing product against two or three graphene-modified versions in salt-spray and humidity cabinets, followed by a longer joint development of the best candidate. We also advise on sourcing graphene powders of consistent quality and on the health and safety paperwork that goes with them.",
    keywords: ["graphene", "coatings", "corrosion", "barrier films", "paint", "nanomaterials", "packaging"],
    fields: ["2.10", "2.5"],
    sectors: ["C", "F", "H"],
    knowledgeTypes: ["new-technology", "research-development", "scientific-information"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Pilot-scale slot-die coating line", "Salt-spray corrosion cabinets", "Raman spectroscopy suite"],
    languages: ["en", "zh"],
    availability: "now",
    leadName: "Dr Priya Raghunathan",
    contactEmail: "manchester-graphene-coatings@demo.expertise-atlas.example",
    website: "http://www.manchester.ac.uk/",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2021,
        challenge:
          "A family-run marine paint maker was losing customers because its primer failed on steel boat trailers after two winters.",
        whatWasDone:
          "We added graphene at three loadings to its existing primer and ran 2,000-hour salt-spray and scribe tests against the original.",
        outcome:
          "The best version doubled the time to visible rust and the firm launched it as a premium line the following season.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "NO",
        year: 2023,
        challenge:
          "A Norwegian maker of steel fencing for coastal sites wanted a thinner coating without losing corrosion protection.",
        whatWasDone:
          "We developed a graphene-filled powder coating and tested it in cyclic corrosion chambers that mimic sea spray.",
        outcome:
          "Coating thickness fell by a quarter with the same test performance, cutting powder use and oven time.",
      },
    ],
  },
  {
    slug: "manchester-employment-law-clinic",
    institutionRorId: MANCHESTER,
    name: "Workplace Law for Small Employers",
    summary:
      "We help small employers understand their legal duties to staff before a problem turns into a tribunal claim. Contracts, flexible working requests, holiday pay for irregular hours and dismissals are the questions we hear most.",
    description:
      "The team brings together employment law academics and supervised postgraduate students to review contracts, staff handbooks and HR processes against current legislation and recent tribunal decisions. We explain what the law requires in plain terms and point out where a firm is taking unnecessary risks.\n\nWe also run short workshops for owners and line managers on managing absence, handling grievances and fair redundancy, and we publish free briefings when the rules change. We do not act for firms in litigation, but we can help you prepare to talk to a solicitor efficiently.",
    keywords: [
      "employment law",
      "hr policies",
      "contracts",
      "tribunals",
      "holiday pay",
      "flexible working",
      "redundancy",
    ],
    fields: ["5.5", "5.2"],
    sectors: ["N", "I", "G", "Q"],
    knowledgeTypes: ["specialist-advice", "market-intelligence", "skills-training"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "student-projects", costBand: "free", duration: "weeks" },
    ],
    facilities: [],
    languages: ["en", "pl", "ur"],
    availability: "limited",
    leadName: "Professor Hannah Okafor",
    contactEmail: "manchester-employment-law-clinic@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2019,
        challenge:
          "A group of three care homes relied on zero-hours contracts and was unsure how to calculate holiday pay correctly.",
        whatWasDone:
          "Students supervised by the team audited a sample of contracts and pay records and drafted a clear holiday pay policy.",
        outcome:
          "The owner corrected back pay for eleven staff before any claim was made and adopted the new policy across all sites.",
      },
      {
        partnerKind: "charity",
        partnerCountry: "GB",
        year: 2024,
        challenge:
          "A regional business support charity needed trustworthy guidance on new flexible working rules for its members.",
        whatWasDone:
          "We wrote a short guide and delivered four online sessions for owners of firms with fewer than fifty staff.",
        outcome: "Over 300 owners attended and the guide became the charity's most downloaded resource that year.",
      },
    ],
  },
  {
    slug: "loughborough-additive-manufacturing",
    institutionRorId: LOUGHBOROUGH,
    name: "Additive Manufacturing for Production Parts",
    summary:
      "We help engineering firms decide whether 3D printing can make real, load-bearing parts for them, not just prototypes. We can redesign a part for printing, print it in metal or polymer, and test whether it is strong enough for use.",
    description:
      "Our work covers metal powder-bed fusion, binder jetting and high-temperature polymer printing. We redesign components to remove weight and assemblies, choose the right material and process, and then check the printed parts for hidden porosity and fatigue strength.\n\nSmall firms often come to us with a spare part that is no longer available, a low-volume product that is expensive to machine, or tooling that could be lighter or cooled better. We run short feasibility studies, longer Knowledge Transfer Partnerships to build in-house capability, and hands-on courses for designers new to the technology.",
    keywords: [
      "3d printing",
      "additive manufacturing",
      "metal printing",
      "lightweighting",
      "design for manufacture",
      "spare parts",
    ],
    fields: ["2.3", "2.5"],
    sectors: ["C", "M"],
    knowledgeTypes: ["new-technology", "research-development", "skills-training"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "ktp", costBand: "over-100k", duration: "years" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Metal powder-bed fusion printers", "Binder jetting line", "X-ray CT scanner for internal defects"],
    languages: ["en", "de", "it"],
    availability: "now",
    leadName: "Dr Tomasz Wierzbicki",
    contactEmail: "loughborough-additive-manufacturing@demo.expertise-atlas.example",
    website: "https://www.lboro.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2018,
        challenge:
          "A hydraulics firm machined a manifold block from solid steel and wanted it smaller and lighter for mobile machinery.",
        whatWasDone:
          "We redesigned the internal channels for printing, produced parts in stainless steel and pressure-tested them to failure.",
        outcome:
          "The printed manifold was 60% lighter with smoother flow paths, and the firm now orders it from a print bureau.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "IT",
        year: 2022,
        challenge:
          "An Italian maker of custom bicycle frames wanted printed titanium lugs that would pass safety fatigue tests.",
        whatWasDone:
          "We optimised print orientation and heat treatment and ran fatigue tests on joints to the relevant cycling standard.",
        outcome: "The lugs passed on the second design iteration and now go into the firm's top-of-range frames.",
      },
    ],
  },
  {
    slug: "loughborough-sports-product-testing",
    institutionRorId: LOUGHBOROUGH,
    name: "Sports Equipment Performance and Comfort Lab",
    summary:
      "We help makers of sports and outdoor gear prove that their products perform and feel better, with independent test data you can put in front of buyers. Whether it is a running shoe, a backpack or protective padding, we test it on people and on machines.",
    description:
      "The lab combines biomechanics, thermal physiology and mechanical testing. Volunteers wear or use your product on treadmills in a climate chamber while we measure heart rate, skin temperature, sweat and movement; in parallel, machines measure cushioning, impact absorption and wear.\n\nProjects are usually short, focused comparisons against a competitor or an earlier version of your product. Final-year and master's students also take on longer design challenges under supervision.",
    keywords: [
      "sports equipment",
      "product testing",
      "biomechanics",
      "thermal comfort",
      "impact protection",
      "outdoor gear",
    ],
    fields: ["2.3", "3.3"],
    sectors: ["C", "R", "G"],
    knowledgeTypes: ["scientific-information", "specialist-advice", "research-development"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Climate chamber with instrumented treadmill", "Drop-weight impact test rig", "3D body scanner"],
    languages: ["en", "ja"],
    availability: "limited",
    leadName: "Dr Kenji Watanabe",
    contactEmail: "loughborough-sports-product-testing@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "warwick-battery-ev-components",
    institutionRorId: WARWICK,
    name: "Battery and Electric Drive Components",
    summary:
      "We help firms that make or supply parts for electric vehicles, e-bikes, boats and energy storage get their designs right and safe. That includes battery packs, cooling, busbars, connectors and small electric motors.",
    description:
      "We test cells and modules under realistic driving and charging cycles, look at how heat builds up, and carry out controlled abuse tests to understand what happens when things go wrong. On the motor side we measure efficiency and noise on dynamometers and help redesign parts to use fewer rare-earth magnets.\n\nMany of our partners are former automotive suppliers moving from engine parts to electric ones. We help them understand what electric-vehicle customers will ask for, join funded collaborative projects, and run test programmes they could not afford to equip themselves.",
    keywords: [
      "batteries",
      "electric vehicles",
      "battery packs",
      "thermal management",
      "electric motors",
      "second-life batteries",
      "busbars",
    ],
    fields: ["2.2", "2.3", "2.5"],
    sectors: ["C", "H", "D"],
    knowledgeTypes: ["new-technology", "research-development", "scientific-information"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
    ],
    facilities: [
      "Cell abuse and thermal runaway test bunkers",
      "Battery pack cycling rigs",
      "Electric motor dynamometer cell",
    ],
    languages: ["en", "de", "zh", "ko"],
    availability: "limited",
    leadName: "Dr Oluwaseun Adeyemi",
    contactEmail: "warwick-battery-ev-components@demo.expertise-atlas.example",
    website: "http://www2.warwick.ac.uk/",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge:
          "A small boatbuilder converting canal boats to electric drive needed to know its battery enclosure would not overheat.",
        whatWasDone:
          "We instrumented a full pack, cycled it through typical cruising and charging days, and modelled airflow in the enclosure.",
        outcome:
          "A revised vent layout kept cell temperatures within limits and the design passed its insurer's safety review.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "ES",
        year: 2024,
        challenge:
          "A Spanish start-up wanted to reuse e-scooter batteries in home energy storage but had no way to grade used cells.",
        whatWasDone:
          "We built a fast test routine that estimates remaining capacity and flags damaged cells, and validated it on 400 cells.",
        outcome: "Testing time per module dropped from a day to under an hour, making the business case work.",
      },
    ],
  },
  {
    slug: "warwick-export-market-intelligence",
    institutionRorId: WARWICK,
    name: "Export Markets and International Growth Unit",
    summary:
      "We help small firms work out which overseas markets are worth the effort and what it will take to sell there. You get a clear picture of demand, competitors, rules, tariffs and how buyers in that country prefer to do business.",
    description:
      "Our economists and international business researchers combine trade statistics, tariff and regulation databases and interviews with distributors to build short market reports tailored to one product. We are frank when a market looks unattractive.\n\nWe also supervise MBA and master's teams who spend a term on a firm's export plan, and run half-day workshops on pricing for export, choosing distributors and handling customs paperwork after Brexit.",
    keywords: [
      "export",
      "market research",
      "international trade",
      "tariffs",
      "distributors",
      "market entry",
      "customs",
    ],
    fields: ["5.2", "5.7"],
    sectors: ["G", "C", "J", "M"],
    knowledgeTypes: ["market-intelligence", "specialist-advice", "skills-training"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "student-projects", costBand: "under-5k", duration: "months" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: [],
    languages: ["en", "fr", "es", "zh", "ar"],
    availability: "now",
    leadName: "Dr Mei-Ling Chu",
    contactEmail: "warwick-export-market-intelligence@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2019,
        challenge:
          "A craft gin distillery had interest from Japanese importers but no idea of realistic prices or labelling rules.",
        whatWasDone:
          "An MBA team priced the route to market, reviewed labelling law and interviewed four importers under our supervision.",
        outcome: "The distillery signed with one importer on terms the study had shown to be profitable.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge:
          "A maker of single-use medical consumables wanted to choose between Gulf states for its first export market.",
        whatWasDone:
          "We compared tender systems, registration rules and competitor pricing across three countries in a six-week study.",
        outcome:
          "The firm focused on one market, registered its products there and won its first public hospital tender a year later.",
      },
    ],
  },
  {
    slug: "cranfield-water-treatment",
    institutionRorId: CRANFIELD,
    name: "Small-Scale Water and Wastewater Treatment",
    summary:
      "We help businesses clean up their wastewater, reuse water on site and meet discharge permits without building an oversized treatment plant. Food and drink producers, farms, campsites and small manufacturers are our usual partners.",
    description:
      "We test treatment options side by side on real effluent at pilot scale: membranes, constructed wetlands, anaerobic digestion and newer low-energy processes. Our analytical lab measures everything from everyday organic load to trace pharmaceuticals and microplastics.\n\nWe can license water treatment technologies developed here to firms that want to sell them, and we also help technology start-ups prove performance to water companies. Typical projects run a few months; larger collaborative projects follow a technology from the lab to a field trial.",
    keywords: [
      "water treatment",
      "wastewater",
      "water reuse",
      "membranes",
      "effluent",
      "discharge permits",
      "sanitation",
    ],
    fields: ["2.7", "2.8"],
    sectors: ["E", "C", "I", "A"],
    knowledgeTypes: ["new-technology", "research-development", "scientific-information", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "licensing", costBand: "25k-100k", duration: "years" },
    ],
    facilities: ["Pilot wastewater treatment hall", "Membrane test rigs", "Trace contaminants analytical laboratory"],
    languages: ["en", "fr", "pt"],
    availability: "limited",
    leadName: "Professor Ama Mensah",
    contactEmail: "cranfield-water-treatment@demo.expertise-atlas.example",
    website: "https://www.cranfield.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2017,
        challenge:
          "A farmhouse cheese maker faced a stricter permit for the whey-rich wash water it sent to a nearby stream.",
        whatWasDone: "We trialled a compact reed bed combined with a small settling tank on site for one full season.",
        outcome:
          "The system met the new permit limits at a fraction of the cost of the package plant the firm had been quoted.",
      },
      {
        partnerKind: "charity",
        partnerCountry: "KE",
        year: 2021,
        challenge:
          "A Kenyan water charity needed a low-cost way to treat water for handwashing stations in rural schools.",
        whatWasDone:
          "We adapted a gravity-fed filter design and tested it with the charity's field staff over six months.",
        outcome: "The filters are now used at 40 schools and are assembled locally by a small workshop.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2024,
        challenge: "A microbrewery wanted to reuse part of its cleaning water to cut its water bill.",
        whatWasDone:
          "We tested a small membrane unit on the brewery's rinse water and checked the result against hygiene requirements.",
        outcome: "About a third of rinse water is now reused, saving the brewery several thousand pounds a year.",
      },
    ],
  },
  {
    slug: "cranfield-postharvest-storage",
    institutionRorId: CRANFIELD,
    name: "Fresh Produce Storage and Shelf Life",
    summary:
      "We help growers, packers and importers of fruit and vegetables cut waste between harvest and the shop shelf. If your produce sprouts, rots or goes soft in store, we can find out why and test storage conditions that keep it saleable for longer.",
    description:
      "We store produce under carefully controlled temperature, humidity and gas mixtures and track firmness, sugars, sprouting and disease over weeks or months. We also measure how much ethylene and carbon dioxide crops give off, which tells us how they will behave in a store or shipping container.\n\nWork ranges from a quick site visit and advice on an existing cold store, through contract trials, to Knowledge Transfer Partnerships that embed a storage specialist in your business.",
    keywords: [
      "postharvest",
      "shelf life",
      "cold storage",
      "fresh produce",
      "food waste",
      "ethylene",
      "controlled atmosphere",
    ],
    fields: ["4.1", "4.5"],
    sectors: ["A", "G", "H"],
    knowledgeTypes: ["scientific-information", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "ktp", costBand: "25k-100k", duration: "years" },
    ],
    facilities: ["Controlled-atmosphere storage cabinets", "Ethylene and respiration gas analysers"],
    languages: ["en", "es"],
    availability: "now",
    leadName: "Dr Rafael Montoya",
    contactEmail: "cranfield-postharvest-storage@demo.expertise-atlas.example",
    website: "https://www.cranfield.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2016,
        challenge: "An onion grower was losing stock to sprouting in late spring, just when prices were highest.",
        whatWasDone:
          "We trialled combinations of temperature and ethylene exposure in storage cabinets over two seasons.",
        outcome: "The grower changed its store settings and extended its selling season by about six weeks.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "KE",
        year: 2023,
        challenge:
          "A Kenyan avocado exporter saw too many fruit arrive in Europe either rock-hard or already overripe.",
        whatWasDone:
          "We tested shipping temperatures and ripening treatments on fruit from three farms, simulating the sea voyage.",
        outcome:
          "Rejected consignments fell noticeably in the following season after the exporter adopted the new protocol.",
      },
    ],
  },
  {
    slug: "rvc-animal-health-diagnostics",
    institutionRorId: RVC,
    name: "Farm and Companion Animal Diagnostics",
    summary:
      "We help companies developing tests, supplements and treatments for animals prove that their products work and are safe. Farmers, vets and pet owners are increasingly asking for evidence, and we can help you gather it properly.",
    description:
      "Our veterinary scientists design and run studies on cattle, sheep, pigs, horses, dogs and cats, from laboratory checks of a new rapid test against established methods to field trials on commercial farms and in partner veterinary practices. We follow good clinical practice so results stand up with regulators and customers.\n\nWe also advise on study design before you spend money, and can license diagnostic methods developed in our labs. Typical partners are small animal-health firms, feed companies and veterinary software developers.",
    keywords: [
      "animal health",
      "veterinary diagnostics",
      "livestock",
      "pet health",
      "rapid tests",
      "clinical trials",
      "antimicrobial resistance",
    ],
    fields: ["4.3", "4.2"],
    sectors: ["A", "M", "C"],
    knowledgeTypes: ["new-technology", "scientific-information", "research-development"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "licensing", costBand: "5k-25k", duration: "years" },
    ],
    facilities: [
      "Containment level 2 diagnostic laboratory",
      "Clinical sample archive",
      "Large-animal clinical trial unit",
    ],
    languages: ["en", "es", "fr"],
    availability: "now",
    leadName: "Dr Siobhan Kearney",
    contactEmail: "rvc-animal-health-diagnostics@demo.expertise-atlas.example",
    website: "https://www.rvc.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2019,
        challenge:
          "A small diagnostics firm had a pen-side test for calf scours but no independent data on how accurate it was.",
        whatWasDone:
          "We compared the test with laboratory methods on 600 samples collected from farms in three regions.",
        outcome:
          "The published accuracy figures helped the firm secure distribution through two national vet wholesalers.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "NL",
        year: 2022,
        challenge: "A Dutch pet supplement maker wanted evidence for a joint-health product for older dogs.",
        whatWasDone:
          "We ran a blinded, placebo-controlled trial with dogs recruited through partner practices, scoring mobility with owners and vets.",
        outcome:
          "The trial showed a modest but real benefit, which the firm now cites on its packaging within advertising rules.",
      },
    ],
  },
  {
    slug: "falmouth-games-immersive-design",
    institutionRorId: FALMOUTH,
    name: "Games and Immersive Experience Studio",
    summary:
      "We help small studios, museums, tourism businesses and brands create games, virtual reality and augmented reality experiences that people actually enjoy. We can prototype an idea quickly, playtest it with real users and help you decide what to build.",
    description:
      "The studio is run by games designers, artists and user researchers who also teach on our games and immersive courses. We build playable prototypes in common game engines, capture performances on our motion-capture stage and run structured playtests to find out where players get stuck or lose interest.\n\nStudent teams take on live briefs each year, which is a low-cost way for a business to explore a concept. For more developed ideas we work alongside your team on funded projects.",
    keywords: [
      "game design",
      "virtual reality",
      "augmented reality",
      "playtesting",
      "creative industries",
      "immersive experiences",
      "motion capture",
    ],
    fields: ["6.4", "5.8"],
    sectors: ["J", "R", "P"],
    knowledgeTypes: ["research-development", "skills-training", "specialist-advice"],
    engagementModes: [
      { mode: "student-projects", costBand: "free", duration: "months" },
      { mode: "collaborative-rd", costBand: "5k-25k", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
    ],
    facilities: ["Motion capture stage", "VR and AR playtest lab"],
    languages: ["en", "fr", "kw"],
    availability: "now",
    leadName: "Jory Penrose",
    contactEmail: "falmouth-games-immersive-design@demo.expertise-atlas.example",
    website: "https://www.falmouth.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2021,
        challenge: "A small mining heritage attraction wanted to bring younger visitors back to an underground tour.",
        whatWasDone:
          "A student team designed and playtested an augmented reality trail with characters based on the site's archives.",
        outcome:
          "Family visits rose in the first summer and the attraction commissioned a local studio to extend the trail.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "CA",
        year: 2024,
        challenge: "A Canadian indie studio found that players abandoned its puzzle game within the first ten minutes.",
        whatWasDone: "We ran recorded playtests with 30 players and mapped exactly where confusion set in.",
        outcome:
          "A reworked tutorial based on our findings roughly doubled the share of players reaching the second chapter.",
      },
    ],
  },
  {
    slug: "sheffield-recycled-plastic-parts",
    institutionRorId: SHEFFIELD,
    name: "Recycled Polymer Performance Lab",
    summary:
      "We help manufacturers use more recycled plastic without parts cracking, warping or failing in service. We test how strong your recycled material really is, explain why it differs from virgin plastic, and help you adjust the recipe or the design.",
    description:
      "Recycled plastics vary from batch to batch and often contain small amounts of other polymers or contaminants. We characterise incoming material, mould test bars and real parts, then measure strength, stiffness, impact resistance, creep and fatigue, comparing them against the grade you are replacing.\n\nWe also try practical fixes: compatibilisers, fibre reinforcement, drying and processing changes, or thicker sections where they matter most. Firms often start with a short testing project and continue with a Knowledge Transfer Partnership to build a quality system for recycled feedstock.",
    keywords: [
      "recycled plastic",
      "polymers",
      "mechanical testing",
      "injection moulding",
      "circular economy",
      "material strength",
    ],
    fields: ["2.5", "2.4"],
    sectors: ["C", "E", "F"],
    knowledgeTypes: ["scientific-information", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
      { mode: "ktp", costBand: "over-100k", duration: "years" },
    ],
    facilities: ["Injection moulding cell", "Fatigue and impact test frames", "Melt flow and thermal analysis lab"],
    languages: ["en", "de"],
    availability: "now",
    leadName: "Dr Gareth Holloway",
    contactEmail: "sheffield-recycled-plastic-parts@demo.expertise-atlas.example",
    website: "https://www.sheffield.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge:
          "A garden furniture maker switching to recycled HDPE found chair legs cracking after a few months outdoors.",
        whatWasDone:
          "We traced the cracking to contamination in one supplier's flake and tested a UV-stabilised blend with a small fibre addition.",
        outcome: "Warranty returns fell sharply and the firm now runs an incoming-material check we designed for it.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2025,
        challenge:
          "An Irish maker of agricultural pipe fittings needed to prove recycled-content fittings met pressure ratings.",
        whatWasDone: "We moulded fittings at three recycled contents and ran long-term pressure and impact tests.",
        outcome:
          "Fittings with up to 40% recycled content met the rating, which the firm used to win a public procurement contract.",
      },
    ],
  },
  {
    slug: "sheffield-ai-for-manufacturers",
    institutionRorId: SHEFFIELD,
    name: "Practical AI for Small Manufacturers",
    summary:
      "We help small manufacturers use machine learning and cameras to spot defects, predict machine breakdowns and plan production, without hiring a data science team. We start from the data you already have and build tools your staff can run.",
    description:
      "Most of our projects begin with a short data review: what your machines, quality checks and order system already record, and what is missing. We then build and test models on the factory floor, such as vision systems for surface defects or vibration monitoring on spindles and pumps, using low-cost cameras and edge computers.\n\nWe care about what happens after the project ends, so we train your staff to retrain and maintain the models. Knowledge Transfer Partnerships and student placements are a common route for firms with little in-house IT.",
    keywords: [
      "machine learning",
      "artificial intelligence",
      "machine vision",
      "predictive maintenance",
      "quality control",
      "industry 4.0",
      "edge computing",
    ],
    fields: ["1.2", "2.11"],
    sectors: ["C", "J"],
    knowledgeTypes: ["new-technology", "research-development", "skills-training"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "ktp", costBand: "25k-100k", duration: "years" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Demonstration factory cell with machine vision", "Edge computing test bench"],
    languages: ["en", "hi", "ur"],
    availability: "limited",
    leadName: "Dr Farah Qureshi",
    contactEmail: "sheffield-ai-for-manufacturers@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge: "A saw blade maker relied on one experienced inspector to spot grinding defects by eye.",
        whatWasDone:
          "We trained a camera-based defect detector on images labelled by that inspector and installed it at the end of the line.",
        outcome:
          "The system now flags suspect blades for a second look, and the inspector's knowledge is no longer a single point of failure.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2024,
        challenge:
          "An artisan bakery wholesaler regularly over- or under-produced because orders swung with weather and holidays.",
        whatWasDone:
          "A student project built a simple forecasting model from three years of order data and local weather records.",
        outcome: "Daily waste fell by around 15% and the owner now updates the forecast in a spreadsheet each week.",
      },
    ],
  },
  {
    slug: "lincoln-food-factory-automation",
    institutionRorId: LINCOLN,
    name: "Food Factory Automation and Robotics",
    summary:
      "We help food manufacturers and packers automate repetitive, hard-to-staff jobs such as picking, trimming, packing and inspecting. We can trial a robot or sensor on your product in our pilot factory before you buy anything.",
    description:
      "Food is soft, variable and must be handled hygienically, so off-the-shelf robots often struggle. We develop grippers, vision systems and control software that cope with real produce and ready-made food, and we test them in a working pilot processing hall.\n\nAlongside technology, we look at line layout, hygienic design and the skills your team will need. Longer projects are often run as Knowledge Transfer Partnerships or joint innovation grants with equipment suppliers.",
    keywords: [
      "food manufacturing",
      "robotics",
      "automation",
      "packing",
      "hygienic design",
      "labour shortages",
      "vision systems",
    ],
    fields: ["2.11", "2.3"],
    sectors: ["C", "A", "H"],
    knowledgeTypes: ["new-technology", "research-development", "skills-training"],
    engagementModes: [
      { mode: "ktp", costBand: "over-100k", duration: "years" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
    ],
    facilities: ["Pilot food processing hall", "Robotic picking test cell", "Hygienic design workshop"],
    languages: ["en", "pl", "ro", "lt"],
    availability: "now",
    leadName: "Dr Agnieszka Nowak",
    contactEmail: "lincoln-food-factory-automation@demo.expertise-atlas.example",
    website: "https://www.lincoln.ac.uk",
    caseStudies: [],
  },
  {
    slug: "leeds-colour-dye-chemistry",
    institutionRorId: LEEDS,
    name: "Colour and Dye Chemistry Group",
    summary:
      "We help textile, leather, cosmetics and printing businesses get colours that match, last and meet environmental rules. If your colours fade, bleed in the wash or vary between batches, we can find the cause and suggest a fix.",
    description:
      "The group measures colour instrumentally under standard lighting, tests wash, rub and light fastness, and analyses dyes and finishes to find what is actually on a fabric. We also work on lower-impact dyeing: natural dyes, reduced water and energy use, and replacing restricted chemicals.\n\nWe can license dye and finishing processes developed in our labs, and we take on contract testing and troubleshooting for small dye houses and brands.",
    keywords: [
      "dyes",
      "colour matching",
      "textiles",
      "colour fastness",
      "natural dyes",
      "sustainable dyeing",
      "chemistry",
    ],
    fields: ["1.4", "2.5"],
    sectors: ["C", "G"],
    knowledgeTypes: ["scientific-information", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "licensing", costBand: "25k-100k", duration: "years" },
    ],
    facilities: [
      "Spectrophotometers and standard light booths",
      "Laboratory dyeing machines",
      "Wash and light-fastness testers",
    ],
    languages: ["en", "tr", "it"],
    availability: "limited",
    leadName: "Dr Emre Yilmaz",
    contactEmail: "leeds-colour-dye-chemistry@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "leeds-medical-device-regulation",
    institutionRorId: LEEDS,
    name: "Medical Device Regulatory Pathways",
    summary:
      "We help small medical technology firms understand which regulations apply to their product and what evidence they need to get it onto the market in the UK, Europe and the US. Getting this right early can save months of delay and a great deal of money.",
    description:
      "Our team combines medical engineers, clinical researchers and health law specialists. We help classify a device, plan the testing and clinical evidence required for UKCA or CE marking and FDA submissions, and review technical files before they go to a notified or approved body.\n\nWhere bench testing is needed, our mechanical test lab can run standard tests on implants, supports and mobility aids. We also run short courses on the regulations for founders, engineers and quality managers.",
    keywords: ["medical devices", "regulation", "ukca", "ce marking", "fda", "clinical evidence", "health technology"],
    fields: ["3.5", "2.6", "5.5"],
    sectors: ["C", "Q", "M"],
    knowledgeTypes: ["market-intelligence", "specialist-advice", "skills-training"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
    ],
    facilities: ["Mechanical test lab for implants and supports"],
    languages: ["en", "de", "fr"],
    availability: "now",
    leadName: "Dr Naomi Feldman",
    contactEmail: "leeds-medical-device-regulation@demo.expertise-atlas.example",
    website: "https://www.leeds.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2021,
        challenge:
          "A maker of pressure-relief cushions for wheelchair users was unsure how to move from CE to UKCA marking.",
        whatWasDone:
          "We reviewed its technical file, identified missing test evidence and ran the outstanding bench tests.",
        outcome: "The firm obtained UKCA marking without interrupting supply to NHS wheelchair services.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "US",
        year: 2023,
        challenge:
          "A US start-up with a wearable tremor monitor wanted to launch in the UK and Europe as well as at home.",
        whatWasDone:
          "We mapped classification and evidence requirements across the three markets and identified the overlaps.",
        outcome:
          "The start-up planned a single clinical study that served all three submissions, saving an estimated year.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2025,
        challenge: "An Irish firm's software for reading ECGs needed to know whether it counted as a medical device.",
        whatWasDone:
          "We assessed the software's intended purpose against EU guidance and drafted a qualification rationale.",
        outcome:
          "The firm redesigned one feature to fit a lower risk class and submitted to its notified body with confidence.",
      },
    ],
  },
  {
    slug: "newcastle-products-for-older-customers",
    institutionRorId: NEWCASTLE,
    name: "Designing for Older Customers",
    summary:
      "We help businesses design products, services and homes that work well for people in later life, a large and growing group of customers. We put your idea in front of older people early and tell you honestly what works and what does not.",
    description:
      "Our sociologists, designers and health researchers run interviews, in-home trials and co-design workshops with a large panel of older volunteers. We test everything from packaging that is hard to open and confusing apps to kitchen layouts, furniture and financial services.\n\nFirms receive practical recommendations alongside evidence they can use in marketing and with retailers. Student projects are a good way to test an early idea before committing to a larger study.",
    keywords: [
      "ageing",
      "older people",
      "inclusive design",
      "user research",
      "longevity economy",
      "accessibility",
      "co-design",
    ],
    fields: ["5.4", "3.3"],
    sectors: ["G", "Q", "C", "L"],
    knowledgeTypes: ["market-intelligence", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Panel of older volunteer testers", "Home living lab"],
    languages: ["en"],
    availability: "now",
    leadName: "Professor Catriona Bell",
    contactEmail: "newcastle-products-for-older-customers@demo.expertise-atlas.example",
    website: "https://www.ncl.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge: "A small appliance brand found that older buyers were returning its new kettle at a high rate.",
        whatWasDone: "We ran in-home trials with 25 panel members and filmed how they filled, lifted and poured.",
        outcome:
          "A redesigned handle and clearer water gauge cut returns and opened a new listing with a mobility retailer.",
      },
      {
        partnerKind: "large-firm",
        partnerCountry: "JP",
        year: 2024,
        challenge: "A Japanese housing developer wanted to understand how UK retirees choose downsizing homes.",
        whatWasDone: "We held co-design workshops and a survey with older homeowners in three English regions.",
        outcome: "The findings shaped floor plans for a pilot development and a joint paper on later-life housing.",
      },
    ],
  },

  // ───────────────────────────── Scotland ─────────────────────────────
  {
    slug: "strathclyde-iot-sensor-networks",
    institutionRorId: STRATHCLYDE,
    name: "Industrial IoT Sensors Group",
    summary:
      "We help firms put low-cost wireless sensors on equipment, tanks, pipes and buildings so they can see problems before they become expensive. We design sensors that survive harsh conditions, run for years on a battery and send data you can actually use.",
    description:
      "The group designs and tests sensor electronics, enclosures and wireless links, including LoRaWAN, NB-IoT and private 5G. We pay particular attention to power budgets, signal reach in metal-heavy sites and keeping data secure.\n\nTypical projects monitor temperature, vibration, level or water quality on sites with patchy connectivity, such as farms, distilleries, fish farms and wind turbines. We prototype on our own circuit board line and prove devices in an environmental chamber before field trials.",
    keywords: ["iot", "sensors", "wireless", "lorawan", "remote monitoring", "electronics", "condition monitoring"],
    fields: ["2.2"],
    sectors: ["C", "D", "E", "A"],
    knowledgeTypes: ["new-technology", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: [
      "LoRaWAN and private 5G test network",
      "Environmental chamber for sensor endurance",
      "PCB prototyping lab",
    ],
    languages: ["en", "es", "el"],
    availability: "now",
    leadName: "Dr Nikos Papadakis",
    contactEmail: "strathclyde-iot-sensor-networks@demo.expertise-atlas.example",
    website: "https://www.strath.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge: "A west coast salmon farm needed early warning of low oxygen in pens several kilometres offshore.",
        whatWasDone:
          "We built buoy-mounted oxygen and temperature sensors with a long-range radio link to the shore base.",
        outcome:
          "Staff now get text alerts in time to start aeration, and the design has been sold to two other farms.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2023,
        challenge: "A small distillery was checking tank levels and temperatures by hand several times a night.",
        whatWasDone:
          "A student team installed and configured wireless level and temperature sensors linked to a simple dashboard.",
        outcome:
          "Night-time manual checks ended and the distillery spotted a failing cooling valve within the first month.",
      },
    ],
  },
  {
    slug: "strathclyde-continuous-crystallisation",
    institutionRorId: STRATHCLYDE,
    name: "Continuous Pharmaceutical and Fine Chemical Processing",
    summary:
      "We help chemical, pharmaceutical and nutraceutical makers move from batch production to smaller, continuous processes that give more consistent product. Continuous processing can shrink plant size, reduce waste and make quality easier to control.",
    description:
      "Our engineers and chemists design and test continuous reactors, crystallisers and filtration steps, using in-line sensors that measure particle size and concentration as the process runs. This lets us find stable operating windows quickly and with little material.\n\nPartners can book time on our pilot bay with support from our staff, or join longer collaborative projects to develop a new process from the lab to pilot scale.",
    keywords: [
      "continuous manufacturing",
      "crystallisation",
      "pharmaceuticals",
      "process analytical technology",
      "fine chemicals",
      "scale-up",
    ],
    fields: ["2.4", "1.4"],
    sectors: ["C", "M"],
    knowledgeTypes: ["research-development", "scientific-information", "new-technology"],
    engagementModes: [
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
    ],
    facilities: [
      "Continuous oscillatory baffled crystallisers",
      "Process analytical technology suite",
      "Pilot process bay",
    ],
    languages: ["en", "de", "zh"],
    availability: "not-now",
    leadName: "Professor Alasdair MacLeod",
    contactEmail: "strathclyde-continuous-crystallisation@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "edinburgh-data-science-retail",
    institutionRorId: EDINBURGH,
    name: "Data Science Clinic for Small Businesses",
    summary:
      "We help shops, hospitality businesses and service firms make better decisions from the data in their tills, booking systems and websites. We answer practical questions such as what to stock, when to staff up and which customers are drifting away.",
    description:
      "The clinic pairs small businesses with master's students in data science, statistics and informatics, supervised by academic staff. Projects run for one term and usually produce a working dashboard, forecast or analysis with a plain-language report.\n\nFor firms wanting a quicker answer we offer a few days of staff consultancy, and we run evening courses on spreadsheets, basic statistics and using customer data responsibly.",
    keywords: [
      "data science",
      "machine learning",
      "demand forecasting",
      "retail analytics",
      "dashboards",
      "customer data",
      "statistics",
    ],
    fields: ["1.2", "1.1"],
    sectors: ["G", "I", "J", "K"],
    knowledgeTypes: ["research-development", "skills-training", "specialist-advice"],
    engagementModes: [
      { mode: "student-projects", costBand: "free", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: [],
    languages: ["en", "fr", "zh", "es"],
    availability: "now",
    leadName: "Dr Kwame Boateng",
    contactEmail: "edinburgh-data-science-retail@demo.expertise-atlas.example",
    website: "https://www.ed.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2019,
        challenge:
          "An independent bookshop chain kept running out of popular titles while slow sellers filled its shelves.",
        whatWasDone: "A student team analysed four years of sales and built a simple reorder forecast for each shop.",
        outcome: "Stock-outs on bestsellers dropped and the chain freed up cash previously tied up in slow stock.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "DK",
        year: 2025,
        challenge:
          "A Danish bike hire company expanding to Edinburgh wanted to know where to place its docking stations.",
        whatWasDone:
          "We combined open transport data, tourist footfall and hill gradients into a location scoring model.",
        outcome: "The firm opened at five of the seven top-scoring sites and beat its first-year rental target.",
      },
    ],
  },
  {
    slug: "edinburgh-ai-ethics-advice",
    institutionRorId: EDINBURGH,
    name: "Responsible AI and Data Ethics Advisory",
    summary:
      "We help firms that build or buy AI tools think through fairness, privacy and accountability before customers or regulators raise them. We give practical, independent advice that fits the size of your business.",
    description:
      "Our philosophers and legal scholars work with computer scientists to review how an AI product is designed, trained and used. We look at who could be harmed, whether decisions can be explained, and how the product fits emerging rules such as the EU AI Act and UK data protection law.\n\nEngagements are short and end with a written review and a workshop for your team. We also teach an introductory course on AI ethics for managers and product owners.",
    keywords: [
      "ai ethics",
      "responsible ai",
      "fairness",
      "data protection",
      "algorithmic bias",
      "eu ai act",
      "governance",
    ],
    fields: ["6.3", "5.5"],
    sectors: ["J", "K", "Q", "M"],
    knowledgeTypes: ["specialist-advice", "market-intelligence", "skills-training"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: [],
    languages: ["en", "de"],
    availability: "not-now",
    leadName: "Dr Isla Drummond",
    contactEmail: "edinburgh-ai-ethics-advice@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "heriot-watt-brewing-distilling",
    institutionRorId: HERIOT_WATT,
    name: "Brewing and Distilling Science Team",
    summary:
      "We help breweries, distilleries and other drinks makers improve flavour, consistency and efficiency, and solve production problems. From new gin botanicals to stuck fermentations or a whisky new make that tastes wrong, we can analyse it and help put it right.",
    description:
      "Our scientists work across the whole process: malting and raw materials, yeast and fermentation, distillation, maturation and packaging. We analyse flavour compounds with gas chromatography, run trained sensory panels, and can brew or distil trial batches on pilot equipment.\n\nWe also teach short courses for new brewers and distillers, covering hygiene, yeast handling, quality control and spirit character. Small producers often book a day of lab time plus a consultation to troubleshoot a specific fault.",
    keywords: [
      "brewing",
      "distilling",
      "whisky",
      "gin",
      "yeast",
      "fermentation",
      "flavour analysis",
      "sensory testing",
    ],
    fields: ["2.9", "1.6", "1.4"],
    sectors: ["C", "I", "A"],
    knowledgeTypes: ["scientific-information", "research-development", "skills-training", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
    ],
    facilities: [
      "Pilot brewery",
      "Pilot-scale copper pot stills",
      "Sensory panel room",
      "Gas chromatography–mass spectrometry",
    ],
    languages: ["en", "ja", "fr"],
    availability: "now",
    leadName: "Dr Fraser Lindsay",
    contactEmail: "heriot-watt-brewing-distilling@demo.expertise-atlas.example",
    website: "https://www.hw.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2018,
        challenge: "A new craft gin producer found its spirit turned cloudy when customers added ice and tonic.",
        whatWasDone:
          "We identified the botanical oils causing the haze and tested changes to cut points and botanical quantities.",
        outcome: "The reformulated gin stayed clear with no loss of character, and sales to bars resumed.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge:
          "A farm distillery wanted to show that its heritage barley variety gave its whisky a distinct flavour.",
        whatWasDone:
          "We malted and distilled side-by-side trial batches and compared them with chemical analysis and a trained panel.",
        outcome: "Measurable flavour differences gave the distillery evidence for its marketing story.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "JP",
        year: 2024,
        challenge: "A small Japanese craft distillery had inconsistent fermentations between summer and winter.",
        whatWasDone:
          "We analysed its yeast handling and temperature records and trained staff remotely and on a visit.",
        outcome: "Fermentation times became predictable across the year and spirit yield improved.",
      },
    ],
  },
  {
    slug: "heriot-watt-textile-design",
    institutionRorId: HERIOT_WATT,
    name: "Textile Design and Knitwear Innovation",
    summary:
      "We help textile and fashion businesses develop new fabrics, knitwear and finishes, and use more sustainable fibres without losing quality. Our Borders-based team knows the practical realities of small-batch textile production.",
    description:
      "Designers and textile technologists on the team work with industrial knitting machines, looms and digital printers to sample new ideas quickly. We test fibre blends including recycled wool and cashmere, and advise on yarn choice, finishing and care labelling.\n\nFirms can book machine time, set student design briefs, or take on a graduate through a Knowledge Transfer Partnership to lead product development.",
    keywords: [
      "textiles",
      "knitwear",
      "textile innovation",
      "fashion",
      "recycled wool",
      "cashmere",
      "digital printing",
    ],
    fields: ["2.5", "6.4"],
    sectors: ["C", "G", "R"],
    knowledgeTypes: ["new-technology", "research-development", "skills-training"],
    engagementModes: [
      { mode: "ktp", costBand: "25k-100k", duration: "years" },
      { mode: "student-projects", costBand: "under-5k", duration: "months" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Industrial flat-bed knitting machines", "Digital textile printing studio", "Weave studio"],
    languages: ["en", "it", "fr"],
    availability: "limited",
    leadName: "Morven Scott",
    contactEmail: "heriot-watt-textile-design@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge: "A cashmere knitwear brand wanted to use offcuts from its own production in a new yarn.",
        whatWasDone:
          "We worked with a spinner to trial blends of recycled cashmere and virgin wool, knitting and wear-testing samples.",
        outcome: "The brand launched a recycled-content range that now makes up a fifth of its sales.",
      },
    ],
  },
  {
    slug: "sruc-crop-disease-detection",
    institutionRorId: SRUC,
    name: "Crop Disease Detection and Forecasting",
    summary:
      "We help farmers, agronomists and agri-tech firms spot crop diseases earlier and spray only when it is really needed. We test disease forecasts, field sensors, drone imaging and quick diagnostic kits in real fields.",
    description:
      "The team runs replicated field trials on potatoes, cereals and oilseed rape across Scotland, recording disease development alongside weather and crop data. We use drone-mounted multispectral cameras and molecular tests to detect infections before symptoms are obvious.\n\nAgri-tech companies use our trials to validate apps and sensors, while growers and agronomists ask us for advice on resistant varieties and spray timing. Results are shared through farmer meetings as well as reports.",
    keywords: [
      "crop disease",
      "plant pathology",
      "potato blight",
      "drones",
      "disease forecasting",
      "precision agriculture",
      "fungicides",
    ],
    fields: ["4.1", "4.4", "1.6"],
    sectors: ["A", "J", "M"],
    knowledgeTypes: ["new-technology", "scientific-information", "specialist-advice"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "years" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Field trial plots", "Drone-mounted multispectral cameras", "Molecular diagnostics lab"],
    languages: ["en", "pl"],
    availability: "now",
    leadName: "Dr Eilidh Fraser",
    contactEmail: "sruc-crop-disease-detection@demo.expertise-atlas.example",
    website: "https://www.sruc.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2021,
        challenge:
          "A seed potato grower was spraying for blight on a fixed schedule and wanted to cut costs without extra risk.",
        whatWasDone: "We compared forecast-led spraying with the fixed schedule in split fields over two seasons.",
        outcome: "Forecast-led spraying used three fewer sprays a season with no extra blight.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "NZ",
        year: 2025,
        challenge:
          "A New Zealand agri-tech firm needed European field data before launching its leaf-disease scanning app.",
        whatWasDone: "We ran the app alongside expert disease scoring in barley trials and measured agreement.",
        outcome: "The validation data supported the firm's UK launch and led to a retrained model for local varieties.",
      },
    ],
  },
  {
    slug: "sruc-hill-farm-livestock-health",
    institutionRorId: SRUC,
    name: "Sheep and Beef Health on Hill Farms",
    summary:
      "We help hill and upland farmers, and the businesses that supply them, keep sheep and cattle healthier and more productive. We look at parasites, lameness, nutrition and flock records, and give advice that fits extensive, low-input farming.",
    description:
      "Our vets and animal scientists run trials on a working hill farm using electronic ID, automatic weighing and faecal egg counts to track animal performance. We test feed blocks, mineral supplements and parasite control plans under real upland conditions.\n\nWe run practical training days for farmers and their advisers, often free when supported by public programmes, and we carry out small contract trials for feed and animal health companies.",
    keywords: ["sheep", "beef cattle", "animal health", "parasites", "livestock nutrition", "hill farming", "lameness"],
    fields: ["4.2", "4.3"],
    sectors: ["A", "C"],
    knowledgeTypes: ["scientific-information", "specialist-advice", "skills-training"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "cpd-training", costBand: "free", duration: "days" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
    ],
    facilities: ["Hill farm research unit", "Electronic ID and automatic weighing crush"],
    languages: ["en", "gd"],
    availability: "limited",
    leadName: "Callum Mackay",
    contactEmail: "sruc-hill-farm-livestock-health@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "uhi-gaelic-language-technology",
    institutionRorId: UHI,
    name: "Gaelic Language Technology",
    summary:
      "We help businesses and organisations offer their websites, apps and services in Scottish Gaelic. We provide speech recognition, text-to-speech, spell checking and translation tools, and advice on using Gaelic well.",
    description:
      "The team builds and maintains language resources for Gaelic, including a pronunciation dictionary, speech data and machine translation models. Firms can license these tools on modest terms or commission us to adapt them, for example for a tourism app, a bilingual chatbot or subtitles.\n\nWe also advise on tone, terminology and the practicalities of bilingual services, and we can connect firms with fluent speakers for testing.",
    keywords: [
      "gaelic",
      "language technology",
      "speech recognition",
      "text to speech",
      "machine translation",
      "bilingual services",
      "minority languages",
    ],
    fields: ["6.2", "1.2"],
    sectors: ["J", "P", "R", "O"],
    knowledgeTypes: ["new-technology", "specialist-advice", "research-development"],
    engagementModes: [
      { mode: "licensing", costBand: "under-5k", duration: "years" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Speech recording studio"],
    languages: ["en", "gd", "ga"],
    availability: "now",
    leadName: "Dr Mòrag NicLeòid",
    contactEmail: "uhi-gaelic-language-technology@demo.expertise-atlas.example",
    website: "https://www.uhi.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge: "A Hebridean tour operator wanted its audio guide app to offer natural-sounding Gaelic narration.",
        whatWasDone: "We licensed our Gaelic text-to-speech voice and tuned it for local place names along the routes.",
        outcome: "The Gaelic option became a talking point in reviews and is used by about one visitor in eight.",
      },
    ],
  },
  {
    slug: "uhi-archaeology-heritage",
    institutionRorId: UHI,
    name: "Island Archaeology and Heritage Services",
    summary:
      "We help developers, landowners and tourism businesses in the Highlands and Islands deal with archaeology on their sites and turn local heritage into an asset. We can survey a site, advise on planning conditions and help tell its story to visitors.",
    description:
      "Our archaeologists carry out desk-based assessments, geophysical surveys and small excavations, and advise on the archaeological conditions that often come with planning consent. We have long experience of Neolithic, Norse and later sites across the islands.\n\nWe also help heritage and tourism businesses interpret archaeology for visitors, and students can take on survey or research projects as part of their studies.",
    keywords: [
      "archaeology",
      "heritage",
      "geophysical survey",
      "planning conditions",
      "cultural tourism",
      "norse",
      "neolithic",
    ],
    fields: ["6.1"],
    sectors: ["R", "F", "I", "L"],
    knowledgeTypes: ["scientific-information", "specialist-advice", "skills-training"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "student-projects", costBand: "free", duration: "weeks" },
    ],
    facilities: ["Geophysical survey equipment (magnetometry and ground-penetrating radar)", "Finds processing lab"],
    languages: ["en", "no"],
    availability: "limited",
    leadName: "Dr Sigrid Halvorsen",
    contactEmail: "uhi-archaeology-heritage@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2019,
        challenge:
          "A community wind farm needed to route a buried cable across land with several known prehistoric sites.",
        whatWasDone:
          "We surveyed the corridor with magnetometry and radar and recommended a route avoiding buried features.",
        outcome: "The cable was laid on schedule with no archaeological finds disturbed and no extra planning delay.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2023,
        challenge:
          "A family building holiday lodges on a croft faced an archaeological planning condition it did not understand.",
        whatWasDone:
          "We explained the requirement, carried out the evaluation trenches and wrote the report for the council archaeologist.",
        outcome:
          "The condition was discharged within weeks and a Norse-era find now features in the lodges' guest information.",
      },
    ],
  },
  {
    slug: "stirling-aquaculture-fish-health",
    institutionRorId: STIRLING,
    name: "Fish Health and Aquaculture Nutrition",
    summary:
      "We help fish and shellfish farmers, feed makers and vaccine developers keep stock healthy and grow it efficiently. We test new feeds, treatments and farming methods in our tank facilities before they go to sea or to market.",
    description:
      "Our scientists run controlled feeding and disease challenge trials with salmon, trout, tilapia and other species in recirculating tank systems, and diagnose disease from farm samples. We work on alternative feed ingredients such as insect meal and algae, on sea lice, and on gill health.\n\nSmaller firms often book tank space and analytical work for a single trial; larger collaborative projects bring together farmers, feed companies and technology start-ups across several years.",
    keywords: ["aquaculture", "fish health", "fish feed", "salmon", "sea lice", "insect protein", "fish farming"],
    fields: ["4.1", "4.3", "4.2"],
    sectors: ["A", "C"],
    knowledgeTypes: ["scientific-information", "research-development", "new-technology"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
    ],
    facilities: ["Recirculating aquaculture tank hall", "Fish disease diagnostic laboratory", "Feed trial facility"],
    languages: ["en", "no", "es", "vi"],
    availability: "now",
    leadName: "Dr Thanh Nguyen",
    contactEmail: "stirling-aquaculture-fish-health@demo.expertise-atlas.example",
    website: "https://www.stir.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "NO",
        year: 2018,
        challenge:
          "A Norwegian supplier of cleaner fish wanted to reduce losses of lumpfish after transfer to salmon pens.",
        whatWasDone: "We tested diets and vaccination timing in tank trials and followed fish through the transfer.",
        outcome: "Survival after transfer improved markedly, and the supplier changed its hatchery routine.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2021,
        challenge: "An insect farming start-up needed proof that its larvae meal could replace fishmeal in trout feed.",
        whatWasDone:
          "We ran a twelve-week feeding trial comparing growth, health and fillet quality at four inclusion levels.",
        outcome:
          "Replacing half the fishmeal gave equal growth, which the firm used to sign its first feed-mill customer.",
      },
      {
        partnerKind: "large-firm",
        partnerCountry: "CL",
        year: 2024,
        challenge: "A Chilean salmon producer was seeing more gill disease in warmer summers.",
        whatWasDone: "We analysed gill samples and water records from its sites and tested a feed additive in tanks.",
        outcome: "The producer adopted an early-summer monitoring plan and is trialling the additive at sea.",
      },
    ],
  },
  {
    slug: "stirling-behavioural-insights",
    institutionRorId: STIRLING,
    name: "Behavioural Insights for Business",
    summary:
      "We help businesses understand why customers and staff behave as they do, and test small changes that make a big difference. Typical questions are why people abandon an online basket, ignore reminder letters or do not take up a service that would help them.",
    description:
      "The team of psychologists and behavioural economists designs simple experiments, such as comparing two versions of a letter, web page or price display, and measures what people actually do rather than what they say. We use online panels, eye-tracking and field trials with your real customers.\n\nWe also help firms avoid nudges that backfire or cross ethical lines. Students on our behavioural science master's can run a supervised project for you over a summer.",
    keywords: [
      "behavioural insights",
      "behavioural economics",
      "nudges",
      "customer behaviour",
      "a/b testing",
      "psychology",
      "pricing",
    ],
    fields: ["5.1", "5.2"],
    sectors: ["G", "K", "Q", "D"],
    knowledgeTypes: ["market-intelligence", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Online experiment panel", "Eye-tracking lab"],
    languages: ["en", "es"],
    availability: "now",
    leadName: "Dr Leah Goldberg",
    contactEmail: "stirling-behavioural-insights@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge:
          "A small energy retailer had many customers missing their meter reading dates, causing estimated bills and complaints.",
        whatWasDone: "We tested three reminder messages with 8,000 customers in a randomised trial.",
        outcome: "The best message raised submitted readings by 18% and is now the company's standard reminder.",
      },
      {
        partnerKind: "charity",
        partnerCountry: "GB",
        year: 2023,
        challenge: "A debt advice charity found that few people who booked a first call turned up.",
        whatWasDone:
          "A master's student redesigned the booking confirmation and follow-up text messages and tested them over two months.",
        outcome: "Attendance at first appointments rose from about half to nearly two thirds.",
      },
    ],
  },
  {
    slug: "abertay-cyber-security",
    institutionRorId: ABERTAY,
    name: "Cyber Security for Small Firms",
    summary:
      "We help small businesses find and fix weaknesses in their IT, websites and connected equipment before criminals do. We explain risks in plain language and focus on affordable fixes that make the biggest difference.",
    description:
      "Our staff and ethical hacking students carry out supervised security assessments: checking websites and cloud accounts, testing staff awareness with simulated phishing, and probing connected devices such as cameras, tills and factory controllers in an isolated lab.\n\nWe run short courses for owners and office managers on passwords, backups, phishing and responding to an incident. For product developers, we can test a new app or device before launch.",
    keywords: [
      "cyber security",
      "penetration testing",
      "phishing",
      "ransomware",
      "data protection",
      "ethical hacking",
      "iot security",
    ],
    fields: ["1.2", "2.2"],
    sectors: ["J", "K", "C", "Q"],
    knowledgeTypes: ["specialist-advice", "skills-training", "research-development"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "student-projects", costBand: "free", duration: "weeks" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
    ],
    facilities: ["Isolated penetration testing lab", "Industrial control systems testbed"],
    languages: ["en", "pl"],
    availability: "now",
    leadName: "Dr Ewan Cruickshank",
    contactEmail: "abertay-cyber-security@demo.expertise-atlas.example",
    website: "https://www.abertay.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2021,
        challenge: "A twelve-person accountancy firm was shaken after a neighbouring practice was hit by ransomware.",
        whatWasDone:
          "Students under staff supervision assessed its systems, ran a phishing test and set up tested offline backups.",
        outcome: "The firm closed the most serious gaps within a month and passed its insurer's cyber questionnaire.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2024,
        challenge:
          "A games studio wanted its multiplayer servers checked for cheating exploits and data leaks before launch.",
        whatWasDone: "We carried out a two-week security test of the game client, servers and account system.",
        outcome: "Four serious flaws were fixed before release and the launch passed without a security incident.",
      },
    ],
  },
  {
    slug: "gsa-heritage-visualisation",
    institutionRorId: GSA,
    name: "Digital Heritage and 3D Visualisation",
    summary:
      "We help conservation builders, architects, museums and visitor attractions capture historic buildings and objects in accurate 3D. The models can guide repair work, support planning applications or become engaging virtual tours.",
    description:
      "We survey buildings, interiors and carved stonework with laser scanners and photogrammetry, then produce measured drawings, 3D models and interactive visualisations. For restoration projects, a detailed digital record of damaged features helps craftspeople reproduce them faithfully.\n\nWe also build virtual and augmented reality experiences that let visitors explore places that are fragile, lost or hard to reach, and test them in our immersive projection room.",
    keywords: [
      "heritage",
      "3d scanning",
      "photogrammetry",
      "building restoration",
      "virtual tours",
      "visualisation",
      "conservation",
    ],
    fields: ["6.4", "6.1", "1.2"],
    sectors: ["R", "F", "L", "J"],
    knowledgeTypes: ["new-technology", "specialist-advice", "research-development"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
    ],
    facilities: ["Terrestrial laser scanners", "Photogrammetry rig", "Immersive projection room"],
    languages: ["en", "it"],
    availability: "limited",
    leadName: "Dr Chiara Rossi",
    contactEmail: "gsa-heritage-visualisation@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },

  // ───────────────────────────── Wales ─────────────────────────────
  {
    slug: "cardiff-historic-building-retrofit",
    institutionRorId: CARDIFF,
    name: "Historic Building Repair and Energy Retrofit",
    summary:
      "We help builders, architects and owners repair old buildings and make them warmer without causing damp or damaging their character. Lime, solid stone walls and old timber behave differently from modern materials, and we can show you what works.",
    description:
      "Our architects and building scientists monitor moisture and heat loss in real historic buildings and test insulation and repair materials on full-size wall panels in the lab. We compare breathable insulation, lime renders and window upgrades, and use computer models to predict long-term moisture risk.\n\nWe advise on specific projects, run training for contractors and conservation officers, and carry out longer monitoring studies for firms developing new retrofit products.",
    keywords: [
      "heritage buildings",
      "building restoration",
      "retrofit",
      "lime mortar",
      "damp",
      "insulation",
      "energy efficiency",
    ],
    fields: ["2.1", "6.1"],
    sectors: ["F", "L", "O"],
    knowledgeTypes: ["scientific-information", "specialist-advice", "research-development"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Hygrothermal test walls", "Thermal imaging and moisture monitoring kit", "Lime mortar testing lab"],
    languages: ["en", "cy"],
    availability: "now",
    leadName: "Dr Rhys Pritchard",
    contactEmail: "cardiff-historic-building-retrofit@demo.expertise-atlas.example",
    website: "http://www.cardiff.ac.uk/",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2018,
        challenge:
          "A small builder converting a Victorian chapel into flats worried that internal insulation would rot the roof timbers.",
        whatWasDone:
          "We modelled moisture in the walls and monitored sensors in the timbers through the first two winters.",
        outcome:
          "A breathable wood-fibre system kept timbers dry and the builder now uses the approach on other conversions.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge: "A joinery firm wanted evidence that its secondary glazing for sash windows really saved energy.",
        whatWasDone:
          "We measured heat loss and condensation on windows in occupied terraced houses with and without the product.",
        outcome:
          "The results cut window heat loss by more than half, and the firm uses the independent report with conservation officers.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "FR",
        year: 2025,
        challenge:
          "A French maker of hemp-lime plaster wanted data on how its product performed in wet Welsh conditions.",
        whatWasDone: "We built test panels on our hygrothermal walls and ran a year of simulated weather.",
        outcome: "The product performed well, and the firm is now seeking UK certification.",
      },
    ],
  },
  {
    slug: "cardiff-compound-semiconductor-testing",
    institutionRorId: CARDIFF,
    name: "Compound Semiconductor Testing and Prototyping",
    summary:
      "We help electronics and photonics firms develop chips and sensors made from compound semiconductors, used in lasers, fast chargers, 5G and gas sensing. We can grow, process and test prototype wafers that small firms could never equip themselves to make.",
    description:
      "Our cleanroom lets partners take an idea from material growth through device processing to wafer-scale testing. We help firms characterise materials, understand why devices fail, and improve yield.\n\nMost partners join collaborative projects that last a year or more, or book supported access to specific tools for a few weeks.",
    keywords: [
      "semiconductors",
      "compound semiconductors",
      "photonics",
      "lasers",
      "cleanroom",
      "wafer testing",
      "sensors",
    ],
    fields: ["1.3", "2.2"],
    sectors: ["C", "J"],
    knowledgeTypes: ["new-technology", "research-development", "scientific-information"],
    engagementModes: [
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
    ],
    facilities: ["Cleanroom for wafer processing", "Wafer-scale probe station", "Molecular beam epitaxy system"],
    languages: ["en", "cy", "zh", "de"],
    availability: "not-now",
    leadName: "Professor Huw Llewellyn",
    contactEmail: "cardiff-compound-semiconductor-testing@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "swansea-functional-coatings-steel",
    institutionRorId: SWANSEA,
    name: "Functional Coatings on Steel and Glass",
    summary:
      "We help firms add useful properties to steel, glass and building products through thin coatings: ones that generate or store heat, resist weather, clean themselves or carry printed electronics. We test whether your coating will survive years on a roof or façade.",
    description:
      "The team develops coatings that can be applied on fast production lines, including printed solar and heating layers on steel and glass. We scale recipes from the lab bench to a pilot roll-to-roll line and put samples through accelerated weathering, UV and humidity cycles.\n\nSmall firms can book days on our test equipment, join funded collaborations with steel and construction suppliers, or host a graduate through a Knowledge Transfer Partnership.",
    keywords: [
      "coatings",
      "steel",
      "printed electronics",
      "solar",
      "weathering",
      "construction products",
      "surface engineering",
    ],
    fields: ["2.5", "1.4"],
    sectors: ["C", "F", "D"],
    knowledgeTypes: ["new-technology", "research-development", "scientific-information"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "years" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
      { mode: "ktp", costBand: "25k-100k", duration: "years" },
    ],
    facilities: ["Roll-to-roll coating pilot line", "Accelerated weathering chambers", "Solar simulator"],
    languages: ["en", "cy", "hi"],
    availability: "now",
    leadName: "Dr Anjali Menon",
    contactEmail: "swansea-functional-coatings-steel@demo.expertise-atlas.example",
    website: "https://www.swansea.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge:
          "A cladding manufacturer wanted to offer a panel that warms incoming ventilation air using sunlight.",
        whatWasDone:
          "We adapted a dark, selective coating for its steel profiles and tested output and weathering over a year.",
        outcome: "The panel went into a demonstration school building and now forms part of the firm's product range.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "DE",
        year: 2023,
        challenge:
          "A German maker of infrared heating panels saw its printed heating layers crack after repeated warm-up cycles.",
        whatWasDone: "We analysed failed panels and trialled a more flexible ink and curing regime on our pilot line.",
        outcome: "Panels survived five times as many heating cycles, and the firm changed its ink supplier.",
      },
    ],
  },
  {
    slug: "bangor-welsh-language-technology",
    institutionRorId: BANGOR,
    name: "Welsh Language Technology Unit",
    summary:
      "We help businesses and public services work in Welsh online and by voice: spell and grammar checking, translation tools, speech recognition, text-to-speech and bilingual chatbots. Many of our tools are free to use, and we help firms build them into their products.",
    description:
      "The unit develops and maintains core Welsh language resources, such as speech recognisers, synthetic voices, term banks and machine translation, and releases many under open licences so businesses can use them at no cost. We then help developers integrate them into websites, apps, call centres and smart devices.\n\nWe also advise on bilingual design and terminology, and carry out contract work for firms needing a tool tailored to their own vocabulary.",
    keywords: [
      "welsh language",
      "language technology",
      "speech recognition",
      "machine translation",
      "chatbots",
      "bilingual",
      "text to speech",
    ],
    fields: ["6.2", "1.2"],
    sectors: ["J", "P", "O", "R"],
    knowledgeTypes: ["new-technology", "specialist-advice", "research-development"],
    engagementModes: [
      { mode: "licensing", costBand: "free", duration: "years" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
    ],
    facilities: ["Speech recording studio"],
    languages: ["cy", "en", "br"],
    availability: "now",
    leadName: "Dr Elin Haf Roberts",
    contactEmail: "bangor-welsh-language-technology@demo.expertise-atlas.example",
    website: "https://www.bangor.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge:
          "A customer contact company serving Welsh councils needed to answer simple enquiries in Welsh outside office hours.",
        whatWasDone:
          "We helped it build a bilingual chatbot using our open Welsh language tools and a custom term list.",
        outcome:
          "Welsh-speaking callers can now get answers around the clock, and the firm has won two further public contracts.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2023,
        challenge:
          "A small Welsh-language publisher spent too long correcting routine spelling and mutation errors in manuscripts.",
        whatWasDone:
          "We integrated our spelling and grammar checker into its editing workflow and added its house style.",
        outcome: "Copy-editing time per book fell noticeably, freeing editors to focus on content.",
      },
    ],
  },
  {
    slug: "bangor-biocomposites",
    institutionRorId: BANGOR,
    name: "Bio-based Materials and Composites",
    summary:
      "We help businesses turn plant fibres, wool, wood and farm by-products into useful materials: insulation, panels, packaging and plastics replacements. If you have a waste stream or a natural material you think could be worth more, we can help test the idea.",
    description:
      "The team processes and tests natural fibres and extracts, and makes trial panels, mouldings and composites. We measure strength, fire performance, moisture behaviour and how readily materials break down at end of life.\n\nProjects range from short feasibility tests for start-ups to multi-year collaborations with farmers, processors and manufacturers developing a new supply chain.",
    keywords: [
      "biocomposites",
      "natural fibres",
      "hemp",
      "sheep wool",
      "bio-based materials",
      "packaging",
      "insulation",
    ],
    fields: ["2.5", "2.9"],
    sectors: ["C", "F", "A"],
    knowledgeTypes: ["new-technology", "research-development", "scientific-information"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "years" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
    ],
    facilities: [
      "Fibre processing and decortication line",
      "Hot press for boards and panels",
      "Natural product extraction lab",
    ],
    languages: ["en", "cy"],
    availability: "limited",
    leadName: "Dr Owain Jenkins",
    contactEmail: "bangor-biocomposites@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2017,
        challenge:
          "A start-up wanted to make building insulation from locally grown hemp but could not get consistent batts.",
        whatWasDone: "We optimised fibre processing and binder content and tested thermal and fire performance.",
        outcome: "The start-up reached consistent quality and began selling to eco-builders in Wales and the Marches.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2021,
        challenge: "An Irish food delivery firm wanted an alternative to polystyrene boxes for chilled deliveries.",
        whatWasDone:
          "We developed and tested insulated liners made from coarse sheep wool that farmers struggle to sell.",
        outcome: "The liners kept contents cold for the required 48 hours and are now used for the firm's meal kits.",
      },
    ],
  },
  {
    slug: "aberystwyth-forage-and-oats-breeding",
    institutionRorId: ABERYSTWYTH,
    name: "Grass, Clover and Oat Breeding",
    summary:
      "We help seed companies, farmers and food firms get crops better suited to their needs: grasses that feed livestock with less fertiliser, clovers that fix nitrogen, and oats for porridge, milk alternatives and animal feed. New varieties from our programmes can be licensed.",
    description:
      "Our plant breeders and crop scientists run long-term breeding programmes alongside field trials and glasshouse phenotyping. We measure yield, drought and disease tolerance, and nutritional and processing quality, and we hold a large seed collection for future breeding.\n\nFirms license varieties, commission trials of their products on our crops, or join multi-year collaborations to breed for a particular market such as gluten-free oats.",
    keywords: [
      "plant breeding",
      "oats",
      "grassland",
      "clover",
      "crop varieties",
      "livestock feed",
      "sustainable farming",
    ],
    fields: ["4.4", "4.1"],
    sectors: ["A", "C"],
    knowledgeTypes: ["new-technology", "scientific-information", "research-development"],
    engagementModes: [
      { mode: "licensing", costBand: "5k-25k", duration: "years" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
    ],
    facilities: ["Plant breeding field station", "Phenomics glasshouse", "Seed bank"],
    languages: ["en", "cy", "pl"],
    availability: "now",
    leadName: "Dr Gwenllian Morgan",
    contactEmail: "aberystwyth-forage-and-oats-breeding@demo.expertise-atlas.example",
    website: "https://www.aber.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2019,
        challenge: "A start-up making oat drinks wanted UK-grown oats that would give a creamier texture.",
        whatWasDone:
          "We screened breeding lines for the starch and fibre qualities linked to mouthfeel and ran pilot processing trials.",
        outcome:
          "Two lines were contracted to local growers, letting the firm label its drink as made with Welsh oats.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge: "A seed merchant wanted a grass mix for farmers cutting back on nitrogen fertiliser.",
        whatWasDone: "We licensed a high-sugar ryegrass and a robust white clover and trialled the mix on three farms.",
        outcome:
          "The mix matched conventional yields with much less fertiliser and is now in the merchant's catalogue.",
      },
    ],
  },
  {
    slug: "aberystwyth-archives-storytelling",
    institutionRorId: ABERYSTWYTH,
    name: "Archives, Place and Heritage Interpretation",
    summary:
      "We help tourism businesses, heritage sites and creative firms find the stories hidden in archives, maps and old photographs, and tell them accurately and bilingually. A well-researched story can make a place or product stand out.",
    description:
      "Our historians and information specialists know how to search records, estate papers, newspapers and oral history collections in Welsh and English. We check facts and sources, suggest themes and help you write interpretation panels, walking trails, product stories and digital content.\n\nStudent researchers work on supervised projects each year, and we run workshops for staff at heritage sites on researching and presenting local history.",
    keywords: [
      "local history",
      "archives",
      "heritage interpretation",
      "storytelling",
      "tourism",
      "bilingual content",
      "oral history",
    ],
    fields: ["6.1", "6.5", "5.8"],
    sectors: ["R", "I", "P", "J"],
    knowledgeTypes: ["specialist-advice", "skills-training", "research-development"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
      { mode: "student-projects", costBand: "free", duration: "months" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: [],
    languages: ["en", "cy"],
    availability: "limited",
    leadName: "Dr Dafydd ap Iorwerth",
    contactEmail: "aberystwyth-archives-storytelling@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "cardiff-met-food-shelf-life",
    institutionRorId: CARDIFF_MET,
    name: "Food Shelf Life and Safety Centre",
    summary:
      "We help food and drink producers keep products fresh for longer and prove they are safe, without adding unnecessary preservatives. We set and test shelf lives, check packaging and recipes, and help you prepare for audits and supermarket listings.",
    description:
      "Our food scientists run microbiological and sensory shelf-life studies, challenge tests with spoilage organisms, and packaging trials including modified-atmosphere packs. We also help reformulate recipes to cut salt, sugar or additives while keeping products safe.\n\nMany clients are small producers preparing for their first retail contract. We provide technical advice, HACCP and food safety training, and access to a pilot kitchen for trial batches.",
    keywords: [
      "food shelf life",
      "food safety",
      "preservatives",
      "packaging",
      "microbiology",
      "haccp",
      "reformulation",
    ],
    fields: ["2.11", "1.6"],
    sectors: ["C", "I", "G"],
    knowledgeTypes: ["scientific-information", "specialist-advice", "skills-training", "research-development"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "weeks" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
    ],
    facilities: [
      "Accredited food microbiology lab",
      "Pilot food processing kitchen",
      "Modified-atmosphere packaging line",
    ],
    languages: ["en", "cy"],
    availability: "now",
    leadName: "Dr Sunita Evans",
    contactEmail: "cardiff-met-food-shelf-life@demo.expertise-atlas.example",
    website: "https://www.cardiffmet.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2019,
        challenge: "A fresh pasta maker had a supermarket listing offer but only a five-day shelf life.",
        whatWasDone:
          "We tested gas mixes, pasteurisation and a small change in water activity, followed by a full shelf-life study.",
        outcome: "Shelf life rose to 21 days without preservatives and the listing went ahead.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2024,
        challenge: "A plant-based cheese start-up saw mould on some packs well before the date.",
        whatWasDone: "We traced the contamination to a cooling step and ran challenge tests on a revised process.",
        outcome: "Complaints stopped and the firm secured its first food service contract.",
      },
    ],
  },
  {
    slug: "cardiff-met-product-design",
    institutionRorId: CARDIFF_MET,
    name: "Product Design and Prototyping Studio",
    summary:
      "We help businesses turn a product idea into something that looks good, works well and can be made at a sensible cost. We take you from sketches and user research through prototypes to drawings ready for a manufacturer.",
    description:
      "The studio's industrial designers and engineers run user research, concept design, 3D CAD and rapid prototyping, then test prototypes with real users. We think about manufacturing from the start so the design is realistic to produce in the UK or abroad.\n\nStudents take on design briefs each year, and our staff can support short commercial design projects or longer development work.",
    keywords: [
      "product design",
      "industrial design",
      "prototyping",
      "user testing",
      "cad",
      "design for manufacture",
      "creative industries",
    ],
    fields: ["6.4", "2.3"],
    sectors: ["C", "G", "Q"],
    knowledgeTypes: ["research-development", "specialist-advice", "new-technology"],
    engagementModes: [
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Rapid prototyping workshop", "User testing lab"],
    languages: ["en", "cy"],
    availability: "now",
    leadName: "Iestyn Powell",
    contactEmail: "cardiff-met-product-design@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },

  // ───────────────────────────── Northern Ireland ─────────────────────────────
  {
    slug: "qub-food-fraud-testing",
    institutionRorId: QUB,
    name: "Food Authenticity and Fraud Testing",
    summary:
      "We help food producers, importers and retailers check that what they buy and sell is genuine: that honey is honey, spices are pure and premium products come from where they claim. We develop fast tests you can use at goods-in as well as detailed lab checks.",
    description:
      "The team builds reference databases of authentic samples and uses spectroscopy, mass spectrometry and DNA methods to spot adulteration and mislabelling. We have developed handheld screening methods that take seconds and can be licensed for use in warehouses and factories.\n\nWe carry out contract testing, help firms assess fraud risk in their supply chains and run training courses for technical and purchasing staff.",
    keywords: [
      "food fraud",
      "food authenticity",
      "supply chain",
      "spectroscopy",
      "adulteration",
      "food testing",
      "traceability",
    ],
    fields: ["1.4", "2.11"],
    sectors: ["C", "G", "A", "I"],
    knowledgeTypes: ["scientific-information", "new-technology", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "weeks" },
      { mode: "licensing", costBand: "25k-100k", duration: "years" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: [
      "Handheld spectroscopy kit",
      "High-resolution mass spectrometry",
      "Reference library of authentic food samples",
    ],
    languages: ["en", "zh", "th"],
    availability: "now",
    leadName: "Professor Niamh Gallagher",
    contactEmail: "qub-food-fraud-testing@demo.expertise-atlas.example",
    website: "https://www.qub.ac.uk",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2020,
        challenge: "A honey packer suspected that some imported honey was bulked out with sugar syrup.",
        whatWasDone:
          "We tested consignments against our reference library and set up a quick screen for incoming drums.",
        outcome: "Two suppliers were dropped and the packer now screens every delivery in minutes.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2022,
        challenge: "An Irish spice blender needed to know whether its oregano and paprika were adulterated.",
        whatWasDone: "We ran a supply chain survey of its raw materials using spectroscopy and follow-up lab tests.",
        outcome: "Adulteration was found in one source, and the firm changed suppliers and added routine checks.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "TH",
        year: 2024,
        challenge:
          "A Thai exporter of premium jasmine rice wanted to prove its product was not blended with cheaper rice.",
        whatWasDone: "We developed a rapid test for the exporter's varieties and trained its quality staff to use it.",
        outcome: "The exporter now includes test results with shipments, helping it win a European retail contract.",
      },
    ],
  },
  {
    slug: "qub-rotational-moulding",
    institutionRorId: QUB,
    name: "Polymer Processing and Rotational Moulding",
    summary:
      "We help manufacturers of hollow plastic products such as tanks, kayaks, bins and playground equipment make them better, faster and with more recycled content. We understand the rotational moulding process in detail and can solve stubborn quality problems.",
    description:
      "We study how polymer powders melt, flow and cool inside a rotating mould, using instrumented moulding machines and temperature sensors. That lets us shorten cycle times, reduce warping and bubbles, and develop multi-layer products with recycled cores.\n\nWe offer training for operators and engineers, contract development of new materials, and Knowledge Transfer Partnerships for firms wanting a longer-term improvement programme.",
    keywords: [
      "rotational moulding",
      "plastics",
      "polymer processing",
      "recycled plastic",
      "manufacturing",
      "cycle time",
      "tanks",
    ],
    fields: ["2.5", "2.3"],
    sectors: ["C", "E", "A"],
    knowledgeTypes: ["research-development", "new-technology", "skills-training"],
    engagementModes: [
      { mode: "ktp", costBand: "25k-100k", duration: "years" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Instrumented rotational moulding machines", "Polymer compounding extruder", "Mechanical test lab"],
    languages: ["en", "fr"],
    availability: "limited",
    leadName: "Dr Ciarán Doherty",
    contactEmail: "qub-rotational-moulding@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "ulster-connected-health-sensors",
    institutionRorId: ULSTER,
    name: "Wearable and Connected Health Devices",
    summary:
      "We help health technology firms develop wearables, smart home sensors and apps that help people stay well and independent at home. We can build and test prototypes and run trials with patients and older people.",
    description:
      "Our engineers design and fabricate sensors, including printed biosensors and textile electrodes, and develop the software that turns their signals into useful alerts. A smart home lab lets us test devices in a realistic living space before trials in people's own homes.\n\nWe work through collaborative projects, contract development and Knowledge Transfer Partnerships, and we can help firms think about the evidence they will need for health service buyers.",
    keywords: [
      "wearables",
      "digital health",
      "biosensors",
      "remote monitoring",
      "falls detection",
      "assisted living",
      "medical devices",
    ],
    fields: ["2.6", "3.3"],
    sectors: ["Q", "C", "J"],
    knowledgeTypes: ["new-technology", "research-development", "scientific-information"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "ktp", costBand: "over-100k", duration: "years" },
    ],
    facilities: ["Smart home health lab", "Biosensor fabrication lab"],
    languages: ["en"],
    availability: "now",
    leadName: "Dr Declan McKeown",
    contactEmail: "ulster-connected-health-sensors@demo.expertise-atlas.example",
    website: "https://www.ulster.ac.uk",
    caseStudies: [],
  },
  {
    slug: "ulster-tourism-hospitality-insight",
    institutionRorId: ULSTER,
    name: "Tourism and Hospitality Business Insight",
    summary:
      "We help hotels, restaurants, attractions and tour operators understand their visitors, set prices and plan for busy and quiet seasons. We turn visitor surveys, booking data and tourism statistics into practical advice.",
    description:
      "The team analyses visitor numbers, spending and reviews for individual businesses and for whole destinations, and runs visitor surveys in several languages. We advise on pricing, packaging experiences with neighbouring businesses and attracting overseas visitors.\n\nStudents on hospitality and tourism courses carry out supervised projects, and we run short courses on revenue management and customer experience.",
    keywords: [
      "tourism",
      "hospitality",
      "visitor research",
      "revenue management",
      "pricing",
      "seasonality",
      "customer experience",
    ],
    fields: ["5.2", "5.7"],
    sectors: ["I", "R", "N"],
    knowledgeTypes: ["market-intelligence", "skills-training", "specialist-advice"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
      { mode: "student-projects", costBand: "free", duration: "months" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: [],
    languages: ["en", "de", "fr"],
    availability: "now",
    leadName: "Dr Róisín Quinn",
    contactEmail: "ulster-tourism-hospitality-insight@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "GB",
        year: 2022,
        challenge:
          "A group of small hotels on the north coast were full in summer but struggled to fill rooms in winter.",
        whatWasDone:
          "We analysed their booking data and surveyed past guests about what would bring them back off-season.",
        outcome:
          "A joint winter walking and food package filled noticeably more rooms the following January and February.",
      },
    ],
  },
  {
    slug: "stranmillis-classroom-product-testing",
    institutionRorId: STRANMILLIS,
    name: "Classroom Testing for Learning Products",
    summary:
      "We help firms that make educational apps, books, games and resources find out whether children actually learn from them and whether teachers will use them. We test products in real classrooms and give honest feedback before you invest in a full launch.",
    description:
      "Our education researchers and teacher educators design small, well-controlled trials in partner primary and post-primary schools, observing lessons and measuring learning, engagement and ease of use. We also check resources against the curriculum and against good practice for children with additional needs.\n\nStudent teachers can trial resources during placements under supervision, which suits early-stage products.",
    keywords: ["education", "edtech", "classroom trials", "learning resources", "curriculum", "teachers", "children"],
    fields: ["5.3"],
    sectors: ["P", "J", "R"],
    knowledgeTypes: ["market-intelligence", "specialist-advice", "research-development"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Partner school network"],
    languages: ["en", "ga"],
    availability: "limited",
    leadName: "Dr Gráinne McAlister",
    contactEmail: "stranmillis-classroom-product-testing@demo.expertise-atlas.example",
    website: "https://www.stran.ac.uk",
    caseStudies: [],
  },

  // ───────────────────────────── Ireland ─────────────────────────────
  {
    slug: "tcd-irish-speech-technology",
    institutionRorId: TCD,
    name: "Irish Speech and Language Technology",
    summary:
      "We help companies and public bodies offer services in Irish, with natural synthetic voices in the main dialects, speech recognition and tools for learners. Whether you publish, teach, build apps or answer phones, we can help you add Irish.",
    description:
      "The team develops speech synthesis in Ulster, Connacht and Munster Irish, speech recognition, and tools such as pronunciation aids and reading support. Our technology can be licensed on affordable terms, and we work with developers to integrate it.\n\nWe also collaborate on funded projects that create new resources, for example for accessibility, education or broadcasting.",
    keywords: [
      "irish language",
      "gaeilge",
      "speech synthesis",
      "speech recognition",
      "language technology",
      "accessibility",
      "language learning",
    ],
    fields: ["6.2", "1.2"],
    sectors: ["J", "P", "O", "Q"],
    knowledgeTypes: ["new-technology", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "licensing", costBand: "under-5k", duration: "years" },
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
    ],
    facilities: ["Speech recording booth"],
    languages: ["en", "ga"],
    availability: "now",
    leadName: "Dr Aoife Ní Bhriain",
    contactEmail: "tcd-irish-speech-technology@demo.expertise-atlas.example",
    website: "https://www.tcd.ie/",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2021,
        challenge:
          "An Irish-language children's publisher wanted read-along versions of its books for families who do not speak Irish at home.",
        whatWasDone:
          "We licensed synthetic voices in two dialects and helped the publisher build them into its e-book app.",
        outcome: "Read-along titles became the publisher's fastest-growing product line.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2024,
        challenge:
          "A small software firm supplying booking systems to Gaeltacht medical practices needed spoken Irish confirmations.",
        whatWasDone: "We integrated our speech synthesis into its phone messaging service and tuned names and times.",
        outcome: "Practices can now confirm appointments in Irish automatically, meeting their language obligations.",
      },
    ],
  },
  {
    slug: "ucd-dairy-herd-health",
    institutionRorId: UCD,
    name: "Dairy Herd Health and Fertility",
    summary:
      "We help dairy farmers and the businesses that serve them improve cow health, fertility and milk quality. We test sensors, supplements, vaccines and management tools on a working research farm and on commercial herds.",
    description:
      "Our vets and animal scientists run trials on our research dairy herd and on partner farms, using activity collars, milk recording and lab diagnostics to measure health and fertility in detail. Common topics include mastitis, lameness, calving and heat detection.\n\nAgri-tech firms use us to validate devices and software, while feed and animal health companies commission efficacy studies. We also give practical advice to farm advisers and vets.",
    keywords: ["dairy", "cattle", "herd health", "fertility", "mastitis", "agri-tech", "animal health"],
    fields: ["4.2", "4.3"],
    sectors: ["A", "C", "M"],
    knowledgeTypes: ["scientific-information", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Research dairy farm", "Veterinary diagnostic laboratory"],
    languages: ["en", "ga", "fr"],
    availability: "now",
    leadName: "Professor Liam Fitzgerald",
    contactEmail: "ucd-dairy-herd-health@demo.expertise-atlas.example",
    website: "https://www.ucd.ie",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2019,
        challenge:
          "An Irish start-up's neck collar claimed to detect cows in heat, but farmers wanted independent proof.",
        whatWasDone:
          "We compared collar alerts with hormone tests and vet checks on 300 cows through a breeding season.",
        outcome: "The independent results supported the firm's claims and helped it raise its next funding round.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "NZ",
        year: 2022,
        challenge: "A New Zealand firm wanted to test its teat spray against mastitis in Irish pasture-based herds.",
        whatWasDone: "We ran a season-long trial on five commercial farms, with monthly milk sampling and lab culture.",
        outcome: "New infections fell compared with the standard spray, supporting the product's launch in Ireland.",
      },
    ],
  },
  {
    slug: "ucd-timber-construction",
    institutionRorId: UCD,
    name: "Irish Timber and Low-Carbon Construction",
    summary:
      "We help sawmills, builders and engineered-timber manufacturers use more home-grown timber in construction. We test strength and durability, and help firms get the evidence they need for building regulations and certification.",
    description:
      "Our engineers test Irish-grown spruce and other species in structural sizes, develop grading methods and evaluate engineered products such as glulam and cross-laminated timber. We also look at connections, fire behaviour and moisture in finished buildings.\n\nFirms can book time on our structural test floor, commission test programmes, or set student projects on specific design questions.",
    keywords: [
      "timber",
      "construction",
      "cross-laminated timber",
      "low carbon",
      "structural testing",
      "forestry",
      "building regulations",
    ],
    fields: ["2.1", "2.5", "4.1"],
    sectors: ["F", "A", "C"],
    knowledgeTypes: ["scientific-information", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Structural test floor", "Timber strength grading rig"],
    languages: ["en", "ga", "de"],
    availability: "limited",
    leadName: "Dr Annika Berg",
    contactEmail: "ucd-timber-construction@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "ucc-gut-health-probiotics",
    institutionRorId: UCC,
    name: "Gut Health and Probiotic Foods",
    summary:
      "We help food, supplement and pet food companies develop products that genuinely support gut health, and prove it with good science. We can screen bacterial strains, test products in a simulated gut and run human studies.",
    description:
      "Our microbiologists and nutrition scientists hold a large library of bacterial strains and use laboratory gut models to see how products and ingredients change the gut microbiome. Promising products move on to carefully designed studies with volunteers.\n\nWe license strains and methods to companies, run contract studies and join long-term collaborations. Capacity for new partners is currently full.",
    keywords: [
      "probiotics",
      "gut health",
      "microbiome",
      "functional foods",
      "fermented foods",
      "nutrition",
      "clinical studies",
    ],
    fields: ["3.1", "2.9"],
    sectors: ["C", "Q", "A"],
    knowledgeTypes: ["scientific-information", "research-development", "new-technology"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "licensing", costBand: "25k-100k", duration: "years" },
    ],
    facilities: ["Gut simulation bioreactors", "Bacterial strain library", "Human intervention study unit"],
    languages: ["en", "ga", "it"],
    availability: "not-now",
    leadName: "Dr Marco Bianchi",
    contactEmail: "ucc-gut-health-probiotics@demo.expertise-atlas.example",
    website: "https://www.ucc.ie",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2018,
        challenge:
          "A small kefir producer wanted to know which live cultures survived to the end of its product's shelf life.",
        whatWasDone:
          "We tracked the bacteria in its kefir over eight weeks of storage and tested survival in a simulated gut.",
        outcome: "The producer adjusted its starter culture and could make accurate, evidence-based label claims.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "DE",
        year: 2023,
        challenge: "A German pet food brand wanted a probiotic strain that would survive its baking process.",
        whatWasDone:
          "We screened heat-tolerant strains from our library and tested them in kibble made on a pilot line.",
        outcome:
          "A licensed strain survived processing in useful numbers and is now in the brand's sensitive-stomach range.",
      },
    ],
  },
  {
    slug: "ucc-folklore-storytelling",
    institutionRorId: UCC,
    name: "Folklore, Storytelling and Cultural Tourism",
    summary:
      "We help tour guides, visitor centres, craft producers and creative businesses draw on Irish folklore, place-lore and traditions with accuracy and respect. Good stories, well told, bring visitors back and set a business apart.",
    description:
      "Our folklorists and ethnologists work with sound archives, manuscript collections and living tradition bearers. We help businesses research the stories and customs linked to their area or product, check facts and sources, and present them well in tours, exhibitions, packaging or digital media.\n\nStudents can research a topic for a business as part of their course, and we run free workshops for guides and heritage staff.",
    keywords: [
      "folklore",
      "storytelling",
      "cultural tourism",
      "irish heritage",
      "traditions",
      "oral history",
      "visitor experience",
    ],
    fields: ["6.5", "6.1"],
    sectors: ["R", "I", "J"],
    knowledgeTypes: ["specialist-advice", "skills-training", "research-development"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
      { mode: "student-projects", costBand: "free", duration: "months" },
      { mode: "cpd-training", costBand: "free", duration: "days" },
    ],
    facilities: ["Folklore sound archive"],
    languages: ["en", "ga"],
    availability: "now",
    leadName: "Dr Siobhán Ní Dhonnchadha",
    contactEmail: "ucc-folklore-storytelling@demo.expertise-atlas.example",
    website: null,
    caseStudies: [],
  },
  {
    slug: "ucc-shellfish-seaweed-aquaculture",
    institutionRorId: UCC,
    name: "Shellfish and Seaweed Aquaculture",
    summary:
      "We help oyster, mussel and seaweed farmers grow stock more reliably and find new markets for what they harvest. We look at water quality, spat supply, disease and how to turn seaweed into higher-value products.",
    description:
      "Our marine biologists run hatchery and growth trials, monitor water quality and harmful algae, and investigate mortalities on partner farms. For seaweed, we test cultivation methods and extraction of ingredients for food, animal feed and cosmetics.\n\nWe offer quick advice visits, contract studies and longer collaborative projects with coastal businesses in Ireland and across the Atlantic coast of Europe.",
    keywords: ["aquaculture", "shellfish", "oysters", "seaweed", "water quality", "marine biology", "coastal business"],
    fields: ["4.1", "1.6"],
    sectors: ["A", "C", "E"],
    knowledgeTypes: ["scientific-information", "research-development", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "years" },
    ],
    facilities: ["Marine hatchery tanks", "Water quality and algae laboratory"],
    languages: ["en", "ga", "fr"],
    availability: "limited",
    leadName: "Dr Pádraig Walsh",
    contactEmail: "ucc-shellfish-seaweed-aquaculture@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2020,
        challenge: "A West Cork oyster farm lost a large share of young oysters every summer and did not know why.",
        whatWasDone:
          "We monitored water temperature, algae and disease on the farm through a season and tested stocking changes.",
        outcome: "Moving trestles and changing stocking timing roughly halved summer losses the following year.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "FR",
        year: 2023,
        challenge: "A Breton seaweed grower wanted to sell its kelp as a cattle feed ingredient.",
        whatWasDone:
          "We analysed nutrient and iodine content across the season and recommended harvest timing and processing.",
        outcome:
          "The grower produced a consistent feed-grade product and signed its first supply agreement with a feed mill.",
      },
    ],
  },
  {
    slug: "ul-composites-manufacturing",
    institutionRorId: UL,
    name: "Composite Materials for Aerospace and Renewables",
    summary:
      "We help manufacturers make lighter, stronger parts from carbon and glass fibre composites, for aircraft, wind turbines, vehicles and sports goods. We develop faster, automated ways to make composite parts and check their quality.",
    description:
      "Our engineers work on automated fibre placement, out-of-autoclave curing, thermoplastic composites and repair. Non-destructive inspection with ultrasound lets us find hidden flaws, and we test parts to failure to validate designs.\n\nMost work with small firms is through collaborative projects or contract development. We are fully committed to current projects at the moment.",
    keywords: [
      "composites",
      "carbon fibre",
      "aerospace",
      "wind energy",
      "lightweighting",
      "automation",
      "non-destructive testing",
    ],
    fields: ["2.5", "2.3"],
    sectors: ["C", "D", "H"],
    knowledgeTypes: ["new-technology", "research-development", "skills-training"],
    engagementModes: [
      { mode: "collaborative-rd", costBand: "over-100k", duration: "years" },
      { mode: "contract-research", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "facilities-access", costBand: "5k-25k", duration: "weeks" },
    ],
    facilities: ["Automated fibre placement robot", "Autoclave", "Ultrasonic inspection system"],
    languages: ["en", "fr", "de"],
    availability: "not-now",
    leadName: "Professor Conor Brennan",
    contactEmail: "ul-composites-manufacturing@demo.expertise-atlas.example",
    website: "https://www.ul.ie",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2019,
        challenge: "A maker of survey drones needed lighter arms that would not crack in hard landings.",
        whatWasDone: "We designed and moulded thermoplastic composite arms and ran drop and fatigue tests.",
        outcome: "The new arms were 30% lighter, extending flight time, and field breakages fell sharply.",
      },
      {
        partnerKind: "sme",
        partnerCountry: "FR",
        year: 2022,
        challenge:
          "A French supplier of wind turbine blade repairs wanted to check that field repairs restored full strength.",
        whatWasDone:
          "We made repaired test panels with its methods and compared them with undamaged panels under fatigue loading.",
        outcome:
          "One repair method was changed as a result, and the firm now cites the test data to turbine operators.",
      },
    ],
  },
  {
    slug: "tus-medical-polymer-extrusion",
    institutionRorId: TUS,
    name: "Medical-Grade Polymer Extrusion",
    summary:
      "We help medical device and pharmaceutical firms make tubing, catheters, small moulded parts and drug-loaded polymers. If you need to switch materials, shrink a part or scale up production, we can trial it on industrial equipment.",
    description:
      "The team runs extrusion and micro-moulding trials with medical polymers, including hot-melt extrusion for mixing drugs into plastics. We characterise materials and finished parts for strength, dimensional accuracy and how they behave after sterilisation.\n\nWe work with the many device manufacturers in the Irish midlands and west, from start-ups to established suppliers, and provide short courses and student projects as well as contract trials.",
    keywords: [
      "medical devices",
      "polymer extrusion",
      "catheters",
      "micro-moulding",
      "hot-melt extrusion",
      "medical plastics",
      "sterilisation",
    ],
    fields: ["2.5", "2.6"],
    sectors: ["C", "Q"],
    knowledgeTypes: ["new-technology", "research-development", "skills-training"],
    engagementModes: [
      { mode: "contract-research", costBand: "25k-100k", duration: "months" },
      { mode: "facilities-access", costBand: "5k-25k", duration: "days" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Hot-melt extrusion lines", "Micro-moulding machine", "Polymer characterisation lab"],
    languages: ["en", "ga", "pl"],
    availability: "now",
    leadName: "Dr Katarzyna Lewandowska",
    contactEmail: "tus-medical-polymer-extrusion@demo.expertise-atlas.example",
    website: "https://tus.ie/",
    caseStudies: [],
  },
];
