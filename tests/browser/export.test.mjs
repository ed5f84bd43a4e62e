// Exports, downloaded from the real page: JSON, W3C Web Annotation JSON-LD,
// quotes CSV and standalone HTML are valid, their spans slice the original
// text (UTF-16 in JSON, code points in JSON-LD and CSV), and the HTML holds
// every text escaped and no script.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, pasteAndAnnotate, showWithStances, SAMPLE } from "./helpers.mjs";

let ctx;
before(async () => { ctx = await start(); });
after(async () => { await ctx.stop(); });

async function download(page, kind) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-export=${kind}]`)]);
  return { name: dl.suggestedFilename(), body: await readFile(await dl.path(), "utf8") };
}

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
  const json = await download(page, "json");
  assert.equal(json.name, "newsmark-annotation.json");
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

  // CSV of quotes: one row per quote, its text the code-point slice
  const csv = await download(page, "csv");
  assert.equal(csv.name, "newsmark-quotes.csv");
  assert.ok(csv.body.startsWith("\uFEFF"));
  const [header, ...rows] = parseCsv(csv.body.slice(1));
  assert.deepEqual(header, ["start", "end", "kind", "speaker", "speaker_mention", "cue", "quote", "evidence_rule", "evidence_detail"]);
  assert.equal(rows.length, a.quotes.length);
  rows.forEach((r, i) => {
    assert.equal(r.length, header.length);
    assert.equal(cpSlice(text, Number(r[0]), Number(r[1])), r[6]);
    assert.equal(r[3], a.quotes[i].speaker_text ?? "");
  });

  // HTML: parsed by the browser, it holds the text exactly, marks, no script, no handlers
  const html = await download(page, "html");
  assert.equal(html.name, "newsmark-article.html");
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
}

test("exports of the sample (with hand-made stances) are valid and their spans slice the text", async () => {
  await showWithStances(ctx.page);
  await checkAll(ctx.page, SAMPLE, { stances: 2 });
});

test("exports of tricky text: markup, emoji, CJK, quotes in CSV fields", async () => {
  const text = `<img src=x onerror=alert(1)> Keir Starmer said: “Yes, 👍🏽 to "北京" & <script>alert(2)</script>.”\n\n“=cmd|' /C calc'!A0,” said Angela Merkel. 👨‍👩‍👧`;
  await pasteAndAnnotate(ctx.page, text);
  await checkAll(ctx.page, text);
  assert.deepEqual(ctx.dialogs, []);
});

test("no console errors and no request leaves the page", () => {
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
});
