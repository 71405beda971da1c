//! The web-page reader's per-line features: the line patterns of
//! `formats/webpage/lines.py` and the word tables behind `line_flags`, each line's
//! feature bits (`F_*`) computed in one pass so Python tests bits, not patterns.

use std::sync::OnceLock;

use crate::pattern::{Mode, Pattern, Scratch};

/// The line patterns of `formats/webpage/lines.py`, spelled as there: `(name, source,
/// IGNORECASE)`. A Python test compares each with the compiled `re` pattern.
pub const PATTERNS: [(&str, &str, bool); 13] = [
    (
        "FURNITURE",
        r"(?:share(?: this(?: article| story| page| post)?| on [a-z]+| via [a-z]+)?|link copied|copy link|copied|tweet|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|mastodon|bluesky|threads|flipboard|vk|save(?: article)?|bookmark|listen(?: to this article)?|comments?|[0-9]{1,6} comments?|menu|main menu|search|close|open menu|toggle navigation|navigation|skip to (?:main )?content|back to top|sign in|sign up|log ?in|register|subscribe|donate|newsletter|follow(?: us)?|home|[0-9]{1,3} min(?:ute)?s? read|gift(?: this)? article|audio|video|(?:sponsored|supported|presented|powered|brought to you) by)",
        true,
    ),
    (
        "_JUNK",
        r"(?:learn more|read more|read the full (?:article|story|report)|continue reading|see more|show more|view more|more|view all|see all|load more|click here|find out more|discover more|explore more|advertisement|advertising|ad|sponsored|sponsored content|scroll to continue(?: with content)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?)",
        true,
    ),
    (
        "_JUNK_PREFIX",
        r"(?:read\ more|related|see\ also|also\ read|read\ also|watch|listen|photo|image|picture|illustration|video|credit|photograph|graphic|caption)[ ]?:[ ]?",
        true,
    ),
    (
        "_SPONSOR",
        r"(?:sponsored by|supported by|presented by|in partnership with|paid for by|funded by|brought to you by|produced in partnership with|advertiser content from)[ ]",
        true,
    ),
    (
        "_DISCLAIMER",
        r"views (?:expressed|represented|presented)|opinions expressed|not necessarily|disclaimer|solely those of|are (?:those|the views|the opinions) of the author",
        false,
    ),
    (
        "_COPYRIGHT",
        r"\u00a9|\(c\) [0-9]{4}|copyright|all rights reserved",
        false,
    ),
    (
        "ORIGIN",
        r"(?:this (?:article|story|piece|commentary|column|op-ed|post|interview|essay) (?:was )?)?(?:originally|first) (?:published|appeared|ran)(?: (?:in|on|at|by))? (?P<name>[^.]{2,200})\.?",
        true,
    ),
    ("SOURCE", r"(?:source)[ ]?:[ ]?(?P<name>.{2,200})", true),
    (
        "TAG_PREFIX",
        r"(?:tags|topics|filed\ under|keywords|related\ topics|categories|category)[ ]?:[ ]?",
        true,
    ),
    (
        "RELATED_HEADING",
        r"(?:related|related (?:articles|stories|content|posts|reading|coverage|pieces)|more(?: [^ ]{1,30}){0,2} (?:from|by|on|in) .{1,80}|more (?:stories|articles|news)|you (?:may|might) also like|recommended(?: for you| reading)?|read next|up next|most (?:read|popular|viewed)|latest(?: news| stories)?|trending(?: now)?|further reading|what to read next|keep reading)",
        true,
    ),
    (
        "_COMMENTS",
        r"(?:^|[^a-z])(?:comments?|kommentare?n?|commentaires?|comentarios?|commenti|reacties|responses|replies|leave a (?:reply|comment)|join the (?:discussion|conversation))(?:$|[^a-z])",
        false,
    ),
    (
        "_CLOSER",
        r"(?:^|[^a-z])(?:share (?:this|on)|related (?:stories|articles|posts|content|coverage|links))(?:$|[^a-z])",
        false,
    ),
    (
        "_CODE",
        r"[{};]\s*$|^\s*[{}]|\w\(.*\)|[=<>]=|=>|->|^\s*(?:#|//|/\*|\*|--)",
        false,
    ),
];

/// The line feature bits (`lines.py`'s `F_*`): each the answer of one of `Page`'s
/// tests, before its policy (lengths, prose) is applied.
pub const F_HARD: u32 = 1;
pub const F_JUNK: u32 = 2;
pub const F_COMMENTS: u32 = 4;
pub const F_CLOSES: u32 = 8;
pub const F_COPYRIGHT: u32 = 16;
pub const F_HARD_PROSE: u32 = 32;
pub const F_TAG_PREFIX: u32 = 64;
pub const F_CODE: u32 = 128;

struct Compiled {
    furniture: Pattern,
    junk: Pattern,
    junk_prefix: Pattern,
    sponsor: Pattern,
    disclaimer: Pattern,
    copyright: Pattern,
    origin: Pattern,
    source: Pattern,
    tag_prefix: Pattern,
    related: Pattern,
    comments: Pattern,
    closer: Pattern,
    code: Pattern,
    words: Words,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let all: Vec<Pattern> = PATTERNS
            .iter()
            .map(|(name, source, icase)| {
                Pattern::new(source, *icase).unwrap_or_else(|error| panic!("{name}: {error}"))
            })
            .collect();
        let mut all = all.into_iter();
        let mut next = || all.next().unwrap_or_else(|| panic!("PATTERNS is short"));
        Compiled {
            furniture: next(),
            junk: next(),
            junk_prefix: next(),
            sponsor: next(),
            disclaimer: next(),
            copyright: next(),
            origin: next(),
            source: next(),
            tag_prefix: next(),
            related: next(),
            comments: next(),
            closer: next(),
            code: next(),
            words: Words::new(&LINE_WORDS),
        }
    })
}

/// The words looked for in a line's folded text (and in the lower-cased line where
/// it differs): those of `is_copyright` (bits 0-3), of the origin test (4-5) and of
/// `is_disclaimer` (6-10), as in Python; then words of which every match of a
/// pattern holds one, the cheap test before the pattern's own (most lines hold
/// none): `_COMMENTS` (11-18), `_CLOSER` (19-20), `_LOGO`'s pre-test (21), and the
/// colon of every labelled pattern (22).
const LINE_WORDS: [&str; 23] = [
    "\u{a9}",
    "(c)",
    "copyright",
    "rights reserved",
    "riginally",
    "first",
    "necessarily",
    "views",
    "opinion",
    "disclaim",
    "solely",
    "comment",
    "kommentar",
    "comentario",
    "reacties",
    "responses",
    "replies",
    "leave a ",
    "join the ",
    "share ",
    "related ",
    "ogo",
    ":",
];
const W_COPYRIGHT: u32 = 0b1111;
const W_ORIGIN: u32 = 0b11 << 4;
const W_DISCLAIMER: u32 = 0b11111 << 6;
const W_COMMENTS: u32 = 0xff << 11;
const W_CLOSER: u32 = 0b11 << 19;
const W_LOGO: u32 = 1 << 21;
const W_COLON: u32 = 1 << 22;

/// A set of words (at most 32) looked for in one pass over a text.
struct Words {
    words: Vec<&'static [u8]>,
    /// The words each byte starts, as bits.
    firsts: [u32; 256],
    /// The words each byte is the second byte of, as bits, with the one-byte words.
    seconds: [u32; 256],
    /// The one-byte words, as bits.
    singles: u32,
}

impl Words {
    fn new(words: &[&'static str]) -> Self {
        let mut firsts = [0u32; 256];
        let mut seconds = [0u32; 256];
        let mut singles = 0u32;
        for (k, word) in words.iter().enumerate() {
            let bytes = word.as_bytes();
            firsts[usize::from(bytes[0])] |= 1 << k;
            match bytes.get(1) {
                Some(&second) => seconds[usize::from(second)] |= 1 << k,
                None => singles |= 1 << k,
            }
        }
        for bits in &mut seconds {
            *bits |= singles;
        }
        Words {
            words: words.iter().map(|w| w.as_bytes()).collect(),
            firsts,
            seconds,
            singles,
        }
    }

    /// Which of the words occur in `text`, as bits (bit k: word k). A position is
    /// compared with the words its byte and the next one may begin (most bytes of
    /// a line begin none).
    fn find(&self, text: &str) -> u32 {
        let bytes = text.as_bytes();
        let mut found = 0u32;
        for (at, &byte) in bytes.iter().enumerate() {
            let mut candidates = self.firsts[usize::from(byte)] & !found;
            if candidates == 0 {
                continue;
            }
            candidates &= bytes
                .get(at + 1)
                .map_or(self.singles, |&next| self.seconds[usize::from(next)]);
            while candidates != 0 {
                let k = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                let word = self.words[k];
                if bytes[at..].starts_with(word) {
                    found |= 1 << k;
                }
            }
        }
        found
    }
}

/// A necessary condition of `_CODE.search(line)` on a stripped line, one for each
/// of its alternatives (the pattern decides): a brace or semicolon at the end
/// (`[{};]\s*$`), a brace or comment mark at the start (`^\s*[{}]`,
/// `^\s*(?:#|//|/\*|\*|--)`), an operator (`[=<>]=`, `=>`, `->`), a word character
/// before a `(` with a `)` after it (`\w\(.*\)`).
fn may_be_code(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.last().is_some_and(|b| b"{};".contains(b))
        || bytes.first().is_some_and(|b| b"{}#/*-".contains(b))
    {
        return true;
    }
    let mut opened = false; // a word character and "(" seen
    for pair in bytes.windows(2) {
        match (pair[0], pair[1]) {
            (b'=' | b'<' | b'>', b'=') | (b'=' | b'-', b'>') => return true,
            (_, b')') if opened => return true,
            (before, b'(') if before.is_ascii_alphanumeric() || before == b'_' => opened = true,
            _ => {}
        }
    }
    false
}

/// The state of one page's feature tests: the patterns and reusable buffers.
pub struct Features {
    patterns: &'static Compiled,
    scratch: Scratch,
}

impl Default for Features {
    fn default() -> Self {
        Features {
            patterns: compiled(),
            scratch: Scratch::default(),
        }
    }
}

impl Features {
    fn test(&mut self, pattern: &Pattern, text: &str, mode: Mode) -> bool {
        pattern.is_match_with(text.as_bytes(), mode, &mut self.scratch)
    }

    /// The feature bits of a line from its stripped text and its folded text (`F_*`),
    /// or `None` when either is not ASCII: outside ASCII, `IGNORECASE` and
    /// `str.lower` need Python's tables, and the Python side answers. Each test is
    /// the Python one: its words first where Python looks for them first
    /// (`is_copyright`, `is_disclaimer`, the origin test), then its pattern.
    pub fn line_flags(&mut self, strip: &str, key: &str) -> Option<u32> {
        if !strip.is_ascii() || !key.is_ascii() {
            return None;
        }
        let p = self.patterns;
        let words = p.words.find(key);
        let colon = words & W_COLON != 0;
        let mut flags = 0;
        let copyright = words & W_COPYRIGHT != 0 && self.test(&p.copyright, key, Mode::Anywhere);
        let related = self.test(&p.related, key, Mode::Full);
        if (key.len() < 120 && (related || self.test(&p.furniture, key, Mode::Full)))
            || copyright
            || (words & W_LOGO != 0 && has_logo(strip.as_bytes()))
            || (colon && self.test(&p.tag_prefix, key, Mode::Prefix))
            || (words & W_ORIGIN != 0 && self.test(&p.origin, key, Mode::Prefix))
        {
            flags |= F_HARD;
        }
        if self.test(&p.junk, key, Mode::Full)
            || (colon
                && (self.test(&p.junk_prefix, key, Mode::Prefix)
                    || self.test(&p.source, key, Mode::Prefix)))
            || (self.test(&p.sponsor, key, Mode::Prefix)
                && key.bytes().filter(|&b| b == b' ').count() < 10)
        {
            flags |= F_JUNK;
        }
        let comments = words & W_COMMENTS != 0 && self.test(&p.comments, key, Mode::Anywhere);
        if comments {
            flags |= F_COMMENTS;
        }
        if comments
            || (words & W_CLOSER != 0 && self.test(&p.closer, key, Mode::Anywhere))
            || related
            || copyright
        {
            flags |= F_CLOSES;
        }
        if copyright {
            flags |= F_COPYRIGHT;
        }
        if strip.len() <= 600 {
            // The lower-cased line is most often the folded text itself.
            let (lower, words) = if strip.eq_ignore_ascii_case(key) {
                (None, words)
            } else {
                let lower = strip.to_ascii_lowercase();
                let found = p.words.find(&lower);
                (Some(lower), found)
            };
            let lower = lower.as_deref().unwrap_or(key);
            if (words & W_DISCLAIMER != 0 && self.test(&p.disclaimer, lower, Mode::Anywhere))
                || (words & W_COPYRIGHT != 0 && self.test(&p.copyright, lower, Mode::Anywhere))
                || (words & W_ORIGIN != 0 && self.test(&p.origin, lower, Mode::Prefix))
            {
                flags |= F_HARD_PROSE;
            }
        }
        if strip.contains(':') && self.test(&p.tag_prefix, strip, Mode::Prefix) {
            flags |= F_TAG_PREFIX;
        }
        if may_be_code(strip) && self.test(&p.code, strip, Mode::Anywhere) {
            flags |= F_CODE;
        }
        Some(flags)
    }
}

/// `_LOGO.search(line)`: `(?<![A-Za-z])(?i:logo)(?:s|type)?(?![a-z])` over ASCII.
fn has_logo(line: &[u8]) -> bool {
    let free = |at: usize| !line.get(at).is_some_and(u8::is_ascii_lowercase);
    (0..line.len().saturating_sub(3)).any(|at| {
        line[at..at + 4].eq_ignore_ascii_case(b"logo")
            && (at == 0 || !line[at - 1].is_ascii_alphabetic())
            && (free(at + 4)
                || (line.get(at + 4) == Some(&b's') && free(at + 5))
                || (line.get(at + 4..at + 8) == Some(b"type") && free(at + 8)))
    })
}

/// `Features::line_flags` with fresh buffers.
pub fn line_flags(strip: &str, key: &str) -> Option<u32> {
    Features::default().line_flags(strip, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for (name, source, icase) in PATTERNS {
            assert!(Pattern::new(source, icase).is_ok(), "{name}");
        }
    }

    #[test]
    fn words_found_as_contains_finds_them() {
        let words = Words::new(&LINE_WORDS);
        for text in [
            "",
            ":",
            "a:",
            "\u{a9} 2024",
            "(c)",
            "(c",
            "leave a comment: first",
            "leave a",
            "related stories",
            "logo",
            "firs",
            "views expressed solely by the opinions \u{2019}disclaim\u{2019}",
        ] {
            let expected = LINE_WORDS
                .iter()
                .enumerate()
                .filter(|(_, word)| text.contains(*word))
                .fold(0u32, |bits, (k, _)| bits | (1 << k));
            assert_eq!(words.find(text), expected, "{text:?}");
        }
    }

    #[test]
    fn line_feature_bits() {
        assert_eq!(
            line_flags("Share this article", "share this article"),
            Some(F_HARD | F_CLOSES)
        );
        assert_eq!(line_flags("\u{e9}", "\u{e9}"), None);
        let copyright = line_flags("Copyright 2024 Corp", "copyright 2024 corp").unwrap();
        assert_eq!(
            copyright & (F_HARD | F_CLOSES | F_COPYRIGHT | F_HARD_PROSE),
            F_HARD | F_CLOSES | F_COPYRIGHT | F_HARD_PROSE
        );
        assert_eq!(line_flags("Read more: x", "read more: x"), Some(F_JUNK));
        assert_eq!(
            line_flags("13 Comments", "13 comments"),
            Some(F_HARD | F_COMMENTS | F_CLOSES)
        );
        assert_eq!(
            line_flags("Tags: a, b", "tags: a, b"),
            Some(F_HARD | F_TAG_PREFIX)
        );
        assert_eq!(line_flags("if (x) {", "if (x) {"), Some(F_CODE));
        assert!(has_logo(b"The logoCarnegie") && has_logo(b"LOGOS") && has_logo(b"a logotype."));
        assert!(!has_logo(b"ilogo") && !has_logo(b"logon") && !has_logo(b"logotypes"));
    }
}
