// A small built-in glossary of core technical terms an SME may search for in its own language,
// with the English the listings use: Spanish, Portuguese, French, German, Italian, Dutch. It only
// offers an English search (the page's language note); it never changes what a query matches.
// Words are lower case with accents folded, as the index sees them; "/" separates variants.
const ROWS = `
water | agua/aguas | agua/aguas | eau/eaux | wasser | acqua/acque | water
wastewater | aguas residuales/residuales | esgoto/efluentes | eaux usees/usees | abwasser | acque reflue/reflue | afvalwater
treatment | tratamiento/depuracion | tratamento | traitement | aufbereitung/behandlung | trattamento/depurazione | behandeling/zuivering
energy | energia | energia | energie | energie | energia | energie
efficiency | eficiencia | eficiencia | efficacite | effizienz | efficienza | efficientie
bakery | panaderia | padaria/panificacao | boulangerie | backerei | panificio/panetteria | bakkerij
oven | horno/hornos | forno/fornos | four/fours | ofen | forno/forni | oven/ovens
food | alimentos/alimentacion | alimentos | alimentaire/alimentation | lebensmittel | alimenti/alimentare | voedsel/voeding
packaging | envases/embalaje | embalagem/embalagens | emballage | verpackung | imballaggio | verpakking
cold chain | cadena de frio | cadeia de frio | chaine du froid | kuhlkette | catena del freddo | koudeketen
refrigeration | refrigeracion | refrigeracao | refrigeration | kuhlung | refrigerazione | koeling
materials | materiales | materiais | materiaux | werkstoffe/materialien | materiali | materialen
composite | compuestos/composites | compositos | composites | verbundwerkstoffe | compositi | composieten
recycling | reciclaje | reciclagem | recyclage | recycling | riciclo/riciclaggio | recycling
plastics | plasticos | plasticos | plastiques | kunststoffe | plastica/materie plastiche | kunststoffen
sensors | sensores | sensores | capteurs | sensoren | sensori | sensoren
software | software | software | logiciel/logiciels | software | software | software
artificial intelligence | inteligencia artificial | inteligencia artificial | intelligence artificielle | kunstliche intelligenz | intelligenza artificiale | kunstmatige intelligentie
robotics | robotica | robotica | robotique | robotik | robotica | robotica
manufacturing | fabricacion/manufactura | fabricacao/manufatura | fabrication | fertigung/herstellung | produzione/manifattura | productie/fabricage
agriculture | agricultura | agricultura | agriculture | landwirtschaft | agricoltura | landbouw
health | salud | saude | sante | gesundheit | salute | gezondheid
medical devices | dispositivos medicos | dispositivos medicos | dispositifs medicaux | medizinprodukte | dispositivi medici | medische hulpmiddelen
batteries | baterias | baterias | batteries | batterien | batterie | batterijen
solar | solar | solar | solaire | solar | solare | zonne-energie
textiles | textiles | texteis | textiles | textilien | tessili | textiel
testing | ensayos/pruebas | ensaios/testes | essais | prufung | prove/collaudo | testen
chemistry | quimica | quimica | chimie | chemie | chimica | chemie
construction | construccion | construcao | construction | bauwesen | edilizia/costruzioni | bouw
`;

export const GLOSSARY_LANGUAGES = ["es", "pt", "fr", "de", "it", "nl"] as const;
export type GlossaryLanguage = (typeof GLOSSARY_LANGUAGES)[number];

/** Per language: phrase (one or more folded words) → English. */
export const GLOSSARY: ReadonlyMap<GlossaryLanguage, ReadonlyMap<string, string>> = (() => {
  const out = new Map<GlossaryLanguage, Map<string, string>>(GLOSSARY_LANGUAGES.map((l) => [l, new Map()]));
  for (const row of ROWS.trim().split("\n")) {
    const [english, ...cells] = row.split("|").map((c) => c.trim());
    cells.forEach((cell, i) => {
      for (const v of cell.split("/")) out.get(GLOSSARY_LANGUAGES[i]!)!.set(v.trim(), english!);
    });
  }
  return out;
})();
