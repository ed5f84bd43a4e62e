// The stance map: holders on the left, targets on the right, joined by
// support (solid, green, "+") and oppose (dashed, red, "−") edges whose width
// grows with the count. Built with DOM APIs as SVG, with a text list beside
// it for screen readers and copying.
import { el, svg } from "./panels.js";

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The edges: the engine's stance_summary, or counted from the stances when it is empty. */
export function stanceEdges(a) {
  if (a.stance_summary?.length) return a.stance_summary;
  const edges = new Map();
  for (const s of a.stances ?? []) {
    const holder = s.holder_name ?? s.holder?.text ?? "(not named)";
    const target = (s.target?.actor != null ? a.actors?.[s.target.actor]?.name : null) ?? s.target?.text ?? "?";
    const key = `${holder}\u0000${target}\u0000${s.polarity}`;
    if (!edges.has(key)) edges.set(key, { holder, target, polarity: s.polarity, count: 0 });
    edges.get(key).count++;
  }
  return [...edges.values()];
}

/** Draws the map into `container`. */
export function renderStanceMap(container, a) {
  const edges = stanceEdges(a).slice().sort((x, y) => y.count - x.count).slice(0, 40);
  if (!edges.length) {
    container.replaceChildren(el("p", "empty", "No stances found in this text."));
    return;
  }
  const holders = [...new Set(edges.map((e) => e.holder))];
  const targets = [...new Set(edges.map((e) => e.target))];
  const W = 320, ROW = 30, TOP = 22, NODE = 110;
  const H = TOP + Math.max(holders.length, targets.length) * ROW;
  const yOf = (list, name) => TOP + list.indexOf(name) * ROW + ROW / 2;
  const map = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "stance-map", role: "img" });
  map.setAttribute("aria-label", `Stance map: ${edges.length} edges (listed below)`);
  for (const [x, text, anchor] of [[4, "Holders", "start"], [W - 4, "Targets", "end"]]) {
    const h = svg("text", { x, y: 13, "text-anchor": anchor, class: "map-heading" });
    h.textContent = text;
    map.append(h);
  }
  const most = Math.max(...edges.map((e) => e.count));
  for (const e of edges) {
    const y1 = yOf(holders, e.holder), y2 = yOf(targets, e.target);
    const x1 = NODE + 4, x2 = W - NODE - 4, mid = (x1 + x2) / 2;
    const path = svg("path", {
      d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`,
      class: `edge edge-${e.polarity}`, "stroke-width": 1.5 + 3.5 * (e.count / most),
    });
    const tip = svg("title");
    tip.textContent = `${e.holder} ${e.polarity === "support" ? "supports" : "opposes"} ${e.target} (${e.count})`;
    path.append(tip);
    const sign = svg("text", { x: mid, y: (y1 + y2) / 2 - 4, "text-anchor": "middle", class: `edge-sign edge-${e.polarity}` });
    sign.textContent = `${e.polarity === "support" ? "+" : "\u2212"}${e.count > 1 ? e.count : ""}`;
    map.append(path, sign);
  }
  const node = (name, x, y, side) => {
    const g = svg("g", { class: `node node-${side}` });
    g.append(svg("rect", { x, y: y - 10, width: NODE, height: 20, rx: 10 }));
    const t = svg("text", { x: x + NODE / 2, y: y + 4, "text-anchor": "middle" });
    t.textContent = clip(name, 17);
    const tip = svg("title");
    tip.textContent = name;
    g.append(t, tip);
    map.append(g);
  };
  holders.forEach((h) => node(h, 2, yOf(holders, h), "holder"));
  targets.forEach((t) => node(t, W - NODE - 2, yOf(targets, t), "target"));
  const list = el("ul", "edges");
  for (const e of edges) {
    list.append(el("li", `edge-item edge-${e.polarity}`,
      `${e.holder} ${e.polarity === "support" ? "supports" : "opposes"} ${e.target}${e.count > 1 ? ` (${e.count})` : ""}`));
  }
  container.replaceChildren(map, list);
}
