//! The collection and pairing of quotation marks (`marks.collect_marks` and
//! `marks.pair_marks` of `seedparse._text.quotes`, as the finder calls them block by
//! block), ported with identical outputs. Characters outside ASCII are asked of the
//! [`PyChars`] the tokeniser uses. Both passes read the UTF-8 text in place and count
//! code points as they go; each is one forward pass with a bounded stack: linear in
//! the text.

use crate::quotes::{isalpha, PyChars};
use crate::text::py_isspace;

/// A quotation mark: code point offset and length (1, or an entity's length), the mark
/// it stands for, the characters right before and after it in the text, and the length
/// of the comma and dash that follow it when they do (`marks._ATTRIBUTION_AFTER`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub pos: usize,
    pub len: usize,
    pub mark: char,
    prev: Option<char>,
    next: Option<char>,
    attribution_after: Option<usize>,
}

/// A top-level quote: `(open, inner_start, inner_end, close_end)`, code points.
pub type Pair = (usize, usize, usize, usize);

/// `marks._ENTITY_MARKS`: the HTML entities read as quotation marks (case-sensitive).
const ENTITIES: [(&str, char); 21] = [
    ("&quot;", '"'),
    ("&#34;", '"'),
    ("&#x22;", '"'),
    ("&ldquo;", '\u{201c}'),
    ("&#8220;", '\u{201c}'),
    ("&#x201c;", '\u{201c}'),
    ("&#x201C;", '\u{201c}'),
    ("&rdquo;", '\u{201d}'),
    ("&#8221;", '\u{201d}'),
    ("&#x201d;", '\u{201d}'),
    ("&#x201D;", '\u{201d}'),
    ("&bdquo;", '\u{201e}'),
    ("&#8222;", '\u{201e}'),
    ("&laquo;", '\u{ab}'),
    ("&#171;", '\u{ab}'),
    ("&raquo;", '\u{bb}'),
    ("&#187;", '\u{bb}'),
    ("&lsquo;", '\u{2018}'),
    ("&#8216;", '\u{2018}'),
    ("&rsquo;", '\u{2019}'),
    ("&#8217;", '\u{2019}'),
];

/// `marks._DOUBLE_CHARS`, in order (the index counts each kind against the cap).
const DOUBLE: [char; 13] = [
    '"', '\u{201c}', '\u{201d}', '\u{201e}', '\u{201f}', '\u{ab}', '\u{bb}', '\u{2039}',
    '\u{203a}', '\u{300c}', '\u{300d}', '\u{300e}', '\u{300f}',
];
/// `marks._SINGLE_CHARS`.
const SINGLE: [char; 3] = ['\u{2018}', '\u{2019}', '\u{201a}'];

fn is_mark_char(c: char) -> bool {
    DOUBLE.contains(&c) || SINGLE.contains(&c)
}

/// `marks._CLOSERS`: the marks that close a quote opened by `opener` (copied text
/// mixes conventions: a straight mark closes a curly or a guillemet opener, a curly
/// one a straight opener).
fn closes(opener: char, mark: char) -> bool {
    match opener {
        '\u{201c}' => matches!(mark, '\u{201d}' | '"'),
        '\u{201d}' | '\u{201f}' => mark == '\u{201d}',
        '\u{201e}' => matches!(mark, '\u{201c}' | '\u{201d}' | '"'),
        '"' => matches!(mark, '"' | '\u{201d}' | '\u{201c}'),
        '\u{ab}' => matches!(mark, '\u{bb}' | '"' | '\u{201d}'),
        '\u{bb}' => matches!(mark, '\u{ab}' | '\u{bb}'),
        '\u{2039}' => mark == '\u{203a}',
        '\u{203a}' => mark == '\u{2039}',
        '\u{2018}' => mark == '\u{2019}',
        '\u{201a}' => matches!(mark, '\u{2018}' | '\u{2019}'),
        '\u{300c}' => mark == '\u{300d}',
        '\u{300e}' => mark == '\u{300f}',
        // (straight singles are marks in Russian and Ukrainian text only, which is
        // paired in Python; a carried one is still an opener, as in `_CLOSERS`)
        '\'' => mark == '\'',
        _ => false,
    }
}

/// `marks._COPIED`: an opener and a closer of two conventions, which copied text
/// mixes; such a close is taken only where the sides say "closing".
fn copied(opener: char, mark: char) -> bool {
    matches!(
        (opener, mark),
        ('\u{201c}' | '\u{201e}' | '\u{ab}', '"')
            | ('"', '\u{201d}' | '\u{201c}')
            | ('\u{ab}', '\u{201d}')
    )
}

/// `marks._CAN_CLOSE`.
fn can_close(mark: char) -> bool {
    matches!(
        mark,
        '\u{201d}'
            | '\u{201c}'
            | '"'
            | '\u{bb}'
            | '\u{ab}'
            | '\u{203a}'
            | '\u{2039}'
            | '\u{2019}'
            | '\u{2018}'
            | '\u{300d}'
            | '\u{300f}'
    )
}

/// `marks._LEFT_OK`: what may stand before an opening mark.
fn left_ok(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | ';' | ',' | '\u{2026}'
    ) || is_mark_char(c)
}

/// `marks._RIGHT_OK`: what may stand after a closing mark.
fn right_ok(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '\u{2026}'
            | '\u{2014}'
            | '\u{2013}'
            | '-'
    ) || is_mark_char(c)
}

const ONE_BYTES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Does one of the eight bytes of `word` equal `byte`? (The bit trick for a zero byte,
/// exact as a yes or no.)
fn has_byte(word: u64, byte: u8) -> bool {
    let v = word ^ (ONE_BYTES * u64::from(byte));
    v.wrapping_sub(ONE_BYTES) & !v & HIGH_BITS != 0
}

/// The length in code points of `marks._ATTRIBUTION_AFTER` (`,\s*[\u2014\u2013-]\s`,
/// a comma and a dash: an attribution follows) at the start of `rest`, if it matches;
/// after a mark that follows a `?`, a `!` or an ellipsis (`prev`), of
/// `marks._DASH_AFTER` (`\s+[\u2014\u2013-]\s`, a dash with no comma) too.
/// Linear overall: the spaces read belong to the one mark before the comma.
fn attribution_after(prev: Option<char>, rest: &str) -> Option<usize> {
    let mut chars = rest.chars();
    let mut length = 1;
    match chars.next() {
        Some(',') => {}
        Some(c) if py_isspace(c) && matches!(prev, Some('?' | '!' | '\u{2026}')) => {}
        _ => return None,
    }
    loop {
        let c = chars.next()?;
        length += 1;
        if matches!(c, '\u{2014}' | '\u{2013}' | '-') {
            break;
        }
        if !py_isspace(c) {
            return None;
        }
    }
    chars.next().filter(|&c| py_isspace(c)).map(|_| length + 1)
}

/// `marks._word_start`: may this character follow two commas typed for a low opening
/// mark (an ASCII letter or digit, or a letter of Latin-1 and Latin Extended-A/B)?
fn word_start(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (('\u{c0}'..='\u{24f}').contains(&c) && !matches!(c, '\u{d7}' | '\u{f7}'))
}

/// Are `bytes` the UTF-8 of U+2018 or U+2019 (`marks._CURLY_DOUBLED`'s characters)?
fn is_curly_single(bytes: Option<&[u8]>) -> bool {
    matches!(bytes, Some([0xE2, 0x80, 0x98 | 0x99]))
}

/// `marks.collect_marks(text, low, high, cap)`: the quotation marks of
/// `text[low:high]` (code points) in order, at most `cap` of each kind, single marks
/// only when an opening single mark occurs in the range.
pub fn collect_marks(text: &str, low: usize, high: usize, cap: usize) -> Vec<Mark> {
    let mut doubles = [0usize; DOUBLE.len()];
    let mut singles = [0usize; SINGLE.len()];
    let mut entities = 0usize;
    let mut doubled = 0usize; // '' marks
    let mut low_commas = 0usize; // ,, marks (`marks._find_low_commas`)
    let mut curly_doubled = 0usize; // two curly single marks for one double
    let mut opening_single = false;
    // (code point, length, mark, byte offset, byte length)
    let mut found: Vec<(usize, usize, char, usize, usize)> = Vec::new();
    let mut single_marks: Vec<(usize, usize, char, usize, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let mut cp = 0usize; // the code point at byte i
    let mut i = 0usize;
    while i < bytes.len() {
        // Eight ASCII bytes with no '"', '&', '\'' or ',' hold no mark: skipped in one
        // test (most of a Latin-script text).
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if word & HIGH_BITS == 0
                && !has_byte(word, b'"')
                && !has_byte(word, b'&')
                && !has_byte(word, b'\'')
                && !has_byte(word, b',')
            {
                cp += 8;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b & 0xC0 == 0x80 {
            continue; // inside a character
        }
        let here = cp;
        cp += 1;
        // Only '"', '&', '\'', ',' and the lead bytes of U+00AB/U+00BB (C2),
        // U+2018-U+203A (E2) and U+300C-U+300F (E3) can start a mark: every other byte
        // is one test.
        if !matches!(b, b'"' | b'&' | b'\'' | b',' | 0xC2 | 0xE2 | 0xE3) || here < low {
            continue;
        }
        if here >= high {
            break;
        }
        if b == b',' {
            // Two commas typed for a low opening mark (`marks._find_low_commas`): at
            // the start of the range or after a space or an opening bracket, a word
            // right after them; read as one U+201E of length 2.
            if bytes.get(i) == Some(&b',') && here + 2 < high && low_commas < cap {
                let at = i - 1;
                let prev_ok = here == low
                    || text[..at]
                        .chars()
                        .next_back()
                        .is_some_and(|p| py_isspace(p) || matches!(p, '(' | '['));
                let next_ok = text[at + 2..].chars().next().is_some_and(word_start);
                if prev_ok && next_ok {
                    low_commas += 1;
                    found.push((here, 2, '\u{201e}', at, 2));
                    i += 1;
                    cp += 1;
                }
            }
            continue;
        }
        if b == b'\'' {
            // Two apostrophes typed for a '"' (`marks._find_doubled`): one mark, read
            // left to right, so the second is not read again.
            if bytes.get(i) == Some(&b'\'') && here + 2 <= high && doubled < cap {
                doubled += 1;
                found.push((here, 2, '"', i - 1, 2));
                i += 1;
                cp += 1;
            }
            continue;
        }
        if b == 0xE2
            && curly_doubled < cap
            && here + 2 <= high
            && is_curly_single(bytes.get(i - 1..i + 2))
            && is_curly_single(bytes.get(i + 2..i + 5))
        {
            // Two curly single marks typed for a double one (`marks._find_curly_doubled`):
            // one straight '"' of length 2, read left to right.
            curly_doubled += 1;
            found.push((here, 2, '"', i - 1, 6));
            i += 5;
            cp += 1;
            continue;
        }
        let i = i - 1;
        if b == b'&' {
            if entities >= cap {
                continue;
            }
            let rest = &bytes[i..];
            if let Some(&(name, mark)) = ENTITIES
                .iter()
                .find(|(name, _)| rest.starts_with(name.as_bytes()) && here + name.len() <= high)
            {
                entities += 1;
                found.push((here, name.len(), mark, i, name.len()));
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        if let Some(k) = DOUBLE.iter().position(|&d| d == c) {
            if doubles[k] < cap {
                doubles[k] += 1;
                found.push((here, 1, c, i, c.len_utf8()));
            }
        } else if let Some(k) = SINGLE.iter().position(|&s| s == c) {
            opening_single |= c != '\u{2019}';
            if singles[k] < cap {
                singles[k] += 1;
                single_marks.push((here, 1, c, i, c.len_utf8()));
            }
        }
    }
    if opening_single {
        found.extend(single_marks);
        found.sort_unstable_by_key(|m| m.0); // no two marks share a position
    }
    found
        .into_iter()
        .map(|(pos, len, mark, at, byte_len)| Mark {
            pos,
            len,
            mark,
            prev: text[..at].chars().next_back(),
            next: text[at + byte_len..].chars().next(),
            attribution_after: attribution_after(
                text[..at].chars().next_back(),
                &text[at + byte_len..],
            ),
        })
        .collect()
}

/// `marks._MAX_STACK`.
const MAX_STACK: usize = 32;

#[derive(PartialEq, Eq)]
enum Action {
    Open,
    Close,
    Skip,
}

/// `marks._CLOSERS`' keys: the marks that open a quote some mark closes.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '\u{201c}'
            | '\u{201e}'
            | '\u{201d}'
            | '\u{201f}'
            | '"'
            | '\u{ab}'
            | '\u{bb}'
            | '\u{2039}'
            | '\u{203a}'
            | '\u{2018}'
            | '\u{201a}'
            | '\u{300c}'
            | '\u{300e}'
            | '\''
    )
}

/// `marks.pair_marks(text, start, end, marks, carry=carry)`: the top-level quotes of
/// one block; a quote left open runs to `end`. `carry`: the opening mark of a quote the
/// block before left open and this block closes first (`marks.closes_first`), which
/// then runs from `start`; a `carry` that opens nothing is ignored, as in Python.
pub fn pair_marks(
    start: usize,
    end: usize,
    marks: &[Mark],
    carry: Option<char>,
    chars: &mut dyn PyChars,
) -> Vec<Pair> {
    let mut stack: Vec<Mark> = Vec::new();
    if let Some(opener) = carry.filter(|&c| is_opener(c)) {
        stack.push(Mark {
            pos: start,
            len: 0,
            mark: opener,
            prev: None,
            next: None,
            attribution_after: None,
        });
    }
    let mut found: Vec<Pair> = Vec::new();
    // (depth left, the mark) of the last close of a nested quote
    let mut nested_close: Option<(usize, &Mark)> = None;
    for m in marks {
        let mark = m.mark;
        let mark_end = m.pos + m.len;
        let prev = if m.pos > start {
            m.prev.unwrap_or(' ')
        } else {
            ' '
        };
        let nxt = if mark_end < end {
            m.next.unwrap_or(' ')
        } else {
            ' '
        };
        let left = !py_isspace(nxt) && (py_isspace(prev) || left_ok(prev));
        let right = !py_isspace(prev) && (py_isspace(nxt) || right_ok(nxt));
        let sentence_mark = matches!(nxt, '.' | ',' | ';' | ':' | '!' | '?');
        // A close across conventions only where the sides say "closing" (and never a
        // straight mark after a digit: `6"` is inches); elsewhere the mark pairs as it
        // would without it.
        let copied_ok = (right || (py_isspace(prev) && (!left || sentence_mark)))
            && !(mark == '"' && prev.is_ascii_digit());
        let match_at = if can_close(mark) {
            stack
                .iter()
                .rposition(|o| closes(o.mark, mark) && (copied_ok || !copied(o.mark, mark)))
        } else {
            None
        };
        let closing = right || !left || match_at.is_some_and(|k| copied(stack[k].mark, mark));
        let action = match mark {
            '\u{2019}' => {
                // An apostrophe unless it closes a quote opened with a single mark.
                if match_at.is_none() || !right || isalpha(nxt, chars) {
                    continue;
                }
                Action::Close
            }
            '\u{201e}' | '\u{201f}' | '\u{201a}' | '\u{300c}' | '\u{300e}' => Action::Open,
            '\u{ab}' | '\u{2039}' => {
                if match_at.is_some() {
                    Action::Close
                } else {
                    Action::Open
                }
            }
            '\u{bb}' | '\u{203a}' => match match_at {
                Some(k) if right || !left || stack[k].mark != mark => Action::Close,
                _ if left || !right => Action::Open,
                _ => Action::Skip,
            },
            '\u{201c}' | '\u{2018}' => match match_at {
                // (Or a straight one of copied text: "Ja\u{201c}.)
                Some(k) if matches!(stack[k].mark, '\u{201e}' | '\u{201a}' | '"') && closing => {
                    Action::Close
                }
                _ if left || !right => Action::Open,
                _ => Action::Skip,
            },
            '\u{300d}' | '\u{300f}' => {
                if match_at.is_some() {
                    Action::Close
                } else {
                    Action::Skip
                }
            }
            // '"' and '\u{201d}': the sides decide; a closing mark set off by a space
            // before a sentence mark closes, a straight mark set off by spaces opens
            // (French spacing: `" fini ".`, `" C'est`).
            _ => match match_at {
                Some(_) if closing || sentence_mark => Action::Close,
                _ if left || (mark == '"' && py_isspace(prev) && py_isspace(nxt)) => Action::Open,
                _ => Action::Skip,
            },
        };
        match action {
            Action::Open => {
                if stack.len() < MAX_STACK {
                    stack.push(*m);
                }
            }
            Action::Close => {
                // A close always has a match (every Close arm above requires one).
                if let Some(k) = match_at {
                    let opener = stack[k];
                    stack.truncate(k);
                    if stack.is_empty() {
                        found.push((opener.pos, opener.pos + opener.len, m.pos, mark_end));
                    } else {
                        nested_close = Some((stack.len(), m));
                    }
                }
            }
            Action::Skip => {}
        }
    }
    if let Some(opener) = stack.first() {
        match nested_close {
            // A nested quote whose closing mark also ends the outer one (the outer's
            // own closing mark left out), a comma, a dash and an attribution after it.
            Some((1, m))
                if m.attribution_after
                    .is_some_and(|n| m.pos + m.len + n <= end) =>
            {
                found.push((opener.pos, opener.pos + opener.len, m.pos, m.pos + m.len));
            }
            _ => found.push((opener.pos, opener.pos + opener.len, end, end)),
        }
    }
    found
}

/// The pairs of every block, as `QuoteFinder._quotes` reads them: the marks of the
/// whole range of the blocks collected once (at most `max_marks` of each kind per
/// block, summed over the blocks), then each block's marks (at most `3 * max_marks`)
/// paired. A block with no marks has no pairs.
pub fn quote_pairs(
    text: &str,
    blocks: &[(usize, usize)],
    max_marks: usize,
    chars: &mut dyn PyChars,
) -> Vec<Vec<Pair>> {
    let Some(low) = blocks.iter().map(|b| b.0).min() else {
        return Vec::new();
    };
    let high = blocks.iter().map(|b| b.1).max().unwrap_or(low);
    let marks = collect_marks(text, low, high, max_marks.saturating_mul(blocks.len()));
    blocks
        .iter()
        .map(|&(start, end)| {
            let first = marks.partition_point(|m| m.pos < start);
            let last = first + marks[first..].partition_point(|m| m.pos < end);
            if first == last {
                return Vec::new();
            }
            let stop = last.min(first.saturating_add(max_marks.saturating_mul(3)));
            pair_marks(start, end, &marks[first..stop], None, chars)
        })
        .collect()
}

/// The marks of one block, as `QuoteFinder._quotes` slices them from the marks of all
/// blocks (`marks[first:min(last, first + limit)]`, by position); empty when none.
pub fn block_marks(marks: &[Mark], start: usize, end: usize, limit: usize) -> &[Mark] {
    let first = marks.partition_point(|m| m.pos < start);
    let last = first + marks[first..].partition_point(|m| m.pos < end);
    &marks[first..last.min(first.saturating_add(limit))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::RustChars;

    fn pairs(s: &str) -> Vec<Pair> {
        let n = s.chars().count();
        quote_pairs(s, &[(0, n)], 50_000, &mut RustChars).remove(0)
    }

    fn carried(s: &str, carry: Option<char>) -> Vec<Pair> {
        let n = s.chars().count();
        let marks = collect_marks(s, 0, n, 50_000);
        pair_marks(
            0,
            n,
            block_marks(&marks, 0, n, 150_000),
            carry,
            &mut RustChars,
        )
    }

    #[test]
    fn a_carried_quote_runs_from_the_block_start() {
        // A block that closes a quote with no opening mark of its own.
        let s = "ends here\u{201d} he said.";
        assert_eq!(carried(s, None), []);
        assert_eq!(carried(s, Some('\u{201c}')), [(0, 0, 9, 10)]);
        // A carried mark the closer does not close stays open to the end; a carry that
        // opens nothing is ignored.
        assert_eq!(carried(s, Some('\u{2039}')), [(0, 0, 19, 19)]);
        assert_eq!(carried(s, Some('&')), []);
        // Left open again: the carried quote runs to the end.
        assert_eq!(carried("more words", Some('"')), [(0, 0, 10, 10)]);
    }

    #[test]
    fn a_nested_close_before_a_comma_and_a_dash_ends_the_open_quote() {
        // The outer quote's closing mark left out: the nested one ends both.
        let s = "\u{201c}a \u{2018}b c\u{2019}, \u{2013} said X";
        assert_eq!(pairs(s), [(0, 1, 7, 8)]);
        assert_eq!(attribution_after(None, ", \u{2013} said"), Some(4));
        assert_eq!(attribution_after(None, ",\u{2014}x"), None);
        // After a question or an exclamation, a dash with no comma.
        assert_eq!(attribution_after(Some('?'), " \u{2014} said"), Some(3));
        assert_eq!(attribution_after(Some('!'), "  - said"), Some(4));
        assert_eq!(attribution_after(Some('c'), " \u{2014} said"), None);
        assert_eq!(attribution_after(Some('?'), "\u{2014} said"), None);
        let s = "\u{201c}a \u{2018}b c?\u{2019} \u{2013} said X";
        assert_eq!(pairs(s), [(0, 1, 8, 9)]);
        // No dash, or the dash past the block: the quote stays open to the end.
        let s = "\u{201c}a \u{2018}b c\u{2019}, said X";
        let n = s.chars().count();
        assert_eq!(pairs(s), [(0, 1, n, n)]);
        let s = "\u{201c}a \u{2018}b c\u{2019}, \u{2013} said X";
        assert_eq!(
            quote_pairs(s, &[(0, 10)], 50, &mut RustChars),
            [vec![(0, 1, 10, 10)]]
        );
    }

    #[test]
    fn block_marks_slice_by_position_and_limit() {
        let s = "\"a\" \"b\" \"c\"";
        let marks = collect_marks(s, 0, 11, 50);
        assert_eq!(block_marks(&marks, 4, 7, 10).len(), 2);
        assert_eq!(block_marks(&marks, 4, 7, 1).len(), 1);
        assert_eq!(block_marks(&marks, 3, 4, 10).len(), 0);
    }

    #[test]
    fn pairs_of_many_languages() {
        assert_eq!(pairs("He said \u{201c}yes\u{201d}."), [(8, 9, 12, 13)]);
        assert_eq!(pairs("\u{201e}Ja\u{201c}, sagte er"), [(0, 1, 3, 4)]);
        assert_eq!(pairs("\u{ab}\u{414}\u{430}\u{bb}"), [(0, 1, 3, 4)]);
        assert_eq!(pairs("\u{bb}Ja\u{ab}"), [(0, 1, 3, 4)]);
        assert_eq!(pairs("a \"b\" c"), [(2, 3, 4, 5)]);
        // Left open: runs to the end of the block.
        assert_eq!(pairs("x \u{201c}open"), [(2, 3, 7, 7)]);
        // An apostrophe is no mark; a single quote is one when it opens.
        assert_eq!(pairs("it\u{2019}s"), []);
        assert_eq!(pairs("\u{2018}hi\u{2019} x"), [(0, 1, 3, 4)]);
        // Entities, and one cut by the end of the range.
        assert_eq!(pairs("&ldquo;Hi&rdquo;"), [(0, 7, 9, 16)]);
        assert_eq!(pairs("&ldquo;Hi&rdquo"), [(0, 7, 15, 15)]);
        // Nested quotes give the outer one only.
        assert_eq!(
            pairs("\u{201c}a \u{2018}b\u{2019} c\u{201d}"),
            [(0, 1, 8, 9)]
        );
    }

    #[test]
    fn mixed_marks_of_copied_text() {
        let cases: [(&str, Vec<Pair>); 16] = [
            // Straight opened, curly closed (English, German copy), and back.
            ("\"Yes,\u{201d} he said", vec![(0, 1, 5, 6)]),
            ("\"Ja.\u{201c} Er ging", vec![(0, 1, 4, 5)]),
            ("\u{201c}Yes,\" he said", vec![(0, 1, 5, 6)]),
            ("\u{201e}Ja\", sagte er", vec![(0, 1, 3, 4)]),
            ("\u{ab}\u{414}\u{430}\", \u{2014} x", vec![(0, 1, 3, 4)]),
            ("\u{ab}Oui\u{201d}, dit-il", vec![(0, 1, 4, 5)]),
            // Two apostrophes for a straight mark, and two curly single marks.
            ("''Yes,'' he said", vec![(0, 2, 6, 8)]),
            // Two commas for a low opening mark, closed straight or curly.
            (",,Ja,\" sagte er", vec![(0, 2, 5, 6)]),
            ("so (,,\u{c4}rger\u{201c})", vec![(4, 6, 11, 12)]),
            (
                "\u{2018}\u{2019}Oui\u{2019}\u{2019}, dit X",
                vec![(0, 2, 5, 7)],
            ),
            (
                "\u{2018}\u{2018}Yes,\u{2019}\u{2019} he said",
                vec![(0, 2, 6, 8)],
            ),
            // French spacing typed with straight and curly marks.
            ("\" Oui \" : x", vec![(0, 1, 6, 7)]),
            ("se dit \" fini \".", vec![(7, 8, 14, 15)]),
            ("\u{201c} Oui \u{201d}, dit-il", vec![(0, 1, 6, 7)]),
            // An inch sign inside a curly quote closes nothing.
            ("\u{201c}A 6\" pipe,\u{201d} he said", vec![(0, 1, 11, 12)]),
            // A straight mark set off by spaces with nothing open, and nothing after.
            ("a \" b", vec![(2, 3, 5, 5)]),
        ];
        for (text, want) in cases {
            assert_eq!(pairs(text), want, "{text:?}");
        }
    }

    #[test]
    fn blocks_and_caps() {
        let s = "\u{201c}a\u{201d} \u{201c}b\u{201d}";
        let all = quote_pairs(s, &[(0, 3), (4, 7), (7, 7), (3, 1)], 50_000, &mut RustChars);
        assert_eq!(
            all,
            vec![vec![(0, 1, 2, 3)], vec![(4, 5, 6, 7)], vec![], vec![]]
        );
        // Two of each kind over two blocks: the second pair of the second block is cut.
        let s = "\u{201c}a\u{201d} \u{201c}b\u{201d} \u{201c}c\u{201d}";
        let capped = quote_pairs(s, &[(0, 3), (4, 11)], 1, &mut RustChars);
        assert_eq!(capped, vec![vec![(0, 1, 2, 3)], vec![(4, 5, 6, 7)]]);
        assert!(quote_pairs(s, &[], 1, &mut RustChars).is_empty());
        // Blocks past the end of the text.
        assert_eq!(
            quote_pairs("\u{201c}a", &[(0, 9)], 5, &mut RustChars),
            vec![vec![(0, 1, 9, 9)]]
        );
    }

    /// `collect_marks` as the plain scan of every code point it replaces.
    fn marks_plainly(text: &str, low: usize, high: usize, cap: usize) -> Vec<(usize, usize, char)> {
        let chars: Vec<char> = text.chars().collect();
        let high = high.min(chars.len());
        let mut found = Vec::new();
        let range = low.min(high)..high;
        // Two curly single marks for a double one, left to right, at most `cap`.
        let mut curly = vec![false; chars.len()];
        let mut k = range.start;
        let mut count = 0;
        let is_curly = |c: char| matches!(c, '\u{2018}' | '\u{2019}');
        while k + 1 < high && count < cap {
            if is_curly(chars[k]) && is_curly(chars[k + 1]) {
                found.push((k, 2, '"'));
                curly[k] = true;
                curly[k + 1] = true;
                count += 1;
                k += 2;
            } else {
                k += 1;
            }
        }
        let opening = range
            .clone()
            .any(|k| !curly[k] && matches!(chars[k], '\u{2018}' | '\u{201a}'));
        for &kind in DOUBLE.iter().chain(if opening { &SINGLE[..] } else { &[] }) {
            let at = range
                .clone()
                .filter(|&k| chars[k] == kind && !curly[k])
                .take(cap);
            found.extend(at.map(|k| (k, 1, kind)));
        }
        let mut k = range.start;
        let mut doubled = 0;
        while k + 1 < high && doubled < cap {
            if chars[k] == '\'' && chars[k + 1] == '\'' {
                found.push((k, 2, '"'));
                doubled += 1;
                k += 2;
            } else {
                k += 1;
            }
        }
        let mut k = range.start;
        let mut low_commas = 0;
        while k + 2 < high && low_commas < cap {
            let prev_ok = k == range.start
                || crate::text::py_isspace(chars[k - 1])
                || matches!(chars[k - 1], '(' | '[');
            if chars[k] == ',' && chars[k + 1] == ',' && prev_ok && word_start(chars[k + 2]) {
                found.push((k, 2, '\u{201e}'));
                low_commas += 1;
                k += 2;
            } else {
                k += 1;
            }
        }
        let mut k = range.start;
        let mut entities = 0;
        while k < high && entities < cap {
            let rest: String = chars[k..high].iter().collect();
            match ENTITIES.iter().find(|(name, _)| rest.starts_with(name)) {
                Some(&(name, mark)) => {
                    found.push((k, name.len(), mark));
                    entities += 1;
                    k += name.len();
                }
                None => k += 1,
            }
        }
        found.sort_unstable();
        found
    }

    #[test]
    fn the_byte_scan_finds_what_the_plain_scan_finds() {
        let pieces = [
            "\u{201c}",
            "\u{201d}",
            "\u{201e}",
            "\u{ab}",
            "\u{bb}",
            "\u{2018}",
            "\u{2019}",
            "\u{201a}",
            "\u{300c}",
            "\u{300f}",
            "\"",
            "'",
            "''",
            ",",
            ",,",
            ",,a",
            "\u{e4}",
            "(",
            "\u{2018}\u{2019}",
            "\u{2019}\u{2019}",
            "&ldquo;",
            "&#x201C;",
            "&quot",
            "&",
            "\u{2014}",
            "\u{e2}",
            "\u{c2}",
            "\u{4e2d}",
            "\u{1f600}",
            "\u{441}",
            "a",
            " ",
            ".",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for round in 0..3000 {
            let mut text = String::new();
            for _ in 0..(round % 40) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let n = text.chars().count();
            let low = (seed >> 20) as usize % (n + 1);
            let high = low + (seed >> 40) as usize % (n + 2 - low);
            let cap = 1 + (seed >> 50) as usize % 4;
            let got: Vec<_> = collect_marks(&text, low, high, cap)
                .iter()
                .map(|m| (m.pos, m.len, m.mark))
                .collect();
            assert_eq!(
                got,
                marks_plainly(&text, low, high, cap),
                "{text:?} {low} {high} {cap}"
            );
        }
    }

    #[test]
    fn linear_on_a_flood_of_marks() {
        // Openers, then apostrophes that close nothing (one after a letter each: two
        // curly single marks side by side are a double mark, below).
        let s = "\u{201c}".repeat(200_000) + &"a\u{2019}".repeat(200_000);
        let n = s.chars().count();
        let found = quote_pairs(&s, &[(0, n)], 50_000, &mut RustChars);
        assert_eq!(found[0].len(), 1);
        // Two curly single marks for a double mark: one pair each until the cap of
        // doubled marks, then the rest read as single marks.
        let s = "\u{2018}\u{2019}x\u{2019}\u{2019} ".repeat(100_000);
        let n = s.chars().count();
        let found = quote_pairs(&s, &[(0, n)], 50_000, &mut RustChars);
        assert_eq!(
            found[0][..25_000].iter().filter(|p| p.1 - p.0 == 2).count(),
            25_000
        );
        assert_eq!(found[0][0], (0, 2, 3, 5));
        // Copied text's marks: two apostrophes for a double mark (one pair each, the
        // cap reached), straight marks set off by spaces, and curly openers under
        // straight marks glued between words (refused: the stack stays full).
        let s = "''x'' ".repeat(100_000);
        let found = quote_pairs(&s, &[(0, 600_000)], 50_000, &mut RustChars);
        assert_eq!(found[0].len(), 25_000);
        let s = "\" x \" ".repeat(100_000);
        let found = quote_pairs(&s, &[(0, 700_000)], 50_000, &mut RustChars);
        assert_eq!(found[0].len(), 25_000);
        let s = "\u{201c}x=\"y ".repeat(100_000);
        let n = s.chars().count();
        let found = quote_pairs(&s, &[(0, n)], 50_000, &mut RustChars);
        assert_eq!(found[0].len(), 1);
    }
}
