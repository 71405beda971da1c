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
pub trait Unit: Copy + Into<char> {
    /// The first index in `s` of the ASCII character `a` or `b`.
    fn find2(s: &[Self], a: u8, b: u8) -> Option<usize> {
        s.iter().position(|&c| {
            let c: char = c.into();
            c == char::from(a) || c == char::from(b)
        })
    }

    /// Append the units of `s` to `out`.
    fn push_to(s: &[Self], out: &mut String) {
        out.extend(s.iter().map(|&c| -> char { c.into() }));
    }

    /// `s` as a `str` when its units are bytes of `ascii`, an ASCII text (found by
    /// where `s` sits in it, so without checking the bytes again): the byte path then
    /// copies text by `push_str` of `str` slices instead of validating every piece.
    fn within<'a>(_s: &[Self], _ascii: &'a str) -> Option<&'a str> {
        None
    }

    /// Whether the units of `s` from `at` are the ASCII text `lit`.
    fn has_at(s: &[Self], at: usize, lit: &str) -> bool {
        let lit = lit.as_bytes();
        s.get(at..at.saturating_add(lit.len()))
            .is_some_and(|units| {
                units
                    .iter()
                    .zip(lit)
                    .all(|(&u, &b)| u.into() == char::from(b))
            })
    }
}

impl Unit for u8 {
    /// Thirty-two bytes at a time: the test of a block is a loop the compiler turns
    /// into vector compares (no `unsafe`, no intrinsics), and only the block that holds
    /// a match is searched byte by byte. The scanners' search for their next markup
    /// character, most of a block's bytes (a third of the instructions of the
    /// eight-byte word test this replaces).
    fn find2(s: &[u8], a: u8, b: u8) -> Option<usize> {
        let mut chunks = s.chunks_exact(BLOCK);
        let mut base = 0;
        for chunk in &mut chunks {
            if any_of2(chunk, a, b) {
                let found = chunk.chunks_exact(8).enumerate().find_map(|(i, word)| {
                    let w = word_at(word, 0);
                    first_byte(eq_bytes(w, a) | eq_bytes(w, b)).map(|k| 8 * i + k)
                });
                return found.map(|k| base + k);
            }
            base += BLOCK;
        }
        let rest = chunks.remainder();
        let mut words = rest.chunks_exact(8);
        for word in &mut words {
            let w = word_at(word, 0);
            if let Some(k) = first_byte(eq_bytes(w, a) | eq_bytes(w, b)) {
                return Some(base + k);
            }
            base += 8;
        }
        words
            .remainder()
            .iter()
            .position(|&c| c == a || c == b)
            .map(|k| base + k)
    }

    /// One comparison of the bytes (the scanners' literals are ASCII).
    fn has_at(s: &[u8], at: usize, lit: &str) -> bool {
        s.get(at..at.saturating_add(lit.len())) == Some(lit.as_bytes())
    }

    fn within<'a>(s: &[u8], ascii: &'a str) -> Option<&'a str> {
        debug_assert!(ascii.is_ascii());
        // Addresses compared, not dereferenced: no `unsafe`.
        let at = (s.as_ptr() as usize).checked_sub(ascii.as_ptr() as usize)?;
        let found = ascii.get(at..at.checked_add(s.len())?)?;
        (found.as_ptr() == s.as_ptr()).then_some(found)
    }

    fn push_to(s: &[u8], out: &mut String) {
        match std::str::from_utf8(s) {
            Ok(text) => out.push_str(text), // the byte path is for ASCII text
            Err(_) => out.extend(s.iter().map(|&c| char::from(c))),
        }
    }
}

impl Unit for char {}

/// The bytes of one step of the block searches.
const BLOCK: usize = 32;

/// The block searches find the byte of a hit eight bytes at a time (SWAR), not byte by
/// byte: the masks below are exact per byte (no carry crosses a byte), so they combine
/// with `&` and `|` and the first set byte is the first match.
const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const SEVEN: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The eight bytes of `b` from `at`, little-endian (the first byte lowest).
#[inline]
fn word_at(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

/// The high bit of every byte of `w` that is `a`.
#[inline]
fn eq_bytes(w: u64, a: u8) -> u64 {
    let x = w ^ (LOW * u64::from(a));
    !(((x & SEVEN).wrapping_add(SEVEN)) | x) & HIGH
}

/// The high bit of every byte of `w` below 0x20.
#[inline]
fn below_space(w: u64) -> u64 {
    !(((w & SEVEN).wrapping_add(LOW * 0x60)) | w) & HIGH
}

/// The index of the first byte a mask marks.
#[inline]
fn first_byte(mask: u64) -> Option<usize> {
    (mask != 0).then(|| (mask.trailing_zeros() / 8) as usize)
}

/// The first `j` in `from..=last` where `h[j] == a` and `h[j + 1] == b` (`last + 1`
/// must be an index of `h`): a block of positions at a time, as `find2`. The first
/// two bytes of a needle are a far rarer pair than its first byte alone.
pub fn find_pair(h: &[u8], from: usize, last: usize, a: u8, b: u8) -> Option<usize> {
    let mut j = from;
    while j + BLOCK <= last + 1 {
        let Ok(w) = <&[u8; BLOCK + 1]>::try_from(&h[j..=j + BLOCK]) else {
            break;
        };
        let hit = (0..BLOCK).fold(0u8, |hit, k| {
            hit | (u8::from(w[k] == a) & u8::from(w[k + 1] == b))
        });
        if hit != 0 {
            return (0..BLOCK / 8)
                .find_map(|i| {
                    let pair = eq_bytes(word_at(w, 8 * i), a) & eq_bytes(word_at(w, 8 * i + 1), b);
                    first_byte(pair).map(|k| 8 * i + k)
                })
                .map(|k| j + k);
        }
        j += BLOCK;
    }
    while j + 8 <= last {
        // Eight positions: bytes j..j + 8 and the bytes after them (j + 8 <= last).
        let pair = eq_bytes(word_at(h, j), a) & eq_bytes(word_at(h, j + 1), b);
        if let Some(k) = first_byte(pair) {
            return Some(j + k);
        }
        j += 8;
    }
    (j..=last).find(|&k| h[k] == a && h[k + 1] == b)
}

/// Whether the block holds `a` or `b`: a fold without early exit over a fixed-size
/// array, which the compiler vectorises.
#[inline]
fn any_of2(chunk: &[u8], a: u8, b: u8) -> bool {
    let Ok(block) = <&[u8; BLOCK]>::try_from(chunk) else {
        return chunk.iter().any(|&c| c == a || c == b);
    };
    block
        .iter()
        .fold(0u8, |hit, &c| hit | u8::from(c == a) | u8::from(c == b))
        != 0
}

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

/// The first index from `from` in ASCII `b` where a word run stops being regular: a
/// byte below 0x20 (a blank other than the space, or a control character, which the
/// caller tells apart) or the first of two spaces. A block of positions at a time, as
/// `find2` (each position with the byte after it): between words that single spaces
/// separate nothing stops the scan.
fn find_irregular(b: &[u8], from: usize) -> Option<usize> {
    let irregular = |here: u8, next: u8| here < 0x20 || (here == b' ' && next == b' ');
    let n = b.len();
    let mut i = from;
    while i + BLOCK < n {
        let Ok(w) = <&[u8; BLOCK + 1]>::try_from(&b[i..=i + BLOCK]) else {
            break;
        };
        let hit = (0..BLOCK).fold(0u8, |hit, k| {
            hit | u8::from(w[k] < 0x20) | (u8::from(w[k] == b' ') & u8::from(w[k + 1] == b' '))
        });
        if hit != 0 {
            return (0..BLOCK / 8)
                .find_map(|q| {
                    let (here, next) = (word_at(w, 8 * q), word_at(w, 8 * q + 1));
                    let blanks = eq_bytes(here, b' ') & eq_bytes(next, b' ');
                    first_byte(below_space(here) | blanks).map(|k| 8 * q + k)
                })
                .map(|k| i + k);
        }
        i += BLOCK;
    }
    // The tail (under a block) a word at a time while a word and the byte after it fit.
    while i + 8 < n {
        let (here, next) = (word_at(b, i), word_at(b, i + 1));
        let blanks = eq_bytes(here, b' ') & eq_bytes(next, b' ');
        if let Some(k) = first_byte(below_space(here) | blanks) {
            return Some(i + k);
        }
        i += 8;
    }
    (i..n).find(|&k| irregular(b[k], b.get(k + 1).copied().unwrap_or(0xff)))
}

/// `squash` of ASCII text appended to `out`: words that single spaces already
/// separate are copied as one run, so the cost is per irregular blank, not per byte.
pub fn squash_ascii(text: &str, out: &mut String) {
    let base = out.len();
    let b = text.as_bytes();
    let n = b.len();
    let space = |c: u8| matches!(c, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
    let mut i = 0;
    while i < n && space(b[i]) {
        i += 1;
    }
    let mut run = i; // start of the run not copied yet: words and single spaces
    while let Some(at) = find_irregular(b, i) {
        if !space(b[at]) {
            i = at + 1; // a control character that is not a space: text
            continue;
        }
        // The blank run holding `at`: back over the single space that may precede it
        // (a space before a tab or a line end), then forward over the rest.
        let mut start = at;
        while start > run && b[start - 1] == b' ' {
            start -= 1;
        }
        let mut end = at + 1;
        while end < n && space(b[end]) {
            end += 1;
        }
        if start > run {
            if out.len() > base {
                out.push(' ');
            }
            out.push_str(&text[run..start]);
        }
        run = end;
        i = end;
    }
    // What is left is words and single spaces, perhaps ending with one.
    let mut stop = n;
    while stop > run && b[stop - 1] == b' ' {
        stop -= 1;
    }
    if stop > run {
        if out.len() > base {
            out.push(' ');
        }
        out.push_str(&text[run..stop]);
    }
}

/// `squashed` of a `str`: the same result, by words (a byte loop for ASCII text),
/// not character by character.
pub fn squashed_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    squash_str_into(text, &mut out);
    out
}

/// `squashed_str(text)` appended to `out` (what is already there is left alone).
pub fn squash_str_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        squash_ascii(text, out);
        return;
    }
    let base = out.len();
    for word in text.split(py_isspace).filter(|w| !w.is_empty()) {
        if out.len() > base {
            out.push(' ');
        }
        out.push_str(word);
    }
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
    fn find_irregular_finds_the_first_control_byte_or_double_space() {
        let naive = |b: &[u8], from: usize| {
            (from..b.len()).find(|&k| b[k] < 0x20 || (b[k] == b' ' && b.get(k + 1) == Some(&b' ')))
        };
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for length in [0usize, 1, 2, 31, 32, 33, 34, 64, 65, 66, 100, 200] {
            for density in [2u64, 9, 40] {
                let text: Vec<u8> = (0..length)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        match seed % (density * 3) {
                            0 => b'\t',
                            1 | 2 => b' ',
                            _ => b'a' + (seed % 26) as u8,
                        }
                    })
                    .collect();
                for from in 0..=length {
                    assert_eq!(
                        find_irregular(&text, from),
                        naive(&text, from),
                        "{text:?} {from}"
                    );
                }
            }
        }
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
            "  leading and trailing  ",
            "one two three four five six seven eight nine",
            "a\x01b \x1c c\t\td\n",
            " ",
            "x",
            "tab\tinside words and a long sentence of words",
        ] {
            assert_eq!(squashed_str(text), squashed(&chars(text)), "{text:?}");
        }
        // Zero-width space and U+180E are not whitespace for Python.
        assert_eq!(squashed(&chars("a\u{200b}b\u{180e}")), "a\u{200b}b\u{180e}");
    }

    #[test]
    fn ascii_squash_is_split_join_for_every_short_text() {
        // Every text of up to 6 units over blanks, controls and letters, and longer
        // pseudo-random ones: runs that cross the 8-byte words of the scan.
        let units = ['a', 'b', ' ', '\t', '\n', '\x01', '\x1c', '\r'];
        let mut text = String::new();
        for len in 0..=6u32 {
            for code in 0..units.len().pow(len) {
                text.clear();
                let mut c = code;
                for _ in 0..len {
                    text.push(units[c % units.len()]);
                    c /= units.len();
                }
                assert_eq!(squashed_str(&text), squashed(&chars(&text)), "{text:?}");
            }
        }
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            text.clear();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 40) as usize;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly letters and single spaces, as claims are.
                let pick = (state % 16) as usize;
                text.push(if pick < 8 {
                    units[pick]
                } else {
                    ['x', 'y', ' ', 'z'][pick % 4]
                });
            }
            assert_eq!(squashed_str(&text), squashed(&chars(&text)), "{text:?}");
        }
    }

    #[test]
    fn find2_bytes_is_the_plain_search() {
        let text = "abc<def[ghijklmnopq<rstu&vwxyz0123456789[".repeat(3);
        for start in 0..text.len() {
            for (a, b) in [(b'<', b'['), (b'&', b'&'), (b'z', b'0'), (b'#', b'#')] {
                let bytes = &text.as_bytes()[start..];
                let chars: Vec<char> = text[start..].chars().collect();
                let plain = bytes.iter().position(|&c| c == a || c == b);
                assert_eq!(u8::find2(bytes, a, b), plain);
                assert_eq!(char::find2(&chars, a, b), plain);
            }
        }
    }

    #[test]
    fn the_masks_are_exact_per_byte() {
        for x in 0..=255u8 {
            for y in [0u8, 1, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0xff, x ^ 1] {
                let w = word_at(&[y, x, y, x, 0x20, x, 0xff, x], 0);
                for a in [x, y, b' ', 0, 0x80] {
                    let want: u64 = (0..8)
                        .filter(|&k| (w >> (8 * k)) as u8 == a)
                        .map(|k| 0x80u64 << (8 * k))
                        .sum();
                    assert_eq!(eq_bytes(w, a), want, "{w:x} {a}");
                }
                let low: u64 = (0..8)
                    .filter(|&k| ((w >> (8 * k)) as u8) < 0x20)
                    .map(|k| 0x80u64 << (8 * k))
                    .sum();
                assert_eq!(below_space(w), low, "{w:x}");
            }
        }
    }

    #[test]
    fn find_pair_is_the_plain_search() {
        let text = "ab  a b aab ba  bb ab".repeat(5);
        let h = text.as_bytes();
        for from in 0..h.len() - 1 {
            for last in from..h.len() - 1 {
                for (a, b) in [(b'a', b'b'), (b' ', b' '), (b'b', b'a'), (b'x', b'a')] {
                    let plain = (from..=last).find(|&k| h[k] == a && h[k + 1] == b);
                    assert_eq!(find_pair(h, from, last, a, b), plain);
                }
            }
        }
    }

    #[test]
    fn strip_is_pythons() {
        assert_eq!(strip(&chars("\x1f x \u{85}")), &chars("x")[..]);
    }
}
