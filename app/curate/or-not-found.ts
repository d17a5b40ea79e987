import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * The DAL's "not found" — also how it turns away anyone who is not staff — as the 404 page. Pages
 * render alongside the layout's own check, so they must not fail with an error of their own.
 */
export function orNotFound<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}
