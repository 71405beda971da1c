//! Python's notion of whitespace and the whitespace helpers the scanners share.

/// `str.isspace()` of CPython for one character (the same set `str.split()` and the
/// `\s` of a `str` regular expression use): ASCII `\t\n\v\f\r`, the ASCII separators
/// `\x1c`-`\x1f`, space, NEL, NBSP, and the Unicode space separators and line and
/// paragraph separators. A test in the Python suite checks it against `str.isspace` for
/// every code point.
#[inline]
pub fn py_isspace(c: char) -> bool {
    if ('!'..'\u{85}').contains(&c) {
        return false; // printable ASCII and the C1 controls before NEL: the common case
    }
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// A unit of text: a `char`, or a byte of a text known to be ASCII (offsets are then
/// the same, and the scan skips decoding the text into code points).
pub trait Unit: Copy + Into<char> {}
impl Unit for u8 {}
impl Unit for char {}

/// The units of `s` as a `String`.
pub fn to_string<C: Unit>(s: &[C]) -> String {
    s.iter().map(|&c| c.into()).collect()
}

/// `" ".join(text.split())`: whitespace runs become one space, the ends are stripped.
pub fn squash<C: Unit>(text: &[C], out: &mut String) {
    let mut pending = false;
    for &c in text {
        let c: char = c.into();
        if py_isspace(c) {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
}

/// `squash` into a new string.
pub fn squashed<C: Unit>(text: &[C]) -> String {
    let mut out = String::with_capacity(text.len());
    squash(text, &mut out);
    out
}

/// `squashed` of a `str`: the same result, by words (a byte loop for ASCII text),
/// not character by character.
pub fn squashed_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let space = |b: u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
        let (mut i, n) = (0, bytes.len());
        while i < n {
            while i < n && space(bytes[i]) {
                i += 1;
            }
            let start = i;
            while i < n && !space(bytes[i]) {
                i += 1;
            }
            if i > start {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&text[start..i]);
            }
        }
        return out;
    }
    for word in text.split(py_isspace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text.strip()` (Python whitespace) as a sub-slice.
pub fn strip<C: Unit>(text: &[C]) -> &[C] {
    let mut start = 0;
    let mut end = text.len();
    while start < end && py_isspace(text[start].into()) {
        start += 1;
    }
    while end > start && py_isspace(text[end - 1].into()) {
        end -= 1;
    }
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn squash_matches_split_join() {
        assert_eq!(squashed(&chars("  a \t b\u{a0}\u{2003}c\n ")), "a b c");
        assert_eq!(squashed(&chars("")), "");
        assert_eq!(squashed(&chars(" \u{3000} ")), "");
        for text in [
            "  a \t b\u{a0}\u{2003}c\n ",
            "",
            " \u{3000} ",
            "a\u{200b}b",
            "x\x1c y\x0b",
            "ab  cd",
        ] {
            assert_eq!(squashed_str(text), squashed(&chars(text)), "{text:?}");
        }
        // Zero-width space and U+180E are not whitespace for Python.
        assert_eq!(squashed(&chars("a\u{200b}b\u{180e}")), "a\u{200b}b\u{180e}");
    }

    #[test]
    fn strip_is_pythons() {
        assert_eq!(strip(&chars("\x1f x \u{85}")), &chars("x")[..]);
    }
}
