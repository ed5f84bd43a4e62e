// Saving an export: builds the file with export.js and hands it to the
// browser as a download from a blob: URL (nothing is sent anywhere).
import { toJson, toWebAnnotation, toQuotesCsv, toHtml } from "./export.js";
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

/** The file for an export kind: { name, type, body }. */
export async function build(kind, text, a) {
  switch (kind) {
    case "json": return { name: "newsmark-annotation.json", type: "application/json", body: toJson(text, a) };
    case "jsonld": {
      const source = `urn:sha256:${await sha256(text)}`;
      return { name: "newsmark-annotation.jsonld", type: "application/ld+json", body: toWebAnnotation(text, a, { source, created: new Date().toISOString() }) };
    }
    case "csv": return { name: "newsmark-quotes.csv", type: "text/csv", body: toQuotesCsv(text, a) };
    case "html": {
      const first = text.split("\n").find((l) => l.trim()) ?? "Annotated article";
      const title = first.length > 80 ? `${first.slice(0, 79)}…` : first;
      return { name: "newsmark-article.html", type: "text/html", body: toHtml(text, a, { css: marksCss(), title }) };
    }
    default: throw new Error(`unknown export ${kind}`);
  }
}

/** Builds the export and starts its download. */
export async function exportAs(kind, text, a) {
  const { name, type, body } = await build(kind, text, a);
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
