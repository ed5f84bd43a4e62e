// The single-file script's entry (scripts/bundle.mjs builds dist/newsmark.js
// from it): one global, `newsmark`, and the <news-annotator> element. The
// engine starts loading at once; `newsmark.ready` resolves when it can annotate.
// Including the script twice changes nothing: the first copy stays.
import * as api from "./embed-module.js";

if (typeof globalThis.newsmark === "undefined") {
  const ready = api.load().then(() => undefined);
  ready.catch(() => {}); // a failure is the embedder's to see through `ready`, not an unhandled rejection
  const newsmark = Object.freeze({
    version: api.version,
    ready,
    annotate: api.annotate,
    schema: api.schema,
    highlight: api.highlight,
    clear: api.clear,
    isHighlighted: api.isHighlighted,
    textOf: api.textOf,
    render: api.render,
    legend: api.legend,
    collectMarks: api.collectMarks,
    attachCards: api.attachCards,
    explain: api.explain,
    toJson: api.toJson,
    toWebAnnotation: api.toWebAnnotation,
    toCsv: api.toCsv,
    toHtml: api.toHtml,
    CSV_KINDS: api.CSV_KINDS,
  });
  Object.defineProperty(globalThis, "newsmark", { value: newsmark, enumerable: true, configurable: true, writable: false });
  if (typeof customElements !== "undefined") api.defineElement();
}
