// A stored page served with a fresh nonce, compressed without compressing it again.
//
// A stored page differs from one response to the next only in its nonce (scripts/web/page-cache.ts),
// yet gzip over the whole body costs about 1 ms of CPU per 128 KB page: per hit, that was most of
// what serving a stored page cost a client that accepts gzip. So the page is cut at its nonce once,
// when it is stored, and each piece between two nonces is compressed once as raw deflate on its own
// (a fresh compressor per piece: nothing refers back into the bytes before it, which is where the
// changing nonce sits) and ended with a sync flush (byte-aligned, not final). A response is then the
// gzip header, those pieces with each new nonce between them as a stored (uncompressed) deflate
// block, a final empty block, and the trailer: the CRC-32 of the whole plain body, put together from
// the pieces' CRCs (zlib's crc32_combine, below), and its length. Per hit: no compression and no pass
// over the body, only copies of what is sent.
import { constants, crc32, deflateRawSync } from "node:zlib";

const POLY = 0xedb88320; // CRC-32 (IEEE), reflected

/** a·b modulo the CRC polynomial, both as reflected 32-bit polynomials (zlib's multmodp). */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the polynomial, k = 0..31. */
const X2N: number[] = (() => {
  const table = [0x40000000]; // x^1
  for (let k = 1; k < 32; k++) table.push(multModP(table[k - 1]!, table[k - 1]!));
  return table;
})();

/** The operator that moves a CRC past `bytes` bytes: x^(8·bytes) modulo the polynomial. */
export function crc32Shift(bytes: number): number {
  let p = 0x80000000; // x^0
  let k = 3; // 2^3 bits a byte
  for (let n = bytes; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) p = multModP(X2N[k % 32]!, p);
  return p;
}

/** The CRC-32 of A followed by B, from crc(A), crc(B) and crc32Shift(B's length). */
export function crc32Combine(crcA: number, crcB: number, shiftB: number): number {
  return (multModP(shiftB, crcA) ^ crcB) >>> 0;
}

export interface NonceSegments {
  /** The plain body between the nonces (one more than the number of nonces). */
  plain: Buffer[];
  /** Each piece as raw deflate: sync-flushed, the last one final. */
  deflated: Buffer[];
  crcs: number[];
  shifts: number[];
  /** The body's length without its nonces. */
  plainBytes: number;
  /** Bytes of the compressed pieces together. */
  deflatedBytes: number;
}

/** Cuts `body` at every occurrence of `nonce` and compresses the pieces, once per stored page. */
export function segmentsAround(body: string, nonce: string, level = 6): NonceSegments {
  const plain = body.split(nonce).map((p) => Buffer.from(p));
  const deflated = plain.map((p, i) =>
    deflateRawSync(p, {
      level,
      finishFlush: i === plain.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
    }),
  );
  return {
    plain,
    deflated,
    crcs: plain.map((p) => crc32(p)),
    shifts: plain.map((p) => crc32Shift(p.length)),
    plainBytes: plain.reduce((s, p) => s + p.length, 0),
    deflatedBytes: deflated.reduce((s, p) => s + p.length, 0),
  };
}

/** The plain body with `nonce` in every place the stored one was, as the pieces to write. */
export function plainWithNonce(segments: NonceSegments, nonce: Buffer): Buffer[] {
  return segments.plain.flatMap((p, i) => (i === 0 ? [p] : [nonce, p]));
}

// 10-byte gzip header: deflate, no flags, no time, no extra flags, OS unknown (RFC 1952).
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** A stored deflate block (not final) holding `bytes` (at most 65,535 of them), after a flush. */
function storedBlock(bytes: Buffer): Buffer {
  if (bytes.length > 0xffff) throw new Error("a nonce that long cannot be a single stored block");
  const head = Buffer.alloc(5);
  head[0] = 0; // BFINAL 0, BTYPE 00 (stored); the rest of the byte is padding
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}

/** The gzip member of the body with `nonce` in every place the stored one was, as pieces to write. */
export function gzipWithNonce(segments: NonceSegments, nonce: Buffer): Buffer[] {
  const nonceCrc = crc32(nonce);
  const nonceShift = crc32Shift(nonce.length);
  const block = storedBlock(nonce);
  const out: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  segments.deflated.forEach((d, i) => {
    if (i > 0) {
      out.push(block);
      crc = crc32Combine(crc, nonceCrc, nonceShift);
    }
    out.push(d);
    crc = crc32Combine(crc, segments.crcs[i]!, segments.shifts[i]!);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE((segments.plainBytes + nonce.length * (segments.plain.length - 1)) % 2 ** 32, 4);
  out.push(trailer);
  return out;
}
