// newsmark for Node: the engine loaded synchronously from the wasm file beside
// it, so `annotate` works as soon as this module is imported.
//   import { annotate } from "newsmark/node";
import { readFileSync } from "node:fs";
import { initSync } from "./lib/pkg/newsmark.js";

initSync({ module: readFileSync(new URL("./lib/pkg/newsmark_bg.wasm", import.meta.url)) });

export { annotate, schema } from "./lib/pkg/newsmark.js";
