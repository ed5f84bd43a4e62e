// Saving an export: builds the file with export.js and hands it to the
// browser as a download from a blob: URL (nothing is sent anywhere). File
// names come from the article: its first words and its date (the one given
// in the Source fields, else today's), so exports of several articles do not
// overwrite each other.
import { toJson, toWebAnnotation, toCsv, toHtml, CSV_KINDS, articleFields } from "./export.js";
import { zip } from "./zip.js";
import { marksCss as inlinedMarksCss } from "./styles.js";

/** The text of the marks stylesheet, for the standalone HTML file (from file://, where the sheet cannot be read, the inlined copy). */
function marksCss() {
  for (const sheet of document.styleSheets) {
    if (!sheet.href?.endsWith("/marks.css")) continue;
    try { return [...sheet.cssRules].map((r) => r.cssText).join("\n"); } catch { break; }
  }
  return inlinedMarksCss() ?? "";
}

async function sha256(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The article's first line (its headline, as a rule), or `fallback`. */
const firstLine = (text, fallback) => text.split("\n").map((l) => l.trim()).find(Boolean) ?? fallback;

/** The date part of a name: YYYY-MM-DD from the given date when it has one, else today (local time). */
function dateOf(given, now = new Date()) {
  const m = String(given ?? "").match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  const parsed = given ? new Date(given) : null;
  const d = parsed && !Number.isNaN(parsed.getTime()) ? parsed : now;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The base of the file names: up to six words of the title or first line, and the date ("starmer-meets-arab-ambassadors-2026-12-04"). */
export function baseName(text, article, now) {
  const given = articleFields(article);
  const words = (given.title ?? firstLine(text, "article")).toLowerCase().normalize("NFKD")
    .replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  const slug = words.slice(0, 6).join("-").slice(0, 60).replace(/-+$/, "") || "article";
  return `${slug}-${dateOf(given.date, now)}`;
}

/** The export kinds the page offers (the data-export values). */
export const EXPORTS = ["json", "jsonld", ...CSV_KINDS.map((k) => `${k}.csv`), "csv.zip", "html"];

/** The file for an export kind: { name, type, body } (body a string or bytes). `article` is { title, url, date }, each optional. */
export async function build(kind, text, a, article = {}) {
  const base = baseName(text, article);
  const csv = (k) => ({ name: `${base}-${k}.csv`, type: "text/csv", body: toCsv(k, text, a, article) });
  if (kind.endsWith(".csv") && CSV_KINDS.includes(kind.slice(0, -4))) return csv(kind.slice(0, -4));
  switch (kind) {
    case "json": return { name: `${base}.json`, type: "application/json", body: toJson(text, a, article) };
    case "jsonld": {
      const source = `urn:sha256:${await sha256(text)}`;
      return { name: `${base}.jsonld`, type: "application/ld+json", body: toWebAnnotation(text, a, { source, created: new Date().toISOString(), article }) };
    }
    case "csv.zip": return { name: `${base}-csv.zip`, type: "application/zip", body: zip(CSV_KINDS.map(csv)) };
    case "html": {
      const first = firstLine(text, "Annotated article");
      const title = first.length > 80 ? `${first.slice(0, 79)}…` : first;
      return { name: `${base}.html`, type: "text/html", body: toHtml(text, a, { css: marksCss(), title, article }) };
    }
    default: throw new Error(`unknown export ${kind}`);
  }
}

/** Builds the export and starts its download. */
export async function exportAs(kind, text, a, article) {
  const { name, type, body } = await build(kind, text, a, article);
  const url = URL.createObjectURL(new Blob([body], { type: typeof body === "string" ? `${type};charset=utf-8` : type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
