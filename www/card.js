// The card that explains a mark: on hover or keyboard focus of a rendered
// piece it names every visible mark covering it: the label and the actor, a
// quote's speaker and cue, a stance's holder, polarity and target, and in
// every case why (the engine's evidence). Standalone like render.js: it needs
// only the rendered container, a card element and the annotation.
import { LABELS, marksOf } from "./render.js";

const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

// UD relations in a reader's words (the rest are shown as they are).
const RELATIONS = {
  nsubj: "subject", "nsubj:pass": "passive subject", "nsubj:outer": "subject", csubj: "clausal subject",
  obj: "object", iobj: "indirect object", "obl:agent": "agent (by ...)", obl: "complement",
  "nmod:poss": "possessor", nmod: "modifier", appos: "apposition", conj: "conjunct",
  ccomp: "clause", xcomp: "clause", advcl: "adverbial clause", "acl:relcl": "relative clause",
  compound: "compound", amod: "modifier", root: "root",
};

/**
 * How the phrase `span` hangs in the parse: its head word's relation and the
 * word it depends on ("subject of “criticised”"), or null without tokens.
 */
export function syntaxNote(a, span) {
  if (!span) return null;
  for (const s of a.sentences ?? []) {
    if (!s.tokens || s.end <= span.start || s.start >= span.end) continue;
    const inside = (t) => t && t.start >= span.start && t.end <= span.end;
    const head = s.tokens.find((t) => inside(t) && !inside(s.tokens[t.head]));
    if (!head?.dep) return null;
    if (head.head == null) return "the sentence's main word";
    return `${RELATIONS[head.dep] ?? head.dep} of “${s.tokens[head.head].text}”`;
  }
  return null;
}

const withSyntax = (rows, a, span, term = "Syntax") => {
  const note = syntaxNote(a, span);
  if (note) rows.push([term, note]);
  return rows;
};

const actorName = (a, who) => (who?.actor != null ? a.actors?.[who.actor]?.name : null);

/** The rows [title, [[term, value]...]] that explain one mark. */
export function explain(a, { kind, item }) {
  const why = item.evidence ? `${item.evidence.rule}: ${item.evidence.detail}` : "no evidence given";
  switch (kind) {
    case "entity":
      return [`${LABELS[item.label] ?? item.label} (${item.label})`, [
        ["Text", item.text],
        ["Actor", actorName(a, item) ?? "not linked to an actor"],
        ["Why", why],
      ]];
    case "quote": {
      const rows = [["Speaker", item.speaker_text ?? "not found"]];
      if (item.speaker && item.speaker.text !== item.speaker_text) rows.push(["Named as", item.speaker.text]);
      rows.push(["Cue", item.cue?.text ?? "none"]);
      withSyntax(rows, a, item.speaker, "Speaker is");
      rows.push(["Why", why]);
      return [item.kind === "direct" ? "Direct quote" : "Partial quote", rows];
    }
    case "attr":
      return [`Reported statement (${item.kind})`, [
        ["Source", actorName(a, item.source) ?? item.source?.text ?? "not found"],
        ["Cue", item.cue?.text ?? "none"],
        ...withSyntax([], a, item.source, "Source is"),
        ["Why", why],
      ]];
    case "stance":
      return [item.polarity === "support" ? "Stance: support" : "Stance: oppose", [
        ["Holder", item.holder_name ?? actorName(a, item.holder) ?? item.holder?.text ?? "not named"],
        ["Polarity", item.polarity + (item.negated ? " (after negation)" : "")],
        ["Target", actorName(a, item.target) ?? item.target?.text ?? "?"],
        ["Cue", item.cue?.text ?? "none"],
        ...withSyntax([], a, item.holder, "Holder is"),
        ...withSyntax([], a, item.target, "Target is"),
        ["Why", why],
      ]];
    default:
      return [kind, [["Why", why]]];
  }
}

/** The card's content for these marks, as a fragment. */
export function cardContent(a, marks) {
  const frag = document.createDocumentFragment();
  for (const m of marks) {
    const [title, rows] = explain(a, m);
    const section = el("section", `nm-card-part nm-card-${m.kind}`);
    section.append(el("h3", null, title));
    const dl = el("dl");
    for (const [term, value] of rows) dl.append(el("dt", null, term), el("dd", null, value));
    section.append(dl);
    frag.append(section);
  }
  return frag;
}

/**
 * Where the card's containing block starts, in viewport pixels: the page
 * (scrolled) when the card is placed against the document, else its
 * positioned ancestor (e.g. the wrapper inside a custom element's shadow root).
 */
function origin(card) {
  const parent = card.offsetParent;
  if (!parent || (parent === document.body && getComputedStyle(parent).position === "static")) return [-window.scrollX, -window.scrollY];
  const r = parent.getBoundingClientRect();
  return [r.left + parent.clientLeft - parent.scrollLeft, r.top + parent.clientTop - parent.scrollTop];
}

/**
 * Wires hover, focus and the keyboard on a rendered container: the card
 * follows the piece under the pointer or with focus; Left/Right arrows (or
 * j/k) move focus from mark to mark, Home/End to the first and last, Escape
 * hides the card. `getAnnotation()` returns the annotation rendered.
 * Options: `wide()` (false: the card's place is left to CSS), `signal` (an
 * AbortSignal that removes the listeners), `keysOnMarks` (the arrows step
 * only when a mark has focus, so a host page's own keys stay its own).
 */
export function attachCards(container, card, getAnnotation, { wide = () => true, signal, keysOnMarks = false } = {}) {
  card.setAttribute("role", "tooltip");
  card.hidden = true;
  let shownFor = null;
  const hide = () => {
    card.hidden = true;
    shownFor?.removeAttribute("aria-describedby");
    shownFor = null;
  };
  const show = (piece) => {
    const marks = marksOf(piece, container, getAnnotation());
    if (!marks.length) return hide();
    if (shownFor !== piece) shownFor?.removeAttribute("aria-describedby");
    card.replaceChildren(cardContent(getAnnotation(), marks));
    card.hidden = false;
    shownFor = piece;
    if (card.id) piece.setAttribute("aria-describedby", card.id);
    if (!wide()) { card.style.left = ""; card.style.top = ""; return; }
    const r = piece.getBoundingClientRect();
    const w = card.offsetWidth, h = card.offsetHeight;
    const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - w - 8));
    const below = r.bottom + 6 + h < window.innerHeight || r.top < h + 12;
    const [x, y] = origin(card);
    card.style.left = `${left - x}px`;
    card.style.top = `${(below ? r.bottom + 6 : r.top - h - 6) - y}px`;
  };
  const active = () => container.getRootNode().activeElement; // the focused piece, also inside a shadow root
  const pieceAt = (t) => (t instanceof Element ? t.closest("mark.m") : null);
  const on = (type, fn) => container.addEventListener(type, fn, { signal });
  on("mouseover", (e) => { const p = pieceAt(e.target); if (p) show(p); });
  on("mouseout", (e) => {
    if (!pieceAt(e.relatedTarget) && active() !== shownFor) hide();
  });
  on("focusin", (e) => { const p = pieceAt(e.target); if (p) show(p); });
  on("focusout", () => hide());
  on("keydown", (e) => {
    if (e.key === "Escape") { hide(); return; }
    const step = { ArrowRight: 1, j: 1, ArrowLeft: -1, k: -1, Home: "first", End: "last" }[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey || (keysOnMarks && !pieceAt(e.target))) return;
    const a = getAnnotation();
    const stops = [...container.querySelectorAll(".nm-stop")].filter((s) => marksOf(s, container, a).length);
    if (!stops.length) return;
    e.preventDefault();
    const at = stops.indexOf(active());
    const next = step === "first" ? 0 : step === "last" ? stops.length - 1
      : at < 0 ? (step > 0 ? 0 : stops.length - 1) : Math.max(0, Math.min(stops.length - 1, at + step));
    stops[next].focus();
    stops[next].scrollIntoView({ block: "nearest" });
  });
  return { show, hide };
}
