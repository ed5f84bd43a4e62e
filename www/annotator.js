// Where the page's annotator runs: a module worker (served over http). The
// file:// build of the page (scripts/bundle.mjs) swaps in annotator-inline.js,
// because a page opened from disk cannot start a worker.
// startAnnotator(onMessage, onError) -> { post(message) }; the messages are
// those of worker.js and jobs.js, delivered as { data }.
export function startAnnotator(onMessage, onError) {
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = onMessage;
  worker.onerror = onError;
  return { post: (message) => worker.postMessage(message) };
}
