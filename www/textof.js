// The text of an element as the engine should see it, and where each part
// of it lives (used by in-place highlighting and by the page, to read HTML
// dropped on it): text nodes in document order; block boundaries and <br>
// add virtual line breaks; tabs and line breaks inside a text node become
// spaces, one character for one, so offsets stay exact.

/** Elements whose text is not article text (never read, never marked). */
export const SKIP = "script, style, noscript, template, textarea, select, option, button, svg, math, iframe, object, canvas, video, audio, [data-newsmark-skip]";
const BLOCKS = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "TD", "TH", "CAPTION", "UL"]);
// Containers where a <mark> around whitespace would sit between block children.
export const NO_BARE_MARK = new Set([...BLOCKS].filter((t) => t !== "P" && !/^H\d$/.test(t) && t !== "DT" && t !== "DD" && t !== "SUMMARY" && t !== "CAPTION" && t !== "FIGCAPTION" && t !== "PRE"));

/**
 * The text of `root` as the engine should see it, and where each part of it
 * lives: { text, segments: [{ node, start, end }] } (segments in order; the
 * text between segments is virtual line breaks).
 */
export function textOf(root, { skip = SKIP } = {}) {
  let text = "", pending = "";
  const segments = [];
  const brk = (s) => { if (text && pending.length < 2) pending = (pending + s).slice(0, 2); };
  const walk = (parent, pre) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = node.data;
        if (!data) continue;
        if (!/\S/.test(data) && (pending || !text)) continue; // whitespace between blocks: part of the break
        text += pending;
        pending = "";
        segments.push({ node, start: text.length, end: text.length + data.length });
        text += pre ? data : data.replace(/[\t\n\r\f]/g, " ");
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.matches(skip)) continue; // (our own marks are read through: their text is the article's)
        if (node.tagName === "BR") { brk("\n"); continue; }
        const block = BLOCKS.has(node.tagName);
        if (block) brk("\n\n");
        walk(node, pre || node.tagName === "PRE");
        if (block) brk("\n\n");
      }
    }
  };
  walk(root, root.closest?.("pre") != null);
  return { text, segments };
}

