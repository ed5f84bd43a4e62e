// The annotator off the main thread: a module worker that loads the wasm
// module once, annotates long texts chunk by chunk (reporting progress after
// each), and drops a job as soon as a newer one arrives.
//
// Messages in:  { id, text }
// Messages out: { type: "ready" } | { type: "fatal", message }
//               { type: "part", id, part, start, done, total, chars }
//                 (a long text: each chunk's annotation as it is made, offsets
//                 relative to the chunk that starts at `start`; join them with
//                 chunk.js's merger, which spreads the cost over the parts)
//               { type: "result", id, annotation, ms, chunks }
//                 (annotation is null when the parts were sent)
//               { type: "error", id, message }
import init, { annotate } from "./pkg/newsmark.js";
import { splitChunks } from "./chunk.js";

let latest = 0;
const ready = init().then(
  () => { postMessage({ type: "ready" }); return true; },
  (err) => { postMessage({ type: "fatal", message: String(err?.message ?? err) }); return false; },
);

const pause = () => new Promise((ok) => setTimeout(ok, 0)); // lets a newer job's message in

self.onmessage = async ({ data: { id, text } }) => {
  latest = id;
  if (!(await ready)) return;
  const t0 = performance.now();
  try {
    const chunks = splitChunks(text);
    if (chunks.length === 1) {
      const annotation = annotate(text);
      postMessage({ type: "result", id, annotation, ms: performance.now() - t0, chunks: 1 });
      return;
    }
    for (let i = 0; i < chunks.length; i++) {
      if (i > 0) await pause();
      if (id !== latest) return;
      const part = annotate(chunks[i].text);
      postMessage({ type: "part", id, part, start: chunks[i].start, done: i + 1, total: chunks.length, chars: chunks[i].end });
    }
    postMessage({ type: "result", id, annotation: null, ms: performance.now() - t0, chunks: chunks.length });
  } catch (err) {
    postMessage({ type: "error", id, message: String(err?.message ?? err) });
  }
};
