// The legend: one toggle button per kind of mark present (entity labels, then
// quotes, reported statements and stances), each with a swatch drawn the way
// the marks are and a count; pressing one hides or shows that kind. Used by the
// page and by the <news-annotator> element. Also the `kinds` filter shared by
// the element and in-place highlighting.
import { legend, swatchClasses } from "./render.js";

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

/**
 * Fills `list` (a <ul>) with the legend of `annotation`. `hidden` (a Set of
 * legend keys) is read and changed by the toggles; `onToggle(hidden)` is
 * called after each press; only keys for which `allowed(key)` is true appear.
 */
export function renderLegend(list, annotation, { hidden, onToggle = () => {}, allowed = () => true }) {
  list.replaceChildren(...legend(annotation).filter((k) => allowed(k.key)).map((k) => {
    const button = el("button", "toggle");
    button.type = "button";
    button.dataset.kind = k.key;
    const state = () => {
      button.setAttribute("aria-pressed", String(!hidden.has(k.key)));
      button.title = `${k.label}: ${hidden.has(k.key) ? "show" : "hide"}`;
    };
    state();
    const swatch = el("span", `nm-swatch m ${swatchClasses(k.key)}`, k.tag ?? "Aa");
    swatch.setAttribute("aria-hidden", "true");
    if (k.tag) { // an entity label: the swatch shows the tag, the name is for tooltips and screen readers
      swatch.removeAttribute("aria-hidden");
      swatch.setAttribute("aria-label", k.label);
      button.append(swatch, el("span", "count", k.count.toLocaleString()));
    } else {
      button.append(swatch, el("span", "kind", k.label), el("span", "count", k.count.toLocaleString()));
    }
    button.addEventListener("click", () => {
      hidden.has(k.key) ? hidden.delete(k.key) : hidden.add(k.key);
      state();
      onToggle(hidden);
    });
    const li = el("li");
    li.append(button);
    return li;
  }));
}

/** Words of a `kinds` list and the legend keys they stand for ("entities" stands for every ent-* key). */
const GROUPS = { entities: "ent-", quotes: "quote-", reported: "attr", attributions: "attr", stances: "stance-" };

/**
 * A filter from a `kinds` value: a string ("entities quotes", "ent-PERSON
 * stance-oppose") or an array of such words; null/empty means every kind.
 * Returns `allowed(key)`. An unknown word throws, so a typo is not silently
 * ignored.
 */
export function kindFilter(kinds) {
  const words = (Array.isArray(kinds) ? kinds : String(kinds ?? "").split(/[\s,]+/)).map((w) => w.trim()).filter(Boolean);
  if (!words.length || words.includes("all")) return () => true;
  const prefixes = [], keys = new Set();
  for (const w of words) {
    if (w in GROUPS) prefixes.push(GROUPS[w]);
    else if (/^(ent-[A-Z]+|quote-(direct|partial)|attr|stance-(support|oppose))$/.test(w)) keys.add(w);
    else throw new Error(`newsmark: unknown kind "${w}" (use entities, quotes, reported, stances, or legend keys such as ent-PERSON, quote-direct, attr, stance-oppose)`);
  }
  return (key) => keys.has(key) || prefixes.some((p) => key.startsWith(p));
}
