//! The native scanning core of seedparse: the transcript notes' hot path, ported from
//! `seedparse.formats.transcript.blocks` and `.inline` with identical outputs.
//!
//! Everything here works on `&[char]`, so every offset is a code point offset, as in
//! Python. The scanning functions return plain data (kinds, offsets, strings); the
//! Python side builds the model objects. Where an exact answer would need Python's own
//! tables or side effects (entities, warnings, HTML tags other than the seed anchor),
//! the scanner returns `None` and the caller runs the pure-Python scanner: the pure path
//! is the oracle, and this code only ever takes the cases it can answer exactly.
//!
//! No `unsafe` here (the binding's is PyO3's own).

#![forbid(unsafe_code)]

pub mod article;
pub mod blocks;
pub mod digest;
pub mod inline;
pub mod note;
pub mod pagekind;
pub mod pattern;
pub mod quote_marks;
pub mod quotes;
pub mod sniff;
pub mod text;
pub mod webpage;

#[cfg(feature = "python")]
mod python;
