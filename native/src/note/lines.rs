//! Line helpers of the block walk: tables, wiki-links, the `From:` line.

use crate::text::{py_isspace, Unit};

/// `text.isspace()`-based helpers over a line.
pub(super) fn is_all<C: Unit>(s: &[C], c: char) -> bool {
    !s.is_empty() && s.iter().all(|&u| u.into() == c)
}

pub(super) fn contains<C: Unit>(s: &[C], c: char) -> bool {
    match u8::try_from(c) {
        Ok(byte) if byte.is_ascii() => C::find2(s, byte, byte).is_some(),
        _ => s.iter().any(|&u| u.into() == c),
    }
}

/// `body.split("\n")`, by the eight-bytes-at-a-time search.
pub(super) fn split_lines<C: Unit>(body: &[C]) -> Vec<&[C]> {
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
pub(super) fn rstrip_len<C: Unit>(s: &[C], chars: &[char]) -> usize {
    let mut end = s.len();
    while end > 0 && chars.contains(&s[end - 1].into()) {
        end -= 1;
    }
    end
}

/// `_is_delimiter_row` of `blocks`.
pub(super) fn is_delimiter_row<C: Unit>(line: &[C]) -> bool {
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

/// `is_table` of `blocks`: the tests of the line after first, as that line is most often
/// blank or short, and the line itself (a paragraph, searched whole for a "|" that a
/// wiki-link's label often has) only when the next line is a delimiter row.
pub(super) fn is_table<C: Unit>(lines: &[&[C]], index: usize) -> bool {
    index + 1 < lines.len()
        && contains(lines[index + 1], '|')
        && is_delimiter_row(lines[index + 1])
        && contains(lines[index], '|')
}

/// Length of a wiki-link `\[\[[^\[\]\n]{1,limit}\]\]` at `at`, or None.
pub(super) fn wiki_at<C: Unit>(s: &[C], at: usize, limit: usize) -> Option<usize> {
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
pub(super) fn table_cells<C: Unit>(line: &[C]) -> Vec<(usize, usize)> {
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
pub(super) fn from_prefix<C: Unit>(line: &[C], at: usize) -> bool {
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
pub(super) fn from_links<C: Unit>(line: &[C]) -> Vec<(usize, usize, usize, usize)> {
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
pub(super) fn from_rest(rest: &[char]) -> bool {
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
