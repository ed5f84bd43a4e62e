// Exports of an annotation, as strings (no DOM, no network): the annotation
// as JSON, W3C Web Annotation JSON-LD, the quotes as CSV, and the annotated
// article as a standalone HTML file with no script. All text is escaped.
import { collectMarks, eachPiece, pieceInfo } from "./render.js";
import { explain } from "./card.js";

/** The annotation as JSON, with the text it was made from (so its spans can be checked). */
export function toJson(text, a) {
  return JSON.stringify({ ...a, text }, null, 2) + "\n";
}

/** A function from UTF-16 offsets to code-point offsets in `text`. */
export function codePointOffsets(text) {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else map[i] = cp - 1; // inside a pair: the pair's position (never a span boundary)
  }
  map[text.length] = cp;
  return (i) => map[i];
}

const CONTEXT = 32;

/**
 * W3C Web Annotation (JSON-LD): an AnnotationCollection with one Annotation
 * per entity, quote, reported statement and stance. Each target has a
 * TextPositionSelector (Unicode code points, as the model says) and a
 * TextQuoteSelector (exact text with up to 32 characters of prefix and suffix).
 * `source` is the IRI that names the text (e.g. "urn:sha256:...").
 */
export function toWebAnnotation(text, a, { source = "urn:newsmark:text", created } = {}) {
  const cp = codePointOffsets(text);
  const target = (span) => ({
    source,
    selector: [
      { type: "TextPositionSelector", start: cp(span.start), end: cp(span.end) },
      {
        type: "TextQuoteSelector", exact: text.slice(span.start, span.end),
        prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start),
        suffix: text.slice(span.end, span.end + CONTEXT),
      },
    ],
  });
  const body = (purpose, value) => ({ type: "TextualBody", purpose, value, format: "text/plain" });
  const items = [];
  for (const m of collectMarks(a)) {
    if (m.kind === "mention") continue;
    const [title, rows] = explain(a, m);
    const bodies = [body("tagging", m.key), body("describing", title)];
    for (const [term, value] of rows) {
      if (term === "Why") bodies.push(body("commenting", `why: ${value}`));
      else if (term !== "Text") bodies.push(body(term === "Actor" || term === "Speaker" || term === "Source" || term === "Holder" ? "identifying" : "describing", `${term.toLowerCase()}: ${value}`));
    }
    items.push({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${source}#${m.kind}-${m.index}`,
      type: "Annotation",
      motivation: m.kind === "entity" ? "classifying" : "describing",
      ...(created ? { created } : {}),
      generator: { type: "Software", name: "newsmark", schema: a.schema },
      body: bodies,
      target: target(m),
    });
  }
  return JSON.stringify({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${source}#annotations`,
    type: "AnnotationCollection",
    label: "newsmark annotations",
    total: items.length,
    first: { id: `${source}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  }, null, 2) + "\n";
}

/** One CSV field (RFC 4180), with spreadsheet formulas defused by a leading apostrophe. */
export function csvField(value) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The quotes as CSV (UTF-8 with BOM for spreadsheets; offsets in code points). */
export function toQuotesCsv(text, a) {
  const cp = codePointOffsets(text);
  const header = ["start", "end", "kind", "speaker", "speaker_mention", "cue", "quote", "evidence_rule", "evidence_detail"];
  const rows = a.quotes.map((q) => [cp(q.start), cp(q.end), q.kind, q.speaker_text ?? "", q.speaker?.text ?? "",
    q.cue?.text ?? "", text.slice(q.start, q.end), q.evidence?.rule ?? "", q.evidence?.detail ?? ""]);
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const PAGE_CSS = `body{margin:0 auto;max-width:46rem;padding:1rem;font:17px/1.6 Georgia,serif;background:#fdfdfb;color:#1b1b1b}
@media (prefers-color-scheme:dark){body{background:#161616;color:#ececec}}
header,footer,table{font-family:system-ui,sans-serif}header p,footer{color:#666;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #9a968c;padding:.25rem .4rem;text-align:left;vertical-align:top}
.nm-view{padding:.5rem 0 2rem}`;

/**
 * The annotated article as a standalone HTML file: the marks drawn with
 * `css` (the text of marks.css), each explained in its title, and a table of
 * quotes. No script, and a CSP that forbids any.
 */
export function toHtml(text, a, { css = "", title = "Annotated article" } = {}) {
  const out = [];
  for (const piece of eachPiece(text, collectMarks(a))) {
    const content = escapeHtml(text.slice(piece.start, piece.end));
    if (!piece.marks.length) { out.push(content); continue; }
    const info = pieceInfo(piece);
    const why = piece.marks.filter((m) => m.kind !== "mention").map((m) => {
      const [t, rows] = explain(a, m);
      return `${t}: ${rows.map(([k, v]) => `${k}: ${v}`).join("; ")}`;
    }).join("\n");
    out.push(`<${info.tag} class="${escapeHtml(info.classes.replace(" nm-stop", ""))}"` +
      (info.label ? ` data-label="${escapeHtml(info.label)}"` : "") +
      (why ? ` title="${escapeHtml(why)}"` : "") + `>${content}</${info.tag}>`);
  }
  const quoteRows = a.quotes.map((q) => `<tr><td>${escapeHtml(q.speaker_text ?? "—")}</td><td>${escapeHtml(q.kind)}</td><td>${escapeHtml(q.text)}</td></tr>`).join("\n");
  const safeCss = String(css).replace(/<\//g, "<\\/");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
${PAGE_CSS}
${safeCss}
</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>Annotated by newsmark (${escapeHtml(a.schema)}): ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.stances.length} stances. Hover a mark to see why it was made.</p></header>
<article class="nm-view">${out.join("")}</article>
<section><h2>Quotes</h2>
<table><thead><tr><th>Speaker</th><th>Kind</th><th>Quote</th></tr></thead>
<tbody>
${quoteRows}
</tbody></table></section>
</body>
</html>
`;
}
