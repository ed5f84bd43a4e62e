// Turns an annotation into marks over the original text. Text is only ever
// put in the DOM as text nodes (never parsed as HTML). Overlapping and nested
// spans are handled by cutting the text at every span boundary: each piece is
// one element whose classes name every kind that covers it.

/** The kinds of marks, in legend order: key, legend label, and how to get them. */
export const KINDS = [
  { key: "entity", label: "Entities", items: (a) => a.entities.map((e) => ({ ...e, cls: `ent ent-${e.label}` })) },
  { key: "quote", label: "Quotes", items: (a) => a.quotes.map((q) => ({ ...q, cls: `quote quote-${q.kind}` })) },
  {
    key: "attribution", label: "Reported statements",
    items: (a) => a.attributions.filter((r) => r.kind !== "direct")
      .map((r) => ({ ...r, start: r.content.start, end: r.content.end, cls: "attr" })),
  },
  { key: "stance", label: "Stances", items: (a) => a.stances.map((s) => ({ ...s, cls: `stance stance-${s.polarity}` })) },
];

/** A one-line description of a mark, for its tooltip. */
export function describe(kind, item) {
  switch (kind) {
    case "entity": return `${item.label}: ${item.text} (${item.evidence.rule}: ${item.evidence.detail})`;
    case "quote": return `${item.kind} quote, speaker: ${item.speaker_text ?? "unknown"}${item.cue ? `, cue “${item.cue.text}”` : ""} (${item.evidence.rule})`;
    case "attribution": return `reported by ${item.source?.text ?? "unknown"}${item.cue ? ` (“${item.cue.text}”)` : ""}`;
    case "stance": return `${item.holder_name ?? item.holder?.text ?? "(unnamed)"} ${item.polarity}s ${item.target.text} (cue “${item.cue.text}”)`;
    default: return "";
  }
}

/** All marks of the visible kinds, as { start, end, kind, index, cls, item }. */
export function collectMarks(annotation, hidden = new Set()) {
  const marks = [];
  for (const kind of KINDS) {
    if (hidden.has(kind.key)) continue;
    kind.items(annotation).forEach((item, index) => {
      if (item.end > item.start) marks.push({ start: item.start, end: item.end, kind: kind.key, index, cls: item.cls, item });
    });
  }
  return marks;
}

/** Renders `text` with `annotation`'s marks into `container` (replacing its content). */
export function render(container, text, annotation, hidden = new Set()) {
  const marks = collectMarks(annotation, hidden);
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const starts = new Map();
  for (const m of marks) {
    if (!starts.has(m.start)) starts.set(m.start, []);
    starts.get(m.start).push(m);
  }
  const frag = document.createDocumentFragment();
  let active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > a).concat(starts.get(a) ?? []);
    const piece = text.slice(a, b);
    if (active.length === 0) { frag.append(piece); continue; }
    const el = document.createElement("span");
    el.className = "m " + active.map((m) => m.cls).join(" ");
    el.dataset.marks = active.map((m) => `${m.kind}:${m.index}`).join(" ");
    el.title = active.map((m) => describe(m.kind, m.item)).join("\n");
    el.textContent = piece;
    frag.append(el);
  }
  container.replaceChildren(frag);
  return marks.length;
}
