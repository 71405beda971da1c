//! Line kinds of a note (`seedparse.formats.transcript.blocks.classify`), same outputs.

use crate::text::{py_isspace, Unit};

pub const BLANK: i64 = 0;
pub const TEXT: i64 = 1;
pub const HEADING: i64 = 2;
pub const HR: i64 = 3;
pub const FENCE_OPEN: i64 = 4;
pub const QUOTE: i64 = 5;
pub const ITEM: i64 = 6;

/// Width of leading blanks, a tab advancing to the next multiple of 4.
fn columns<C: Unit>(prefix: &[C]) -> i64 {
    let mut width = 0;
    for &c in prefix {
        width = if c.into() == '\t' {
            width + 4 - width % 4
        } else {
            width + 1
        };
    }
    width
}

fn is_blank_char(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\r'
}

/// `(kind, column, extra)` of one line (no `\n` in it), as the Python `classify`.
pub fn classify<C: Unit>(line: &[C]) -> (i64, i64, i64) {
    let n = line.len();
    let at = |i: usize| -> char { line[i].into() };
    if n == 0 || line.iter().all(|&c| py_isspace(c.into())) {
        return (BLANK, 0, 0);
    }
    let mut offset = 0;
    while offset < n && (at(offset) == ' ' || at(offset) == '\t') {
        offset += 1;
    }
    // Not all blank, so something follows the spaces and tabs.
    let column = columns(&line[..offset]);
    let first = at(offset);
    let off = offset as i64;
    if first == '#' && column < 4 {
        let mut after = offset;
        while after < n && at(after) == '#' {
            after += 1;
        }
        let hashes = (after - offset) as i64;
        if hashes <= 6 && (after == n || is_blank_char(at(after))) {
            while after < n && (at(after) == ' ' || at(after) == '\t') {
                after += 1;
            }
            return (HEADING, hashes, after as i64);
        }
        return (TEXT, column, off);
    }
    if matches!(first, '*' | '-' | '+' | '_') {
        // line[offset:] without blanks, trailing "\r" dropped, is first * 3 or more.
        let mut stop = n;
        while stop > offset && matches!(at(stop - 1), ' ' | '\t' | '\r') {
            stop -= 1;
        }
        let mut marks = 0;
        let mut same = true;
        for i in offset..stop {
            match at(i) {
                ' ' | '\t' => {}
                c if c == first => marks += 1,
                _ => {
                    same = false;
                    break;
                }
            }
        }
        if first != '+' && same && marks >= 3 {
            return (HR, column, off);
        }
        if first != '_' {
            let mut after = offset + 1;
            if after == n || is_blank_char(at(after)) {
                while after < n && is_blank_char(at(after)) {
                    after += 1;
                }
                return (ITEM, column, after as i64);
            }
        }
        return (TEXT, column, off);
    }
    if first.is_ascii_digit() {
        // ([0-9]{1,9})[.)](?:[ \t]+|$)
        let mut end = offset;
        let mut number: i64 = 0;
        while end < n && at(end).is_ascii_digit() {
            if end - offset < 9 {
                number = number * 10 + i64::from(at(end) as u8 - b'0');
            }
            end += 1;
        }
        let digits = end - offset;
        if digits <= 9 && end < n && (at(end) == '.' || at(end) == ')') {
            let mut after = end + 1;
            if after == n || at(after) == ' ' || at(after) == '\t' {
                while after < n && (at(after) == ' ' || at(after) == '\t') {
                    after += 1;
                }
                let at = after as i64;
                return (ITEM, column, if number == 1 { at } else { -at });
            }
        }
        return (TEXT, column, off);
    }
    if first == '>' {
        return (QUOTE, column, off);
    }
    if first == '`' || first == '~' {
        let mut end = offset;
        while end < n && at(end) == first {
            end += 1;
        }
        if end - offset >= 3 && !(first == '`' && (end..n).any(|i| at(i) == '`')) {
            return (FENCE_OPEN, column, off);
        }
    }
    (TEXT, column, off)
}

/// The kinds of every line of `body` split at `\n`, as `[classify(l) for l in
/// body.split("\n")]`.
pub fn classify_lines<C: Unit>(body: &[C]) -> Vec<(i64, i64, i64)> {
    body.split(|&c| c.into() == '\n').map(classify).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> (i64, i64, i64) {
        classify(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn kinds() {
        assert_eq!(kind(""), (BLANK, 0, 0));
        assert_eq!(kind(" \t\u{a0}"), (BLANK, 0, 0));
        assert_eq!(kind("## Title"), (HEADING, 2, 3));
        assert_eq!(kind("#######"), (TEXT, 0, 0));
        assert_eq!(kind("#tag"), (TEXT, 0, 0));
        assert_eq!(kind("    # code"), (TEXT, 4, 4));
        assert_eq!(kind("\t- item"), (ITEM, 4, 3));
        assert_eq!(kind("- - -\r"), (HR, 0, 0));
        assert_eq!(kind("___"), (HR, 0, 0));
        assert_eq!(kind("+++"), (TEXT, 0, 0));
        assert_eq!(kind("1. one"), (ITEM, 0, 3));
        assert_eq!(kind("2) two"), (ITEM, 0, -3));
        assert_eq!(kind("0000000001."), (TEXT, 0, 0));
        assert_eq!(kind("000000001."), (ITEM, 0, 10));
        assert_eq!(kind("1.5 million"), (TEXT, 0, 0));
        assert_eq!(kind("> quote"), (QUOTE, 0, 0));
        assert_eq!(kind("```py"), (FENCE_OPEN, 0, 0));
        assert_eq!(kind("``` a`b"), (TEXT, 0, 0));
        assert_eq!(kind("~~~ a~b"), (FENCE_OPEN, 0, 0));
        assert_eq!(kind("``"), (TEXT, 0, 0));
    }

    #[test]
    fn lines() {
        let body: Vec<char> = "# a\n\n- b".chars().collect();
        assert_eq!(
            classify_lines(&body),
            vec![(HEADING, 1, 2), (BLANK, 0, 0), (ITEM, 0, 2)]
        );
    }
}
