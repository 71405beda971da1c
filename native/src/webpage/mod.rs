//! The web-page reader's line model, the part every line pays for: splitting the page
//! into its non-blank lines around the JSON blocks, and each line's offsets,
//! indentation, bullet and prose flags. Ported from
//! `seedparse.formats.webpage.split.split_page` with identical outputs; the
//! per-line features computed on demand (clean text, bylines, dates, kinds) stay in
//! Python.
//!
//! A page whose text has a column gap (table cells rendered side by side,
//! `cells.COLUMN_GAP`) is left to Python: `split_lines` returns `None`.
//!
//! The scan reads the UTF-8 text in place (no copy into code points): offsets are
//! reported in code points, as Python's, by counting characters as the scan moves.

mod features;

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::note::Fx;
use crate::text::py_isspace;

pub use features::{
    line_flags, Features, F_CLOSES, F_CODE, F_COMMENTS, F_COPYRIGHT, F_HARD, F_HARD_PROSE, F_JUNK,
    F_TAG_PREFIX, PATTERNS,
};

/// `cells.COLUMN_SPACES`: blanks that separate two table cells on one line.
const COLUMN_SPACES: usize = 12;
/// A line of this many words is prose even without final punctuation (`_LONG_WORDS`).
const LONG_WORDS: usize = 20;
const LONG_CHARS: usize = 2 * LONG_WORDS;
const LONG_IDEOGRAPHS: usize = 20;
const SENTENCE_IDEOGRAPHS: usize = 8;

/// One non-blank line: `start`/`end` of the raw line in code points (trailing blanks
/// included, as Python's `end`), its stripped text's byte range in the page
/// (`strip_bytes`), its indentation (code points) and flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub strip_bytes: (usize, usize),
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

/// The characters of a text as the whitespace tests see them, without decoding most
/// of it: ASCII and every character that may be Python whitespace (its UTF-8 lead
/// byte is C2, E1, E2 or E3) as themselves, any other byte as `'x'` (text). A text's
/// run of blanks and of text are the same as over its characters.
struct Blanks<'a> {
    text: &'a str,
    at: usize,
}

impl Iterator for Blanks<'_> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        let byte = *self.text.as_bytes().get(self.at)?;
        if byte < 0x80 {
            self.at += 1;
            return Some(byte as char);
        }
        if matches!(byte, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            let c = self.text[self.at..].chars().next()?;
            self.at += c.len_utf8();
            return Some(c);
        }
        self.at += 1;
        Some('x')
    }
}

fn blanks(text: &str) -> Blanks<'_> {
    Blanks { text, at: 0 }
}

/// `COLUMN_GAP.search(region) is not None`: a non-blank character, at least
/// `COLUMN_SPACES` spaces, tabs or NBSPs, and a non-blank character.
///
/// A gap of `COLUMN_SPACES` characters spans at least as many bytes, so looking at
/// every `COLUMN_SPACES`-th byte finds every gap; only a byte of a blank is looked
/// around (the run it belongs to, the characters on either side). Each byte is read
/// at most a bounded number of times: linear, and most of the text is skipped.
pub fn has_column_gap(region: &str) -> bool {
    let bytes = region.as_bytes();
    let mut at = 0usize;
    while at < bytes.len() {
        let Some((start, end, count)) = gap_run(bytes, at) else {
            at += COLUMN_SPACES;
            continue;
        };
        if count >= COLUMN_SPACES
            && region[..start]
                .chars()
                .next_back()
                .is_some_and(|c| !py_isspace(c))
            && region[end..].chars().next().is_some_and(|c| !py_isspace(c))
        {
            return true;
        }
        at = end.max(at + 1);
    }
    false
}

/// Whether the blank (space, tab, NBSP) ends just before byte `at`; its length.
fn blank_before(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes[..at] {
        [.., 0xC2, 0xA0] => Some(2),
        [.., b' ' | b'\t'] => Some(1),
        _ => None,
    }
}

/// Whether a blank starts at byte `at`; its length.
fn blank_at(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes[at..] {
        [b' ' | b'\t', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        _ => None,
    }
}

/// The run of blanks that byte `at` belongs to: `(start, end, characters)`, or None
/// when the byte is not part of a blank.
fn gap_run(bytes: &[u8], at: usize) -> Option<(usize, usize, usize)> {
    let mut start = match bytes[at] {
        b' ' | b'\t' | 0xC2 => at,
        0xA0 if at > 0 && bytes[at - 1] == 0xC2 => at - 1,
        _ => return None,
    };
    blank_at(bytes, start)?;
    let mut end = start;
    let mut count = 0;
    while let Some(size) = blank_before(bytes, start) {
        start -= size;
        count += 1;
    }
    while let Some(size) = blank_at(bytes, end) {
        end += size;
        count += 1;
    }
    Some((start, end, count))
}

/// `has_column_gap` by a plain scan of every character (the test oracle of the
/// sampling scan).
pub fn has_column_gap_scan(region: &str) -> bool {
    let mut run = 0usize;
    let mut after_text = false; // the run follows a non-whitespace character
    for c in region.chars() {
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

/// Code points of `s` (Python's `len`).
fn cp_len(s: &str) -> usize {
    s.chars().count()
}

/// `line.count(" ", 0, limit)`.
fn count_spaces(line: &str, limit: usize) -> usize {
    if line.is_ascii() {
        let bytes = &line.as_bytes()[..limit.min(line.len())];
        return bytes.iter().filter(|&&b| b == b' ').count();
    }
    line.chars().take(limit).filter(|&c| c == ' ').count()
}

/// The last character for the sentence test: before one closing mark.
fn final_char(line: &str) -> char {
    let mut back = line.chars().rev();
    let last = back.next().unwrap_or(' ');
    match back.next() {
        Some(before) if is_closing(last) => before,
        _ => last,
    }
}

/// The bullet and prose flags of a non-empty stripped line of `n` code points
/// (`split_page`).
fn flags(line: &str, n: usize) -> (bool, bool) {
    let mut chars = line.chars();
    let first = chars.next().unwrap_or(' ');
    let bullet = is_bullet_char(first) && matches!(chars.next(), Some(' ' | '\u{a0}' | '\t'));
    let last = line.chars().next_back().unwrap_or(' ');
    let mut prose = false;
    if is_terminal(last) || is_closing(last) {
        prose = is_terminal(final_char(line)) && count_spaces(line, 80) >= 2;
    }
    if n >= LONG_CHARS {
        prose = prose || count_spaces(line, 400) >= LONG_WORDS - 1;
    }
    if !prose && !line.is_ascii() {
        let ideographs = line.chars().take(200).filter(|&c| is_ideograph(c)).count();
        if ideographs >= LONG_IDEOGRAPHS {
            prose = true;
        } else if ideographs >= SENTENCE_IDEOGRAPHS {
            prose = is_terminal(final_char(line));
        }
    }
    (bullet, prose)
}

/// A raw line `raw` of `length` code points at byte `byte` and code point `start`
/// of the page.
fn push_line(
    lines: &mut Vec<Line>,
    raw: &str,
    length: usize,
    (byte, start): (usize, usize),
    after_block: bool,
    blank_before: bool,
) {
    let rest = raw.trim_start_matches(py_isspace);
    let lead = raw.len() - rest.len();
    let stripped = rest.trim_end_matches(py_isspace);
    let indent = cp_len(&raw[..lead]);
    let n = cp_len(stripped);
    let (bullet, prose) = flags(stripped, n);
    lines.push(Line {
        start,
        end: start + length,
        strip_bytes: (byte + lead, byte + lead + stripped.len()),
        indent,
        after_block,
        blank_before,
        bullet,
        prose,
    });
}

/// Moves between code point and byte offsets of a text, forwards or backwards, at a
/// cost of the distance moved (the scan moves forwards but for overlapping blocks).
struct Cursor<'a> {
    text: &'a str,
    byte: usize,
    cp: usize,
    total: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor {
            text,
            byte: 0,
            cp: 0,
            total: cp_len(text),
        }
    }

    /// The byte offset of code point `cp` (clamped to the end of the text).
    fn byte_of(&mut self, cp: usize) -> usize {
        let cp = cp.min(self.total);
        let bytes = self.text.as_bytes();
        while self.cp < cp {
            // Eight ASCII bytes are eight code points.
            if cp - self.cp >= 8 {
                if let Some(chunk) = bytes.get(self.byte..self.byte + 8) {
                    let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
                    if word & 0x8080_8080_8080_8080 == 0 {
                        self.byte += 8;
                        self.cp += 8;
                        continue;
                    }
                }
            }
            self.byte += 1;
            while self.byte < bytes.len() && (bytes[self.byte] & 0xC0) == 0x80 {
                self.byte += 1;
            }
            self.cp += 1;
        }
        while self.cp > cp {
            self.byte -= 1;
            while (bytes[self.byte] & 0xC0) == 0x80 {
                self.byte -= 1;
            }
            self.cp -= 1;
        }
        self.byte
    }
}

/// `_Lines.add_region(pos, stop)` for a region without a column gap; false when it has
/// one. `pos`, `stop`: code points.
fn add_region(
    lines: &mut Vec<Line>,
    cursor: &mut Cursor<'_>,
    pos: usize,
    stop: usize,
    after_block: bool,
) -> bool {
    let stop = stop.min(cursor.total);
    if pos >= stop {
        return true;
    }
    let first_byte = cursor.byte_of(pos);
    let stop_byte = cursor.byte_of(stop);
    let region = &cursor.text[first_byte..stop_byte];
    if has_column_gap(region) {
        return false;
    }
    let mut byte = first_byte;
    let mut offset = pos;
    let mut first = true;
    let mut previous: Option<usize> = None;
    for (number, part) in region.split('\n').enumerate() {
        let length = cp_len(part);
        if part.contains(|c: char| !py_isspace(c)) {
            let blank_before = match previous {
                None => after_block || number > 0 || pos == 0,
                Some(before) => number - before > 1,
            };
            push_line(
                lines,
                part,
                length,
                (byte, offset),
                first && after_block,
                blank_before,
            );
            first = false;
            previous = Some(number);
        }
        byte += part.len() + 1;
        offset += length + 1;
    }
    true
}

/// The lines of a page outside its JSON blocks (`(start, end)` code point offsets,
/// in order), as `split_page` splits them; `None` when a region of the page has a
/// column gap (the Python path splits its cells).
pub fn split_lines(text: &str, blocks: &[(usize, usize)]) -> Option<Vec<Line>> {
    let mut lines = Vec::new();
    let mut cursor = Cursor::new(text);
    let mut pos = 0usize;
    let mut after_block = false;
    for &(block_start, block_end) in blocks {
        if !add_region(&mut lines, &mut cursor, pos, block_start, after_block) {
            return None;
        }
        after_block = true;
        // text.find("\n", block_end), else the end of the text.
        let end_byte = cursor.byte_of(block_end);
        let block_end = block_end.min(cursor.total);
        let glued = text[end_byte..].split('\n').next().unwrap_or_default();
        let length = cp_len(glued);
        let line_end = block_end + length;
        if glued.contains(|c: char| !py_isspace(c)) {
            push_line(&mut lines, glued, length, (end_byte, block_end), true, true);
            after_block = false;
        }
        pos = line_end + 1;
    }
    let total = cursor.total;
    if !add_region(&mut lines, &mut cursor, pos, total, after_block) {
        return None;
    }
    Some(lines)
}

/// `clean_text(source, tags=False)` where it needs no Python table: a text without
/// `&` (no entity to decode) comes out with its whitespace squashed. `None` for a text
/// with `&`; `Some(None)` when the clean text is `source` itself (the caller reuses
/// its string).
pub fn clean(source: &str) -> Option<Option<String>> {
    if source.contains('&') {
        return None;
    }
    // Most lines are clean already: no control character, no byte that may start a
    // non-ASCII space, no doubled or outer space (a branch-free test over the bytes).
    let bytes = source.as_bytes();
    let odd = bytes.iter().fold(false, |odd, &b| {
        odd | (b < 0x20) | (b == 0xC2) | (b.wrapping_sub(0xE1) < 3)
    });
    // A byte that may start a non-ASCII space most often starts a typographic mark
    // (’, “, —: E2 80 xx): only a space itself needs the squashing scan.
    let odd = odd && has_odd_blank(bytes);
    if !odd && !source.contains("  ") && !source.starts_with(' ') && !source.ends_with(' ') {
        return Some(None);
    }
    let mut squash = false;
    let mut after_space = true; // a leading blank needs squashing too
    for c in blanks(source) {
        if c == '&' {
            return None;
        }
        if c == ' ' {
            squash |= after_space;
            after_space = true;
        } else {
            squash |= py_isspace(c);
            after_space = false;
        }
    }
    squash |= after_space && !source.is_empty();
    Some(squash.then(|| {
        let words: Vec<&str> = source.split(py_isspace).filter(|w| !w.is_empty()).collect();
        words.join(" ")
    }))
}

/// Whether `bytes` (UTF-8) hold a control character or a character `py_isspace` calls
/// a space outside ASCII (U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000), read from their UTF-8 bytes.
fn has_odd_blank(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(at, &b)| {
        let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
        match b {
            0x00..=0x1F => true,
            0xC2 => matches!(next(1), 0x85 | 0xA0),
            0xE1 => next(1) == 0x9A && next(2) == 0x80,
            0xE2 => match next(1) {
                0x80 => matches!(next(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
                0x81 => next(2) == 0x9F,
                _ => false,
            },
            0xE3 => next(1) == 0x80 && next(2) == 0x80,
            _ => false,
        }
    })
}

/// The text a line's clean text is made from (`Page.clean`): a bullet's marker and the
/// blanks after it dropped.
pub fn clean_source(stripped: &str, bullet: bool) -> &str {
    if !bullet {
        return stripped;
    }
    let mut chars = stripped.chars();
    chars.next();
    chars.as_str().trim_start_matches(py_isspace)
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
pub struct Texts<'a> {
    pub strip: &'a str,
    pub clean: Piece,
    pub folded: Piece,
    /// The line's feature bits (`line_flags`), where its folded text is known.
    pub flags: Option<u32>,
    /// The first line of the page with the same stripped text (this one's index when
    /// it is the first).
    pub first: usize,
}

/// The `Texts` of every line of `lines` (from `split_lines` over `text`).
///
/// A line's texts and bits depend on its stripped text alone (its bullet flag is
/// read from that text too), so a line seen before on the page copies the first
/// one's: furniture, the lines a page repeats, would otherwise pay the pattern tests
/// again for each copy (a menu over every teaser, a flood of share bars). The look-up
/// is the one `pagekind` groups repeated lines by (`Texts::first`).
pub fn texts<'a>(text: &'a str, lines: &[Line]) -> Vec<Texts<'a>> {
    let mut features = Features::default();
    let mut seen: HashMap<&'a str, usize, BuildHasherDefault<Fx>> =
        HashMap::with_capacity_and_hasher(lines.len(), BuildHasherDefault::default());
    let mut found: Vec<Texts<'a>> = Vec::with_capacity(lines.len());
    for line in lines {
        let strip = &text[line.strip_bytes.0..line.strip_bytes.1];
        match seen.entry(strip) {
            Entry::Occupied(first) => {
                let again = found[*first.get()].clone();
                found.push(again);
            }
            Entry::Vacant(slot) => {
                slot.insert(found.len());
                let first = found.len();
                found.push(line_texts(&mut features, strip, line, first));
            }
        }
    }
    found
}

/// A prose line of this many code points or more gets no feature bits here, nor a
/// folded text that is not its clean text: its kind needs neither (`Page._classify`),
/// and Python asks few of them for their bits (the edges of the body,
/// `Page.is_hard_prose`) or their folded text, which would cost more here, for all,
/// than there for those few.
const LONG_PROSE: usize = 120;

/// The `Texts` of one stripped line (`line` its flags).
fn line_texts<'a>(features: &mut Features, strip: &'a str, line: &Line, first: usize) -> Texts<'a> {
    let bullet = line.bullet;
    let source = clean_source(strip, bullet);
    let clean = match clean(source) {
        None => Piece::Unknown,
        Some(None) if !bullet => Piece::Same,
        Some(None) => Piece::Text(source.to_owned()),
        Some(Some(squashed)) => Piece::Text(squashed),
    };
    let clean_text = match &clean {
        Piece::Unknown => None,
        Piece::Same => Some(strip),
        Piece::Text(clean) => Some(clean.as_str()),
    };
    let long_prose = line.prose
        && strip.len() >= LONG_PROSE
        && (strip.is_ascii() || strip.chars().count() >= LONG_PROSE);
    let folded = match clean_text.map_or(Piece::Unknown, fold_piece) {
        // Nor a folded copy of a long sentence (Python folds the few it compares).
        Piece::Text(_) if long_prose => Piece::Unknown,
        folded => folded,
    };
    let flags = match (&folded, clean_text) {
        _ if long_prose => None,
        (Piece::Same, Some(clean)) => features.line_flags(strip, clean),
        (Piece::Text(folded), _) => features.line_flags(strip, folded),
        _ => None,
    };
    Texts {
        strip,
        clean,
        folded,
        flags,
        first,
    }
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

    fn strips<'a>(text: &'a str, lines: &[Line]) -> Vec<&'a str> {
        lines
            .iter()
            .map(|l| &text[l.strip_bytes.0..l.strip_bytes.1])
            .collect()
    }

    #[test]
    fn blanks_keep_every_python_space() {
        let all: String = (0..0x11_0000u32).filter_map(char::from_u32).collect();
        let seen: Vec<char> = blanks(&all).filter(|&c| py_isspace(c)).collect();
        let expected: Vec<char> = all.chars().filter(|&c| py_isspace(c)).collect();
        assert_eq!(seen, expected);
        assert_eq!(
            blanks("\u{e9}\u{a0}\u{4e2d}").collect::<String>(),
            "xx\u{a0}xxx"
        );
    }

    #[test]
    fn sampled_column_gap_equals_the_scan() {
        // Every text of up to 16 pieces over a small alphabet of blanks and text,
        // at every alignment: the sampling scan agrees with the plain one.
        let pieces = [
            " ", "\t", "\u{a0}", "a", "\u{e0}", "\u{2003}", "\n", "\u{2020}",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut state = seed;
            for _ in 0..(state % 40) {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                // Mostly blanks, so that runs near the threshold are common.
                let pick = (state >> 33) as usize % 12;
                text.push_str(pieces[if pick < 5 { pick.min(2) } else { pick - 4 }]);
            }
            assert_eq!(
                has_column_gap(&text),
                has_column_gap_scan(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn column_gap() {
        assert!(has_column_gap("a            b"));
        assert!(!has_column_gap("a           b"));
        assert!(!has_column_gap("            b"));
        assert!(!has_column_gap("a            \nb"));
        assert!(has_column_gap("a \t\u{a0}         b"));
        assert!(!has_column_gap("a      \u{2003}      b"));
    }

    #[test]
    fn splits_and_flags() {
        let text = "Title\n\n  - one two\nA sentence of words.\n{\"a\":1} glued\nend";
        let block_start = text.find('{').unwrap();
        let lines = split_lines(text, &[(block_start, block_start + 7)]).unwrap();
        assert_eq!(
            strips(text, &lines),
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
    fn offsets_are_code_points() {
        let text = "\u{e9}t\u{e9} \u{2003}\n  \u{4e2d}x \u{a0}\n{\u{e9}} z";
        let block = text.chars().position(|c| c == '{').unwrap();
        let lines = split_lines(text, &[(block, block + 3)]).unwrap();
        assert_eq!(strips(text, &lines), ["\u{e9}t\u{e9}", "\u{4e2d}x", "z"]);
        let spans: Vec<(usize, usize, usize)> =
            lines.iter().map(|l| (l.start, l.end, l.indent)).collect();
        assert_eq!(spans, [(0, 5, 0), (6, 12, 2), (16, 18, 1)]);
        // Blocks out of order and past the end move the cursor back and clamp.
        let again = split_lines(text, &[(block, block + 3), (2, 99)]).unwrap();
        assert_eq!(strips(text, &again), ["\u{e9}t\u{e9}", "\u{4e2d}x", "z"]);
    }

    #[test]
    fn ideographs() {
        let line = "\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{4e00}\u{3002}";
        assert_eq!(flags(line, 9), (false, true));
        assert_eq!(flags("\u{4e00}\u{4e00}\u{3002}", 3), (false, false));
    }

    #[test]
    fn clean_and_fold() {
        assert_eq!(clean("a  b\u{a0}c"), Some(Some("a b c".to_owned())));
        assert_eq!(clean("a b"), Some(None));
        assert_eq!(clean("a &amp; b"), None);
        assert_eq!(clean_source("-  \u{a0}x y", true), "x y");
        assert_eq!(clean_source("- x", false), "- x");
        assert_eq!(fold_ascii("Ab C"), Some(Some("ab c".to_owned())));
        assert_eq!(fold_ascii("ab c"), Some(None));
        assert_eq!(fold_ascii("\u{e9}"), None);
    }

    #[test]
    fn line_texts() {
        let text = "- Read  More\nA &amp; B\nplain\n\u{e9}T\u{e9}";
        let lines = split_lines(text, &[]).unwrap();
        let found = texts(text, &lines);
        let pieces: Vec<(&str, &Piece, &Piece)> = found
            .iter()
            .map(|t| (t.strip, &t.clean, &t.folded))
            .collect();
        let read = Piece::Text("Read More".to_owned());
        let folded = Piece::Text("read more".to_owned());
        assert_eq!(pieces[0], ("- Read  More", &read, &folded));
        assert_eq!(pieces[1], ("A &amp; B", &Piece::Unknown, &Piece::Unknown));
        assert_eq!(pieces[2], ("plain", &Piece::Same, &Piece::Same));
        assert_eq!(pieces[3], ("\u{e9}T\u{e9}", &Piece::Same, &Piece::Unknown));
    }

    #[test]
    fn repeated_lines_copy_their_first_texts() {
        // Short and long lines, a bullet and a plain line of the same words.
        let long = "word ".repeat(40);
        let text = format!(
            "Share\n- Share\nShare\nA &amp; B\nA &amp; B\n{long}\n{long}\n- Read  More\n- Read  More"
        );
        let lines = split_lines(&text, &[]).unwrap();
        let found = texts(&text, &lines);
        let mut features = Features::default();
        let strips = strips(&text, &lines);
        for ((line, got), strip) in lines.iter().zip(&found).zip(&strips) {
            let first = strips.iter().position(|other| other == strip).unwrap();
            let expected = super::line_texts(&mut features, strip, line, first);
            assert_eq!(*got, expected, "{strip:?}");
        }
        let firsts: Vec<usize> = found.iter().map(|t| t.first).collect();
        assert_eq!(firsts, [0, 1, 0, 3, 3, 5, 5, 7, 7]);
        // A bullet's texts are not a plain line's.
        assert_eq!(found[0].clean, Piece::Same);
        assert_eq!(found[1].clean, Piece::Text("Share".to_owned()));
        assert_eq!(found[2].clean, Piece::Same);
    }

    #[test]
    fn odd_blanks_are_the_controls_and_the_spaces_outside_ascii() {
        for code in 0..0x11_0000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let text = format!("a{c}b");
            let odd = c < ' ' || (!c.is_ascii() && py_isspace(c));
            assert_eq!(has_odd_blank(text.as_bytes()), odd, "U+{code:04X}");
        }
        assert_eq!(
            clean("it\u{2019}s \u{201c}fine\u{201d} \u{2014} ok"),
            Some(None)
        );
        assert_eq!(clean("a\u{2009}b"), Some(Some("a b".to_owned())));
        assert_eq!(
            clean("a\u{a0}\u{2019}"),
            Some(Some("a \u{2019}".to_owned()))
        );
    }

    #[test]
    fn column_page_is_left_to_python() {
        assert!(split_lines("a            b", &[]).is_none());
    }
}
