// The page in a real browser: the sample article gets entity and quote marks
// with speakers; marks sit exactly on the right characters (emoji, CJK,
// combining marks, CRLF); pasted markup stays text; bad arguments throw
// clear errors; no console errors and no request leaves the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, pasteAndAnnotate, SAMPLE } from "./helpers.mjs";

let ctx;
before(async () => { ctx = await start(); });
after(async () => { await ctx.stop(); });

test("the sample article shows entity marks and quotes with their speakers, and keeps its text exactly", async () => {
  const { page } = ctx;
  await page.selectOption("#samples", "starmer-arab-ambassadors.txt");
  await page.waitForFunction(() => /annotated in/.test(document.getElementById("status").textContent));
  assert.equal(await page.inputValue("#text"), SAMPLE);
  assert.equal(await page.textContent("#view"), SAMPLE);
  const entity = (label) => page.$$eval(`#view .m.ent-${label}`, (els) => els.map((e) => e.textContent));
  assert.ok((await entity("PERSON")).includes("Keir Starmer"));
  assert.ok((await entity("GPE")).includes("London"));
  assert.ok((await entity("ORG")).includes("Hamas"));
  const direct = await page.$$eval("#view .m.quote-direct", (els) => els.map((e) => e.textContent).join(""));
  assert.match(direct, /^“It involved very productive discussions.*peace,”"There are many reasons.*councillors.”$/s);
  const partial = await page.$$eval("#view .m.quote-partial", (els) => els.map((e) => e.textContent).join("|"));
  assert.match(partial, /“next steps”/);
  // The quote panel groups quotes under their speakers.
  const speakers = await page.$$eval("#quotes h3", (els) => els.map((e) => e.textContent));
  assert.ok(speakers.includes("spokeswoman for Mr Starmer (2)"), speakers.join(", "));
  assert.match(await page.textContent("#status"), /^2,188 characters annotated in [\d.]+ m?s/);
});

test("marks sit exactly on the right characters with emoji, CJK, combining marks and CRLF", async () => {
  const { page } = ctx;
  const text = "Keir Starmer 😀 said: “Yes 👍🏽 to 北京.”\r\n\r\n“Cafe\u0301 is open,” he added. 👨‍👩‍👧 Angela Merkel met 習近平.";
  await pasteAndAnnotate(page, text);
  const value = text.replace(/\r\n?/g, "\n"); // a text area holds "\n" line ends (HTML rule)
  assert.equal(await page.inputValue("#text"), value);
  assert.equal(await page.textContent("#view"), value);
  // Every piece's text is the slice of the text at its marks' offsets.
  const check = await page.evaluate((value) => {
    const bad = [];
    let offset = 0;
    for (const node of document.querySelectorAll("#view .nm-block")) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const t = walker.currentNode.data;
        if (value.slice(offset, offset + t.length) !== t) bad.push([offset, t]);
        offset += t.length;
      }
    }
    return { bad, offset };
  }, value);
  assert.deepEqual(check.bad, []);
  assert.equal(check.offset, value.length);
  const quotes = await page.$$eval("#view .m.quote", (els) => els.map((e) => e.textContent).join(""));
  assert.equal(quotes, "“Yes 👍🏽 to 北京.”“Cafe\u0301 is open,”");
  const persons = await page.$$eval("#view .m.ent-PERSON", (els) => els.map((e) => e.textContent));
  assert.ok(persons.includes("Keir Starmer"), persons.join("|"));
});

test("every span of the engine slices the original text in JS, for tricky text", async () => {
  const { page } = ctx;
  const texts = [
    SAMPLE,
    "Keir Starmer 😀 said: “Yes 👍🏽 to 北京.”\r\n\r\n“Cafe\u0301 is open,” he added. 👨‍👩‍👧",
    "He said, \"مرحبا שלום नमस्ते\".\r\nShe said: “Ça va?” 𝕏",
  ];
  for (const text of texts) {
    const bad = await page.evaluate(async (text) => {
      const m = await import("./www/pkg/newsmark.js");
      await m.default();
      const a = m.annotate(text, { tokens: true });
      const spans = [...a.paragraphs, ...a.sentences, ...a.sentences.flatMap((s) => s.tokens), ...a.entities,
        ...a.actors.flatMap((x) => x.mentions),
        ...a.quotes, ...a.quotes.flatMap((q) => [q.speaker, q.cue]).filter(Boolean),
        ...a.attributions.flatMap((r) => [r.content, r.source, r.cue]).filter(Boolean),
        ...a.stances.flatMap((s) => [s, s.target, s.cue, s.holder]).filter(Boolean)];
      if (a.length !== text.length || a.offsets !== "utf16") return ["length or unit"];
      return spans.filter((s) => text.slice(s.start, s.end) !== s.text).map((s) => JSON.stringify(s));
    }, text);
    assert.deepEqual(bad, [], `spans that do not slice: ${bad.join(", ")}`);
  }
});

test("pasted markup is shown as text and runs nothing", async () => {
  const { page, dialogs } = ctx;
  const evil = `<img src=x onerror=alert(1)> “<script>alert(2)</script>,” he said. <b>bold</b> <svg onload=alert(3)> Keir Starmer "<iframe src=javascript:alert(4)>"`;
  await pasteAndAnnotate(page, evil);
  assert.equal(await page.textContent("#view"), evil);
  assert.equal(await page.$$eval("img, script:not([src]), b, iframe, svg[onload], [onerror]", (els) => els.length), 0);
  // the panels, legend and card hold it as text too
  await page.hover("#view .m.quote");
  assert.match(await page.textContent("#card"), /quote.*Speakerhe/);
  assert.match(await page.textContent("#quotes"), /<script>alert\(2\)<\/script>/);
  await page.waitForTimeout(100);
  assert.deepEqual(dialogs, []);
});

test("bad arguments throw clear errors, not panics", async () => {
  const { page } = ctx;
  const messages = await page.evaluate(async () => {
    const m = await import("./www/pkg/newsmark.js");
    await m.default();
    const out = [];
    for (const args of [[42], [null], [undefined], [{}], ["text", { offsets: "lines" }], ["text", { colour: 1 }]]) {
      try { m.annotate(...args); out.push("no error"); } catch (e) { out.push(`${e instanceof Error}:${e.message}`); }
    }
    out.push(m.annotate("still works after errors").schema);
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
