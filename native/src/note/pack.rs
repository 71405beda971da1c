//! The packing side of a note's body: `_packed.Builder`'s records and string table.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hasher};

use crate::inline::RawCitation;
use crate::text::{find_pair, Unit};

/// A length in code points: the byte length when every text of the document is ASCII.
pub(super) fn cp_len(text: &str, ascii: bool) -> usize {
    if ascii {
        text.len()
    } else {
        text.chars().count()
    }
}

/// Ints per passage record and per citation record (`_P`, `_C` of `_packed`).
pub(super) const NONE: i64 = -1;
pub(super) const DERIVED: i64 = -2;

/// The kind of a record: a passage's (`Passage.kind`) or a citation's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Table,
    Code,
    Timestamp,
    Wikilink,
}

impl Kind {
    pub(super) const COUNT: usize = 8;

    pub(super) fn as_str(self) -> &'static str {
        match self {
            Kind::Paragraph => "paragraph",
            Kind::Heading => "heading",
            Kind::ListItem => "list_item",
            Kind::Quote => "quote",
            Kind::Table => "table",
            Kind::Code => "code",
            Kind::Timestamp => "timestamp",
            Kind::Wikilink => "wikilink",
        }
    }
}

/// A string-table entry: a str, or a section trail (a tuple of str), whose texts are
/// the ids of its headings in `Body::headings` (a heading's text made once, not once
/// per trail it opens).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Entry {
    Str(String),
    Trail(Vec<usize>),
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
    /// The texts of the headings, by id (`Entry::Trail`).
    pub headings: Vec<String>,
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

pub(super) type FxMap<K> = HashMap<K, i64, BuildHasherDefault<Fx>>;

/// The first occurrence of `needle` in `hay` (a byte offset), as `str::find`: the
/// first byte found by a scan, then compared; a search that compares more than a
/// few times the text's length hands over to `str::find` (two-way, linear), so the
/// worst case stays linear while the common one (a claim found where it was put)
/// skips the two-way searcher's set-up, which cost more than the search itself.
pub(super) fn find_first(hay: &str, needle: &str) -> Option<usize> {
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
        i = match second {
            Some(second) => find_pair(h, i, last, first, second)?,
            None => i + u8::find2(&h[i..=last], first, first)?,
        };
        // `first` starts a character (the needle is UTF-8): so does `i`.
        if h[i..i + n.len()] == *n {
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
pub(super) struct Packer {
    pub(super) out: Body,
    pub(super) strs: FxMap<String>,
    // Section trails by the ids of their heading texts: a trail's key is as long as
    // its depth, not its texts (Python hashes a tuple from its strs' cached hashes;
    // hashing the texts on every passage would make long headings quadratic).
    pub(super) trails: FxMap<Vec<i64>>,
    pub(super) heading_ids: FxMap<String>,
    pub(super) at: usize, // body offset (code points) of the next passage's text
    pub(super) suffix: String, // scratch: a deep link's "<seconds>s"
    pub(super) ascii: bool, // the document is ASCII: byte lengths are code point lengths
    /// `Settings::ts_target`: the prefix of every linked timestamp's target.
    pub(super) ts_target: Option<String>,
    /// The string-table ids of the record kinds met so far, by kind, NONE for one
    /// not met yet (see `known_kind`).
    pub(super) kinds: [i64; Kind::COUNT],
}

impl Packer {
    pub(super) fn str_ref(&mut self, value: &str) -> i64 {
        if let Some(&found) = self.strs.get(value) {
            return found;
        }
        // The map owns the text; its slot in the table is filled by `finish` (one
        // string per entry, not two).
        let found = self.out.strings.len() as i64;
        self.out.strings.push(Entry::Str(String::new()));
        self.strs.insert(value.to_owned(), found);
        found
    }

    /// The records, with the string table's texts moved into their slots.
    pub(super) fn finish(mut self) -> Body {
        for (text, id) in self.strs.drain() {
            self.out.strings[id as usize] = Entry::Str(text);
        }
        self.out
    }

    pub(super) fn trail_ref(&mut self, value: &[i64]) -> i64 {
        if let Some(&found) = self.trails.get(value) {
            return found;
        }
        let found = self.out.strings.len() as i64;
        let ids = value.iter().map(|&id| id as usize);
        self.out.strings.push(Entry::Trail(ids.collect()));
        self.trails.insert(value.to_vec(), found);
        found
    }

    /// The id of a heading text (equal texts, one id), hashed once per heading.
    pub(super) fn heading_id(&mut self, text: &str) -> i64 {
        if let Some(&found) = self.heading_ids.get(text) {
            return found;
        }
        let found = self.out.headings.len() as i64;
        self.out.headings.push(text.to_owned());
        self.heading_ids.insert(text.to_owned(), found);
        found
    }

    /// `Builder._cite`, or None when the record needs a case only Python decides.
    pub(super) fn cite(&mut self, record: &RawCitation, text: &str, at: usize) -> Option<()> {
        let kind = if record.wikilink {
            Kind::Wikilink
        } else {
            Kind::Timestamp
        };
        let kind_ref = self.known_kind(kind);
        let made;
        let target = match &record.target {
            Some(target) => Some(target.as_str()),
            None if record.linked => match (self.derived_link(record), record.seconds) {
                (Some(found), _) => return self.push_cite(record, kind, kind_ref, found, text, at),
                (None, Some(seconds)) => {
                    made = format!("{}{seconds}s", self.ts_target.as_deref().unwrap_or(""));
                    Some(made.as_str())
                }
                (None, None) => None,
            },
            None => None,
        };
        let target_ref = match (target, record.seconds) {
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
        self.push_cite(record, kind, kind_ref, target_ref, text, at)
    }

    /// The target record of a linked timestamp without making its text: DERIVED when
    /// `ts_target` is (or becomes) the document's prefix, as `cite` finds for the
    /// text `ts_target + "<seconds>s"`; None when `cite` must see the text.
    fn derived_link(&mut self, record: &RawCitation) -> Option<i64> {
        let prefix = self.ts_target.as_deref()?;
        record.seconds?;
        // `cite` on the made text: ASCII, a non-empty prefix not ending in a digit
        // becomes the document's prefix, and a target is derived when its prefix is.
        let last = *prefix.as_bytes().last()?;
        if !prefix.is_ascii() || last.is_ascii_digit() {
            return None;
        }
        match &self.out.prefix {
            None => self.out.prefix = Some(prefix.to_owned()),
            Some(found) if found == prefix => {}
            Some(_) => return None,
        }
        Some(DERIVED)
    }

    /// The string-table id of a record kind when the table holds it: the ids of the
    /// handful of kinds are kept once found (the table only grows, so an id never
    /// changes), instead of hashing the kind for every record.
    fn known_kind(&mut self, kind: Kind) -> Option<i64> {
        let slot = &mut self.kinds[kind as usize];
        if *slot != NONE {
            return Some(*slot);
        }
        let id = self.strs.get(kind.as_str()).copied()?;
        self.kinds[kind as usize] = id;
        Some(id)
    }

    /// `str_ref(kind)` through the kinds' ids (see `known_kind`).
    fn kind_ref(&mut self, kind: Kind) -> i64 {
        match self.known_kind(kind) {
            Some(id) => id,
            None => {
                let id = self.str_ref(kind.as_str());
                self.kinds[kind as usize] = id;
                id
            }
        }
    }

    fn push_cite(
        &mut self,
        record: &RawCitation,
        kind: Kind,
        kind_ref: Option<i64>,
        target_ref: i64,
        text: &str,
        at: usize,
    ) -> Option<()> {
        let claim = record.text(text);
        let found = find_first(text, claim).map(|byte| cp_len(&text[..byte], self.ascii));
        let kind_ref = match kind_ref {
            Some(found) => found,
            None => self.kind_ref(kind),
        };
        let (ref_, length) = match found {
            Some(offset) => ((at + offset) as i64, cp_len(claim, self.ascii) as i64),
            None => (self.str_ref(claim), -1),
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
    pub(super) fn passage(
        &mut self,
        text: &str,
        kind: Kind,
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
        let kind_ref = self.kind_ref(kind);
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
