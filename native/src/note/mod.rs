//! A note's whole body in one pass (`_NoteParser._blocks` of
//! `seedparse.formats.transcript.reader`, with its emitters and `_packed.Builder`):
//! the block walk, the inline scan of every block, and the packed records of the
//! compact Document, so that a note costs one call across the boundary instead of one
//! per block and per citation.
//!
//! The records are the Builder's, value for value and in the same order (the string
//! table in the order the Builder meets its strings, the deep-link prefix): the Core
//! Python makes from them is equal, record for record, to the one the pure path writes.
//! Where the pure path would need what only Python has (a block the inline scanner
//! leaves to Python: entities, HTML tags, anything it warns about), `read_body` gives
//! None and the caller runs the Python walk. Every loop moves forward over the lines,
//! and every match is anchored and bounded as the Python patterns are: linear time.

pub mod front;
mod lines;
mod pack;
#[cfg(test)]
mod tests;
mod walk;

pub(crate) use pack::Fx;
pub use pack::{Body, Entry};
pub use walk::read_body;
