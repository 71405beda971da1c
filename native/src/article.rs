//! The article reader's line split, ported from
//! `seedparse.formats.article.lines.split_lines` with identical outputs: every
//! non-blank line (split on `\n` only, stripped of Python's whitespace) with its code
//! point offsets, whether a blank line is above it, and its clean text where that
//! needs no Python table. A line with `<` (stray markup or angle brackets that are
//! text: `markup.clean_line`) or `&` (an entity, decoded by `html`'s tables) is left
//! to Python, which also drops it when its clean text is empty (then the next line is
//! after a blank, which the caller applies).

use crate::text::py_isspace;
use crate::webpage::{self, Piece};

/// A non-blank line of an article's text.
pub struct Line<'a> {
    /// Code point offsets of the stripped line in the text.
    pub start: usize,
    pub end: usize,
    /// The stripped line (`raw.strip()`).
    pub raw: &'a str,
    /// A blank line (or the start of the text) is right above it.
    pub after_blank: bool,
    /// The clean text (`clean_line(raw)`): `Unknown` where Python computes it.
    pub clean: Piece,
    /// `is_terminal(clean)` and `clean.count(" ")`, where the clean text is known
    /// (false and 0 where it is `Unknown`: Python computes them with it).
    pub terminal: bool,
    pub spaces: usize,
    /// The line may open with two capitals (`raw[:2].isalpha() and
    /// raw[:2].isupper()`): false only where it cannot, an ASCII character other than
    /// `A`-`Z` among them (Python's tables answer the rest).
    pub caps: bool,
}

/// `lines._CLOSERS` and `lines._TERMINAL`.
const CLOSERS: &[char] = &[
    '"', '\'', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{2039}',
    '\u{203a}', ')', ']', '}', '*', '_',
];
const TERMINAL: &[char] = &[
    '.', '!', '?', '\u{2026}', ':', ';', '\u{3002}', '\u{ff01}', '\u{ff1f}',
];

/// `lines.is_terminal`: final punctuation, maybe inside closing marks.
fn is_terminal(text: &str) -> bool {
    text.trim_end_matches(CLOSERS)
        .chars()
        .next_back()
        .is_some_and(|c| TERMINAL.contains(&c))
}

/// `Line::caps` of a stripped line.
fn may_open_with_capitals(raw: &str) -> bool {
    raw.chars()
        .take(2)
        .all(|c| !c.is_ascii() || c.is_ascii_uppercase())
}

fn cp_len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// The non-blank lines of `text`, as `split_lines` finds them before it drops the
/// lines whose clean text is empty (only lines left to Python can be).
pub fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut pos = 0usize; // code point offset of the raw line
    let mut blank = true;
    for raw in text.split('\n') {
        let size = cp_len(raw);
        let rest = raw.trim_start_matches(py_isspace);
        let stripped = rest.trim_end_matches(py_isspace);
        if stripped.is_empty() {
            blank = true;
        } else {
            let start = pos + cp_len(&raw[..raw.len() - rest.len()]);
            let clean = if stripped.contains('<') {
                Piece::Unknown
            } else {
                match webpage::clean(stripped) {
                    None => Piece::Unknown,
                    Some(None) => Piece::Same,
                    Some(Some(text)) => Piece::Text(text),
                }
            };
            let known = match &clean {
                Piece::Unknown => "",
                Piece::Same => stripped,
                Piece::Text(text) => text,
            };
            lines.push(Line {
                start,
                end: start + cp_len(stripped),
                raw: stripped,
                after_blank: blank,
                terminal: is_terminal(known),
                spaces: known.bytes().filter(|&b| b == b' ').count(),
                caps: may_open_with_capitals(stripped),
                clean,
            });
            blank = false;
        }
        pos += size + 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(text: &str) -> Vec<(usize, usize, &str, bool, Option<String>)> {
        split_lines(text)
            .into_iter()
            .map(|line| {
                let clean = match line.clean {
                    Piece::Unknown => None,
                    Piece::Same => Some(line.raw.to_owned()),
                    Piece::Text(text) => Some(text),
                };
                (line.start, line.end, line.raw, line.after_blank, clean)
            })
            .collect()
    }

    #[test]
    fn lines_offsets_and_blanks() {
        let text = "Title\n\n  First  line \r\nsecond\u{a0}line\n\u{3000}\n\u{e9}t\u{e9} x";
        assert_eq!(
            shape(text),
            vec![
                (0, 5, "Title", true, Some("Title".to_owned())),
                (9, 20, "First  line", true, Some("First line".to_owned())),
                (
                    23,
                    34,
                    "second\u{a0}line",
                    false,
                    Some("second line".to_owned())
                ),
                (
                    37,
                    42,
                    "\u{e9}t\u{e9} x",
                    true,
                    Some("\u{e9}t\u{e9} x".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn markup_and_entities_are_left_to_python() {
        let got = shape("a <b>bold</b>\nfish &amp; chips\n<br>\nplain");
        assert_eq!(got[0].4, None);
        assert_eq!(got[1].4, None);
        assert_eq!(got[2].4, None);
        assert_eq!(got[3], (36, 41, "plain", false, Some("plain".to_owned())));
    }

    #[test]
    fn shape_features() {
        let lines = split_lines(
            "NATO warns\nThe end.\u{201d}\n\u{420}\u{41e} x y\nA\nUS  said: \u{201c}no\u{201d}",
        );
        let got: Vec<(bool, usize, bool)> = lines
            .iter()
            .map(|l| (l.terminal, l.spaces, l.caps))
            .collect();
        assert_eq!(
            got,
            vec![
                (false, 1, true),
                (true, 1, false),
                (false, 2, true),
                (false, 0, true),
                (false, 2, true),
            ]
        );
        assert!(!is_terminal("") && !is_terminal("\u{201d})") && is_terminal("a?*_"));
    }

    #[test]
    fn empty_and_blank_texts() {
        assert!(shape("").is_empty());
        assert!(shape("\n \n\t\u{85}\n").is_empty());
        // Not whitespace for Python: a zero-width space is a line's text.
        assert_eq!(shape("\u{200b}")[0].2, "\u{200b}");
    }
}
