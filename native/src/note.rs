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

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hasher};

use crate::blocks::{classify, BLANK, FENCE_OPEN, HEADING, HR, ITEM, QUOTE, TEXT};
use crate::inline::{scan, RawCitation, Settings};
use crate::text::{py_isspace, strip, to_string, Unit};

/// A length in code points: the byte length when every text of the document is ASCII.
fn cp_len(text: &str, ascii: bool) -> usize {
    if ascii {
        text.len()
    } else {
        text.chars().count()
    }
}

/// Ints per passage record and per citation record (`_P`, `_C` of `_packed`).
const NONE: i64 = -1;
const DERIVED: i64 = -2;

/// A string-table entry: a str, or a section trail (a tuple of str).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Entry {
    Str(String),
    Trail(Vec<String>),
}

/// What a note's body gives: the packed records and what the reader needs besides.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Body {
    /// The passages' texts joined by `"\n\n"` (`Document.text`).
    pub body: String,
    pub passages: Vec<i64>,
    pub citations: Vec<i64>,
    pub strings: Vec<Entry>,
    /// The deep-link prefix of derived targets, or None.
    pub prefix: Option<String>,
    /// The wiki-link targets of the `From:` lines, in order.
    pub channels: Vec<String>,
    /// The level-1 heading that opens the body, if any.
    pub first_heading: Option<String>,
}

/// The Fx hash (rustc's): the table's keys are short texts of one document, hashed
/// many times each, and need no protection from collisions an attacker picks (a
/// document's own strings can only slow down its own read, and no more than the
/// text's length allows).
#[derive(Default)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.write(&[byte]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K> = HashMap<K, i64, BuildHasherDefault<Fx>>;

/// The first occurrence of `needle` in `hay` (a byte offset), as `str::find`: the
/// first byte found by a scan, then compared; a search that compares more than a
/// few times the text's length hands over to `str::find` (two-way, linear), so the
/// worst case stays linear while the common one (a claim found where it was put)
/// skips the two-way searcher's set-up, which cost more than the search itself.
fn find_first(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return Some(0);
    };
    if n.len() > h.len() {
        return None;
    }
    let last = h.len() - n.len();
    let mut budget = 4 * h.len() + 64;
    let mut i = 0;
    let second = n.get(1).copied();
    while i <= last {
        i += u8::find2(&h[i..=last], first, first)?;
        // `first` starts a character (the needle is UTF-8): so does `i`.
        if second.map_or(true, |c| h[i + 1] == c) && h[i..i + n.len()] == *n {
            return Some(i);
        }
        let cost = n.len().min(16);
        if budget <= cost {
            return hay[i..].find(needle).map(|k| k + i);
        }
        budget -= cost;
        i += 1;
    }
    None
}

/// The packing side: `_packed.Builder`'s `passage`, `_cite`, `string`.
struct Packer {
    out: Body,
    strs: FxMap<String>,
    // Section trails by the ids of their heading texts: a trail's key is as long as
    // its depth, not its texts (Python hashes a tuple from its strs' cached hashes;
    // hashing the texts on every passage would make long headings quadratic).
    trails: FxMap<Vec<i64>>,
    headings: Vec<String>,
    heading_ids: FxMap<String>,
    at: usize,      // body offset (code points) of the next passage's text
    suffix: String, // scratch: a deep link's "<seconds>s"
    ascii: bool,    // the document is ASCII: byte lengths are code point lengths
}

impl Packer {
    fn str_ref(&mut self, value: &str) -> i64 {
        if let Some(&found) = self.strs.get(value) {
            return found;
        }
        let found = self.out.strings.len() as i64;
        self.out.strings.push(Entry::Str(value.to_owned()));
        self.strs.insert(value.to_owned(), found);
        found
    }

    fn trail_ref(&mut self, value: &[i64]) -> i64 {
        if let Some(&found) = self.trails.get(value) {
            return found;
        }
        let found = self.out.strings.len() as i64;
        let texts = value.iter().map(|&id| self.headings[id as usize].clone());
        self.out.strings.push(Entry::Trail(texts.collect()));
        self.trails.insert(value.to_vec(), found);
        found
    }

    /// The id of a heading text (equal texts, one id), hashed once per heading.
    fn heading_id(&mut self, text: String) -> i64 {
        if let Some(&found) = self.heading_ids.get(&text) {
            return found;
        }
        let found = self.headings.len() as i64;
        self.headings.push(text.clone());
        self.heading_ids.insert(text, found);
        found
    }

    /// `Builder._cite`, or None when the record needs a case only Python decides.
    fn cite(&mut self, record: &RawCitation, text: &str, at: usize) -> Option<()> {
        let kind = if record.wikilink {
            "wikilink"
        } else {
            "timestamp"
        };
        let kind_ref = self.strs.get(kind).copied();
        // text.find(claim), in code points.
        let found = find_first(text, &record.text).map(|byte| cp_len(&text[..byte], self.ascii));
        let target_ref = match (&record.target, record.seconds) {
            (None, _) => NONE,
            (Some(target), None) => self.str_ref(target),
            (Some(target), Some(seconds)) => {
                if !target.is_ascii() {
                    return None; // lengths in code points: Python's
                }
                let mut suffix = std::mem::take(&mut self.suffix);
                suffix.clear();
                let _ = write!(suffix, "{seconds}s");
                if self.out.prefix.is_none() {
                    let cut = target.len().checked_sub(suffix.len())?;
                    if cut > 0 && target.ends_with(&suffix) {
                        let before = target[..cut].chars().next_back()?;
                        if !before.is_ascii() {
                            return None; // str.isdigit of a non-ASCII character: Python's
                        }
                        if !before.is_ascii_digit() {
                            self.out.prefix = Some(target[..cut].to_owned());
                        }
                    }
                }
                let derived = matches!(&self.out.prefix, Some(prefix)
                        if target.len() == prefix.len() + suffix.len()
                            && target.starts_with(prefix.as_str())
                            && target.ends_with(suffix.as_str()));
                self.suffix = suffix;
                if derived {
                    DERIVED
                } else {
                    self.str_ref(target)
                }
            }
        };
        let kind_ref = match kind_ref {
            Some(found) => found,
            None => self.str_ref(kind),
        };
        let (ref_, length) = match found {
            Some(offset) => (
                (at + offset) as i64,
                cp_len(&record.text, self.ascii) as i64,
            ),
            None => (self.str_ref(&record.text), -1),
        };
        self.out.citations.extend_from_slice(&[
            kind_ref,
            ref_,
            length,
            record.start as i64,
            record.end as i64,
            target_ref,
            record.seconds.unwrap_or(NONE),
            NONE,
        ]);
        Some(())
    }

    /// `Builder.passage`.
    #[allow(clippy::too_many_arguments)]
    fn passage(
        &mut self,
        text: &str,
        kind: &str,
        start: usize,
        end: usize,
        section: &[i64],
        depth: usize,
        citations: &[RawCitation],
    ) -> Option<()> {
        let at = self.at;
        let length = cp_len(text, self.ascii);
        if !self.out.passages.is_empty() {
            self.out.body.push_str("\n\n");
        }
        self.out.body.push_str(text);
        self.at = at + length + 2;
        let mut first = 0;
        if !citations.is_empty() {
            first = (self.out.citations.len() / 8) as i64;
            for record in citations {
                self.cite(record, text, at)?;
            }
        }
        let kind_ref = self.str_ref(kind);
        let section_ref = self.trail_ref(section);
        self.out.passages.extend_from_slice(&[
            at as i64,
            length as i64,
            kind_ref,
            start as i64,
            end as i64,
            section_ref,
            depth as i64,
            first,
            citations.len() as i64,
        ]);
        Some(())
    }
}

/// `text.isspace()`-based helpers over a line.
fn is_all<C: Unit>(s: &[C], c: char) -> bool {
    !s.is_empty() && s.iter().all(|&u| u.into() == c)
}

fn contains<C: Unit>(s: &[C], c: char) -> bool {
    match u8::try_from(c) {
        Ok(byte) if byte.is_ascii() => C::find2(s, byte, byte).is_some(),
        _ => s.iter().any(|&u| u.into() == c),
    }
}

/// `body.split("\n")`, by the eight-bytes-at-a-time search.
fn split_lines<C: Unit>(body: &[C]) -> Vec<&[C]> {
    let mut lines = Vec::with_capacity(body.len() / 64 + 1);
    let mut at = 0;
    while let Some(k) = C::find2(&body[at..], b'\n', b'\n') {
        lines.push(&body[at..at + k]);
        at += k + 1;
    }
    lines.push(&body[at..]);
    lines
}

/// `line.rstrip(chars)` as a length.
fn rstrip_len<C: Unit>(s: &[C], chars: &[char]) -> usize {
    let mut end = s.len();
    while end > 0 && chars.contains(&s[end - 1].into()) {
        end -= 1;
    }
    end
}

/// `_is_delimiter_row` of `blocks`.
fn is_delimiter_row<C: Unit>(line: &[C]) -> bool {
    let blanks = [' ', '\t', '\r'];
    let mut start = 0;
    let mut end = line.len();
    while start < end && blanks.contains(&line[start].into()) {
        start += 1;
    }
    while end > start && blanks.contains(&line[end - 1].into()) {
        end -= 1;
    }
    let row = &line[start..end];
    if !contains(row, '-')
        || !row
            .iter()
            .all(|&c| matches!(c.into(), '|' | ':' | '-' | ' ' | '\t'))
    {
        return false;
    }
    if !contains(row, '|') && row.iter().filter(|&&c| c.into() == '-').count() < 3 {
        return false;
    }
    // row.strip("|").split("|"): every cell has a non-blank and a "-".
    let mut a = 0;
    let mut b = row.len();
    while a < b && row[a].into() == '|' {
        a += 1;
    }
    while b > a && row[b - 1].into() == '|' {
        b -= 1;
    }
    row[a..b]
        .split(|&c| c.into() == '|')
        .all(|cell| cell.iter().any(|&c| !matches!(c.into(), ' ' | '\t')) && contains(cell, '-'))
}

fn is_table<C: Unit>(lines: &[&[C]], index: usize) -> bool {
    contains(lines[index], '|')
        && index + 1 < lines.len()
        && contains(lines[index + 1], '|')
        && is_delimiter_row(lines[index + 1])
}

/// Length of a wiki-link `\[\[[^\[\]\n]{1,limit}\]\]` at `at`, or None.
fn wiki_at<C: Unit>(s: &[C], at: usize, limit: usize) -> Option<usize> {
    if s.get(at).map(|&c| c.into()) != Some('[') || s.get(at + 1).map(|&c| c.into()) != Some('[') {
        return None;
    }
    let inner = s[at + 2..]
        .iter()
        .take(limit + 1)
        .take_while(|&&c| !matches!(c.into(), '[' | ']' | '\n'))
        .count();
    let close = at + 2 + inner;
    if (1..=limit).contains(&inner)
        && s.get(close).map(|&c| c.into()) == Some(']')
        && s.get(close + 1).map(|&c| c.into()) == Some(']')
    {
        return Some(inner + 4);
    }
    None
}

/// `table_cells` of `blocks`: the `(start, end)` of each cell of a row.
fn table_cells<C: Unit>(line: &[C]) -> Vec<(usize, usize)> {
    let n = line.len();
    let mut protected = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some(len) = wiki_at(line, i, 4096) {
            protected.push((i, i + len));
            i += len;
        } else {
            i += 1;
        }
    }
    let mut bars = Vec::new();
    let mut guard = 0;
    for index in 0..n {
        if line[index].into() != '|' || (index > 0 && line[index - 1].into() == '\\') {
            continue;
        }
        while guard < protected.len() && protected[guard].1 <= index {
            guard += 1;
        }
        if guard < protected.len() && protected[guard].0 <= index {
            continue;
        }
        bars.push(index);
    }
    let mut cells = Vec::with_capacity(bars.len() + 1);
    let mut left: isize = -1;
    for &right in bars.iter().chain(std::iter::once(&n)) {
        let mut start = (left + 1) as usize;
        let mut end = right;
        while start < end && matches!(line[start].into(), ' ' | '\t') {
            start += 1;
        }
        while end > start && matches!(line[end - 1].into(), ' ' | '\t' | '\r') {
            end -= 1;
        }
        cells.push((start, end));
        left = right as isize;
    }
    let blank = |s: &[C]| s.iter().all(|&c| py_isspace(c.into()));
    if let (Some(&first), Some(&last)) = (bars.first(), bars.last()) {
        let drop_first = blank(&line[..first]);
        let drop_last = blank(&line[last + 1..]);
        if drop_first {
            cells.remove(0);
        }
        if drop_last {
            cells.pop();
        }
    }
    cells
}

/// `_FROM.match(line, at)`: `[Ff]rom:[ \t]*(?=!?\[\[)`.
fn from_prefix<C: Unit>(line: &[C], at: usize) -> bool {
    let c = |i: usize| line.get(i).map(|&u| u.into());
    if !matches!(c(at), Some('F' | 'f')) || c(at + 1) != Some('r') || c(at + 2) != Some('o') {
        return false;
    }
    if c(at + 3) != Some('m') || c(at + 4) != Some(':') {
        return false;
    }
    let mut i = at + 5;
    while matches!(c(i), Some(' ' | '\t')) {
        i += 1;
    }
    if c(i) == Some('!') {
        i += 1;
    }
    c(i) == Some('[') && c(i + 1) == Some('[')
}

/// The wiki-links `!?\[\[([^\[\]\n]{1,512})\]\]` of `line`, as `(start, end, inner)`
/// spans in the order `findall` finds them.
fn from_links<C: Unit>(line: &[C]) -> Vec<(usize, usize, usize, usize)> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < line.len() {
        let bang = line[i].into() == '!';
        let at = if bang { i + 1 } else { i };
        if let Some(len) = wiki_at(line, at, 512) {
            found.push((i, at + len, at + 2, at + len - 2));
            i = at + len;
        } else {
            i += 1;
        }
    }
    found
}

/// `_FROM_REST.fullmatch(rest)`: `(?:[\s,;&]|and\b|<[^<>\n]{0,64}>)*`, ASCII.
fn from_rest(rest: &[char]) -> bool {
    let n = rest.len();
    let mut i = 0;
    while i < n {
        let c = rest[i];
        if matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | ',' | ';' | '&'
        ) {
            i += 1;
        } else if c == 'a'
            && rest.get(i + 1) == Some(&'n')
            && rest.get(i + 2) == Some(&'d')
            && !rest
                .get(i + 3)
                .is_some_and(|&d| d.is_ascii_alphanumeric() || d == '_')
        {
            i += 3;
        } else if c == '<' {
            let inner = rest[i + 1..]
                .iter()
                .take(65)
                .take_while(|&&d| !matches!(d, '<' | '>' | '\n'))
                .count();
            if inner <= 64 && rest.get(i + 1 + inner) == Some(&'>') {
                i += inner + 2;
            } else {
                return false;
            }
        } else {
            return false;
        }
    }
    true
}

/// The walk's state: `_NoteParser` without the Python-only parts.
struct Walk<'a, C: Unit> {
    text: &'a [C],
    settings: &'a Settings<'a>,
    is_word: &'a mut dyn FnMut(char) -> bool,
    packer: Packer,
    trail: Vec<(i64, i64)>, // (level, heading text id)
    section: Vec<i64>,
    seen_body: bool,
    seen_heading: bool,
}

impl<C: Unit> Walk<'_, C> {
    fn scan(&mut self, start: usize, end: usize) -> Option<(String, Vec<RawCitation>)> {
        let end = end.min(self.text.len());
        let start = start.min(end);
        let text = self.text;
        scan(&text[start..end], start, self.settings, &mut *self.is_word)
    }

    fn add(
        &mut self,
        text: &str,
        kind: &str,
        span: (usize, usize),
        citations: &[RawCitation],
        depth: usize,
        section: Option<&[i64]>,
    ) -> Option<()> {
        if text.is_empty() && citations.is_empty() {
            return Some(());
        }
        let section = section.unwrap_or(&self.section);
        self.packer
            .passage(text, kind, span.0, span.1, section, depth, citations)?;
        if kind != "heading" {
            self.seen_body = true;
        }
        Some(())
    }

    fn trail_before(&self) -> Vec<i64> {
        self.trail.iter().map(|&(_, id)| id).collect()
    }

    fn open_section(&mut self, level: i64, text: &str) {
        while self.trail.last().is_some_and(|(l, _)| *l >= level) {
            self.trail.pop();
        }
        if level == 1
            && !text.is_empty()
            && !self.seen_body
            && self.packer.out.first_heading.is_none()
            && !self.seen_heading
        {
            self.packer.out.first_heading = Some(text.to_owned());
        }
    }

    fn close_heading(&mut self, level: i64, text: String) {
        if !text.is_empty() {
            let id = self.packer.heading_id(text);
            self.trail.push((level, id));
        }
        self.section = self.trail_before();
        self.seen_heading = true;
    }

    fn heading(&mut self, start: usize, line: &[C], content_at: usize, level: i64) -> Option<()> {
        let content = &line[content_at.min(line.len())..];
        let mut len = rstrip_len(content, &[' ', '\t', '\r']);
        if len > 0 && content[len - 1].into() == '#' {
            let trimmed = rstrip_len(&content[..len], &['#']);
            if trimmed == 0 || matches!(content[trimmed - 1].into(), ' ' | '\t') {
                len = rstrip_len(&content[..trimmed], &[' ', '\t']);
            }
        }
        let at = start + content_at;
        let (text, citations) = self.scan(at, at + len)?;
        self.open_section(level, &text);
        let end = start + rstrip_len(line, &['\r']);
        let before = self.trail_before();
        self.add(&text, "heading", (start, end), &citations, 0, Some(&before))?;
        self.close_heading(level, text);
        Some(())
    }

    fn setext(&mut self, start: usize, end: usize, level: i64, underline_at: usize) -> Option<()> {
        let (text, citations) = self.scan(start, end)?;
        self.open_section(level, &text);
        let span_end = self.text[underline_at.min(self.text.len())..]
            .iter()
            .position(|&c| c.into() == '\n')
            .map_or(self.text.len(), |p| underline_at + p);
        let before = self.trail_before();
        self.add(
            &text,
            "heading",
            (start, span_end),
            &citations,
            0,
            Some(&before),
        )?;
        self.close_heading(level, text);
        Some(())
    }

    fn channel_line(&mut self, line: &[C], indent: usize) -> bool {
        let links = from_links(line);
        if links.is_empty() {
            return false;
        }
        // _WIKI_IN_FROM.sub(" ", line[indent:]), then what follows its first ":".
        let mut rest: Vec<char> = Vec::with_capacity(line.len());
        let mut at = indent;
        for &(start, end, _, _) in links.iter().filter(|l| l.0 >= indent) {
            rest.extend(line[at..start].iter().map(|&c| c.into()));
            rest.push(' ');
            at = end;
        }
        rest.extend(line[at..].iter().map(|&c| c.into()));
        let rest = match rest.iter().position(|&c| c == ':') {
            Some(colon) => &rest[colon + 1..],
            None => &rest[..],
        };
        if !from_rest(rest) {
            return false;
        }
        for &(_, _, inner_start, inner_end) in &links {
            let inner = &line[inner_start..inner_end];
            let bar = inner
                .iter()
                .position(|&c| c.into() == '|')
                .unwrap_or(inner.len());
            let target = strip(&inner[..bar]);
            if !target.is_empty() {
                self.packer.out.channels.push(to_string(target));
            }
        }
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn item(
        &mut self,
        lines: &[&[C]],
        starts: &[usize],
        first: usize,
        stop: usize,
        content_at: usize,
        depth: usize,
    ) -> Option<()> {
        let line = lines[first];
        let mut content_at = content_at;
        // _TASK: \[[ xX]\][ \t]+
        let c = |i: usize| line.get(i).map(|&u| u.into());
        if c(content_at) == Some('[')
            && matches!(c(content_at + 1), Some(' ' | 'x' | 'X'))
            && c(content_at + 2) == Some(']')
            && matches!(c(content_at + 3), Some(' ' | '\t'))
        {
            content_at += 3;
            while matches!(c(content_at), Some(' ' | '\t')) {
                content_at += 1;
            }
        }
        let start = starts[first];
        let end = starts[stop - 1] + lines[stop - 1].len();
        let (text, citations) = self.scan(start + content_at, end)?;
        self.add(&text, "list_item", (start, end), &citations, depth, None)
    }

    fn code(&mut self, lines: &[&[C]], starts: &[usize], first: usize, indent: usize) -> usize {
        let opening = lines[first];
        let mark = opening[indent].into();
        let marker = opening[indent..]
            .iter()
            .take_while(|&&c| c.into() == mark)
            .count();
        let count = lines.len();
        let mut j = first + 1;
        while j < count {
            let line = lines[j];
            let mut a = 0;
            while a < line.len() && matches!(line[a].into(), ' ' | '\t') {
                a += 1;
            }
            let b = a.max(rstrip_len(line, &[' ', '\t', '\r']));
            let candidate = &line[a..b];
            if candidate.len() >= marker && is_all(candidate, mark) {
                break;
            }
            j += 1;
        }
        let mut body: Vec<char> = Vec::new();
        for (k, line) in lines[first + 1..j].iter().enumerate() {
            if k > 0 {
                body.push('\n');
            }
            let mut cut = 0;
            while cut < indent && cut < line.len() && line[cut].into() == ' ' {
                cut += 1;
            }
            let keep = cut.max(rstrip_len(line, &['\r']));
            body.extend(line[cut..keep].iter().map(|&c| c.into()));
        }
        let a = body.iter().take_while(|&&c| c == '\n').count();
        let b = a.max(body.len() - body.iter().rev().take_while(|&&c| c == '\n').count());
        let text: String = body[a..b].iter().collect();
        let last = j.min(count - 1);
        let end = starts[last] + lines[last].len();
        // No citations, so nothing here can need Python.
        let _ = self.add(&text, "code", (starts[first], end), &[], 0, None);
        j + 1
    }

    fn quote(&mut self, lines: &[&[C]], starts: &[usize], first: usize, stop: usize) -> Option<()> {
        let mut content: Vec<char> = Vec::new();
        let mut content_starts = Vec::with_capacity(stop - first);
        let mut source_starts = Vec::with_capacity(stop - first);
        for index in first..stop {
            let line = lines[index];
            let c = |i: usize| line.get(i).map(|&u| u.into());
            // _QUOTE_PREFIX: (?:[ \t]*>)+[ \t]?
            let mut cut = 0;
            let mut i = 0;
            loop {
                let mut k = i;
                while matches!(c(k), Some(' ' | '\t')) {
                    k += 1;
                }
                if c(k) == Some('>') {
                    i = k + 1;
                    cut = i;
                } else {
                    break;
                }
            }
            if cut > 0 && matches!(c(cut), Some(' ' | '\t')) {
                cut += 1;
            }
            if index == first {
                // _CALLOUT: \[![A-Za-z0-9_-]{1,64}\][+-]?[ \t]*
                if c(cut) == Some('[') && c(cut + 1) == Some('!') {
                    let name = line[(cut + 2).min(line.len())..]
                        .iter()
                        .take(65)
                        .take_while(|&&u| {
                            let u: char = u.into();
                            u.is_ascii_alphanumeric() || u == '_' || u == '-'
                        })
                        .count();
                    if (1..=64).contains(&name) && c(cut + 2 + name) == Some(']') {
                        cut += name + 3;
                        if matches!(c(cut), Some('+' | '-')) {
                            cut += 1;
                        }
                        while matches!(c(cut), Some(' ' | '\t')) {
                            cut += 1;
                        }
                    }
                }
            }
            // _QUOTE_INNER: (?:#{1,6}|[*+-]|[0-9]{1,9}[.)])[ \t]+
            let inner = match c(cut) {
                Some('#') => {
                    let hashes = line[cut..].iter().take_while(|&&u| u.into() == '#').count();
                    (hashes <= 6).then_some(cut + hashes)
                }
                Some('*' | '+' | '-') => Some(cut + 1),
                Some(d) if d.is_ascii_digit() => {
                    let digits = line[cut..]
                        .iter()
                        .take_while(|&&u| u.into().is_ascii_digit())
                        .count();
                    (digits <= 9 && matches!(c(cut + digits), Some('.' | ')')))
                        .then_some(cut + digits + 1)
                }
                _ => None,
            };
            if let Some(mut after) = inner {
                if matches!(c(after), Some(' ' | '\t')) {
                    while matches!(c(after), Some(' ' | '\t')) {
                        after += 1;
                    }
                    cut = after;
                }
            }
            if index > first {
                content.push('\n');
            }
            content_starts.push(content.len());
            source_starts.push(starts[index] + cut);
            content.extend(line[cut.min(line.len())..].iter().map(|&u| u.into()));
        }
        let (text, citations) = scan(&content, 0, self.settings, &mut *self.is_word)?;
        let map = |offset: usize| -> usize {
            let slot = content_starts.partition_point(|&s| s <= offset) - 1;
            source_starts[slot] + offset - content_starts[slot]
        };
        let citations: Vec<RawCitation> = citations
            .into_iter()
            .map(|mut c| {
                let (start, end) = (map(c.start), map(c.end - 1) + 1);
                c.start = start;
                c.end = end;
                c
            })
            .collect();
        let end = starts[stop - 1] + lines[stop - 1].len();
        self.add(&text, "quote", (starts[first], end), &citations, 0, None)
    }

    fn table(&mut self, lines: &[&[C]], starts: &[usize], first: usize, stop: usize) -> Option<()> {
        let mut rows: Vec<String> = Vec::new();
        let mut citations = Vec::new();
        for index in first..stop {
            if index == first + 1 {
                continue;
            }
            let mut cells: Vec<String> = Vec::new();
            for (cell_start, cell_end) in table_cells(lines[index]) {
                let at = starts[index] + cell_start;
                let (text, found) = self.scan(at, at + cell_end - cell_start)?;
                cells.push(text.replace("\\|", "|"));
                citations.extend(found);
            }
            rows.push(cells.join(" | "));
        }
        let end = starts[stop - 1] + lines[stop - 1].len();
        self.add(
            &rows.join("\n"),
            "table",
            (starts[first], end),
            &citations,
            0,
            None,
        )
    }

    /// `_NoteParser._blocks`.
    fn blocks(&mut self, body_start: usize) -> Option<()> {
        let text = self.text;
        let body = &text[body_start.min(text.len())..];
        let lines = split_lines(body);
        let mut starts = Vec::with_capacity(lines.len());
        let mut at = body_start;
        for line in &lines {
            starts.push(at);
            at += line.len() + 1;
        }
        let kinds: Vec<(i64, i64, i64)> = lines.iter().map(|l| classify(l)).collect();
        // No "|" in the body: no line starts a table (most notes).
        let tables = C::find2(body, b'|', b'|').is_some();
        let is_table = |lines: &[&[C]], j: usize| tables && is_table(lines, j);
        let count = lines.len();
        let mut items: Vec<i64> = Vec::new();
        let mut blank_before = true;
        let mut i = 0;
        while i < count {
            let line = lines[i];
            let (what, column, extra) = kinds[i];
            if what == BLANK {
                blank_before = true;
                i += 1;
                continue;
            }
            if what == TEXT
                && !self.seen_body
                && from_prefix(line, extra as usize)
                && self.channel_line(line, extra as usize)
            {
                i += 1;
                blank_before = true;
                continue;
            }
            if what == HEADING {
                items.clear();
                self.heading(starts[i], line, extra as usize, column)?;
                i += 1;
            } else if what == HR {
                items.clear();
                i += 1;
            } else if what == FENCE_OPEN {
                i = self.code(&lines, &starts, i, extra as usize);
            } else if what == QUOTE {
                if column == 0 {
                    items.clear();
                }
                let mut j = i + 1;
                while j < count && (kinds[j].0 == QUOTE || kinds[j].0 == TEXT) {
                    j += 1;
                }
                self.quote(&lines, &starts, i, j)?;
                i = j;
            } else if what == ITEM {
                while items.last().is_some_and(|&c| c >= column) {
                    items.pop();
                }
                let depth = items.len();
                items.push(column);
                let mut j = i + 1;
                while j < count && kinds[j].0 == TEXT && !is_table(&lines, j) {
                    j += 1;
                }
                self.item(&lines, &starts, i, j, extra.unsigned_abs() as usize, depth)?;
                i = j;
            } else if is_table(&lines, i) {
                items.clear();
                let mut j = i + 2;
                while j < count && kinds[j].0 == TEXT && contains(lines[j], '|') {
                    j += 1;
                }
                self.table(&lines, &starts, i, j)?;
                i = j;
            } else {
                if blank_before && column < 2 {
                    items.clear();
                }
                let mut j = i + 1;
                let mut setext = 0;
                while j < count {
                    let (following, _, following_extra) = kinds[j];
                    if following == TEXT {
                        if is_table(&lines, j) {
                            break;
                        }
                        if is_all(strip(lines[j]), '=') {
                            setext = 1;
                            break;
                        }
                        j += 1;
                        continue;
                    }
                    if following == ITEM && following_extra < 0 {
                        j += 1;
                        continue;
                    }
                    let underline = strip(lines[j]);
                    if is_all(underline, '=') {
                        setext = 1;
                    } else if is_all(underline, '-') {
                        setext = 2;
                    }
                    break;
                }
                let end = starts[j - 1] + lines[j - 1].len();
                if setext > 0 {
                    self.setext(starts[i], end, setext, starts[j])?;
                    i = j + 1;
                } else {
                    let (scanned, citations) = self.scan(starts[i], end)?;
                    self.add(&scanned, "paragraph", (starts[i], end), &citations, 0, None)?;
                    i = j;
                }
            }
            blank_before = false;
        }
        Some(())
    }
}

/// A note's body from `body_start` (code points) of `text`: the packed records and
/// the reader's side facts, or None when a block needs the Python scanner.
pub fn read_body<C: Unit>(
    text: &[C],
    body_start: usize,
    settings: &Settings<'_>,
    is_word: &mut dyn FnMut(char) -> bool,
) -> Option<Body> {
    let mut walk = Walk {
        text,
        settings,
        is_word,
        packer: Packer {
            out: Body::default(),
            strs: FxMap::default(),
            trails: FxMap::default(),
            headings: Vec::new(),
            heading_ids: FxMap::default(),
            at: 0,
            suffix: String::new(),
            ascii: std::mem::size_of::<C>() == 1,
        },
        trail: Vec::new(),
        section: Vec::new(),
        seen_body: false,
        seen_heading: false,
    };
    walk.blocks(body_start)?;
    Some(walk.packer.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<Body> {
        let chars: Vec<char> = text.chars().collect();
        let settings = Settings {
            ts_target: Some("https://www.youtube.com/watch?v=abc&t="),
            max_link: 512,
        };
        let mut is_word = |c: char| c.is_alphanumeric();
        let by_chars = read_body(&chars, 0, &settings, &mut is_word);
        if text.is_ascii() {
            let by_bytes = read_body(text.as_bytes(), 0, &settings, &mut is_word);
            assert_eq!(by_chars, by_bytes);
        }
        by_chars
    }

    #[test]
    fn a_small_note() {
        let body = read(
            "From: [[chan]] <br/>\n\n# Title\n\nSaid it <a class=\"yt-timestamp\" data-t=\"00:00:05\">[00:00:05]</a>.\n\n- one\n  - two [[x|X]]\n",
        )
        .unwrap();
        assert_eq!(body.channels, vec!["chan".to_owned()]);
        assert_eq!(body.first_heading.as_deref(), Some("Title"));
        assert_eq!(body.body, "Title\n\nSaid it.\n\none\n\ntwo X");
        assert_eq!(body.passages.len(), 4 * 9);
        assert_eq!(body.citations.len(), 2 * 8);
        assert_eq!(
            body.prefix.as_deref(),
            Some("https://www.youtube.com/watch?v=abc&t=")
        );
        // The timestamp's target is derived, its claim a slice of the passage text.
        assert_eq!(body.citations[5], DERIVED);
        assert_eq!(body.citations[1], 7);
        assert_eq!(body.citations[2], 8);
    }

    #[test]
    fn quotes_tables_code() {
        let body = read(
            "> [!note] a\n> b [00:01]\n\n| a | b |\n|---|---|\n| [[x]] | y |\n\n```\ncode\n```\n",
        )
        .unwrap();
        assert_eq!(body.body, "a b\n\na | b\nx | y\n\ncode");
        // The marker's span maps back to the source through the quote's prefixes.
        assert_eq!(&body.citations[3..5], &[16, 23]);
        assert_eq!(&body.citations[11..13], &[47, 52]);
    }

    #[test]
    fn entities_go_to_python() {
        assert_eq!(read("a &amp; b\n"), None);
    }

    #[test]
    fn setext_and_from_rest() {
        let body = read("Title\n=====\n\ntext\n").unwrap();
        assert_eq!(body.first_heading.as_deref(), Some("Title"));
        assert!(from_rest(&"  , and <br/>".chars().collect::<Vec<_>>()));
        assert!(!from_rest(&"andy".chars().collect::<Vec<_>>()));
    }

    #[test]
    fn find_first_is_str_find() {
        let long = "a".repeat(3000) + "b";
        let needle = "a".repeat(40) + "b";
        let cases: Vec<(&str, &str)> = vec![
            ("", ""),
            ("abc", ""),
            ("abc", "c"),
            ("abcabc", "cab"),
            ("ab", "abc"),
            ("x\u{e9}y\u{e9}z", "\u{e9}z"),
            ("said it. said it.", "said it."),
            (&long, &needle),
            (&long, "ab"),
            (&long, "ba"),
        ];
        for (hay, needle) in cases {
            assert_eq!(
                find_first(hay, needle),
                hay.find(needle),
                "{needle:?} in {hay:?}"
            );
        }
    }

    #[test]
    fn lines_split_as_python_splits() {
        for text in ["", "\n", "a", "a\nb", "a\n\nb\n", "\u{e9}\n\u{e9}\u{e9}\n"] {
            let chars: Vec<char> = text.chars().collect();
            let want: Vec<Vec<char>> = text.split('\n').map(|l| l.chars().collect()).collect();
            let got: Vec<Vec<char>> = split_lines(&chars).iter().map(|l| l.to_vec()).collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn cells() {
        let line: Vec<char> = "| [[a|b]] | c \\| d |".chars().collect();
        assert_eq!(table_cells(&line), vec![(2, 9), (12, 18)]);
    }
}
