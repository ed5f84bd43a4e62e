// Checks on the page's source, without a browser: no API that parses a string
// as markup or code anywhere in www/*.js, no inline script or style in
// index.html, and a Content Security Policy that allows only the page's files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";

const ROOT = new URL("../../", import.meta.url);
const BANNED = [
  /\.innerHTML\b/, /\.outerHTML\b/, /\binsertAdjacentHTML\b/, /\bdocument\.write(ln)?\b/, /\beval\s*\(/,
  /\bnew\s+Function\b/, /\bcreateContextualFragment\b/, /\bsetHTMLUnsafe\b/, /\bparseHTMLUnsafe\b/,
  /\bsrcdoc\b/, /\bsetTimeout\(\s*["'`]/, /\bsetInterval\(\s*["'`]/, /\bsetAttribute\(\s*["']style["']/,
  /\bDOMParser\b/, /javascript:/,
];
// The one exemption: fromhtml.js reads dropped or pasted HTML through
// DOMParser into an inert document and returns only its text. It must never
// move a parsed node into the page (robust.test.mjs checks that nothing of
// such HTML renders or runs).
const EXEMPT = { "fromhtml.js": [String.raw`\bDOMParser\b`] };
const MOVES_NODES = /\b(appendChild|append|prepend|insertBefore|replaceWith|replaceChildren|adoptNode|importNode|after|before)\s*\(/;

test("no www/*.js uses innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or new Function", async () => {
  const files = (await readdir(new URL("www/", ROOT))).filter((f) => f.endsWith(".js"));
  assert.ok(files.includes("app.js") && files.includes("render.js"), files.join(", "));
  const found = [];
  for (const file of files) {
    const lines = (await readFile(new URL(`www/${file}`, ROOT), "utf8")).split("\n");
    lines.forEach((line, i) => {
      for (const re of BANNED) if (re.test(line) && !(EXEMPT[file] ?? []).includes(re.source)) found.push(`www/${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});

test("fromhtml.js, the one file allowed DOMParser, returns text and never moves a parsed node", async () => {
  const src = await readFile(new URL("www/fromhtml.js", ROOT), "utf8");
  assert.match(src, /new DOMParser\(\)/);
  assert.doesNotMatch(src, MOVES_NODES);
});

test("index.html has no inline script, inline style or event handler attributes", async () => {
  const html = await readFile(new URL("index.html", ROOT), "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0);
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc="www\/[\w.]+\.js"/);
    assert.equal(body.trim(), "");
  }
  assert.doesNotMatch(html, /<style\b/i);
  assert.doesNotMatch(html, /\sstyle\s*=/i);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
});

test("the CSP allows nothing beyond the page's own files, wasm and a same-origin worker", async () => {
  const html = await readFile(new URL("index.html", ROOT), "utf8");
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(" ")]));
  assert.deepEqual(directives, {
    "default-src": "'none'", "script-src": "'self' 'wasm-unsafe-eval'", "worker-src": "'self'", "style-src": "'self'",
    "connect-src": "'self'", "img-src": "'self' data:", "base-uri": "'none'", "form-action": "'none'",
  });
});
