import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader, type HeaderUser } from "@/components/site-header";
import { getSignedInSummary } from "@/lib/dal/accounts/profile";
import { requestContext } from "@/lib/dal/request-context";
import { countWaitingForTriage } from "@/lib/dal/introductions/triage-summary";
import { signOutAction } from "./sign-out/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Expertise Atlas — find university expertise worldwide", template: "%s · Expertise Atlas" },
  description:
    "A global register of university research teams that small and medium-sized firms can search by what they know, and ask to be introduced to.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Who is signed in, for the header. A broken session store must not take every page down. */
async function signedIn(): Promise<HeaderUser | null> {
  try {
    const ctx = await requestContext();
    const me = getSignedInSummary(ctx);
    return me && { ...me, triageWaiting: countWaitingForTriage(ctx) };
  } catch (err) {
    if (err instanceof Error && "digest" in err) throw err; // Next.js control flow (dynamic rendering)
    console.error("Could not read the session for the header:", err);
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const me = await signedIn();
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <SiteHeader me={me} signOutAction={signOutAction} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
