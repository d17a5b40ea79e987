// The account library's own endpoints (e-mail verification and reset links, session, sign-out…).
// Sign-up, profile updates and deletion are switched off here; they go through our server actions.
import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return getAuth().handler(request);
}

export function POST(request: Request) {
  return getAuth().handler(request);
}
