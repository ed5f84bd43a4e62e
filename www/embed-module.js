// The embedding API as ES modules (the npm package's `newsmark/ui`, and the
// body of the `newsmark` global of the single-file script, see embed.js):
// the engine, in-place highlighting with its styles, the <news-annotator>
// element, and the renderer and card for building your own view.
import { load, isLoaded, annotate, schema } from "./engine.js";
import { highlight as highlightWith, clear, isHighlighted, textOf } from "./highlight.js";
import { defineElement as defineWith } from "./element.js";
import { styleDocument } from "./styles.js";

export { load, isLoaded, annotate, schema, clear, isHighlighted, textOf };
export { render, renderInSteps, setHidden, legend, collectMarks, LABELS, KINDS } from "./render.js";
export { attachCards, explain } from "./card.js";
export { renderLegend, kindFilter } from "./legend.js";
// The page's exports as strings, for a host that saves its own files; `article` is { title, url, date }, each optional.
export { toJson, toWebAnnotation, toCsv, toHtml, CSV_KINDS } from "./export.js";

/** The version of this build (the npm package's version). */
export const version = "0.1.0";

/**
 * Marks up the text inside `element` in place (see highlight.js); the engine
 * must be loaded (await load()). Adds the marks' styles to the element's
 * document or shadow root once. Returns { text, annotation, marks, placed, unplaced }.
 */
export function highlight(element, options = {}) {
  const result = highlightWith(element, (text) => annotate(text), options);
  styleDocument(element.getRootNode());
  return result;
}

/** Defines <news-annotator> (once), with this engine. */
export function defineElement(name = "news-annotator") {
  return defineWith({ load, annotate }, name);
}
