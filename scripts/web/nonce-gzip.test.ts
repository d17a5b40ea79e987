import { randomBytes } from "node:crypto";
import { crc32, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32Combine, crc32Shift, gzipWithNonce, plainWithNonce, segmentsAround } from "./nonce-gzip";

const freshNonce = () => Buffer.from(randomBytes(16).toString("base64"));

/** A page like Next.js's: markup, scripts that carry the nonce, text in several scripts. */
function page(nonce: string, size = 40_000): string {
  const rng = randomBytes(size);
  const words = ["water", "Zürich", "université", "北京", "team", "<p>", "</p>", "—", "\n"];
  let body = `<!DOCTYPE html><html><head><script nonce="${nonce}" src="/a.js"></script></head><body>`;
  for (let i = 0; i < size; i++) {
    body += words[rng[i]! % words.length];
    if (i % 5_000 === 4_999) body += `<script nonce="${nonce}">self.__next_f.push([1,"${i}"])</script>`;
  }
  return body + `<script nonce="${nonce}">boot()</script></body></html>`;
}

describe("CRC-32 combination", () => {
  it("gives the CRC of two pieces together from theirs", () => {
    for (const [a, b] of [
      [0, 0],
      [1, 1],
      [7, 24],
      [1_000, 70_000],
      [65_536, 3],
    ] as const) {
      const x = randomBytes(a);
      const y = randomBytes(b);
      expect(crc32Combine(crc32(x), crc32(y), crc32Shift(y.length))).toBe(crc32(Buffer.concat([x, y])));
    }
  });
});

describe("a stored page with a fresh nonce", () => {
  const stored = "c3RvcmVkLW5vbmNlLTEyMw==";
  const body = page(stored);

  it("decompresses to the plain body with the new nonce in every place, a different one each time", () => {
    const segments = segmentsAround(body, stored);
    expect(segments.plain.length).toBeGreaterThan(5);
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const nonce = freshNonce();
      const gz = Buffer.concat(gzipWithNonce(segments, nonce));
      const expected = body.replaceAll(stored, nonce.toString());
      expect(gunzipSync(gz).toString()).toBe(expected);
      expect(Buffer.concat(plainWithNonce(segments, nonce)).toString()).toBe(expected);
      seen.add(gz.toString("base64"));
    }
    expect(seen.size).toBe(3);
  });

  it("is a single gzip member with a correct trailer (CRC and length checked by gunzip)", () => {
    const segments = segmentsAround(body, stored);
    const gz = Buffer.concat(gzipWithNonce(segments, freshNonce()));
    const corrupt = Buffer.from(gz);
    corrupt.writeUInt8(corrupt.readUInt8(corrupt.length - 8) ^ 1, corrupt.length - 8); // the CRC
    expect(() => gunzipSync(corrupt)).toThrow();
    expect(gz.length).toBeLessThan(Buffer.byteLength(body) / 3);
  });

  it("handles a nonce at the very start or end, and a body without one", () => {
    for (const b of [`${stored}<p>x</p>`, `<p>x</p>${stored}`, stored, "<p>no nonce</p>", ""]) {
      const nonce = freshNonce();
      const gz = Buffer.concat(gzipWithNonce(segmentsAround(b, stored), nonce));
      expect(gunzipSync(gz).toString()).toBe(b.replaceAll(stored, nonce.toString()));
    }
  });
});
