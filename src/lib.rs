//! newsmark: a news-article annotator. It finds who and what an article names
//! (entities and actors), who is quoted saying what (quotes, attributions,
//! speakers) and who takes which position on what (stances).
//!
//! ```
//! let a = newsmark::annotate("“We back the plan,” the mayor said.", &newsmark::Options::default());
//! assert_eq!(a.schema, "newsmark/1");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod actors;
mod contents;
mod cues;
mod entities;
mod lexicon;
mod marks;
mod model;
mod phrase;
mod quotes;
mod reported;
mod segment;
mod span;
mod stance;
mod syntax;
mod tagger;

/// Training of the entity tagger (`./run train-tagger`); not part of the API.
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod train;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use model::*;
pub use span::OffsetUnit;
pub use syntax::parse_conllu;

use serde::{Deserialize, Serialize};

/// What to annotate and how to report it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The unit of the offsets in the result (bytes by default).
    pub offsets: OffsetUnit,
    /// Include each sentence's tokens.
    pub tokens: bool,
}

/// Annotates `text`: the whole pipeline, from segmentation to stances.
pub fn annotate(text: &str, options: &Options) -> Annotation {
    annotate_with(text, options, &mut || {})
}

/// Seconds spent in each pass of [`annotate`] (segment, entities, actors,
/// quotes, stance, output), for the benchmark (`bench stages`); native only.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub fn stage_seconds(text: &str) -> [f64; STAGES.len()] {
    let mut at = std::time::Instant::now();
    let mut out = [0.0; STAGES.len()];
    let mut k = 0;
    std::hint::black_box(annotate_with(text, &Options::default(), &mut || {
        out[k] = at.elapsed().as_secs_f64();
        at = std::time::Instant::now();
        k += 1;
    }));
    out[k] = at.elapsed().as_secs_f64();
    out
}

/// The passes [`stage_seconds`] times, in pipeline order.
#[doc(hidden)]
pub const STAGES: [&str; 7] = [
    "segment", "syntax", "entities", "actors", "quotes", "stance", "output",
];

/// The pipeline, calling `lap` after each pass but the last.
fn annotate_with(text: &str, options: &Options, lap: &mut dyn FnMut()) -> Annotation {
    let doc = segment::segment(text);
    lap();
    let syntax = syntax::parse(&doc);
    lap();
    let mut entities = entities::find(&doc);
    lap();
    let actors = actors::cluster(&doc, &mut entities);
    lap();
    let found = quotes::find(&doc, &syntax::tree::Tree::new(&syntax), &actors);
    lap();
    let stances = stance::find(&doc, &actors, &found.attributions);
    let stance_summary = stance::summary(&stances, &actors);
    lap();
    let mut annotation = Annotation {
        schema: SCHEMA.to_string(),
        offsets: OffsetUnit::Bytes,
        length: text.len(),
        paragraphs: doc
            .paragraphs
            .iter()
            .map(|&p| TextSpan::of(text, p))
            .collect(),
        sentences: doc
            .sentences
            .iter()
            .map(|s| Sentence {
                start: s.span.start,
                end: s.span.end,
                text: s.span.slice(text).to_string(),
                paragraph: s.paragraph,
                tokens: options.tokens.then(|| syntax::tokens(&doc, &syntax, s)),
            })
            .collect(),
        entities,
        actors: actors.list,
        quotes: found.quotes,
        attributions: found.attributions,
        stances,
        stance_summary,
    };
    annotation.convert_offsets(text, options.offsets);
    annotation
}
