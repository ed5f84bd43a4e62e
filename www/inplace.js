// The card (and, when asked, a small legend) for marks drawn in place on a
// host page's article by highlight.js. The card is the page's own card
// (card.js), in a shadow root of its own, so the host's CSS cannot reach it:
// it opens on hover, on keyboard focus (Tab reaches the first mark, ← → Home
// End step through the rest, Esc closes) and on a tap, and a tap elsewhere
// closes it. The legend is the article's first child, also in a shadow root,
// and hides or shows each kind by a class on the article. detach() removes
// everything else added (the marks, with their tab stops, go with clear()), so
// clear() leaves the host's DOM as it was.
import { attachCards } from "./card.js";
import { renderLegend } from "./legend.js";
import { styleShadow } from "./styles.js";

const el = (doc, tag, cls) => {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  return e;
};

/** A shadow host the page's CSS cannot move or hide (inline !important beats any author rule), with a reset wrapper inside. */
function shadowBox(doc, tag, themeClass, css) {
  const host = doc.createElement(tag);
  for (const [p, v] of Object.entries(css)) host.style.setProperty(p, v, "important");
  const shadow = host.attachShadow({ mode: "open" });
  styleShadow(shadow);
  const wrap = el(doc, "div", `nm-root nm-inplace-ui ${themeClass}`);
  shadow.append(wrap);
  return { host, wrap };
}

/**
 * Adds the card (and, with `legend`, the legend) to the marks highlight()
 * drew in `root`. `themeClass` is the marks' theme class. Returns detach().
 */
export function attachInplace(root, annotation, { themeClass, legend = false, allowed = () => true }) {
  const doc = root.ownerDocument;
  const stops = [...root.querySelectorAll("mark.nm-inplace.nm-stop")];
  stops.forEach((m, i) => { m.tabIndex = i === 0 ? 0 : -1; }); // one Tab stop; the arrows do the rest

  const off = new AbortController();
  const { host: cardHost, wrap } = shadowBox(doc, "newsmark-card", themeClass,
    { position: "absolute", left: "0", top: "0", width: "0", height: "0", margin: "0", padding: "0", border: "0", display: "block", visibility: "visible", "z-index": "2147483647" });
  const card = el(doc, "div", "nm-card");
  card.setAttribute("part", "card");
  wrap.append(card);
  (doc.body ?? doc.documentElement).append(cardHost);
  const { show, hide } = attachCards(root, card, () => annotation, { signal: off.signal, keysOnMarks: true });
  root.addEventListener("click", (e) => { const m = e.target instanceof Element && e.target.closest("mark.nm-inplace"); if (m) show(m); }, { signal: off.signal });
  doc.addEventListener("pointerdown", (e) => { if (!(e.target instanceof Element && root.contains(e.target) && e.target.closest("mark.nm-inplace"))) hide(); }, { signal: off.signal });

  let legendHost = null;
  const hadClass = root.hasAttribute("class");
  let shownKeys = []; // the nm-hide-* classes the legend put on root
  if (legend) {
    const box = shadowBox(doc, "newsmark-legend", themeClass, { display: "block", visibility: "visible" });
    legendHost = box.host;
    const list = el(doc, "ul", "nm-legend");
    list.setAttribute("aria-label", "Kinds of marks: press one to hide or show it");
    box.wrap.append(list);
    const hidden = new Set();
    renderLegend(list, annotation, {
      hidden, allowed,
      onToggle: () => {
        for (const k of shownKeys) root.classList.remove(`nm-hide-${k}`);
        shownKeys = [...hidden];
        for (const k of shownKeys) root.classList.add(`nm-hide-${k}`);
        hide();
      },
    });
    root.prepend(legendHost); // inside the element, so the host's grid or flex layout around it is untouched
  }

  return () => {
    off.abort();
    hide();
    cardHost.remove();
    legendHost?.remove();
    for (const k of shownKeys) root.classList.remove(`nm-hide-${k}`); // only ours: the host may change its classes meanwhile
    if (!hadClass && !root.classList.length) root.removeAttribute("class");
  };
}
