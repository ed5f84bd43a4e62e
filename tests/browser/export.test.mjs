// Exports, downloaded from the real page: JSON, W3C Web Annotation JSON-LD,
// the CSVs (one per kind, and all four in a zip) and standalone HTML are
// valid, their spans slice the original text (UTF-16 in JSON, code points in
// JSON-LD and CSV), and the HTML holds every text escaped and no script; file
// names come from the article's first words and date; the Source fields
// (title, link, date) reach every export; printing shows the article and its
// panels only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { start, load, watch, shown, pasteAndAnnotate, showWithStances, SAMPLE } from "./helpers.mjs";
import { process as jsonldProcess, all, one, OA, AS, RDF, XSD } from "./jsonld.mjs";

let ctx;
before(async () => { ctx = await start(); });
after(async () => { await ctx.stop(); });

/** A new tab for a test: Chromium holds back a tab's downloads after ten or so in a row, whatever the page does. */
async function freshPage() {
  await ctx.page.close();
  ctx.page = await watch(ctx, await ctx.context.newPage());
  await load(ctx.page, ctx.url);
  return ctx.page;
}

async function download(page, kind, encoding = "utf8") {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-export="${kind}"]`)]);
  return { name: dl.suggestedFilename(), body: await readFile(await dl.path(), encoding) };
}

/** The files of a zip archive, read by Python's zipfile (which checks every CRC). */
function unzip(bytes) {
  const dir = mkdtempSync(join(tmpdir(), "nm-zip-"));
  try {
    writeFileSync(join(dir, "a.zip"), bytes);
    const out = execFileSync("python3", ["-c", `import zipfile, json, sys
z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip()
print(json.dumps({"bad": bad, "files": {i.filename: z.read(i).decode("utf-8") for i in z.infolist()}}))`, join(dir, "a.zip")], { encoding: "utf8" });
    return JSON.parse(out);
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

const today = () => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; };
/** The file-name base the page gives `text` without a title or date. */
const baseOf = (text) => {
  const words = text.split("\n").map((l) => l.trim()).find(Boolean).toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu);
  return `${words.slice(0, 6).join("-").slice(0, 60).replace(/-+$/, "")}-${today()}`;
};

/** RFC 4180 CSV rows. */
function parseCsv(s) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; } else if (c === "\r" && s[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const cpSlice = (text, start, end) => Array.from(text).slice(start, end).join("");
const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");
const cpOf = (text, i) => Array.from(text.slice(0, i)).length;

/**
 * The Web Annotation export as a JSON-LD processor reads it (jsonld.mjs:
 * expanded in safe mode against the W3C context, no key dropped, then
 * turned into RDF): an as:OrderedCollection whose first page lists, in order,
 * one oa:Annotation per entity, quote, reported statement and stance of `a`;
 * each targets `where` with an oa:TextPositionSelector (code points) and an
 * oa:TextQuoteSelector (exact, prefix, suffix) for its span of `text`, and
 * has TextualBody bodies with a purpose, among them the mark's tag.
 */
async function checkWebAnnotation(ld, a, text, where) {
  const { expanded, triples, keys } = await jsonldProcess(ld);
  assert.equal(expanded.length, 1, "one top node: the collection");
  const [collection] = expanded;
  assert.deepEqual(collection["@type"], [`${AS}OrderedCollection`]);
  const items = a.entities.length + a.quotes.length + a.attributions.filter((r) => r.kind !== "direct").length + a.stances.length;
  assert.equal(one(collection, `${AS}totalItems`), items);
  const page = one(collection, `${AS}first`);
  assert.deepEqual(page["@type"], [`${AS}OrderedCollectionPage`]);
  assert.equal(one(page, `${AS}startIndex`), 0);
  const list = all(page, `${AS}items`);
  assert.equal(list.length, 1);
  const annotations = list[0]["@list"];
  assert.equal(annotations.length, items);
  const spans = { entity: a.entities, quote: a.quotes, attr: a.attributions.map((r) => r.content), stance: a.stances };
  const seen = new Set();
  for (const node of annotations) {
    assert.deepEqual(node["@type"], [`${OA}Annotation`]);
    const [, kind, index] = node["@id"].match(/#(entity|quote|attr|stance)-(\d+)$/);
    const span = spans[kind][Number(index)];
    seen.add(`${kind}-${index}`);
    assert.equal(one(node, `${OA}motivatedBy`), `${OA}${kind === "entity" ? "classifying" : "describing"}`);
    const target = one(node, `${OA}hasTarget`);
    assert.equal(one(target, `${OA}hasSource`), where);
    const selectors = all(target, `${OA}hasSelector`);
    assert.deepEqual(selectors.map((x) => x["@type"][0]).sort(), [`${OA}TextPositionSelector`, `${OA}TextQuoteSelector`]);
    const pos = selectors.find((x) => x["@type"][0] === `${OA}TextPositionSelector`);
    const quote = selectors.find((x) => x["@type"][0] === `${OA}TextQuoteSelector`);
    for (const [prop, at] of [["start", span.start], ["end", span.end]]) {
      assert.deepEqual(all(pos, `${OA}${prop}`), [{ "@type": `${XSD}nonNegativeInteger`, "@value": cpOf(text, at) }], `${kind}-${index} ${prop}`);
    }
    assert.equal(one(quote, `${OA}exact`), span.text);
    assert.equal(one(quote, `${OA}prefix`), text.slice(Math.max(0, span.start - 32), span.start));
    assert.equal(one(quote, `${OA}suffix`), text.slice(span.end, span.end + 32));
    const bodies = all(node, `${OA}hasBody`);
    assert.ok(bodies.length >= 3, `${kind}-${index}: tag, title, why`);
    for (const b of bodies) {
      assert.deepEqual(b["@type"], [`${OA}TextualBody`]);
      assert.equal(typeof one(b, `${RDF}value`), "string");
      assert.equal(one(b, "http://purl.org/dc/elements/1.1/format"), "text/plain");
      assert.match(one(b, `${OA}hasPurpose`), new RegExp(`^${OA}(tagging|describing|commenting|identifying)$`));
    }
    assert.equal(bodies.filter((b) => one(b, `${OA}hasPurpose`) === `${OA}tagging`).length, 1);
    assert.ok(bodies.some((b) => one(b, `${OA}hasPurpose`) === `${OA}commenting` && one(b, `${RDF}value`).startsWith("why: ")));
  }
  assert.equal(seen.size, items, "every item once");
  assert.ok(triples > items * 10, `${triples} RDF triples from ${keys} keys`);
  return annotations;
}

async function checkAll(page, text, { stances = 0 } = {}) {
  // JSON: the annotation and its text; every span slices it (UTF-16)
  const base = baseOf(text);
  const json = await download(page, "json");
  assert.equal(json.name, `${base}.json`);
  assert.equal("source" in JSON.parse(json.body), false, "no Source fields given: no source object");
  const a = JSON.parse(json.body);
  assert.equal(a.schema, "newsmark/1");
  assert.equal(a.text, text);
  assert.equal(a.stances.length, stances);
  const spans = [...a.entities, ...a.quotes, ...a.quotes.flatMap((q) => [q.speaker, q.cue]),
    ...a.attributions.flatMap((r) => [r.content, r.source, r.cue]), ...a.actors.flatMap((x) => x.mentions),
    ...a.stances.flatMap((s) => [s, s.holder, s.target, s.cue])].filter(Boolean);
  assert.ok(spans.length > 3);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);

  // Web Annotation: positions in code points, quotes with context
  const ld = JSON.parse((await download(page, "jsonld")).body);
  const annotations = await checkWebAnnotation(ld, a, text, `urn:sha256:${sha256(text)}`);
  assert.equal(ld["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(ld.type, "AnnotationCollection");
  const items = ld.first.items;
  const expected = a.entities.length + a.quotes.length + a.attributions.filter((r) => r.kind !== "direct").length + a.stances.length;
  assert.equal(items.length, expected);
  assert.equal(ld.total, expected);
  for (const item of items) {
    assert.equal(item.type, "Annotation");
    assert.match(item.target.source, /^urn:sha256:[0-9a-f]{64}$/);
    const pos = item.target.selector.find((s) => s.type === "TextPositionSelector");
    const quote = item.target.selector.find((s) => s.type === "TextQuoteSelector");
    assert.equal(cpSlice(text, pos.start, pos.end), quote.exact);
    assert.ok(text.includes(quote.prefix + quote.exact + quote.suffix));
    assert.ok(item.body.some((b) => b.purpose === "commenting" && b.value.startsWith("why: ")));
  }
  if (stances) {
    const stance = items.find((i) => i.body.some((b) => b.value === "stance-oppose"));
    assert.ok(stance.body.some((b) => b.value === "holder: Keir Starmer"));
    const expanded = annotations.find((n) => all(n, `${OA}hasBody`).some((b) => one(b, `${RDF}value`) === "stance-oppose"));
    assert.ok(all(expanded, `${OA}hasBody`).some((b) => one(b, `${OA}hasPurpose`) === `${OA}identifying` && one(b, `${RDF}value`) === "holder: Keir Starmer"));
  }

  // One CSV per kind: one row per item, its text the code-point slice, actor ids as in the JSON
  const tables = {
    entities: [a.entities, "text", (r, e) => { assert.equal(r.label, e.label); assert.equal(r.actor, String(e.actor ?? "")); }],
    quotes: [a.quotes, "quote", (r, q) => { assert.equal(r.speaker, q.speaker_text ?? ""); assert.equal(r.speaker_actor, String(q.speaker?.actor ?? "")); }],
    statements: [a.attributions, "content", (r, x) => { assert.equal(r.source, x.source?.text ?? ""); assert.equal(r.source_actor, String(x.source?.actor ?? "")); }],
    stances: [a.stances, "statement", (r, st) => { assert.equal(r.polarity, st.polarity); assert.equal(r.holder_actor, String(st.holder?.actor ?? "")); }],
  };
  const csvs = {};
  for (const [kind, [items, textColumn, check]] of Object.entries(tables)) {
    const csv = await download(page, `${kind}.csv`);
    assert.equal(csv.name, `${base}-${kind}.csv`);
    assert.ok(csv.body.startsWith("\uFEFF"));
    csvs[csv.name] = csv.body;
    const [header, ...rows] = parseCsv(csv.body.slice(1));
    assert.deepEqual(header.slice(0, 2), ["start", "end"]);
    assert.deepEqual(header.slice(-3), ["article_title", "article_url", "article_date"]);
    assert.equal(rows.length, items.length, kind);
    rows.forEach((cells, i) => {
      assert.equal(cells.length, header.length);
      const r = Object.fromEntries(header.map((h, j) => [h, cells[j]]));
      const cut = cpSlice(text, Number(r.start), Number(r.end));
      assert.ok(r[textColumn] === cut || r[textColumn] === `'${cut}`, `${kind} ${i}: ${r[textColumn]} is ${cut}`);
      check(r, items[i]);
    });
  }
  // the zip holds the same four files, byte for byte
  const archive = await download(page, "csv.zip", null);
  assert.equal(archive.name, `${base}-csv.zip`);
  const { bad, files } = unzip(archive.body);
  assert.equal(bad, null, "every CRC checks");
  assert.deepEqual(Object.keys(files).sort(), Object.keys(csvs).sort());
  for (const [name, body] of Object.entries(csvs)) assert.equal(files[name], body, name);

  // HTML: parsed by the browser, it holds the text exactly, marks, no script, no handlers
  const html = await download(page, "html");
  assert.equal(html.name, `${base}.html`);
  // opened on its own (about:blank, under its own CSP), as a reader would open the file
  const reader = await ctx.context.newPage();
  const dialogs = [];
  reader.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await reader.setContent(html.body);
  const check = await reader.evaluate(() => {
    const doc = document;
    const handlers = [...doc.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((at) => /^on/i.test(at.name)).map((at) => at.name));
    return {
      scripts: doc.querySelectorAll("script, iframe, object, embed, img").length, handlers,
      article: doc.querySelector("article").textContent, marks: doc.querySelectorAll("article mark").length,
      csp: doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
      titles: [...doc.querySelectorAll("article mark[title]")].length,
      bg: getComputedStyle(doc.querySelector("article mark.ent")).backgroundColor,
      legend: [...doc.querySelectorAll(".nm-legend li")].map((li) => li.textContent),
      tables: [...doc.querySelectorAll("section h2")].map((h) => h.textContent),
    };
  });
  await reader.close();
  assert.deepEqual(dialogs, []);
  assert.notEqual(check.bg, "rgba(0, 0, 0, 0)", "the marks are styled in the file");
  assert.equal(check.scripts, 0);
  assert.deepEqual(check.handlers, []);
  assert.equal(check.article, text);
  assert.ok(check.marks > 3);
  assert.ok(check.titles > 3);
  assert.match(check.csp, /default-src 'none'/);
  assert.doesNotMatch(html.body, /<script/i);
  assert.ok(check.legend.some((l) => /^Aa Direct quotes \(\d+\)$/.test(l) || /^\w+ .+ \(\d+\)$/.test(l)), check.legend.join(" | "));
  assert.ok(check.tables.includes("Quotes") && (!a.stances.length || check.tables.includes("Who stands where")), check.tables.join(" | "));
}

test("exports of the sample (with hand-made stances) are valid and their spans slice the text", async () => {
  await showWithStances(ctx.page);
  await checkAll(ctx.page, SAMPLE, { stances: 2 });
});

test("exports of tricky text: markup, emoji, CJK, quotes in CSV fields", async () => {
  await freshPage();
  const text = `<img src=x onerror=alert(1)> Keir Starmer said: “Yes, 👍🏽 to "北京" & <script>alert(2)</script>.”\n\n“=cmd|' /C calc'!A0,” said Angela Merkel. 👨‍👩‍👧`;
  await pasteAndAnnotate(ctx.page, text);
  await checkAll(ctx.page, text);
  assert.deepEqual(ctx.dialogs, []);
});

test("the Source fields reach every export: JSON source, Web Annotation targets on the URL, CSV columns, the HTML header; names from the title and date", async () => {
  const page = await freshPage();
  await pasteAndAnnotate(page, SAMPLE);
  await page.click(".source-fields summary");
  await page.fill("#source-title", "Starmer meets Arab ambassadors");
  await page.fill("#source-url", "https://news.example/2023/11/starmer");
  await page.fill("#source-date", "2023-11-22");
  const base = "starmer-meets-arab-ambassadors-2023-11-22";
  const json = await download(page, "json");
  assert.equal(json.name, `${base}.json`);
  assert.deepEqual(JSON.parse(json.body).source, { title: "Starmer meets Arab ambassadors", url: "https://news.example/2023/11/starmer", date: "2023-11-22" });
  const ld = JSON.parse((await download(page, "jsonld")).body);
  await checkWebAnnotation(ld, JSON.parse(json.body), SAMPLE, "https://news.example/2023/11/starmer");
  const [collection] = await jsonldProcess(ld).then((r) => r.expanded);
  assert.equal(one(collection, "http://www.w3.org/2000/01/rdf-schema#label"), "newsmark annotations of “Starmer meets Arab ambassadors”");
  assert.equal(one(collection, "http://purl.org/dc/terms/date"), "2023-11-22");
  assert.equal(one(collection, "http://purl.org/dc/terms/source"), "https://news.example/2023/11/starmer");
  assert.match(ld.label, /Starmer meets Arab ambassadors/);
  assert.equal(ld["dcterms:date"], "2023-11-22");
  for (const item of ld.first.items) {
    // the Web Annotation data model: an IRI id, type Annotation, a body, a target on the article with both selectors
    assert.match(item.id, /^urn:sha256:[0-9a-f]{64}#\w+-\d+$/);
    assert.equal(item["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert.equal(item.target.source, "https://news.example/2023/11/starmer");
    assert.deepEqual(item.target.selector.map((s) => s.type), ["TextPositionSelector", "TextQuoteSelector"]);
    assert.ok(item.body.length && item.body.every((b) => b.type === "TextualBody" && typeof b.value === "string" && b.purpose));
  }
  assert.equal(new Set(ld.first.items.map((i) => i.id)).size, ld.first.items.length, "ids are unique");
  const csv = await download(page, "quotes.csv");
  assert.equal(csv.name, `${base}-quotes.csv`);
  const [header, ...rows] = parseCsv(csv.body.slice(1));
  for (const r of rows) assert.deepEqual(r.slice(-3), ["Starmer meets Arab ambassadors", "https://news.example/2023/11/starmer", "2023-11-22"]);
  assert.equal(header.at(-1), "article_date");
  const html = await download(page, "html");
  assert.equal(html.name, `${base}.html`);
  const reader = await ctx.context.newPage();
  await reader.setContent(html.body);
  const head = await reader.evaluate(() => ({ h1: document.querySelector("h1").textContent, link: document.querySelector("header a")?.href,
    source: document.querySelector("header .source")?.textContent }));
  await reader.close();
  assert.deepEqual(head, { h1: "Starmer meets Arab ambassadors", link: "https://news.example/2023/11/starmer", source: "https://news.example/2023/11/starmer · 2023-11-22" });
  // another article, no title: its own name, from its first words
  await page.fill("#source-title", "");
  await page.fill("#source-date", "");
  await pasteAndAnnotate(page, "Merkel visits Paris\n\nAngela Merkel met Emmanuel Macron.");
  assert.equal((await download(page, "json")).name, `merkel-visits-paris-${today()}.json`);
  await page.fill("#source-url", "");
});

/** A CSV file as Python's csv module reads it (the excel dialect, UTF-8 with its BOM taken off): its rows. */
function pythonCsv(body) {
  const dir = mkdtempSync(join(tmpdir(), "nm-csv-"));
  try {
    writeFileSync(join(dir, "a.csv"), body);
    return JSON.parse(execFileSync("python3", ["-c", `import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    print(json.dumps(list(csv.reader(f, dialect="excel"))))`, join(dir, "a.csv")], { encoding: "utf8" }));
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

/** What a spreadsheet needs of every CSV: BOM, CRLF after every record, no bare line break outside quotes, no cell read as a formula. */
function checkSpreadsheetCsv(name, body) {
  assert.ok(body.startsWith("\uFEFF"), `${name}: UTF-8 BOM, so spreadsheets read UTF-8`);
  assert.ok(!/^\uFEFFID/.test(body), `${name}: does not start with "ID" (which Excel takes for SYLK)`);
  assert.ok(body.endsWith("\r\n"), `${name}: the last record ends with CRLF`);
  const outside = body.replace(/"(?:[^"]|"")*"/g, "");
  assert.doesNotMatch(outside, /\r(?!\n)|(?<!\r)\n/, `${name}: records end with CRLF, line breaks elsewhere only inside quotes`);
  assert.doesNotMatch(outside, /"/, `${name}: every quote is inside a quoted field`);
  const rows = pythonCsv(body);
  const [header, ...records] = rows;
  for (const [i, r] of records.entries()) assert.equal(r.length, header.length, `${name} row ${i + 1}: ${r.length} cells, ${header.length} columns`);
  for (const r of rows) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `${name}: ${JSON.stringify(cell)} would be read as a formula`);
  for (const r of records) assert.match(r[0], /^\d+$/, `${name}: start is a plain number`);
  return { header, records };
}

test("the CSVs open correctly in a spreadsheet: BOM, CRLF, RFC 4180 quoting, the header row, and no cell read as a formula", async () => {
  const page = await freshPage();
  // the sample as the engine annotates it: every kind's CSV
  await pasteAndAnnotate(page, SAMPLE);
  const headers = {
    entities: ["start", "end", "label", "text", "actor", "actor_name", "evidence_rule", "evidence_detail"],
    quotes: ["start", "end", "kind", "speaker", "speaker_mention", "speaker_actor", "cue", "quote", "evidence_rule", "evidence_detail"],
    statements: ["start", "end", "kind", "source", "source_actor", "source_actor_name", "cue", "content", "evidence_rule", "evidence_detail"],
    stances: ["start", "end", "holder", "holder_mention", "holder_actor", "polarity", "negated", "target", "target_actor", "cue", "statement", "evidence_rule", "evidence_detail"],
  };
  for (const [kind, header] of Object.entries(headers)) {
    const { body } = await download(page, `${kind}.csv`);
    const read = checkSpreadsheetCsv(kind, body);
    assert.deepEqual(read.header, [...header, "article_title", "article_url", "article_date"], `${kind}: the header row`);
    if (kind !== "stances") assert.ok(read.records.length > 0, `${kind}: the sample has rows`);
  }
  // a hand-made stance whose every field is hostile to a spreadsheet: formulas (= + - @, tab, CR), commas, quotes, line breaks
  const text = "=HYPERLINK(\"http://evil.example\",\"click\") was posted, the minister said.\n\n+44 7700 900123 backs it.\n\n-5 per cent is the change; @everyone knows.";
  const before = await page.evaluate(() => document.body.dataset.shown ?? "");
  const hostile = await page.evaluate(async (text) => {
    const { annotate } = await import("./www/pkg/newsmark.js").then(async (m) => { await m.default(); return m; });
    const a = annotate(text);
    const span = (s) => { const start = text.indexOf(s); if (start < 0) throw new Error(s); return { start, end: start + s.length, text: s }; };
    a.stances = [{ ...span(text.slice(0, text.indexOf(" was posted"))), holder: { ...span("+44 7700 900123"), actor: null }, holder_name: "\t=cmd|' /C calc'!A0",
      polarity: "support", target: { ...span("-5 per cent"), actor: null }, cue: span("@everyone"), negated: false,
      evidence: { rule: "\r=1+1", detail: "says \"hi\", then,\nleaves; =2+2" } }];
    a.stance_summary = [{ holder: "+44 7700 900123", target: "-5 per cent", polarity: "support", count: 1 }];
    document.dispatchEvent(new CustomEvent("newsmark:show", { detail: { text, annotation: a } }));
    return a.stances[0];
  }, text);
  await shown(page, before);
  const { body } = await download(page, "stances.csv");
  const { header, records } = checkSpreadsheetCsv("hostile stances", body);
  assert.equal(records.length, 1);
  const r = Object.fromEntries(header.map((h, j) => [h, records[0][j]]));
  // each dangerous cell keeps its text behind one apostrophe (docs/PAGE.md); the rest is untouched
  assert.equal(r.statement, `'${hostile.text}`);
  assert.equal(r.holder, "'\t=cmd|' /C calc'!A0");
  assert.equal(r.holder_mention, "'+44 7700 900123");
  assert.equal(r.target, "'-5 per cent");
  assert.equal(r.cue, "'@everyone");
  assert.equal(r.evidence_rule, "'\r=1+1");
  assert.equal(r.evidence_detail, "says \"hi\", then,\nleaves; =2+2", "comma, quotes and a line break inside one quoted field; = not at the start is left alone");
  assert.deepEqual([r.polarity, r.negated, r.start, r.end], ["support", "no", "0", String(hostile.end)]);
});

test("printing shows the annotated article and its panels, not the input or the buttons", async () => {
  const { page } = ctx;
  await pasteAndAnnotate(page, SAMPLE);
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() => Object.fromEntries(["#text", "#annotate", ".exports", "#legend", "#view", "#actors", "#quotes"].map((sel) => {
    const e = document.querySelector(sel);
    return [sel, !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"];
  })));
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(shown, { "#text": false, "#annotate": false, ".exports": false, "#legend": false, "#view": true, "#actors": true, "#quotes": true });
});

/** The text of a PDF, page by page, as pdf.js extracts it (whitespace runs made one space). */
async function pdfText(bytes) {
  const { getDocument } = (await import("pdfjs-dist/legacy/build/pdf.js")).default;
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => it.str + (it.hasEOL ? "\n" : "")).join("").replace(/\s+/g, " "));
  }
  await doc.destroy();
  return pages;
}

test("the real print path (Chromium's PDF of the page) holds the annotated article and its panels, not the input, the help or the buttons", async () => {
  const page = await freshPage();
  await showWithStances(page);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  assert.ok(pdf.length > 20_000, `${pdf.length} bytes`);
  const pages = await pdfText(pdf);
  const all = pages.join(" ");
  assert.ok(all.length > SAMPLE.length, `${all.length} characters of text in ${pages.length} pages`);
  // the article, every word of it (the marks' labels, ORG, PERSON..., aside: they are not the article's), and once only
  // (the text area holds the same text, and is not printed)
  const words = (s) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const article = words(SAMPLE), known = new Set(article);
  const printed = words(all).filter((w) => known.has(w) || !/^[A-Z]{3,}$/.test(w));
  const count = (list) => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map());
  const have = count(printed), lacking = [...count(article)].filter(([w, n]) => (have.get(w) ?? 0) < n).map(([w]) => w);
  assert.deepEqual(lacking, [], "every word of the article is printed");
  const line = printed.join(" ");
  const starts = SAMPLE.split(/\n+/).filter((p) => p.trim()).map((p) => words(p).slice(0, 5).join(" "));
  assert.deepEqual(starts.filter((s) => !line.includes(s)), [], "each paragraph's first words are printed in order");
  assert.equal(all.split("The meeting was chaired by Bahrain").length - 1, 1, "the article is printed once");
  // every actor and every quote of the panels, none cut off by the panels' scroll boxes
  const panel = await page.evaluate(() => ({ actors: document.querySelectorAll("#actors .actor").length, quotes: document.querySelectorAll("#quotes li").length }));
  assert.ok(panel.actors > 20, `${panel.actors} actors`);
  assert.equal((all.match(/\d+ mentions? · \d+ quotes? · \d+ stances?/g) ?? []).length, panel.actors, "every actor's row is printed");
  // the panels' headings and what they list
  for (const heading of ["Annotated article", "Actors", "Quotes by speaker", "Share of quoted words", "Stance map"]) {
    assert.ok(all.includes(heading), `heading "${heading}"`);
  }
  assert.match(all, /Keir Starmer/);
  // nothing of the input, the toolbar, the exports or the help
  for (const gone of ["Article text", "Paste or type", "Try a sample", "Open a .txt", "Clear text", "Entity labels", "Web Annotation",
    "Entities CSV", "All CSVs", "Source (optional)", "Hover a mark", "Press an actor", "Skip to the annotated article", "annotated in", "Export"]) {
    assert.ok(!all.includes(gone), `"${gone}" is not printed`);
  }
  assert.doesNotMatch(all, /\bAnnotate\b|\bPrint\b/, "no Annotate or Print button");
});

test("no console errors and no request leaves the page", () => {
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
});
