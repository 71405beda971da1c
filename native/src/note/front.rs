//! The flat front matter of a note (`key: value` lines), read without Python: the
//! part of `_fast_simple` (`seedparse.formats.transcript.frontsplit`) that can be
//! decided exactly without regular expressions. Anything else gives None and the
//! caller runs `_fast_simple` (and PyYAML after it), so an accepted block is read as
//! `_fast_simple` reads it, which a property test checks against PyYAML; a duplicate
//! key, a value a YAML resolver might claim as a number, or a blank that starts a value
//! are left to Python, conservatively.

use crate::text::py_isspace;

/// A value of the front matter: YAML's null, a string, or a flow list of strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Str(String),
    List(Vec<String>),
}

/// `(key, value, raw)` per line, in order (`raw` is None for a list, as `raw` has
/// no entry for it), or None: the block is left to `_fast_simple`.
pub type Front = Vec<(String, Value, Option<String>)>;

const INDICATORS: &str = "-?:,[]{}#&*!|>'\"%@`";
/// Every character `_INT` and `_FLOAT` can match: a value with another is neither.
const NUMERIC: &str = "0123456789-+_:.abcdefxinABCDEFIN";

/// Neither `_NON_PRINTABLE` nor `_YAML_BREAKS` finds `c` (Rust strs hold no
/// surrogates; NEL, LS and PS break lines to YAML, not to `split("\n")`).
fn printable(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~')
        || (('\u{a0}'..='\u{fffd}').contains(&c) && !matches!(c, '\u{2028}' | '\u{2029}'))
        || c >= '\u{10000}'
}

/// `_resolves_to_str(value)`: Some(true) when no implicit resolver claims the plain
/// scalar, Some(false) when one does, None when only the regex can tell.
fn resolves_to_str(value: &str) -> Option<bool> {
    let first = value.chars().next()?;
    let word = |words: &[&str]| !words.contains(&value);
    Some(match first {
        'y' | 'Y' => word(&["yes", "Yes", "YES"]),
        'n' | 'N' => word(&["no", "No", "NO", "null", "Null", "NULL"]),
        't' | 'T' => word(&["true", "True", "TRUE"]),
        'f' | 'F' => word(&["false", "False", "FALSE"]),
        'o' | 'O' => word(&["on", "On", "ON", "off", "Off", "OFF"]),
        '~' => value != "~",
        '<' => value != "<<",
        '=' => value != "=",
        '!' | '&' | '*' => !matches!(value, "!" | "&" | "*"),
        '-' | '+' | '0'..='9' | '.' => {
            if value.chars().any(|c| !NUMERIC.contains(c)) {
                true
            } else if !value.contains([':', '.']) && value[1..].contains(['-', '+']) {
                // Without ':' and '.', no float, and every int has its sign first only.
                true
            } else {
                return None;
            }
        }
        _ => true,
    })
}

/// `_plain_str(value)` (non-empty), None when only the regex can tell.
fn plain_str(value: &str) -> Option<bool> {
    let mut chars = value.chars();
    let first = chars.next()?;
    let second = chars.next();
    let lead = !INDICATORS.contains(first) || (first == '-' && second.is_some_and(|c| c != ' '));
    if !lead
        || py_isspace(first)
        || value.contains(": ")
        || value.contains(" #")
        || value.contains('\t')
        || value.ends_with(':')
    {
        return Some(false);
    }
    resolves_to_str(value)
}

/// The key of `_SIMPLE_LINE`: `[A-Za-z_][A-Za-z0-9_-]{0,63}`.
fn is_key(key: &str) -> bool {
    let bytes = key.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 64
        && (bytes[0].is_ascii_alphabetic() || bytes[0] == b'_')
        && bytes[1..]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The block read as `_fast_simple` reads it, or None (see the module comment).
pub fn read_front(block: &str) -> Option<Front> {
    if !block.chars().all(printable) {
        return None;
    }
    // A CR not before LF breaks a line to YAML, not to `split('\n')`.
    let bytes = block.as_bytes();
    if (0..bytes.len()).any(|i| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
        return None;
    }
    let mut out: Front = Vec::new();
    for line in block.split('\n') {
        let line = line.trim_end_matches(['\r', ' ']);
        if line.is_empty() {
            continue;
        }
        let colon = line.find(':')?;
        let (key, rest) = (&line[..colon], &line[colon + 1..]);
        if !is_key(key) || !resolves_to_str(key)? {
            return None;
        }
        if out.iter().any(|(seen, _, _)| seen == key) {
            return None; // a duplicate: `_fast_simple` warns about it
        }
        let (value, raw) = if rest.is_empty() {
            (Value::Null, Some(String::new()))
        } else {
            let value = rest.trim_start_matches(' ');
            if value.len() == rest.len() || value.is_empty() {
                return None; // "key:value" is no `key: value` line
            }
            read_value(value)?
        };
        out.push((key.to_owned(), value, raw));
    }
    Some(out)
}

/// One value of `_fast_simple`: a flow list, a plain string or a quoted one.
fn read_value(value: &str) -> Option<(Value, Option<String>)> {
    let bytes = value.as_bytes();
    if bytes[0] == b'[' && bytes[bytes.len() - 1] == b']' && bytes.len() >= 2 {
        let inner = &value[1..value.len() - 1];
        if inner.contains(['[', ']', '{', '}', '#', ':', '\'', '"', '\t']) {
            return None;
        }
        let mut items = Vec::new();
        if !inner.trim_matches(' ').is_empty() {
            for item in inner.split(',') {
                let word = item.trim_matches(' ');
                if word.is_empty() || !plain_str(word)? {
                    return None;
                }
                items.push(word.to_owned());
            }
        }
        return Some((Value::List(items), None));
    }
    if plain_str(value)? {
        return Some((Value::Str(value.to_owned()), Some(value.to_owned())));
    }
    let quote = bytes[0];
    if bytes.len() >= 2 && (quote == b'"' || quote == b'\'') && bytes[bytes.len() - 1] == quote {
        let inside = &value[1..value.len() - 1];
        if inside.as_bytes().contains(&quote) || (quote == b'"' && inside.contains('\\')) {
            return None;
        }
        return Some((Value::Str(inside.to_owned()), Some(inside.to_owned())));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Option<Value> {
        read_front(line).map(|mut found| found.remove(0).1)
    }

    #[test]
    fn flat_lines() {
        let found = read_front("title: A note\nvideoId: 5KVoR7Ty7-4\ndate: 2025-02-19\n").unwrap();
        assert_eq!(found.len(), 3);
        assert_eq!(found[1].1, Value::Str("5KVoR7Ty7-4".to_owned()));
        assert_eq!(found[2].2.as_deref(), Some("2025-02-19"));
        assert_eq!(
            one("tags: [a, b c]"),
            Some(Value::List(vec!["a".into(), "b c".into()]))
        );
        assert_eq!(one("t: \"x y\""), Some(Value::Str("x y".into())));
        assert_eq!(one("empty:"), Some(Value::Null));
    }

    #[test]
    fn the_rest_is_left_to_python() {
        for block in [
            "a: 1",
            "a: 1.5",
            "a: 0x1F",
            "a: yes",
            "a: ~",
            "a: x: y",
            "a: x #c",
            "a:b",
            "no: x",
            "a: x\na: y",
            "a: 'it''s'",
            "a: [x, 1]",
            "a: \u{7}",
            "a: 0\u{85}",
            "- a",
        ] {
            assert_eq!(read_front(block), None, "{block:?}");
        }
    }
}
