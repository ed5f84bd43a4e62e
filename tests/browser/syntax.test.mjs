// The wasm build parses exactly as the native one: the sample article's
// tokens, parts of speech, heads and relations, written as the native golden
// test writes them, equal seeds/*.syntax.expected.tsv line for line.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { start, SAMPLE } from "./helpers.mjs";

let ctx;
before(async () => { ctx = await start(); });
after(async () => { await ctx.stop(); });

test("the wasm parse of the sample article equals the native golden parse", async () => {
  const expected = await readFile(new URL("../../seeds/starmer-arab-ambassadors.syntax.expected.tsv", import.meta.url), "utf8");
  const actual = await ctx.page.evaluate(async (text) => {
    const { default: init, annotate } = await import("./www/pkg/newsmark.js");
    await init();
    const a = annotate(text, { tokens: true });
    let out = "";
    a.sentences.forEach((s, i) => {
      s.tokens.forEach((t, k) => {
        if (text.slice(t.start, t.end) !== t.text) throw new Error(`token ${t.text} does not slice the text`);
        out += [i, k, t.text.replace(/[\t\n\r]/g, " "), t.pos ?? "-", t.tag ?? "-", t.head ?? "-", t.dep ?? "-"].join("\t") + "\n";
      });
      out += "\n";
    });
    return out;
  }, SAMPLE);
  const e = expected.split("\n"), a = actual.split("\n");
  const first = e.findIndex((line, k) => line !== a[k]);
  assert.equal(first, -1, `line ${first + 1}: expected ${JSON.stringify(e[first])}, got ${JSON.stringify(a[first])}`);
  assert.equal(a.length, e.length);
  assert.deepEqual(ctx.errors, []);
});

test("a quote's card says how its speaker hangs in the parse", async () => {
  const { pasteAndAnnotate } = await import("./helpers.mjs");
  await pasteAndAnnotate(ctx.page, "“We will not back this plan,” the mayor said on Tuesday.");
  await ctx.page.hover("#view .m.quote");
  const card = await ctx.page.textContent("#card");
  assert.match(card, /Speaker is\s*subject of “said”/);
});
