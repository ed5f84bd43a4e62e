// Exports of an annotation, as strings (no DOM, no network): the annotation
// as JSON, W3C Web Annotation JSON-LD, one CSV per kind (entities, quotes,
// reported statements, stances), and the annotated article as a standalone
// HTML file with no script. All text is escaped.
//
// Every export takes an optional `article` { title, url, date } (what the
// reader typed in the page's Source fields, or what an embedder passes) and
// carries it: a `source` object in the JSON, the target's `source` IRI and
// the collection's label in the Web Annotation, three columns of every CSV,
// the header of the HTML file.
import { collectMarks, eachPiece, pieceInfo, legend, swatchClasses } from "./render.js";
import { explain } from "./card.js";
import { actorRows } from "./panels.js";

/** The article's given fields, trimmed, without the empty ones. */
export function articleFields(article = {}) {
  const out = {};
  for (const key of ["title", "url", "date"]) {
    const v = String(article?.[key] ?? "").trim();
    if (v) out[key] = v;
  }
  return out;
}

/** The annotation as JSON, with the text it was made from (so its spans can be checked) and the article's fields. */
export function toJson(text, a, article) {
  const source = articleFields(article);
  return JSON.stringify({ ...a, text, ...(Object.keys(source).length ? { source } : {}) }, null, 2) + "\n";
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
 * TextQuoteSelector (exact text with up to 32 characters of prefix and
 * suffix), so that tools that load the article where it lives can anchor
 * them. `source` is the IRI that names the text (e.g. "urn:sha256:..."): it
 * names the annotations; the targets' source is the article's URL when one
 * is given, else that IRI.
 */
export function toWebAnnotation(text, a, { source = "urn:newsmark:text", created, article } = {}) {
  const cp = codePointOffsets(text);
  const given = articleFields(article);
  const where = /^https?:\/\//i.test(given.url ?? "") ? given.url : source;
  const target = (span) => ({
    source: where,
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
      generator: { type: "Software", name: `newsmark (${a.schema})` }, // (a "schema" key would expand to the schema.org namespace itself)
      body: bodies,
      target: target(m),
    });
  }
  return JSON.stringify({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${source}#annotations`,
    type: "AnnotationCollection",
    label: given.title ? `newsmark annotations of “${given.title}”` : "newsmark annotations",
    ...(given.url ? { "dcterms:source": given.url } : {}),
    ...(given.date ? { "dcterms:date": given.date } : {}),
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

/** The kinds of CSV export: the rows of each, as [header, row(item)]. Offsets in code points; actor ids as in the JSON. */
const CSV = {
  entities: {
    list: (a) => a.entities,
    header: ["start", "end", "label", "text", "actor", "actor_name", "evidence_rule", "evidence_detail"],
    row: (e, a, cut) => [...cut(e), e.label, e.text, e.actor ?? "", a.actors[e.actor]?.name ?? "", e.evidence?.rule, e.evidence?.detail],
  },
  quotes: {
    list: (a) => a.quotes,
    header: ["start", "end", "kind", "speaker", "speaker_mention", "speaker_actor", "cue", "quote", "evidence_rule", "evidence_detail"],
    row: (q, a, cut, text) => [...cut(q), q.kind, q.speaker_text ?? "", q.speaker?.text ?? "", q.speaker?.actor ?? "",
      q.cue?.text ?? "", text.slice(q.start, q.end), q.evidence?.rule, q.evidence?.detail],
  },
  statements: {
    list: (a) => a.attributions,
    header: ["start", "end", "kind", "source", "source_actor", "source_actor_name", "cue", "content", "evidence_rule", "evidence_detail"],
    row: (r, a, cut, text) => [...cut(r.content), r.kind, r.source?.text ?? "", r.source?.actor ?? "", a.actors[r.source?.actor]?.name ?? "",
      r.cue?.text ?? "", text.slice(r.content.start, r.content.end), r.evidence?.rule, r.evidence?.detail],
  },
  stances: {
    list: (a) => a.stances,
    header: ["start", "end", "holder", "holder_mention", "holder_actor", "polarity", "negated", "target", "target_actor", "cue", "statement", "evidence_rule", "evidence_detail"],
    row: (st, a, cut, text) => [...cut(st), st.holder_name ?? "", st.holder?.text ?? "", st.holder?.actor ?? "", st.polarity, st.negated ? "yes" : "no",
      st.target?.text ?? "", st.target?.actor ?? "", st.cue?.text ?? "", text.slice(st.start, st.end), st.evidence?.rule, st.evidence?.detail],
  },
};
/** The CSV kinds, in the order of the exports. */
export const CSV_KINDS = Object.keys(CSV);

/**
 * One kind of the annotation as CSV (UTF-8 with BOM for spreadsheets;
 * offsets in code points): `kind` is entities, quotes, statements or stances.
 * Every row ends with the article's title, URL and date (empty when not given).
 */
export function toCsv(kind, text, a, article) {
  const spec = CSV[kind];
  if (!spec) throw new Error(`newsmark: unknown CSV kind ${JSON.stringify(kind)} (use ${CSV_KINDS.join(", ")})`);
  const cp = codePointOffsets(text);
  const cut = (span) => [cp(span.start), cp(span.end)];
  const given = articleFields(article);
  const tail = [given.title ?? "", given.url ?? "", given.date ?? ""];
  const rows = spec.list(a).map((item) => [...spec.row(item, a, cut, text), ...tail]);
  const header = [...spec.header, "article_title", "article_url", "article_date"];
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const PAGE_CSS = `body{margin:0 auto;max-width:46rem;padding:1rem;font:17px/1.6 Georgia,serif;background:#fdfdfb;color:#1b1b1b}
@media (prefers-color-scheme:dark){body{background:#161616;color:#ececec}}
header,footer,table,section,.nm-legend{font-family:system-ui,sans-serif}header p,footer{color:#666;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #9a968c;padding:.25rem .4rem;text-align:left;vertical-align:top}
.nm-legend{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem .8rem;padding:0;font-size:.85rem}.nm-legend .m{padding:0 .2em}
.nm-view{padding:.5rem 0 2rem}h2{font-size:1.1rem;margin:1.5rem 0 .4rem}
@media print{body{max-width:none;background:#fff;color:#000}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}section{break-inside:avoid-page}}`;

const table = (heading, head, rows) => rows.length ? `<section><h2>${escapeHtml(heading)}</h2>
<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody></table></section>` : "";

/**
 * The annotated article as a standalone HTML file: the article's title,
 * link and date; a legend of the kinds of marks with their counts; the marks
 * drawn with `css` (the text of marks.css), each explained in its title;
 * then the actors, the stances (holder, position, target) and the quotes.
 * No script, and a CSP that forbids any; prints as the article and its tables.
 */
export function toHtml(text, a, { css = "", title = "Annotated article", article } = {}) {
  const given = articleFields(article);
  const heading = given.title ?? title;
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
  const keys = legend(a).map((k) => `<li><span class="m ${escapeHtml(swatchClasses(k.key))}">${escapeHtml(k.tag ?? "Aa")}</span> ${escapeHtml(k.label)} (${k.count})</li>`).join("");
  const about = [
    given.url && /^https?:\/\//i.test(given.url) ? `<a href="${escapeHtml(given.url)}">${escapeHtml(given.url)}</a>` : given.url && escapeHtml(given.url),
    given.date && escapeHtml(given.date),
  ].filter(Boolean).join(" · ");
  const actors = actorRows(a).filter((r) => r.mentions > 1 || r.quotes || r.stances)
    .map((r) => [r.name, r.label, String(r.mentions), String(r.quotes), String(r.stances)]);
  const stances = (a.stance_summary ?? []).map((s) => [s.holder, s.polarity === "support" ? "supports" : "opposes", s.target, String(s.count)]);
  const quotes = a.quotes.map((q) => [q.speaker_text ?? "—", q.kind, q.text]);
  const safeCss = String(css).replace(/<\//g, "<\\/");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(heading)}</title>
<style>
${PAGE_CSS}
${safeCss}
</style>
</head>
<body>
<header><h1>${escapeHtml(heading)}</h1>${about ? `<p class="source">${about}</p>` : ""}<p>Annotated by newsmark (${escapeHtml(a.schema)}): ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.attributions.length} reported statements, ${a.stances.length} stances. Hover a mark to see why it was made.</p>
<ul class="nm-legend" aria-label="Kinds of marks">${keys}</ul></header>
<article class="nm-view">${out.join("")}</article>
${table("Actors", ["Actor", "Kind", "Mentions", "Quotes", "Stances"], actors)}
${table("Who stands where", ["Holder", "Position", "Target", "Statements"], stances)}
${table("Quotes", ["Speaker", "Kind", "Quote"], quotes)}
</body>
</html>
`;
}
