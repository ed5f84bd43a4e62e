// Long texts are annotated in pieces: cut the text at paragraph breaks into
// chunks of about `size` UTF-16 units, annotate each chunk on its own, then
// shift every span by its chunk's start and join the lists. Actors of the
// same name and label in different chunks become one actor. Pure functions,
// no DOM: used by the worker and by tests.

/** Texts up to this length are annotated whole (so coreference sees all of it). */
export const WHOLE = 100_000;
/** Target chunk length for longer texts. */
export const CHUNK = 60_000;

/** Where to cut `text` near `at`: after a blank line, else a line end, else a sentence end, else at `at`. */
function cutNear(text, at, from) {
  const lo = from + Math.floor((at - from) / 2);
  for (const re of [/\n[ \t]*\r?\n/g, /\n/g, /[.!?]["”’)]?\s/g]) {
    re.lastIndex = lo;
    let best = -1, m;
    while ((m = re.exec(text)) && m.index < at + (at - from) / 2) {
      best = m.index + m[0].length;
      if (best >= at) break;
    }
    if (best > from) return best;
  }
  // No break at all: cut at `at`, never inside a surrogate pair.
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

/** Splits `text` into [{ start, end, text }] covering it exactly, in order. */
export function splitChunks(text, size = CHUNK, whole = WHOLE) {
  if (text.length <= whole) return [{ start: 0, end: text.length, text }];
  const chunks = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length - start <= size * 1.5 ? text.length : cutNear(text, start + size, start);
    if (end <= start) end = Math.min(text.length, start + size);
    chunks.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}

const shift = (span, by) => (span ? { ...span, start: span.start + by, end: span.end + by } : span);

/**
 * A merger that joins chunk annotations one at a time (so a long text's
 * parts can be joined as they arrive): add(part, start) with each chunk's
 * annotation (offsets relative to the chunk) and its start in the text, in
 * order; finish(length) returns the annotation of the whole text.
 */
export function merger() {
  const out = {
    schema: "newsmark/1", offsets: "utf16", length: 0,
    paragraphs: [], sentences: [], entities: [], actors: [], quotes: [], attributions: [], stances: [], stance_summary: [],
  };
  const actorIds = new Map(); // "label\0name" -> merged id
  const edges = new Map();
  const push = (list, items) => { for (const x of items) list.push(x); };
  return {
    add(a, by) {
      out.schema = a.schema;
      out.offsets = a.offsets;
      const remap = a.actors.map((actor) => {
        const key = `${actor.label}\u0000${actor.name}`;
        let id = actorIds.get(key);
        if (id === undefined) {
          id = out.actors.length;
          actorIds.set(key, id);
          out.actors.push({ id, name: actor.name, label: actor.label, mentions: [] });
        }
        push(out.actors[id].mentions, actor.mentions.map((m) => shift(m, by)));
        return id;
      });
      const who = (s) => (s ? { ...shift(s, by), actor: s.actor == null ? null : remap[s.actor] } : s);
      const paragraphBase = out.paragraphs.length;
      push(out.paragraphs, a.paragraphs.map((p) => shift(p, by)));
      push(out.sentences, a.sentences.map((s) => ({
        ...shift(s, by), paragraph: s.paragraph + paragraphBase,
        ...(s.tokens ? { tokens: s.tokens.map((t) => shift(t, by)) } : {}),
      })));
      push(out.entities, a.entities.map((e) => ({ ...shift(e, by), actor: e.actor == null ? null : remap[e.actor] })));
      push(out.quotes, a.quotes.map((q) => ({ ...shift(q, by), speaker: who(q.speaker), cue: shift(q.cue, by) })));
      push(out.attributions, a.attributions.map((r) => ({
        ...r, source: who(r.source), cue: shift(r.cue, by), content: shift(r.content, by),
      })));
      push(out.stances, (a.stances ?? []).map((s) => ({
        ...shift(s, by), holder: who(s.holder), target: who(s.target), cue: shift(s.cue, by),
      })));
      for (const e of a.stance_summary ?? []) {
        const key = `${e.holder}\u0000${e.target}\u0000${e.polarity}`;
        if (edges.has(key)) edges.get(key).count += e.count;
        else edges.set(key, { ...e });
      }
    },
    finish(length) {
      out.length = length;
      out.stance_summary = [...edges.values()];
      return out;
    },
  };
}

/** Joins chunk annotations at once: parts[i] is the annotation of the chunk that starts at starts[i]. */
export function mergeAnnotations(parts, starts, length) {
  if (parts.length === 1 && starts[0] === 0) return parts[0];
  const m = merger();
  parts.forEach((a, i) => m.add(a, starts[i]));
  return m.finish(length);
}
