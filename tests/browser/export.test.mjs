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
import { start, load, watch, pasteAndAnnotate, showWithStances, SAMPLE } from "./helpers.mjs";

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

test("no console errors and no request leaves the page", () => {
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
});
