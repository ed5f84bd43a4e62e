// Annotation jobs, the same wherever the engine runs (the module worker over
// http, or the page's main thread from file://): a long text is annotated
// chunk by chunk with a pause between chunks, so a newer job can take over.
//
// Messages in:  { id, text }
// Messages out: { type: "part", id, part, start, done, total, chars }
//                 (a long text: each chunk's annotation as it is made, offsets
//                 relative to the chunk that starts at `start`; join them with
//                 chunk.js's merger, which spreads the cost over the parts)
//               { type: "result", id, annotation, ms, chunks }
//                 (annotation is null when the parts were sent)
//               { type: "error", id, message }
import { splitChunks } from "./chunk.js";

const pause = () => new Promise((ok) => setTimeout(ok, 0)); // lets a newer job's message in

/** A job runner: `ready` resolves true when `annotate` can be called; `post` sends a message out. */
export function jobRunner(ready, annotate, post) {
  let latest = 0;
  return async ({ id, text }) => {
    latest = id;
    if (!(await ready)) return;
    const t0 = performance.now();
    try {
      const chunks = splitChunks(text);
      if (chunks.length === 1) {
        const annotation = annotate(text);
        post({ type: "result", id, annotation, ms: performance.now() - t0, chunks: 1 });
        return;
      }
      for (let i = 0; i < chunks.length; i++) {
        if (i > 0) await pause();
        if (id !== latest) return;
        const part = annotate(chunks[i].text);
        post({ type: "part", id, part, start: chunks[i].start, done: i + 1, total: chunks.length, chars: chunks[i].end });
      }
      post({ type: "result", id, annotation: null, ms: performance.now() - t0, chunks: chunks.length });
    } catch (err) {
      post({ type: "error", id, message: String(err?.message ?? err) });
    }
  };
}
