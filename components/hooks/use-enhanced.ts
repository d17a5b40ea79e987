"use client";

import { useEffect, useState } from "react";

/**
 * False in the server's HTML and until the page has hydrated; true once client JavaScript runs.
 * Lets a control render a plain-HTML fallback (a named select, a checkbox, an always-open
 * section) that JavaScript then replaces with the interactive version.
 */
export function useEnhanced(): boolean {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return enhanced;
}
