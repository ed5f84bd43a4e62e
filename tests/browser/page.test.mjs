// The page in a real browser: paste the sample article, annotate, find the
// marks; spans slice the text exactly (emoji, CJK, combining marks, CRLF);
// pasted markup stays text; bad arguments throw clear errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, pasteAndAnnotate } from "./helpers.mjs";

const SAMPLE = await readFile(new URL("../../seeds/starmer-arab-ambassadors.txt", import.meta.url), "utf8");
let ctx;
before(async () => { ctx = await start(); });
after(async () => { await ctx.stop(); });

test("the sample article gets marks, and the view keeps its text exactly", async () => {
  const { page } = ctx;
  await pasteAndAnnotate(page, SAMPLE);
  assert.equal(await page.textContent("#view"), SAMPLE);
  const quotes = await page.$$eval(".m.quote", (els) => els.map((e) => e.textContent).join(""));
  assert.match(quotes, /It involved very productive discussions/);
  const titles = await page.$$eval(".m.quote-direct", (els) => els.map((e) => e.title).join("\n"));
  assert.match(titles, /speaker: .*spokeswoman/);
  assert.ok((await page.$$(".m")).length > 5, "marks are shown");
});

test("every span slices the original text in JS, for tricky text", async () => {
  const { page } = ctx;
  const texts = [
    SAMPLE,
    "Keir Starmer 😀 said: “Yes 👍🏽 to 北京.”\r\n\r\n“Cafe\u0301 is open,” he added. 👨‍👩‍👧",
    "He said, \"مرحبا שלום नमस्ते\".\r\nShe said: “Ça va?” 𝕏",
  ];
  for (const text of texts) {
    const bad = await page.evaluate(async (text) => {
      const { annotate } = await import("./www/pkg/newsmark.js");
      const a = annotate(text, { tokens: true });
      const spans = [...a.paragraphs, ...a.sentences, ...a.sentences.flatMap((s) => s.tokens), ...a.entities,
        ...a.quotes, ...a.quotes.flatMap((q) => [q.speaker, q.cue]).filter(Boolean),
        ...a.attributions.flatMap((r) => [r.content, r.source, r.cue]).filter(Boolean),
        ...a.stances.flatMap((s) => [s, s.target, s.cue, s.holder]).filter(Boolean)];
      if (a.length !== text.length || a.offsets !== "utf16") return ["length or unit"];
      return spans.filter((s) => text.slice(s.start, s.end) !== s.text).map((s) => JSON.stringify(s));
    }, text);
    assert.deepEqual(bad, [], `spans that do not slice: ${bad.join(", ")}`);
  }
  const { page: p } = ctx;
  await pasteAndAnnotate(p, texts[1]);
  const marked = await p.$$eval(".m.quote", (els) => els.map((e) => e.textContent).join(""));
  assert.ok(marked.includes("Yes 👍🏽 to 北京."), `quote marked exactly: ${marked}`);
  // A text area normalises line ends to "\n" (HTML spec); the view shows what was pasted.
  assert.equal(await p.textContent("#view"), texts[1].replace(/\r\n?/g, "\n"));
});

test("pasted markup is shown as text and runs nothing", async () => {
  const { page, dialogs } = ctx;
  const evil = `<img src=x onerror=alert(1)> “<script>alert(2)</script>,” he said. <b>bold</b>`;
  await pasteAndAnnotate(page, evil);
  assert.equal(await page.textContent("#view"), evil);
  assert.equal(await page.$$eval("#view img, #view script, #view b", (els) => els.length), 0);
  assert.deepEqual(dialogs, []);
});

test("bad arguments throw clear errors, not panics", async () => {
  const { page } = ctx;
  const messages = await page.evaluate(async () => {
    const { annotate } = await import("./www/pkg/newsmark.js");
    const out = [];
    for (const args of [[42], [null], [undefined], [{}], ["text", { offsets: "lines" }], ["text", { colour: 1 }]]) {
      try { annotate(...args); out.push("no error"); } catch (e) { out.push(`${e instanceof Error}:${e.message}`); }
    }
    out.push(annotate("still works after errors").schema);
    return out;
  });
  assert.match(messages[0], /^true:newsmark\.annotate: expected text to be a string, got a number/);
  assert.match(messages[1], /got null/);
  assert.match(messages[2], /got undefined/);
  assert.match(messages[3], /got an object/);
  assert.match(messages[4], /invalid options/);
  assert.match(messages[5], /invalid options.*colour/);
  assert.equal(messages[6], "newsmark/1");
});

test("no console errors and no request leaves the page", () => {
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
});
