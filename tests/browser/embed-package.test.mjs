// The npm package (package/, filled by ./run build), without a browser:
// `npm pack` makes a tarball; a fresh project installs it (offline: the
// package has no dependencies) and imports `annotate` from it in Node, both
// with initSync and fs.readFileSync, and through `newsmark/node`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = fileURLToPath(new URL("../../package/", import.meta.url));
const npm = (args, cwd) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let tmp, tarball, project;
before(() => {
  for (const f of ["lib/pkg/newsmark.js", "lib/pkg/newsmark_bg.wasm", "lib/embed-module.js", "dist/newsmark.js"]) {
    assert.ok(existsSync(join(PACKAGE, f)), `package/${f} is missing: run ./run build`);
  }
  tmp = mkdtempSync(join(tmpdir(), "newsmark-pack-"));
  const out = npm(["pack", "--json", "--pack-destination", tmp], PACKAGE);
  const [info] = JSON.parse(out.slice(out.indexOf("[")));
  tarball = join(tmp, info.filename);
  project = join(tmp, "project");
  execFileSync("mkdir", [project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-newsmark", private: true, type: "module" }));
  npm(["install", "--offline", tarball], project);
});
after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

test("the tarball is newsmark 0.1.0, an ES module package with its wasm, types, element modules and script", () => {
  const installed = join(project, "node_modules/newsmark");
  const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.equal(pkg.name, "newsmark");
  assert.equal(pkg.version, "0.1.0");
  assert.equal(pkg.type, "module");
  assert.deepEqual(Object.keys(pkg.exports), [".", "./node", "./ui", "./script", "./newsmark_bg.wasm", "./marks.css", "./package.json"]);
  for (const f of ["lib/pkg/newsmark.js", "lib/pkg/newsmark_bg.wasm", "lib/pkg/newsmark.d.ts", "lib/embed-module.js", "lib/element.js",
    "lib/highlight.js", "lib/render.js", "lib/styles.js", "lib/marks.css", "dist/newsmark.js", "node.js", "node.d.ts", "ui.d.ts", "README.md"]) {
    assert.ok(existsSync(join(installed, f)), `${f} is in the package`);
  }
  const types = readFileSync(join(installed, "lib/pkg/newsmark.d.ts"), "utf8");
  for (const t of ["interface Annotation", "interface Quote", "interface Stance", "interface AnnotateOptions", "function annotate(", "function initSync("]) {
    assert.ok(types.includes(t), `the types declare ${t}`);
  }
  assert.match(readFileSync(join(installed, "ui.d.ts"), "utf8"), /export function highlight\(element: Element/);
  // the styles are inlined in the package's styles.js (no CSS loader needed in a bundler)
  assert.match(readFileSync(join(installed, "lib/styles.js"), "utf8"), /const MARKS = ".*\.nm-view/);
});

test("a project that installed the tarball imports annotate: initSync with fs.readFileSync, and newsmark/node", () => {
  writeFileSync(join(project, "main.mjs"), `
import { readFileSync } from "node:fs";
import { initSync, annotate, schema } from "newsmark";
initSync({ module: readFileSync(new URL(import.meta.resolve("newsmark/newsmark_bg.wasm"))) });
const text = "“We back the plan,” the mayor said. According to officials, the vote is on Monday.";
const a = annotate(text);
const viaNode = await import("newsmark/node");
const b = viaNode.annotate(text, { offsets: "chars" });
let error = null;
try { annotate(42); } catch (e) { error = e.message; }
console.log(JSON.stringify({
  schema: schema(), speaker: a.quotes[0].speaker.text, slices: a.quotes.every((q) => text.slice(q.start, q.end) === q.text),
  attributions: a.attributions.length, nodeOffsets: b.offsets, nodeSchema: viaNode.schema(), error,
}));
`);
  const out = JSON.parse(execFileSync(process.execPath, ["main.mjs"], { cwd: project, encoding: "utf8" }));
  assert.deepEqual(out, {
    schema: "newsmark/1", speaker: "the mayor", slices: true, attributions: 2, nodeOffsets: "chars", nodeSchema: "newsmark/1",
    error: "newsmark.annotate: expected text to be a string, got a number",
  });
});
