// The stylesheets of the element's shadow root and of in-place highlighting.
// As ES modules (served): <link>s to marks.css and element.css beside this
// file. The builds (scripts/bundle.mjs: the single-file script and the npm
// package) replace this module with one that has the CSS inlined and adopts it
// as constructed stylesheets, which need no request and no inline <style>.
const url = (file) => new URL(file, import.meta.url).href;

function link(parent, file) {
  const href = url(file);
  if ([...parent.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href === href)) return;
  const l = document.createElement("link");
  l.rel = "stylesheet";
  l.href = href;
  parent.append(l);
}

/** The text of marks.css when it is inlined (builds), else null. */
export const marksCss = () => null;

/** Styles a shadow root for the element: the marks and the element's own look. */
export function styleShadow(root) {
  link(root, "marks.css");
  link(root, "element.css");
}

/** Styles marks placed in a document or a shadow root (in-place highlighting). */
export function styleDocument(root) {
  link(root.head ?? root, "marks.css");
}
