import { describe, expect, it } from "vitest";
import { costBandIn, currencyName, defaultCurrencyFor, isCurrencyCode } from "./currency";

describe("currencies", () => {
  it("defaults to the country's currency", () => {
    expect(defaultCurrencyFor("GB")).toBe("GBP");
    expect(defaultCurrencyFor("DE")).toBe("EUR");
    expect(defaultCurrencyFor("CH")).toBe("CHF");
    expect(defaultCurrencyFor("JP")).toBe("JPY");
    expect(defaultCurrencyFor("ZZ")).toBe("USD");
  });

  it("knows ISO 4217 codes only", () => {
    expect(isCurrencyCode("EUR")).toBe(true);
    expect(isCurrencyCode("eur")).toBe(false);
    expect(isCurrencyCode("XYZ")).toBe(false);
    expect(isCurrencyCode("EURO")).toBe(false);
    expect(currencyName("EUR")).toBe("Euro");
  });

  it("states cost bands in the team's currency", () => {
    expect(costBandIn("under-5k", "GBP")).toBe("Under £5k");
    expect(costBandIn("5k-25k", "EUR")).toBe("€5k–€25k");
    expect(costBandIn("over-100k", "USD")).toBe("Over US$100k");
    expect(costBandIn("under-5k", "JPY")).toBe("Under JP¥1m");
    expect(costBandIn("free", "JPY")).toBe("Free");
    expect(costBandIn("25k-100k", "bad")).toBe("£25k–£100k");
  });
});
