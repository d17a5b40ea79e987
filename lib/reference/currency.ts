// Currencies (ISO 4217) a listing states its indicative costs in. The codes are the ones the
// runtime's Intl knows (Intl.supportedValuesOf), a country's default comes from `countries-list`.
import { countries } from "countries-list";

const countryTable = countries as Record<string, { currency: readonly string[] }>;

const KNOWN: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** Every ISO 4217 code, for the editor's list. */
export const CURRENCY_CODES: readonly string[] = [...KNOWN].sort();

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN.has(code);
}

/** The currency of a country (GBP for GB, EUR for DE); USD when the country has none we know. */
export function defaultCurrencyFor(countryCode: string): string {
  const code = countryTable[countryCode]?.currency.find(isCurrencyCode);
  return code ?? "USD";
}

const names = new Intl.DisplayNames(["en-GB"], { type: "currency" });

export function currencyName(code: string): string {
  return names.of(code) ?? code;
}

/**
 * Cost bands are the same bands everywhere (searchable across countries), defined by their upper
 * bounds in pounds (5k, 25k, 100k). In another currency the bounds are multiplied by a rounded
 * figure (1, 2, 5, 10, 20, 50 …) of the order of its rate to the pound, so a Japanese team says
 * "under ¥1m" where a British one says "under £5k". Indicative, not exchange rates; currencies
 * not listed are within a factor of 2 of the pound and keep the pound's figures.
 */
const BAND_SCALE: Readonly<Record<string, number>> = {
  AED: 5,
  ARS: 1000,
  BDT: 100,
  BRL: 5,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  SGD: 2,
  FJD: 2,
  CLP: 1000,
  CNY: 10,
  COP: 5000,
  CZK: 20,
  DKK: 10,
  EGP: 50,
  ETB: 100,
  GHS: 20,
  HKD: 10,
  HUF: 500,
  IDR: 20000,
  ILS: 5,
  INR: 100,
  JPY: 200,
  KES: 200,
  KRW: 2000,
  LKR: 500,
  MAD: 10,
  MXN: 20,
  MYR: 5,
  NGN: 2000,
  NOK: 10,
  PEN: 5,
  PHP: 50,
  PKR: 500,
  PLN: 5,
  QAR: 5,
  RON: 5,
  RWF: 2000,
  SAR: 5,
  SEK: 10,
  THB: 50,
  TRY: 50,
  TWD: 50,
  TZS: 3000,
  UAH: 50,
  UGX: 5000,
  VND: 30000,
  ZAR: 20,
};

const BOUNDS_GBP = {
  "under-5k": [null, 5000],
  "5k-25k": [5000, 25000],
  "25k-100k": [25000, 100000],
  "over-100k": [100000, null],
} as const;

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    notation: "compact",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** "Under €5k", "¥1m–¥5m", "Free": a cost band stated in the team's currency. */
export function costBandIn(band: string, currency: string): string {
  if (band === "free") return "Free";
  const bounds = (BOUNDS_GBP as Record<string, readonly [number | null, number | null]>)[band];
  if (!bounds) return band;
  const code = isCurrencyCode(currency) ? currency : "GBP";
  const scale = BAND_SCALE[code] ?? 1;
  const [low, high] = bounds;
  if (low === null) return `Under ${money(high! * scale, code)}`;
  if (high === null) return `Over ${money(low * scale, code)}`;
  return `${money(low * scale, code)}–${money(high * scale, code)}`;
}
