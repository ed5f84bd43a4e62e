// The renderer: turns (text, annotation, options) into DOM marks over the
// original text. Standalone (no dependency on the page), for the page, a
// custom element in Shadow DOM or in-place highlighting; the styles are in
// marks.css.
//
// Text only ever enters the DOM as text nodes, never parsed as markup.
// Nesting and overlap (an entity inside a quote inside a stance) are handled
// by cutting the text at every span boundary: each piece is one element whose
// classes name every mark that covers it, and each mark kind draws with its
// own CSS property (background, underline, bottom border, top bar), so all of
// them stay visible at once. The pieces are grouped in blocks cut at line
// ends, so a long text can be rendered a block at a time.

/** Entity labels, with a name for people. */
export const LABELS = {
  PERSON: "Person", ORG: "Organisation", GPE: "Country, city or state", LOC: "Place",
  NORP: "Nationality or group", EVENT: "Event", TITLE: "Title or role", DATE: "Date",
  TIME: "Time", CARDINAL: "Number", QUANTITY: "Quantity", MISC: "Other name",
};

/** The toggleable kinds of marks besides entity labels, in legend order. */
export const KINDS = [
  { key: "quote-direct", label: "Direct quotes" },
  { key: "quote-partial", label: "Partial quotes" },
  { key: "attr", label: "Indirect (reported)" },
  { key: "stance-support", label: "Support" },
  { key: "stance-oppose", label: "Oppose" },
];

/** Legend entries with counts: entity labels present (most frequent first), then KINDS. */
export function legend(a) {
  const counts = new Map();
  const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const e of a.entities ?? []) count(`ent-${e.label}`);
  for (const q of a.quotes ?? []) count(`quote-${q.kind}`);
  for (const r of a.attributions ?? []) if (r.kind !== "direct") count("attr");
  for (const st of a.stances ?? []) count(`stance-${st.polarity}`);
  const entities = Object.keys(LABELS).filter((l) => counts.has(`ent-${l}`))
    .map((l) => ({ key: `ent-${l}`, label: LABELS[l], tag: l, count: counts.get(`ent-${l}`) }))
    .sort((x, y) => y.count - x.count);
  return [...entities, ...KINDS.filter((k) => counts.has(k.key)).map((k) => ({ ...k, count: counts.get(k.key) }))];
}

/**
 * Every mark of the annotation as { start, end, kind, index, key, item }:
 * kind is "entity", "quote", "attr" (a reported statement that is not a
 * direct quote), "stance" or "mention" (an actor's mention, not drawn, kept
 * so that all mentions of an actor can be found); key is the legend key.
 */
export function collectMarks(a) {
  const marks = [];
  const add = (kind, key, item, index, span = item) => {
    if (span && span.end > span.start) marks.push({ start: span.start, end: span.end, kind, index, key, item });
  };
  (a.entities ?? []).forEach((e, i) => add("entity", `ent-${e.label}`, e, i));
  (a.quotes ?? []).forEach((q, i) => add("quote", `quote-${q.kind}`, q, i));
  (a.attributions ?? []).forEach((r, i) => { if (r.kind !== "direct") add("attr", "attr", r, i, r.content); });
  (a.stances ?? []).forEach((s, i) => add("stance", `stance-${s.polarity}`, s, i));
  (a.actors ?? []).forEach((actor, i) => actor.mentions.forEach((m, j) => add("mention", "mention", { ...m, actor: i }, j, m)));
  return marks.sort((x, y) => x.start - y.start || y.end - x.end);
}

const CLASSES = {
  entity: (m) => `ent ent-${m.item.label}`,
  quote: (m) => `quote quote-${m.item.kind}`,
  attr: () => "attr",
  stance: (m) => `stance stance-${m.item.polarity}`,
  mention: () => "mention",
};
const SHORT = { entity: "ent", quote: "quote", attr: "attr", stance: "stance" };

/** Cuts [0, text.length) at every mark boundary: [{ start, end, marks }] (marks empty for plain text). */
export function pieces(text, marks) {
  return [...eachPiece(text, marks)];
}

/** The pieces one at a time; `marks` sorted by start (as collectMarks returns them). */
export function* eachPiece(text, marks) {
  const cuts = new Float64Array(2 * marks.length + 2);
  marks.forEach((m, i) => {
    cuts[2 * i] = Math.max(0, Math.min(m.start, text.length));
    cuts[2 * i + 1] = Math.max(0, Math.min(m.end, text.length));
  });
  cuts[cuts.length - 2] = 0;
  cuts[cuts.length - 1] = text.length;
  cuts.sort();
  let next = 0, active = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    if (a === b) continue;
    active = active.filter((m) => m.end > a);
    while (next < marks.length && marks[next].start <= a) {
      if (marks[next].end > a) active.push(marks[next]);
      next++;
    }
    yield { start: a, end: b, marks: active.slice() };
  }
}

/** The mark classes a legend key's swatch is drawn with ("ent-PERSON" -> "ent ent-PERSON"): the page's legend and the HTML export. */
export function swatchClasses(key) {
  const [group, sub] = key.split(/-(.*)/);
  return { ent: `ent ent-${sub}`, quote: `quote quote-${sub}`, attr: "attr", stance: `stance stance-${sub} stance-s` }[group] ?? "";
}

/**
 * How a piece is drawn, without the DOM (shared with the HTML export):
 * { tag, classes, label, marks: "kind:index ...", actors: [ids], stop }.
 */
export function pieceInfo(piece) {
  const visible = piece.marks.filter((m) => m.kind !== "mention");
  const classes = ["m"];
  const labels = [];
  for (const m of piece.marks) {
    classes.push(CLASSES[m.kind](m));
    if (m.kind === "mention") continue;
    if (m.start === piece.start) classes.push(`${SHORT[m.kind]}-s`);
    if (m.end === piece.end) {
      classes.push(`${SHORT[m.kind]}-e`);
      if (m.kind === "entity") labels.unshift(m.item.label); // innermost first: "PERSON · TITLE"
    }
  }
  const label = labels.length ? labels.join(" · ") : null;
  const actors = new Set(piece.marks.filter((m) => m.kind === "mention" || (m.kind === "entity" && m.item.actor != null))
    .map((m) => m.item.actor));
  const stop = visible.some((m) => m.start === piece.start); // a mark starts here: a keyboard stop
  if (stop) classes.push("nm-stop");
  return {
    tag: visible.length ? "mark" : "span", classes: classes.join(" "), label,
    marks: visible.map((m) => `${m.kind}:${m.index}`).join(" "), actors: [...actors], stop,
  };
}

function pieceElement(text, piece) {
  const info = pieceInfo(piece);
  const el = document.createElement(info.tag);
  el.className = info.classes;
  if (info.label) el.dataset.label = info.label;
  el.dataset.marks = info.marks;
  if (info.actors.length) el.dataset.actors = info.actors.join(" ");
  if (info.stop) el.tabIndex = -1;
  el.textContent = text.slice(piece.start, piece.end);
  return el;
}

/** The rendered view as blocks (div.nm-block) of about `size` characters, cut at line ends. */
export function* blocks(text, annotation, size = 8000) {
  let block = document.createElement("div"), length = 0;
  block.className = "nm-block";
  const flush = () => {
    const done = block;
    block = document.createElement("div");
    block.className = "nm-block";
    length = 0;
    return done;
  };
  for (const piece of eachPiece(text, collectMarks(annotation))) {
    if (piece.marks.length) {
      block.append(pieceElement(text, piece));
      length += piece.end - piece.start;
      continue;
    }
    let from = piece.start;
    while (from < piece.end) {
      const nl = text.indexOf("\n", from);
      if (length + (piece.end - from) < size || nl < 0 || nl >= piece.end) {
        block.append(text.slice(from, piece.end));
        length += piece.end - from;
        break;
      }
      block.append(text.slice(from, nl + 1));
      length += nl + 1 - from;
      from = nl + 1;
      if (length >= size) yield flush();
    }
  }
  if (block.childNodes.length || text.length === 0) yield block;
}

/** Renders into `container` at once (replacing its content); returns the number of pieces drawn. */
export function render(container, text, annotation, options = {}) {
  const frag = document.createDocumentFragment();
  for (const b of blocks(text, annotation, options.blockSize)) frag.append(b);
  container.replaceChildren(frag);
  container.classList.add("nm-view");
  setHidden(container, options.hidden ?? new Set());
  return container.querySelectorAll(".m").length;
}

/**
 * Renders a block at a time, yielding to the browser every `budget` ms so a
 * long text never freezes the page. Resolves true when done, false when
 * `signal` aborted it. `onProgress(charsDone)` is called between steps.
 */
export async function renderInSteps(container, text, annotation, { budget = 12, signal, onProgress, hidden, blockSize } = {}) {
  container.classList.add("nm-view");
  setHidden(container, hidden ?? new Set());
  let first = true, frag = document.createDocumentFragment(), t0 = performance.now(), chars = 0;
  for (const b of blocks(text, annotation, blockSize)) {
    chars += b.textContent.length;
    frag.append(b);
    if (performance.now() - t0 < budget) continue;
    if (first) container.replaceChildren(frag); else container.append(frag);
    first = false;
    frag = document.createDocumentFragment();
    onProgress?.(chars);
    await new Promise((ok) => setTimeout(ok, 0));
    if (signal?.aborted) return false;
    t0 = performance.now();
  }
  if (first) container.replaceChildren(frag); else container.append(frag);
  onProgress?.(chars);
  return true;
}

/** Hides the marks of the legend keys in `hidden` (a Set) by classes on the container. */
export function setHidden(container, hidden) {
  for (const c of [...container.classList]) if (c.startsWith("nm-hide-")) container.classList.remove(c);
  for (const key of hidden) container.classList.add(`nm-hide-${key}`);
}

/** The legend key of a mark of `kind` (entity, quote, attr, stance) and its item. */
export function keyOf(kind, item) {
  if (kind === "entity") return `ent-${item.label}`;
  if (kind === "quote") return `quote-${item.kind}`;
  if (kind === "stance") return `stance-${item.polarity}`;
  return kind;
}

/** The item of the annotation that a mark "kind:index" names. */
export function itemOf(annotation, kind, index) {
  const list = { entity: annotation.entities, quote: annotation.quotes, attr: annotation.attributions, stance: annotation.stances }[kind];
  return list?.[index];
}

/** The marks of a rendered piece that are not hidden, innermost first, as [{ kind, index, item }]. */
export function marksOf(el, container, annotation) {
  return (el.dataset.marks ?? "").split(" ").filter(Boolean).map((id) => {
    const [kind, index] = id.split(":");
    return { kind, index: Number(index), item: itemOf(annotation, kind, Number(index)) };
  }).filter((m) => m.item && !container.classList.contains(`nm-hide-${keyOf(m.kind, m.item)}`))
    .sort((x, y) => spanOf(x) - spanOf(y)); // innermost first
}

function spanOf({ kind, item }) {
  const s = kind === "attr" ? item.content : item;
  return s.end - s.start;
}
