import { describe, expect, it } from "vitest";
import { appendOwn, hasOwn, own, paramsRecord, setOwn } from "./own";

const TABLE: Record<string, string> = { publish: "Published." };
const PROTO_KEYS = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"];

describe("own-property lookups", () => {
  it("finds the table's own keys", () => {
    expect(own(TABLE, "publish")).toBe("Published.");
    expect(hasOwn(TABLE, "publish")).toBe(true);
  });
  it.each(PROTO_KEYS)("never returns what %s inherits", (key) => {
    expect(own(TABLE, key)).toBeUndefined();
    expect(hasOwn(TABLE, key)).toBe(false);
  });
  it("ignores keys that are not strings", () => {
    expect(own(TABLE, ["publish"])).toBeUndefined();
    expect(own(TABLE, undefined)).toBeUndefined();
  });
  it("groups parameters with any name, without touching the prototype", () => {
    const rec = paramsRecord(new URLSearchParams("constructor=a&__proto__=b&__proto__=c&q=x"));
    expect(rec.constructor).toEqual(["a"]);
    expect(Object.getOwnPropertyDescriptor(rec, "__proto__")?.value).toEqual(["b", "c"]);
    expect(Object.getPrototypeOf(rec)).toBe(Object.prototype);
    expect(rec.q).toEqual(["x"]);
  });
  it("appends and sets own properties", () => {
    const rec: Record<string, string[]> = {};
    appendOwn(rec, "toString", "1");
    appendOwn(rec, "toString", "2");
    expect(rec.toString).toEqual(["1", "2"]);
    const flat: Record<string, string> = {};
    setOwn(flat, "__proto__", "x");
    expect(Object.keys(flat)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(flat)).toBe(Object.prototype);
  });
});
