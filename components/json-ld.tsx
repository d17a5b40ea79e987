import { jsonLdText } from "@/lib/json-ld";

/**
 * Structured data for search engines. A data block (type application/ld+json) is never executed,
 * so the Content-Security-Policy's script-src does not apply and no nonce is needed; the text is
 * escaped so a listing cannot break out of the element.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
