/** A piece of the text: `text === input.slice(start, end)` (UTF-16 offsets by default). */
export interface TextSpan { start: number; end: number; text: string; }
/** Why the engine decided: the rule or model, and what it matched. */
export interface Evidence { rule: string; detail: string; }
export type Label =
  | "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "EVENT" | "TITLE"
  | "DATE" | "TIME" | "CARDINAL" | "QUANTITY" | "MISC";
/** A token with its syntax (UD): `head` indexes the sentence's `tokens` (null for its root). */
export interface Token extends TextSpan {
  pos: string | null;
  tag: string | null;
  head: number | null;
  dep: string | null;
}
export interface Sentence extends TextSpan { paragraph: number; tokens?: Token[]; }
export interface Entity extends TextSpan { label: Label; actor: number | null; evidence: Evidence; }
export interface Mention extends TextSpan { kind: "name" | "pronoun" | "description"; }
export interface Actor { id: number; name: string; label: Label; mentions: Mention[]; }
/** A speaker, source, holder or target: a span and, when resolved, an index into `actors`. */
export interface Speaker extends TextSpan { actor: number | null; }
export interface Quote extends TextSpan {
  kind: "direct" | "partial";
  speaker: Speaker | null;
  speaker_text: string | null;
  cue: TextSpan | null;
  evidence: Evidence;
}
export interface Attribution {
  source: Speaker | null;
  cue: TextSpan | null;
  content: TextSpan;
  kind: "direct" | "indirect" | "mixed";
  evidence: Evidence;
}
export interface Stance extends TextSpan {
  holder: Speaker | null;
  holder_name: string | null;
  polarity: "support" | "oppose";
  target: Speaker;
  cue: TextSpan;
  negated: boolean;
  evidence: Evidence;
}
export interface StanceEdge { holder: string; target: string; polarity: "support" | "oppose"; count: number; }
/** The annotation of one text (schema "newsmark/1"). */
export interface Annotation {
  schema: "newsmark/1";
  offsets: "utf16" | "chars" | "bytes";
  length: number;
  paragraphs: TextSpan[];
  sentences: Sentence[];
  entities: Entity[];
  actors: Actor[];
  quotes: Quote[];
  attributions: Attribution[];
  stances: Stance[];
  stance_summary: StanceEdge[];
}
