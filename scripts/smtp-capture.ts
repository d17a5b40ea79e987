// A real SMTP server (smtp-server) that keeps what it is sent, for tests and local development:
// the end-to-end server sends its mail here, and the delivery tests make it stall on purpose.
// Each accepted message is kept in memory and, with `dir`, written there as <n>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  /** Envelope recipients. */
  to: string[];
  messageId: string | null;
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  raw: string;
  receivedAt: string;
}

export interface CaptureServer {
  url: string;
  port: number;
  accepted: CapturedMail[];
  /** Messages whose data arrived in full, accepted or not (a stalled one counts here only). */
  arrived: number;
  /** While true, messages are read in full but never answered: the sender hangs mid-send. */
  setStall(stall: boolean): void;
  close(): Promise<void>;
}

const decodeQp = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

/** RFC 2047 encoded words (=?utf-8?Q?…?= and =?utf-8?B?…?=) in a header value. */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _cs: string, enc: string, text: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQp(text.replace(/_/g, " ")),
    );
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body };
}

function decodeBody(body: string, encoding: string | undefined): string {
  const e = (encoding ?? "7bit").toLowerCase();
  if (e === "quoted-printable") return decodeQp(body);
  if (e === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** Subject, Message-ID and the plain-text part of a raw message. */
export function parseMail(raw: string): Pick<CapturedMail, "messageId" | "subject" | "text"> {
  const { headers, body } = splitHead(raw);
  const type = headers.get("content-type") ?? "text/plain";
  let text = "";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    for (const part of body.split(`--${boundary}`)) {
      const p = splitHead(part.replace(/^\r?\n/, ""));
      if ((p.headers.get("content-type") ?? "").toLowerCase().startsWith("text/plain")) {
        text = decodeBody(p.body, p.headers.get("content-transfer-encoding"));
        break;
      }
    }
  } else text = decodeBody(body, headers.get("content-transfer-encoding"));
  return {
    messageId: headers.get("message-id") ?? null,
    subject: decodeWords(headers.get("subject") ?? ""),
    text: text.replace(/\r\n/g, "\n").trim(),
  };
}

export async function startCaptureServer(
  options: { dir?: string; host?: string; port?: number } = {},
): Promise<CaptureServer> {
  const host = options.host ?? "127.0.0.1";
  let stall = false;
  let n = 0;
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const state: CaptureServer = {
    url: "",
    port: 0,
    accepted: [],
    arrived: 0,
    setStall: (s) => {
      stall = s;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // Closing must not wait for a stalled client.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        state.arrived++;
        if (stall) return; // never answer: the sender is left waiting mid-send
        const raw = Buffer.concat(chunks).toString("utf8");
        const mail: CapturedMail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          ...parseMail(raw),
          raw,
          receivedAt: new Date().toISOString(),
        };
        state.accepted.push(mail);
        if (options.dir) writeFileSync(join(options.dir, `${String(++n).padStart(6, "0")}.json`), JSON.stringify(mail));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  server.on("error", (err) => console.error("capture SMTP server:", err.message));
  const { port } = server.server.address() as AddressInfo;
  state.port = port;
  state.url = `smtp://${host}:${port}`;
  return state;
}
