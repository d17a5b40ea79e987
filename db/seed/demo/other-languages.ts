// Listings written in the language of their country, as teams there often write them: the
// search analyses each listing in its own language (lib/search/analysis), so a firm that types
// its need in Spanish, Portuguese, French or German meets them. Real institutions (facts in the
// regional files, from ROR), invented teams.
import type { DemoInstitution, DemoTeam } from "./types";

export const institutions: DemoInstitution[] = [];

export const teams: DemoTeam[] = [
  {
    slug: "ujaen-aguas-residuales-almazaras",
    institutionRorId: "https://ror.org/0122p5f64",
    name: "Tratamiento de Agua Residual y Reutilización en la Industria Agroalimentaria",
    summary:
      "Ayudamos a almazaras, bodegas, queserías y conserveras a depurar el agua residual que generan y a reutilizarla en riego o limpieza. Analizamos sus vertidos, comparamos tratamientos y dimensionamos con ellos una depuradora a su medida y a su presupuesto.",
    description:
      "Nuestro grupo estudia desde hace veinte años el alpechín y las aguas de lavado de las almazaras de la provincia de Jaén. Combinamos tratamientos biológicos, filtración con membranas y evaporación natural en balsas, y medimos la carga orgánica, los fenoles y la salinidad antes y después de cada etapa.\n\nTrabajamos con empresas pequeñas que necesitan cumplir la autorización de vertido sin una gran inversión: ensayos en planta piloto, informes para la confederación hidrográfica y formación para el personal que opera la instalación.",
    keywords: [
      "agua residual",
      "depuración",
      "reutilización del agua",
      "alpechín",
      "membranas",
      "vertidos industriales",
      "planta piloto",
    ],
    fields: ["2.7", "2.4", "4.5"],
    sectors: ["C", "E"],
    knowledgeTypes: ["research-development", "specialist-advice", "skills-training"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "consultancy", costBand: "under-5k", duration: "weeks" },
      { mode: "facilities-access", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Planta piloto de depuración con biorreactor de membrana", "Laboratorio de análisis de aguas"],
    languages: ["es", "en"],
    availability: "now",
    leadName: "Rocío Martínez Quesada",
    contactEmail: "ujaen-aguas-residuales-almazaras@demo.expertise-atlas.example",
    website: "https://www.ujaen.es",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "ES",
        year: 2022,
        challenge:
          "Una almazara cooperativa de Úbeda pagaba cada campaña por retirar el agua de lavado de la aceituna.",
        whatWasDone:
          "Ensayamos en planta piloto un tratamiento con membranas y diseñamos con la cooperativa una instalación sencilla.",
        outcome:
          "La almazara reutiliza hoy la mitad del agua tratada en la limpieza de la nave y ha reducido sus costes.",
      },
    ],
  },
  {
    slug: "uminho-agua-textil-reutilizacao",
    institutionRorId: "https://ror.org/037wpkx04",
    name: "Tratamento e Reutilização de Água na Indústria Têxtil",
    summary:
      "Ajudamos tinturarias, acabamentos e confeções do Vale do Ave a tratar as águas residuais coloridas e a reutilizar a água no processo. Fazemos a análise dos efluentes, comparamos soluções de tratamento e acompanhamos a empresa até à instalação.",
    description:
      "A nossa equipa junta engenheiros têxteis e químicos que conhecem as linhas de tingimento por dentro. Estudamos a remoção de corantes, sais e auxiliares por processos biológicos, oxidação avançada e membranas, e avaliamos quais os corantes que tornam a água mais difícil de limpar.\n\nTrabalhamos sobretudo com pequenas e médias empresas que precisam de cumprir a licença de descarga e de reduzir a fatura da água, com ensaios à escala piloto e formação das equipas de produção.",
    keywords: [
      "tratamento de água",
      "águas residuais",
      "tingimento",
      "corantes",
      "reutilização de água",
      "efluentes têxteis",
    ],
    fields: ["2.7", "2.4", "2.5"],
    sectors: ["C", "E"],
    knowledgeTypes: ["research-development", "new-technology", "specialist-advice"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "months" },
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "half-year-plus" },
      { mode: "student-projects", costBand: "free", duration: "months" },
    ],
    facilities: ["Instalação piloto de oxidação avançada", "Laboratório de tingimento e acabamentos"],
    languages: ["pt", "en", "es"],
    availability: "limited",
    leadName: "Joana Ferreira Costa",
    contactEmail: "uminho-agua-textil-reutilizacao@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "PT",
        year: 2021,
        challenge:
          "Uma tinturaria de Guimarães tinha de reduzir a cor das suas águas residuais para renovar a licença.",
        whatWasDone:
          "Testámos três tratamentos em piloto e escolhemos com a empresa uma combinação de membranas e oxidação.",
        outcome: "A licença foi renovada e a empresa reutiliza agora um terço da água nas lavagens.",
      },
    ],
  },
  {
    slug: "ulaval-chaine-du-froid-aliments",
    institutionRorId: "https://ror.org/04sjchr03",
    name: "Chaîne du froid et conservation des aliments",
    summary:
      "Nous aidons les transformateurs, les distributeurs et les transporteurs de produits frais à maîtriser la chaîne du froid, de la réfrigération à la livraison. Nous mesurons les températures réelles, prévoyons la durée de conservation et proposons des emballages et des méthodes qui réduisent les pertes.",
    description:
      "Notre équipe de l'Institut sur la nutrition et les aliments fonctionnels étudie le comportement des fruits, des légumes, des viandes et des produits laitiers pendant l'entreposage et le transport réfrigérés. Nous utilisons des enregistreurs de température, des chambres climatiques et des modèles de croissance microbienne.\n\nLes petites entreprises québécoises nous confient surtout des études de durée de vie, des audits de la chaîne du froid et la formation de leur personnel d'entrepôt.",
    keywords: [
      "chaîne du froid",
      "réfrigération",
      "conservation des aliments",
      "durée de conservation",
      "emballage",
      "pertes alimentaires",
    ],
    fields: ["2.11", "4.5", "1.6"],
    sectors: ["C", "G", "H"],
    knowledgeTypes: ["scientific-information", "specialist-advice", "skills-training"],
    engagementModes: [
      { mode: "contract-research", costBand: "5k-25k", duration: "weeks" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Chambres climatiques à température contrôlée", "Enregistreurs de température sans fil"],
    languages: ["fr", "en"],
    availability: "now",
    leadName: "Mathieu Gagnon",
    contactEmail: "ulaval-chaine-du-froid-aliments@demo.expertise-atlas.example",
    website: null,
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "CA",
        year: 2024,
        challenge: "Un distributeur de petits fruits perdait une partie de ses livraisons estivales vers Montréal.",
        whatWasDone: "Nous avons suivi la température de vingt livraisons et testé deux emballages isothermes.",
        outcome: "Les pertes ont diminué de moitié et le distributeur a changé de transporteur pour les trajets longs.",
      },
    ],
  },
  {
    slug: "uni-hohenheim-backwaren-energie",
    institutionRorId: "https://ror.org/00b1c9541",
    name: "Backwaren, Getreidetechnologie und Energieeffizienz in Bäckereien",
    summary:
      "Wir unterstützen Handwerksbäckereien und mittelständische Backbetriebe dabei, Rezepturen zu verbessern und den Energieverbrauch ihrer Backöfen zu senken. Wir messen den Verbrauch im laufenden Betrieb, erproben neue Backprogramme und zeigen, wo sich Wärmerückgewinnung lohnt.",
    description:
      "Unsere Arbeitsgruppe verbindet Getreidetechnologie mit Verfahrenstechnik. In der Versuchsbäckerei vergleichen wir Backöfen, Gärverfahren und Teigführungen und bewerten Qualität, Haltbarkeit und Energiebedarf der Backwaren.\n\nFür kleine Betriebe bieten wir Energieberatungen, Schulungen für Bäckermeister und gemeinsame Förderprojekte an, etwa zur Nutzung der Abwärme von Backöfen für Warmwasser und Heizung.",
    keywords: ["backwaren", "bäckerei", "backofen", "energieeffizienz", "getreidetechnologie", "wärmerückgewinnung"],
    fields: ["2.11", "2.3", "4.5"],
    sectors: ["C"],
    knowledgeTypes: ["research-development", "specialist-advice", "skills-training"],
    engagementModes: [
      { mode: "consultancy", costBand: "under-5k", duration: "days" },
      { mode: "collaborative-rd", costBand: "25k-100k", duration: "years" },
      { mode: "cpd-training", costBand: "under-5k", duration: "days" },
    ],
    facilities: ["Versuchsbäckerei mit Etagen- und Stikkenöfen", "Energiemesstechnik für Backöfen"],
    languages: ["de", "en"],
    availability: "now",
    leadName: "Katharina Weber",
    contactEmail: "uni-hohenheim-backwaren-energie@demo.expertise-atlas.example",
    website: "https://www.uni-hohenheim.de",
    caseStudies: [
      {
        partnerKind: "sme",
        partnerCountry: "DE",
        year: 2023,
        challenge: "Eine Bäckerei mit zwölf Filialen wollte ihre Energiekosten nach der Preiserhöhung senken.",
        whatWasDone: "Wir haben den Verbrauch der Backöfen eine Woche lang gemessen und die Backprogramme angepasst.",
        outcome: "Der Gasverbrauch sank um ein Sechstel, und die Abwärme heizt jetzt das Warmwasser der Backstube.",
      },
    ],
  },
];
