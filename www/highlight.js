// In-place highlighting: marks up the text already inside a host element (an
// article with paragraphs, links, emphasis...) without touching its elements,
// and undoes it exactly.
//
// 1. Walk the element's text nodes in document order and build one string
//    from them, with a map from string offsets back to (node, offset). Block
//    boundaries (p, div, li, h1...) and <br> add virtual line breaks that no
//    node holds, so the engine sees paragraphs; inside a text node, a tab or
//    line break (which HTML shows as a space outside <pre>) is given to the
//    engine as a space, one character for one, so offsets stay exact.
// 2. Annotate the string (or take a given annotation and check that each of
//    its spans' text is the string at its offsets: a span that is not is
//    reported, never placed).
// 3. Cut the string into pieces with the renderer's own eachPiece/pieceInfo
//    (render.js: the same classes and labels as the page and the element),
//    and wrap each piece's part in each text node in a <mark>, splitting text
//    nodes with splitText. Elements are never moved, rebuilt or re-parsed, so
//    links, event handlers and layout stay; text never goes through markup.
// 4. Record every split and wrap, so that clear() puts each original text
//    node back in place with its original data: the DOM afterwards is the
//    DOM before (the same nodes, the same innerHTML).
import { collectMarks, eachPiece, pieceInfo } from "./render.js";
import { explain } from "./card.js";
import { kindFilter } from "./legend.js";
import { SKIP, NO_BARE_MARK, textOf } from "./textof.js";
import { attachInplace } from "./inplace.js";

export { SKIP, textOf };

const done = new WeakMap(); // element -> what highlight() did, for clear()
const owner = new WeakMap(); // <mark> -> the element whose highlight() made it

const spanOfMark = (m) => (m.kind === "attr" ? m.item.content : m.item);

/** Whether the text colour of `el` is light (so the dark palette suits it). */
function darkHost(el) {
  const m = getComputedStyle(el).color.match(/[\d.]+/g);
  if (!m) return false;
  const [r, g, b] = m.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
}

/**
 * Marks up the text inside `root` in place. `annotate(text)` is the engine
 * (unless `options.annotation` is given: an annotation of exactly the text
 * that textOf(root) returns, UTF-16 offsets). Options:
 *   kinds      which kinds to mark ("entities quotes", "ent-PERSON stance-oppose"...; default all)
 *   theme      "auto" (from the element's text colour), "light" or "dark"
 *   labels     show entity labels after names (adds text to the layout; default false)
 *   card       the page's card on hover, keyboard focus and tap, in a shadow root (default true; inplace.js)
 *   legend     with the card, a small legend just before the element that hides or shows each kind (default false)
 *   titles     a native title on each mark saying what it is and why (default: only without the card)
 *   skip       a selector of elements whose text is left alone (default SKIP)
 * Returns { text, annotation, marks, placed, unplaced }: `placed` counts the
 * marks drawn, `unplaced` lists [{ kind, index, start, end, text, reason }]
 * for marks that could not be placed (they are left out, never misplaced).
 * A second call first clears the first. The marks' styles (marks.css) are the
 * caller's to add (embed-module.js adds them to the element's document or shadow root).
 */
export function highlight(root, annotate, options = {}) {
  if (!(root instanceof Element)) throw new TypeError("newsmark.highlight: expected an element");
  const { kinds, theme = "auto", labels = false, card = true, legend = false, skip = SKIP } = options;
  const titles = options.titles ?? !card;
  if (!["auto", "light", "dark"].includes(theme)) throw new Error(`newsmark.highlight: theme must be "auto", "light" or "dark", not ${JSON.stringify(theme)}`);
  const allowed = kindFilter(kinds);
  clear(root);
  // Marks inside `root` left by highlighting an element around or inside it go first: never a mark in a mark.
  for (const m of root.querySelectorAll("mark.nm-inplace")) if (owner.has(m)) clear(owner.get(m));
  const { text, segments } = textOf(root, { skip });
  const annotation = options.annotation ?? annotate(text);
  if (annotation.offsets && annotation.offsets !== "utf16") throw new Error("newsmark.highlight: the annotation must have UTF-16 offsets");

  // Every mark must sit on its own text; a mark that does not is reported, not drawn.
  const unplaced = [];
  const report = (m, reason) => unplaced.push({ kind: m.kind, index: m.index, start: m.start, end: m.end, text: spanOfMark(m).text, reason });
  const marks = collectMarks(annotation).filter((m) => {
    if (m.kind === "mention" || !allowed(m.key)) return false;
    const span = spanOfMark(m);
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length)) {
      report(m, `offsets ${span.start}-${span.end} are outside the element's text (${text.length} characters)`);
      return false;
    }
    const here = text.slice(span.start, span.end);
    if (span.text != null && here !== span.text) {
      report(m, `the element's text at ${span.start}-${span.end} is ${JSON.stringify(here.slice(0, 60))}, not the mark's ${JSON.stringify(String(span.text).slice(0, 60))}`);
      return false;
    }
    return true;
  });

  // The pieces of each text node to wrap, from the shared renderer.
  const jobs = new Map(); // node -> [{ from, to, info, marks }]
  let seg = 0;
  for (const piece of eachPiece(text, marks)) {
    if (!piece.marks.length) continue;
    while (seg < segments.length && segments[seg].end <= piece.start) seg++;
    for (let i = seg; i < segments.length && segments[i].start < piece.end; i++) {
      const s = segments[i];
      const from = Math.max(piece.start, s.start) - s.start, to = Math.min(piece.end, s.end) - s.start;
      if (to <= from) continue;
      const part = s.node.data.slice(from, to);
      if (!/\S/.test(part) && NO_BARE_MARK.has(s.node.parentNode?.tagName)) continue; // whitespace between blocks
      if (!jobs.has(s.node)) jobs.set(s.node, []);
      jobs.get(s.node).push({ from, to, piece });
    }
  }

  const themeClass = `nm-theme-${theme === "auto" ? (darkHost(root) ? "dark" : "light") : theme}`;
  const records = [];
  const wrapped = new Map(); // "kind:index" -> number of <mark>s
  const doc = root.ownerDocument;
  for (const [node, list] of jobs) {
    const record = { node, data: node.data, parts: [node], marks: [] };
    records.push(record);
    for (const { from, to, piece } of list.sort((x, y) => y.from - x.from)) { // from the end: earlier offsets stay valid
      if (to < node.length) record.parts.push(node.splitText(to));
      const target = from > 0 ? node.splitText(from) : node;
      if (target !== node) record.parts.push(target);
      const info = pieceInfo(piece);
      const mark = doc.createElement("mark");
      mark.className = `${card ? info.classes : info.classes.replace(" nm-stop", "")} nm-inplace ${themeClass}`;
      if (labels && info.label) mark.dataset.label = info.label;
      mark.dataset.marks = info.marks;
      if (titles) {
        mark.title = piece.marks.map((m) => {
          const [title, rows] = explain(annotation, m);
          return `${title}: ${rows.filter(([k]) => k !== "Text").map(([k, v]) => `${k}: ${v}`).join("; ")}`;
        }).join("\n");
      }
      target.parentNode.insertBefore(mark, target);
      mark.append(target);
      record.marks.push(mark);
      owner.set(mark, root);
      for (const id of info.marks.split(" ")) wrapped.set(id, (wrapped.get(id) ?? 0) + 1);
    }
  }
  const drawn = marks.filter((m) => {
    if (wrapped.has(`${m.kind}:${m.index}`)) return true;
    report(m, "its text is only line breaks between blocks, with nothing to mark");
    return false;
  });
  const detach = card ? attachInplace(root, annotation, { themeClass, legend, allowed }) : null;
  done.set(root, { records, detach });
  unplaced.sort((x, y) => x.start - y.start);
  return { text, annotation, marks: drawn.map((m) => ({ kind: m.kind, index: m.index, start: m.start, end: m.end })), placed: drawn.length, unplaced };
}

/**
 * Undoes highlight(root): every original text node goes back in its place
 * with its original text, and the marks and split-off nodes go. Returns false
 * when there was nothing to undo.
 */
export function clear(root) {
  const state = done.get(root);
  if (!state) return false;
  done.delete(root);
  state.detach?.();
  for (const { node, data, parts, marks } of state.records) {
    const head = node.parentNode && marks.includes(node.parentNode) ? node.parentNode : node;
    if (head.parentNode) head.parentNode.insertBefore(node, head); // the original node leaves its mark
    for (const part of parts) if (part !== node) part.remove();
    for (const mark of marks) mark.remove();
    node.data = data;
  }
  return true;
}

/** Whether `root` is currently highlighted. */
export const isHighlighted = (root) => done.has(root);
