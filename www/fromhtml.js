// HTML given to the page (a dropped .html file, a paste from a web page, or
// markup pasted as text) reduced to the text a reader sees: parsed by the
// browser's own parser into an inert document (DOMParser: no script runs, no
// image or style loads, nothing is rendered), then read with textof.js (as in-place
// highlighting reads an article), so paragraphs, headings and list items stay lines
// apart and script, style, forms and hidden template content are left out.
import { textOf } from "./textof.js";

/** Whether plain text is an HTML document rather than prose. */
export const looksLikeHtml = (text) => /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);

/**
 * Markup with its inline handlers, inline styles and style and script
 * elements renamed inside the tags (the text between tags is untouched), so
 * that parsing it asks nothing of the page's Content Security Policy, which
 * would otherwise block each one and say so in the console. Nothing here is
 * a sanitizer: the parsed document is only read, never shown.
 */
const defuse = (html) => html.replace(/<\/?[a-z][^>]*>/gi, (tag) =>
  tag.replace(/^<(\/?)(style|script)\b/i, "<$1nm-$2").replace(/([\s/"'])(on[a-z]+|style)(\s*=)/gi, "$1data-nm-$2$3"));

/** The text of an HTML document or fragment, paragraphs kept as blank lines. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(defuse(String(html)), "text/html");
  for (const hidden of doc.querySelectorAll("[hidden], head, nm-style, nm-script")) hidden.remove();
  const articles = doc.querySelectorAll("article");
  const root = articles.length === 1 ? articles[0] : doc.body;
  return root ? textOf(root).text.replace(/[ \u00a0]+\n/g, "\n").trim() : "";
}
