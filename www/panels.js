// The side panels that list what the annotation found: actors, quotes grouped
// by speaker, and each speaker's share of the quoted words (an SVG chart).
// Every string from the text goes in as textContent.

const LIMIT = 300; // entries shown per list; the exports have all of them

export const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};
const svg = (tag, attrs = {}) => {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};
export { svg };

const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const more = (n) => el("p", "more", `… and ${n.toLocaleString()} more (the exports have them all)`);

/** Actors with their counts, most mentioned first. */
export function actorRows(a) {
  const quotes = new Map(), stances = new Map();
  for (const q of a.quotes) if (q.speaker?.actor != null) quotes.set(q.speaker.actor, (quotes.get(q.speaker.actor) ?? 0) + 1);
  for (const s of a.stances) if (s.holder?.actor != null) stances.set(s.holder.actor, (stances.get(s.holder.actor) ?? 0) + 1);
  return a.actors.map((actor, i) => ({
    id: i, name: actor.name, label: actor.label, mentions: actor.mentions.length,
    quotes: quotes.get(i) ?? 0, stances: stances.get(i) ?? 0,
  })).sort((x, y) => y.mentions - x.mentions || y.quotes - x.quotes || x.name.localeCompare(y.name));
}

/** The Actors panel: one toggle button per actor; onSelect(id or null). */
export function renderActors(container, a, selected, onSelect) {
  const rows = actorRows(a);
  if (!rows.length) { container.replaceChildren(el("p", "empty", "No actors found.")); return; }
  const list = el("ul", "actors");
  for (const r of rows.slice(0, LIMIT)) {
    const button = el("button", "actor");
    button.type = "button";
    button.dataset.actor = r.id;
    button.setAttribute("aria-pressed", String(selected === r.id));
    const tag = el("span", `tag ent-${r.label}`, r.label);
    tag.setAttribute("aria-label", `label ${r.label}`);
    button.append(el("span", "name", r.name), " ", tag, el("span", "counts",
      `${plural(r.mentions, "mention")} · ${plural(r.quotes, "quote")} · ${plural(r.stances, "stance")}`));
    button.addEventListener("click", () => onSelect(button.getAttribute("aria-pressed") === "true" ? null : r.id));
    const li = el("li");
    li.append(button);
    list.append(li);
  }
  container.replaceChildren(list);
  if (rows.length > LIMIT) container.append(more(rows.length - LIMIT));
}

/** Quotes grouped by speaker (most quoted first, unattributed last). */
export function quoteGroups(a) {
  const groups = new Map();
  a.quotes.forEach((q, i) => {
    const who = q.speaker_text ?? "";
    if (!groups.has(who)) groups.set(who, []);
    groups.get(who).push({ ...q, index: i });
  });
  return [...groups].map(([speaker, quotes]) => ({ speaker, quotes }))
    .sort((x, y) => (x.speaker === "") - (y.speaker === "") || y.quotes.length - x.quotes.length);
}

/** The Quotes panel; onPick(quote index) when one is chosen. */
export function renderQuotes(container, a, onPick) {
  const groups = quoteGroups(a);
  if (!groups.length) { container.replaceChildren(el("p", "empty", "No quotes found.")); return; }
  const frag = document.createDocumentFragment();
  let shown = 0;
  for (const g of groups) {
    if (shown >= LIMIT) break;
    const section = el("section", "speaker");
    section.append(el("h3", null, `${g.speaker || "No speaker found"} (${g.quotes.length})`));
    const list = el("ul", "quotes");
    for (const q of g.quotes.slice(0, LIMIT - shown)) {
      const button = el("button", `quote-link quote-${q.kind}`, clip(q.text, 160));
      button.type = "button";
      button.dataset.quote = q.index;
      button.setAttribute("aria-label", `${q.kind} quote: ${clip(q.text, 160)}. Show it in the article`);
      button.addEventListener("click", () => onPick(q.index));
      const li = el("li");
      li.append(button);
      list.append(li);
      shown++;
    }
    section.append(list);
    frag.append(section);
  }
  container.replaceChildren(frag);
  if (a.quotes.length > shown) container.append(more(a.quotes.length - shown));
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
export const countWords = (s) => (s.match(WORD) ?? []).length;

/** Each speaker's quoted words: [{ speaker, words, share }], largest first. */
export function speakerShares(a) {
  const words = new Map();
  for (const q of a.quotes) {
    const who = q.speaker_text ?? "No speaker found";
    words.set(who, (words.get(who) ?? 0) + countWords(q.text));
  }
  const total = [...words.values()].reduce((x, y) => x + y, 0);
  return [...words].map(([speaker, n]) => ({ speaker, words: n, share: total ? n / total : 0 }))
    .sort((x, y) => y.words - x.words);
}

/** The chart of quoted-word shares, as an SVG bar chart. */
export function renderShares(container, a) {
  const rows = speakerShares(a).slice(0, 12);
  if (!rows.length) { container.replaceChildren(el("p", "empty", "No quoted words.")); return; }
  const W = 320, ROW = 26, LABEL = 140;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${rows.length * ROW + 4}`, class: "chart", role: "img" });
  chart.setAttribute("aria-label", "Share of quoted words: " +
    rows.map((r) => `${r.speaker} ${Math.round(r.share * 100)}% (${r.words} words)`).join("; "));
  rows.forEach((r, i) => {
    const y = i * ROW + 4;
    const name = svg("text", { x: LABEL - 6, y: y + 15, "text-anchor": "end", class: "chart-label" });
    name.textContent = clip(r.speaker, 20);
    const tip = svg("title");
    tip.textContent = `${r.speaker}: ${r.words} words`;
    const width = Math.max(2, (W - LABEL - 48) * r.share);
    const bar = svg("rect", { x: LABEL, y, width, height: ROW - 8, rx: 3, class: "chart-bar" });
    bar.append(tip);
    const pct = svg("text", { x: LABEL + width + 4, y: y + 15, class: "chart-value" });
    pct.textContent = `${Math.round(r.share * 100)}%`;
    chart.append(name, bar, pct);
  });
  container.replaceChildren(chart);
}
