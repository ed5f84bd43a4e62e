//! Pass 3: reads entities and tokens; adds actors, clusters of the mentions
//! of one person, organisation or group (names, descriptions, pronouns).

use crate::model::Actor;
use crate::span::Span;

/// The actors of a text and a lookup from spans to actors.
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// The actors, indexed by id.
    pub list: Vec<Actor>,
    /// Every mention span with its actor, sorted by start.
    mentions: Vec<(Span, usize)>,
}

impl Actors {
    /// The actor of the mention best matching `span`: a name mention inside
    /// it (the name in "a spokesman, Scott Whiffen"), else any overlapping one.
    pub fn actor_of(&self, span: Span) -> Option<usize> {
        let from = self
            .mentions
            .partition_point(|(m, _)| m.end <= span.start.saturating_sub(256));
        let near = self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end);
        let overlapping: Vec<&(Span, usize)> = near.filter(|(m, _)| m.overlaps(&span)).collect();
        overlapping
            .iter()
            .rev()
            .find(|(m, _)| span.start <= m.start && m.end <= span.end)
            .or(overlapping.first())
            .map(|&&(_, a)| a)
    }
}
