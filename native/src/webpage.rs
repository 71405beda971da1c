//! The web-page reader's line model, the part every line pays for: splitting the page
//! into its non-blank lines around the JSON blocks, and each line's offsets,
//! indentation, bullet and prose flags. Ported from
//! `seedparse.formats.webpage.lines.Page.__init__` with identical outputs; the
//! per-line features computed on demand (clean text, bylines, dates, kinds) stay in
//! Python.
//!
//! A page whose text has a column gap (table cells rendered side by side,
//! `cells.COLUMN_GAP`) is left to Python: `split_lines` returns `None`.

use crate::text::{py_isspace, squashed, strip, to_string, Unit};

/// `cells.COLUMN_SPACES`: blanks that separate two table cells on one line.
const COLUMN_SPACES: usize = 12;
/// A line of this many words is prose even without final punctuation (`_LONG_WORDS`).
const LONG_WORDS: usize = 20;
const LONG_CHARS: usize = 2 * LONG_WORDS;
const LONG_IDEOGRAPHS: usize = 20;
const SENTENCE_IDEOGRAPHS: usize = 8;

/// One non-blank line: `start`/`end` of the raw line (trailing blanks included, as
/// Python's `end`), its stripped text's place (`strip_start`, `strip_end`, offsets of
/// the page), its indentation and flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub strip_start: usize,
    pub strip_end: usize,
    pub indent: usize,
    pub after_block: bool,
    pub blank_before: bool,
    pub bullet: bool,
    pub prose: bool,
}

fn is_bullet_char(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{b7}'
            | '\u{25aa}'
            | '\u{25e6}'
            | '\u{2023}'
            | '\u{2219}'
            | '\u{25cf}'
            | '\u{25cb}'
            | '\u{25a0}'
            | '\u{25a1}'
            | '\u{25ba}'
            | '*'
            | '+'
            | '-'
            | '\u{2013}'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{2026}' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}' | '\u{ff0e}'
    )
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201d}'
            | '\u{2019}'
            | '\u{bb}'
            | ')'
            | ']'
            | '\u{300d}'
            | '\u{300f}'
            | '\u{ff09}'
    )
}

/// `_IDEOGRAPH`: ideographs, kana and hangul.
fn is_ideograph(c: char) -> bool {
    matches!(
        c,
        '\u{2e80}'..='\u{2fff}'
            | '\u{3040}'..='\u{30ff}'
            | '\u{3100}'..='\u{31ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{ac00}'..='\u{d7af}'
            | '\u{f900}'..='\u{faff}'
    )
}

fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}')
}

/// `COLUMN_GAP.search(region) is not None`: a non-blank character, at least
/// `COLUMN_SPACES` spaces, tabs or NBSPs, and a non-blank character.
pub fn has_column_gap<C: Unit>(region: &[C]) -> bool {
    let mut run = 0usize;
    let mut after_text = false; // the run follows a non-whitespace character
    for &c in region {
        let c: char = c.into();
        if is_gap(c) {
            run += 1;
        } else if py_isspace(c) {
            run = 0;
            after_text = false;
        } else {
            if after_text && run >= COLUMN_SPACES {
                return true;
            }
            run = 0;
            after_text = true;
        }
    }
    false
}

fn count_spaces<C: Unit>(line: &[C], limit: usize) -> usize {
    line.iter()
        .take(limit)
        .filter(|&&c| c.into() == ' ')
        .count()
}

/// The last character for the sentence test: before one closing mark.
fn final_char<C: Unit>(line: &[C]) -> char {
    let n = line.len();
    let last: char = line[n - 1].into();
    if is_closing(last) && n > 1 {
        line[n - 2].into()
    } else {
        last
    }
}

/// The bullet and prose flags of a non-empty stripped line (`Page.__init__`).
fn flags<C: Unit>(line: &[C]) -> (bool, bool) {
    let n = line.len();
    let first: char = line[0].into();
    let bullet = is_bullet_char(first) && n > 1 && matches!(line[1].into(), ' ' | '\u{a0}' | '\t');
    let last: char = line[n - 1].into();
    let mut prose = false;
    if is_terminal(last) || is_closing(last) {
        prose = is_terminal(final_char(line)) && count_spaces(line, 80) >= 2;
    }
    if n >= LONG_CHARS {
        prose = prose || count_spaces(line, 400) >= LONG_WORDS - 1;
    }
    if !prose && line.iter().any(|&c| !c.into().is_ascii()) {
        let ideographs = line
            .iter()
            .take(200)
            .filter(|&&c| is_ideograph(c.into()))
            .count();
        if ideographs >= LONG_IDEOGRAPHS {
            prose = true;
        } else if ideographs >= SENTENCE_IDEOGRAPHS {
            prose = is_terminal(final_char(line));
        }
    }
    (bullet, prose)
}

fn push_line<C: Unit>(
    lines: &mut Vec<Line>,
    raw: &[C],
    start: usize,
    after_block: bool,
    blank_before: bool,
) {
    let stripped = strip(raw);
    let indent = raw.len() - raw.iter().skip_while(|&&c| py_isspace(c.into())).count();
    let (bullet, prose) = flags(stripped);
    lines.push(Line {
        start,
        end: start + raw.len(),
        strip_start: start + indent,
        strip_end: start + indent + stripped.len(),
        indent,
        after_block,
        blank_before,
        bullet,
        prose,
    });
}

/// `Page._add_region` for a region without a column gap; false when it has one.
fn add_region<C: Unit>(
    lines: &mut Vec<Line>,
    text: &[C],
    pos: usize,
    stop: usize,
    after_block: bool,
) -> bool {
    let stop = stop.min(text.len());
    if pos >= stop {
        return true;
    }
    let region = &text[pos..stop];
    if has_column_gap(region) {
        return false;
    }
    let mut offset = pos;
    let mut first = true;
    let mut previous: Option<usize> = None;
    for (number, part) in region.split(|&c| c.into() == '\n').enumerate() {
        if !strip(part).is_empty() {
            let blank_before = match previous {
                None => after_block || number > 0 || pos == 0,
                Some(before) => number - before > 1,
            };
            push_line(lines, part, offset, first && after_block, blank_before);
            first = false;
            previous = Some(number);
        }
        offset += part.len() + 1;
    }
    true
}

/// The lines of a page outside its JSON blocks (`(start, end)` code point offsets,
/// in order), as `Page.__init__` splits them; `None` when a region of the page has a
/// column gap (the Python path splits its cells).
pub fn split_lines<C: Unit>(text: &[C], blocks: &[(usize, usize)]) -> Option<Vec<Line>> {
    let mut lines = Vec::new();
    let mut pos = 0usize;
    let mut after_block = false;
    for &(block_start, block_end) in blocks {
        if !add_region(&mut lines, text, pos, block_start, after_block) {
            return None;
        }
        after_block = true;
        let line_end = if block_end >= text.len() {
            text.len()
        } else {
            text[block_end..]
                .iter()
                .position(|&c| c.into() == '\n')
                .map_or(text.len(), |at| block_end + at)
        };
        if block_end < line_end {
            let glued = &text[block_end..line_end];
            if !strip(glued).is_empty() {
                push_line(&mut lines, glued, block_end, true, true);
                after_block = false;
            }
        }
        pos = line_end + 1;
    }
    if !add_region(&mut lines, text, pos, text.len(), after_block) {
        return None;
    }
    Some(lines)
}

/// `clean_text(source, tags=False)` where it needs no Python table: a text without
/// `&` (no entity to decode) comes out with its whitespace squashed. `None` for a text
/// with `&`; `Some(None)` when the clean text is `source` itself (the caller reuses
/// its string).
pub fn clean<C: Unit>(source: &[C]) -> Option<Option<String>> {
    if source.iter().any(|&c| c.into() == '&') {
        return None;
    }
    let squashed = squashed(source);
    let same = squashed.chars().count() == source.len()
        && squashed.chars().zip(source).all(|(a, &b)| a == b.into());
    Some(if same { None } else { Some(squashed) })
}

/// The text a line's clean text is made from (`Page.clean`): a bullet's marker and the
/// blanks after it dropped.
pub fn clean_source<'a, C: Unit>(stripped: &'a [C], bullet: bool) -> &'a [C] {
    if !bullet {
        return stripped;
    }
    let rest = &stripped[1..];
    let lead = rest.iter().take_while(|&&c| py_isspace(c.into())).count();
    &rest[lead..]
}

/// `text.casefold()` of an ASCII text (`str.lower` there); `None` for other text,
/// whose case folding needs Python's Unicode tables, and `Some(None)` when nothing
/// changes.
pub fn fold_ascii(text: &str) -> Option<Option<String>> {
    if !text.is_ascii() {
        return None;
    }
    Some(if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Some(text.to_ascii_lowercase())
    } else {
        None
    })
}

/// A line's text feature as the Python side takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Left to Python (computed on demand there).
    Unknown,
    /// The same text as the one it is made from (the stripped line, the clean text).
    Same,
    Text(String),
}

/// A line's stripped text, clean text (`Page.clean`) and folded text (`Page.folded`),
/// where they can be answered exactly without Python's tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    pub strip: String,
    pub clean: Piece,
    pub folded: Piece,
}

/// The `Texts` of every line of `lines` (from `split_lines` over `text`).
pub fn texts<C: Unit>(text: &[C], lines: &[Line]) -> Vec<Texts> {
    lines
        .iter()
        .map(|line| {
            let stripped = &text[line.strip_start..line.strip_end];
            let strip = to_string(stripped);
            let source = clean_source(stripped, line.bullet);
            let clean = match clean(source) {
                None => Piece::Unknown,
                Some(None) if !line.bullet => Piece::Same,
                Some(None) => Piece::Text(to_string(source)),
                Some(Some(squashed)) => Piece::Text(squashed),
            };
            let folded = match &clean {
                Piece::Unknown => Piece::Unknown,
                Piece::Same => fold_piece(&strip),
                Piece::Text(clean) => fold_piece(clean),
            };
            Texts {
                strip,
                clean,
                folded,
            }
        })
        .collect()
}

fn fold_piece(text: &str) -> Piece {
    match fold_ascii(text) {
        None => Piece::Unknown,
        Some(None) => Piece::Same,
        Some(Some(folded)) => Piece::Text(folded),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn column_gap() {
        assert!(has_column_gap(&chars("a            b")));
        assert!(!has_column_gap(&chars("a           b")));
        assert!(!has_column_gap(&chars("            b")));
        assert!(!has_column_gap(&chars("a            \nb")));
        assert!(has_column_gap(&chars("a \t\u{a0}         b")));
        assert!(!has_column_gap(&chars("a      \u{2003}      b")));
    }

    #[test]
    fn splits_and_flags() {
        let text = chars("Title\n\n  - one two\nA sentence of words.\n{\"a\":1} glued\nend");
        let block_start = text.iter().position(|&c| c == '{').unwrap();
        let lines = split_lines(&text, &[(block_start, block_start + 7)]).unwrap();
        let strips: Vec<String> = lines
            .iter()
            .map(|l| text[l.strip_start..l.strip_end].iter().collect())
            .collect();
        assert_eq!(
            strips,
            ["Title", "- one two", "A sentence of words.", "glued", "end"]
        );
        let title = &lines[0];
        assert!(title.blank_before && !title.after_block && !title.prose);
        let item = &lines[1];
        assert_eq!(
            (item.indent, item.bullet, item.blank_before),
            (2, true, true)
        );
        assert!(lines[2].prose && !lines[2].blank_before);
        assert!(lines[3].after_block && lines[3].blank_before);
        assert!(!lines[4].after_block && !lines[4].blank_before);
    }

    #[test]
    fn ideographs() {
        let line =
            chars("\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{3002}");
        assert_eq!(flags(&line), (false, true));
        let short = chars("\u{4e00}\u{4e00}\u{3002}");
        assert_eq!(flags(&short), (false, false));
    }

    #[test]
    fn clean_and_fold() {
        assert_eq!(clean(&chars("a  b\u{a0}c")), Some(Some("a b c".to_owned())));
        assert_eq!(clean(&chars("a b")), Some(None));
        assert_eq!(clean(&chars("a &amp; b")), None);
        assert_eq!(
            clean_source(&chars("-  \u{a0}x y"), true),
            &chars("x y")[..]
        );
        assert_eq!(clean_source(&chars("- x"), false), &chars("- x")[..]);
        assert_eq!(clean_source(&chars("-"), true), &chars("")[..]);
        assert_eq!(fold_ascii("Ab C"), Some(Some("ab c".to_owned())));
        assert_eq!(fold_ascii("ab c"), Some(None));
        assert_eq!(fold_ascii("\u{e9}"), None);
    }

    #[test]
    fn line_texts() {
        let text = chars("- Read  More\nA &amp; B\nplain\n\u{e9}T\u{e9}");
        let lines = split_lines(&text, &[]).unwrap();
        let found = texts(&text, &lines);
        let pieces: Vec<(&str, &Piece, &Piece)> = found
            .iter()
            .map(|t| (t.strip.as_str(), &t.clean, &t.folded))
            .collect();
        let read = Piece::Text("Read More".to_owned());
        let folded = Piece::Text("read more".to_owned());
        assert_eq!(pieces[0], ("- Read  More", &read, &folded));
        assert_eq!(pieces[1], ("A &amp; B", &Piece::Unknown, &Piece::Unknown));
        assert_eq!(pieces[2], ("plain", &Piece::Same, &Piece::Same));
        assert_eq!(pieces[3], ("\u{e9}T\u{e9}", &Piece::Same, &Piece::Unknown));
    }

    #[test]
    fn column_page_is_left_to_python() {
        assert!(split_lines(&chars("a            b"), &[]).is_none());
    }
}
