// Strings from JS may hold lone surrogates (half of an emoji cut by a paste
// or by slicing). annotate() must return, and every span must slice the
// string it was given, in UTF-16 units.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./helpers.mjs";

let ctx;
before(async () => { ctx = await start(); });
after(async () => { await ctx.stop(); });

test("lone surrogates annotate without errors and keep offsets exact", async () => {
  const bad = await ctx.page.evaluate(async () => {
    const { default: init, annotate } = await import("./www/pkg/newsmark.js");
    await init();
    const texts = ["Mr Smith \uD800 said: \u201cYes \uDC00 no.\u201d", "\uD83D", "\uDE00\uD83D\uDE00\uD83D", "\u201c\uD800\u201d, he said."];
    const out = [];
    for (const text of texts) {
      const a = annotate(text);
      if (a.length !== text.length) out.push(`length ${a.length} != ${text.length}`);
      for (const s of [...a.sentences, ...a.entities, ...a.quotes]) {
        // A lone surrogate arrives in Rust as U+FFFD (one UTF-16 unit too),
        // so a span's text equals the slice with lone surrogates replaced.
        const slice = text.slice(s.start, s.end).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
        if (slice !== s.text) out.push(`${JSON.stringify(s.text)} != ${JSON.stringify(slice)}`);
      }
    }
    return out;
  });
  assert.deepEqual(bad, []);
  assert.deepEqual(ctx.errors, []);
});
