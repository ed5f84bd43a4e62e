// The page's annotator on the main thread, for the page opened from file://
// (no worker can start there): the engine of the `newsmark` global
// (dist/newsmark.js, the wasm inlined), running the same jobs as the worker.
// Long texts still go chunk by chunk with a pause between chunks, so the page
// keeps answering, though each chunk holds the main thread while it runs.
import { jobRunner } from "./jobs.js";

export function startAnnotator(onMessage, onError) {
  const deliver = (data) => setTimeout(() => onMessage({ data }), 0); // asynchronous, as a worker's messages are
  const engine = globalThis.newsmark;
  if (!engine) {
    setTimeout(() => onError({ message: "dist/newsmark.js is not loaded (run ./run build)" }), 0);
    return { post() {} };
  }
  const ready = engine.ready.then(
    () => { deliver({ type: "ready" }); return true; },
    (err) => { deliver({ type: "fatal", message: String(err?.message ?? err) }); return false; },
  );
  const run = jobRunner(ready, (text) => engine.annotate(text), deliver);
  return { post: (message) => { run(message); } };
}
