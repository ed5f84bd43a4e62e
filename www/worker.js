// The annotator off the main thread: a module worker that loads the wasm
// module once and runs the jobs of jobs.js (a long text chunk by chunk,
// reporting progress after each; a newer job drops an older one).
//
// Messages out besides those of jobs.js: { type: "ready" } | { type: "fatal", message }
import init, { annotate } from "./pkg/newsmark.js";
import { jobRunner } from "./jobs.js";

const ready = init().then(
  () => { postMessage({ type: "ready" }); return true; },
  (err) => { postMessage({ type: "fatal", message: String(err?.message ?? err) }); return false; },
);
// Tokens carry the parse, which the cards show ("subject of “said”").
const run = jobRunner(ready, (text) => annotate(text, { tokens: true }), (message) => postMessage(message));
self.onmessage = ({ data }) => run(data);
