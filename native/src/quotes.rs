//! The quotation finder's tokeniser (`names.split_tokens`), ported from
//! `seedparse._text.quotes` with identical outputs; the collection and pairing of
//! quotation marks is [`crate::quote_marks`] (re-exported here). The attribution
//! grammar, the lexicon and the resolution of names stay in Python: these functions
//! return the tokens and the pairs of marks that the grammar reads.
//!
//! Python's Unicode tables are not Rust's (another Unicode version, and `str.isalnum`
//! counts numerics Rust's `is_alphanumeric` does not): every predicate on a non-ASCII
//! character is asked of a [`PyChars`], which the binding answers with Python's own
//! `str` methods (memoised), and a period after a non-ASCII word is merged or not as
//! Python's `_keeps_dot` says. ASCII is answered here.
//!
//! The scans read the UTF-8 text in place and count code points as they go, so the
//! offsets they report are Python's. Each is one forward pass with a bounded stack:
//! linear in the text.

use crate::text::py_isspace;

pub use crate::quote_marks::{block_marks, collect_marks, pair_marks, quote_pairs, Mark, Pair};

/// What the scans ask of Python about characters and words outside ASCII.
pub trait PyChars {
    /// `c.isalnum()` for a non-ASCII `c`.
    fn isalnum(&mut self, c: char) -> bool;
    /// `c.isalpha()` for a non-ASCII `c`.
    fn isalpha(&mut self, c: char) -> bool;
    /// `names._keeps_dot(word)`: is a period after `word` part of it (an initial, an
    /// abbreviation)? Asked for every word before a period.
    fn keeps_dot(&mut self, word: &str) -> bool;
}

fn isalnum(c: char, chars: &mut dyn PyChars) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        chars.isalnum(c)
    }
}

pub(crate) fn isalpha(c: char, chars: &mut dyn PyChars) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        chars.isalpha(c)
    }
}

/// A token of [`split_tokens`]: a byte range of the text, or an owned string where a
/// period was merged across a gap ("A ." gives "A.", as the Python merge does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    start: usize,
    end: usize,
    owned: Option<String>,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&'a self, source: &'a str) -> &'a str {
        match &self.owned {
            Some(owned) => owned,
            None => &source[self.start..self.end],
        }
    }
}

/// `names.split_tokens(text, 0, len(text))`: the tokens of the regular expression
/// `[^\W_][\w'\u2019\-]*|\S` (a word starts with a letter or digit and runs over
/// letters, digits, `_`, `'`, `\u2019` and `-`; any other non-space character is a
/// token of its own), with each lone `.` merged into the token before it when that
/// keeps its period (an initial or an abbreviation: "A.", "Dr.").
///
/// `\w` of a `str` pattern is `str.isalnum()` or `_`, and `\s` is `str.isspace()`.
pub fn split_tokens(text: &str, chars: &mut dyn PyChars) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if py_isspace(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if isalnum(c, chars) {
            while let Some(&(j, d)) = iter.peek() {
                if matches!(d, '_' | '\'' | '\u{2019}' | '-') || isalnum(d, chars) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
        } else if c == '.' {
            if let Some(last) = out.last_mut() {
                if keeps_dot(last.text(text), chars) {
                    match &mut last.owned {
                        None if last.end == i => last.end = end,
                        None => last.owned = Some(format!("{}.", &text[last.start..last.end])),
                        Some(owned) => owned.push('.'),
                    }
                    continue;
                }
            }
        }
        out.push(Token {
            start: i,
            end,
            owned: None,
        });
    }
    out
}

fn keeps_dot(word: &str, chars: &mut dyn PyChars) -> bool {
    if word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase() {
        return true; // an initial (the common case, answered without asking)
    }
    chars.keeps_dot(word)
}

/// Rust's tables stand in for Python's in the tests (they agree on the letters used
/// there).
#[cfg(test)]
pub(crate) struct RustChars;

#[cfg(test)]
impl PyChars for RustChars {
    fn isalnum(&mut self, c: char) -> bool {
        c.is_alphanumeric()
    }
    fn isalpha(&mut self, c: char) -> bool {
        c.is_alphabetic()
    }
    fn keeps_dot(&mut self, word: &str) -> bool {
        let mut it = word.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            if c.is_uppercase() {
                return true;
            }
        }
        ["mr", "dr", "st", "etc", "\u{433}"].contains(&word.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<String> {
        split_tokens(s, &mut RustChars)
            .iter()
            .map(|t| t.text(s).to_owned())
            .collect()
    }

    #[test]
    fn words_and_marks() {
        assert_eq!(
            tokens("\u{201c}Hello,\u{201d} said Dr. Smith."),
            ["\u{201c}", "Hello", ",", "\u{201d}", "said", "Dr.", "Smith", "."]
        );
        assert_eq!(
            tokens("don\u{2019}t well-known x_y _x"),
            ["don\u{2019}t", "well-known", "x_y", "_", "x"]
        );
        assert_eq!(tokens(""), Vec::<String>::new());
        assert_eq!(tokens(" \u{a0}\u{3000}\n"), Vec::<String>::new());
        assert_eq!(
            tokens("\u{421}\u{435}\u{440}\u{433}\u{435}\u{439} \u{433}."),
            ["\u{421}\u{435}\u{440}\u{433}\u{435}\u{439}", "\u{433}."]
        );
    }

    #[test]
    fn periods_merge_as_python_merges_them() {
        assert_eq!(tokens("J. R. R. Tolkien"), ["J.", "R.", "R.", "Tolkien"]);
        assert_eq!(tokens("U.S. troops"), ["U.", "S.", "troops"]);
        // Across a gap, as the Python merge does.
        assert_eq!(tokens("A . ."), ["A.", "."]);
        assert_eq!(tokens("A ."), ["A."]);
        assert_eq!(tokens("said . . x"), ["said", ".", ".", "x"]);
        assert_eq!(tokens("Mr. ."), ["Mr.", "."]);
        assert_eq!(tokens(". A"), [".", "A"]);
        assert_eq!(tokens("e\u{301}."), ["e", "\u{301}", "."]);
    }

    #[test]
    fn linear_on_many_initials() {
        let words = "A. ".repeat(100_000);
        assert_eq!(tokens(&words).len(), 100_000);
    }
}
