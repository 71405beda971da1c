//! The inline scanner of transcript notes (`InlineScanner.scan` of
//! `seedparse.formats.transcript.inline`, for a block with no offset mapper), for the
//! markup it can answer exactly: plain text, seed-spelled timestamp anchors, bare
//! markers (also as markdown links), wiki-links and embeds, markdown links and images,
//! and a `<` that starts no tag. Anything else (another HTML tag or comment, an entity,
//! an invalid time, an over-long wiki-link, a bidi control in a link target: the cases
//! that decode entities, read attributes or record a warning) gives `None`, and the
//! caller runs the Python scanner on the block. The scan is one pass; every match is
//! anchored and bounded, and the scan never moves backwards, so it is linear.

use crate::text::{py_isspace, squash_ascii, squash_str_into, squashed, strip, to_string, Unit};

/// A citation's text: a range of bytes of the text the scan returned (a timestamp's
/// claim, which the scan wrote there: no string of its own, one allocation less per
/// anchor), or a string of its own (a wiki-link's label; a claim whose passage text
/// was rewritten after the scan, as table cells are).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    Span(usize, usize),
    Own(String),
}

/// A citation as plain data: the timestamp or wiki-link fields of `Citation`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCitation {
    pub wikilink: bool,
    /// The text: see `RawCitation::text`.
    pub claim: Claim,
    pub start: usize,
    pub end: usize,
    /// A wiki-link's target; None for a timestamp (its link is `linked`).
    pub target: Option<String>,
    pub seconds: Option<i64>,
    /// A timestamp whose target is `Settings::ts_target` + `"<seconds>s"`: made only
    /// where it is needed (`target_text`), since the packer stores most as derived.
    pub linked: bool,
}

impl RawCitation {
    /// The citation's text; `scanned` is the text its scan returned.
    pub fn text<'a>(&'a self, scanned: &'a str) -> &'a str {
        match &self.claim {
            Claim::Span(start, end) => &scanned[*start..*end],
            Claim::Own(text) => text,
        }
    }

    /// The same citation with its text as a string of its own, for a scanned text
    /// that is about to change.
    pub fn owning(mut self, scanned: &str) -> Self {
        if let Claim::Span(..) = self.claim {
            self.claim = Claim::Own(self.text(scanned).to_owned());
        }
        self
    }

    /// The target as Python's scanner gives it: `prefix` is `Settings::ts_target`.
    pub fn target_text(&self, prefix: Option<&str>) -> Option<String> {
        match (&self.target, prefix, self.seconds) {
            (Some(target), _, _) => Some(target.clone()),
            (None, Some(prefix), Some(seconds)) if self.linked => {
                Some(format!("{prefix}{seconds}s"))
            }
            _ => None,
        }
    }
}

/// The per-document settings of the scan.
pub struct Settings<'a> {
    /// The deep-link prefix (`...&t=`), or None when the note has no usable video id.
    pub ts_target: Option<&'a str>,
    /// `Limits.max_link_len`.
    pub max_link: usize,
    /// The caller found no `&` in the whole text: no block holds an entity, and the
    /// scans skip their own search for one (one `memchr` of a note instead of a pass
    /// over every block).
    pub amp_free: bool,
    /// The whole text when it is ASCII and the scans read its bytes: the pieces of a
    /// block are then copied as `str` slices of it (no check of their bytes again),
    /// and a claim made of one piece is squashed straight from it, not from a copy.
    pub ascii: Option<&'a str>,
}

const ANCHOR_HEAD: &str = "<a class=\"yt-timestamp\" data-t=\"";
const ATTACHED: &[char] = &[
    '.', ',', ';', ':', '!', '?', '\u{2026}', ')', '"', '\'', '\u{201d}', '\u{2019}', '\u{bb}',
];

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `s` holds the ASCII text `lit` from `at`.
fn starts_with<C: Unit>(s: &[C], at: usize, lit: &str) -> bool {
    debug_assert!(lit.is_ascii());
    C::has_at(s, at, lit)
}

/// Whether `s[at]` is `c`.
fn is<C: Unit>(s: &[C], at: usize, c: char) -> bool {
    s.get(at).is_some_and(|&u| u.into() == c)
}

/// Length of the run of characters from `at` for which `keep` holds, counted up to
/// `limit` (every repetition of the Python patterns is bounded: so is the scan).
fn run<C: Unit>(s: &[C], at: usize, limit: usize, keep: impl Fn(char) -> bool) -> usize {
    s[at.min(s.len())..]
        .iter()
        .take(limit)
        .take_while(|&&c| keep(c.into()))
        .count()
}

/// Seconds of a time value (`parse_time` of the Python module): `S` (1-6 digits),
/// `M:SS` or `H:MM:SS`, the first field 1-3 digits, later ones 1-2 digits up to 59.
pub fn parse_time<C: Unit>(value: &[C]) -> Option<i64> {
    // One pass over the fields, without collecting them: called once per anchor.
    let mut seconds = 0i64;
    let mut fields = 0usize;
    let mut first_len = 0usize;
    for field in value.split(|&c| c.into() == ':') {
        fields += 1;
        if fields > 3 || field.is_empty() {
            return None;
        }
        let mut n = 0i64;
        for &c in field {
            let c: char = c.into();
            if !c.is_ascii_digit() {
                return None;
            }
            n = n * 10 + i64::from(c as u8 - b'0');
            if n > 999_999 {
                return None; // more than six digits (a field's own limit is checked below)
            }
        }
        if fields == 1 {
            first_len = field.len();
            seconds = n;
        } else {
            if field.len() > 2 || n > 59 {
                return None;
            }
            seconds = seconds * 60 + n;
        }
    }
    let most = if fields == 1 { 6 } else { 3 };
    (first_len <= most).then_some(seconds)
}

/// The seed anchor `<a class="yt-timestamp" data-t="V">[L]</a>` at `at`: `(end, V)`.
fn seed_anchor<C: Unit>(s: &[C], at: usize) -> Option<(usize, &[C])> {
    if !starts_with(s, at, ANCHOR_HEAD) {
        return None;
    }
    let v0 = at + ANCHOR_HEAD.len(); // ASCII: its length in units
    let value = run(s, v0, 65, |c| !matches!(c, '"' | '<' | '>' | '\n'));
    if value > 64 || !starts_with(s, v0 + value, "\">[") {
        return None;
    }
    let l0 = v0 + value + 3;
    let label = run(s, l0, 65, |c| !matches!(c, '[' | ']' | '<' | '>' | '\n'));
    if label > 64 || !starts_with(s, l0 + label, "]</a>") {
        return None;
    }
    Some((l0 + label + 5, &s[v0..v0 + value]))
}

/// `\[([0-9]{1,3}(?::[0-9]{1,3}){1,2})\](?:\(([^()\s]{1,4096})\))?` at `at`:
/// `(end, inside the brackets)`.
fn marker<C: Unit>(s: &[C], at: usize) -> Option<(usize, &[C])> {
    if !is(s, at, '[') {
        return None;
    }
    let mut i = at + 1;
    let mut fields = 0;
    loop {
        let d = run(s, i, 4, |c| c.is_ascii_digit());
        if d == 0 || d > 3 {
            return None;
        }
        i += d;
        fields += 1;
        if fields < 3 && is(s, i, ':') {
            i += 1;
            continue;
        }
        break;
    }
    if fields < 2 || !is(s, i, ']') {
        return None;
    }
    let inner = &s[at + 1..i];
    let mut end = i + 1;
    if is(s, end, '(') {
        let url = run(s, end + 1, 4097, |c| c != '(' && c != ')' && !py_isspace(c));
        if (1..=4096).contains(&url) && is(s, end + 1 + url, ')') {
            end += url + 2;
        }
    }
    Some((end, inner))
}

/// The markdown link `[label](url "title")` at `at`: `(end, label)`.
fn md_link<C: Unit>(s: &[C], at: usize, max: usize) -> Option<(usize, &[C])> {
    let label = run(s, at + 1, max + 1, |c| !matches!(c, '[' | ']' | '\n'));
    if label == 0 || label > max || !starts_with(s, at + 1 + label, "](") {
        return None;
    }
    let u0 = at + label + 3;
    let url = run(s, u0, max + 1, |c| c != '(' && c != ')' && !py_isspace(c));
    if url == 0 || url > max {
        return None;
    }
    let mut i = u0 + url;
    if !is(s, i, ')') {
        let blanks = run(s, i, usize::MAX, |c| c == ' ' || c == '\t');
        if blanks == 0 || !is(s, i + blanks, '"') {
            return None;
        }
        let t0 = i + blanks + 1;
        let title = run(s, t0, 257, |c| c != '"' && c != '\n');
        if title > 256 || !is(s, t0 + title, '"') {
            return None;
        }
        i = t0 + title + 1;
        if !is(s, i, ')') {
            return None;
        }
    }
    Some((i + 1, &s[at + 1..at + 1 + label]))
}

/// Appends `piece` to `claim`: a slice of `ascii` (`Settings::ascii`) when the piece
/// is bytes of it, else unit by unit.
fn extend<C: Unit>(claim: &mut String, piece: &[C], ascii: Option<&str>) {
    match ascii.and_then(|text| C::within(piece, text)) {
        Some(text) => claim.push_str(text),
        None => C::push_to(piece, claim),
    }
}

/// `to_string(piece)`, by one copy of a slice of `ascii` when the piece is bytes of it.
fn owned<C: Unit>(piece: &[C], ascii: Option<&str>) -> String {
    match ascii.and_then(|text| C::within(piece, text)) {
        Some(text) => text.to_owned(),
        None => to_string(piece),
    }
}

/// `squashed(piece)`, by words when the piece is bytes of `ascii`.
fn owned_squashed<C: Unit>(piece: &[C], ascii: Option<&str>) -> String {
    match ascii.and_then(|text| C::within(piece, text)) {
        Some(text) => {
            let mut out = String::with_capacity(text.len());
            squash_ascii(text, &mut out);
            out
        }
        None => squashed(piece),
    }
}

/// `squash_str_into` of a claim, without its test for ASCII where the scan knows.
fn squash_claim(claim: &str, out: &mut String, ascii: bool) {
    if ascii {
        squash_ascii(claim, out);
    } else {
        squash_str_into(claim, out);
    }
}

/// What a scan gives: the passage text and its citations (offsets in the source).
pub type Scanned = (String, Vec<RawCitation>);

/// Scans one block; `base` is its offset in the source. `is_word` answers Python's
/// `c.isalnum()` for a non-ASCII character (its Unicode tables are Python's own).
/// None: the block needs the Python scanner.
pub fn scan<C: Unit>(
    s: &[C],
    base: usize,
    settings: &Settings<'_>,
    is_word: &mut dyn FnMut(char) -> bool,
) -> Option<Scanned> {
    let mut buffers = Buffers::default();
    scan_into(s, base, settings, is_word, &mut buffers)?;
    Some((buffers.text, buffers.citations))
}

/// What `scan_into` writes: the passage text, the citations, and a scratch string.
/// A walk over many blocks keeps one and hands it to every scan, so that the buffers
/// are not allocated anew per block (three allocations a block were a tenth of a
/// note's native time).
#[derive(Default)]
pub struct Buffers {
    pub text: String,
    pub citations: Vec<RawCitation>,
    claim: String,
}

impl Buffers {
    /// Buffers for blocks of up to `units` units (bytes of ASCII text) without growing.
    pub fn with_capacity(units: usize) -> Self {
        Buffers {
            text: String::with_capacity(units),
            citations: Vec::with_capacity(units / 64 + 4),
            claim: String::with_capacity(units),
        }
    }
}

/// `scan` into `buffers` (cleared first); None as for `scan` (the buffers then hold
/// what was found before the scan gave up).
pub fn scan_into<C: Unit>(
    s: &[C],
    base: usize,
    settings: &Settings<'_>,
    is_word: &mut dyn FnMut(char) -> bool,
    buffers: &mut Buffers,
) -> Option<()> {
    let Buffers {
        text: out,
        citations,
        claim,
    } = buffers;
    out.clear();
    citations.clear();
    claim.clear();
    if !settings.amp_free && C::find2(s, b'&', b'&').is_some() {
        return None; // entities: the Python scanner decodes them
    }
    let n = s.len();
    // `s` as a str of the ASCII text, when the scan reads its bytes.
    let ascii = settings.ascii.filter(|text| C::within(s, text).is_some());
    // The passage text: the claims joined by " " as they are found (`" ".join(texts)`
    // of the Python scanner, whose texts are never empty), `pieces` of them so far.
    // Sized once (`n` units is a bound in bytes for ASCII text): growing them
    // piece by piece was a tenth of a note's native time.
    out.reserve(n);
    let mut pieces = 0usize;
    // The raw pieces of the current run, as text: squashed with the byte path.
    claim.reserve(n);
    // Where the last claim with a word sits in `out` (an anchor right after an anchor
    // backs it too); `out` only grows before it, so the range stays valid.
    let mut last_claim = (0usize, 0usize);
    let mut pos = 0;
    let mut at = 0;
    loop {
        at = at.max(pos);
        let Some(found) = C::find2(&s[at..], b'<', b'[') else {
            break;
        };
        let start = at + found;
        let (tstart, end, seconds);
        if is(s, start, '<') {
            if let Some((anchor_end, value)) = seed_anchor(s, start) {
                seconds = parse_time(value)?; // an invalid time is warned about
                tstart = start;
                end = anchor_end;
            } else {
                match s.get(start + 1).map(|&c| c.into()) {
                    Some(c) if c.is_ascii_alphabetic() || c == '/' || c == '!' => return None,
                    _ => {
                        at = start + 1; // a "<" that starts no tag is text
                        continue;
                    }
                }
            }
        } else {
            let run_end = start + run(s, start, usize::MAX, |c| c == '[');
            let bang = start > pos && is(s, start - 1, '!');
            if run_end - start >= 2 {
                let wiki_at = run_end - 2;
                let inner_len = run(s, run_end, settings.max_link + 1, |c| {
                    !matches!(c, '[' | ']' | '\n')
                });
                if inner_len > settings.max_link {
                    return None; // warned about as an over-long wiki-link
                }
                if inner_len >= 1 && starts_with(s, run_end + inner_len, "]]") {
                    let link_at = if bang && wiki_at == start {
                        wiki_at - 1
                    } else {
                        wiki_at
                    };
                    let wend = run_end + inner_len + 2;
                    let inner = &s[run_end..run_end + inner_len];
                    extend(claim, &s[pos..link_at], ascii);
                    let bar = inner.iter().position(|&c| c.into() == '|');
                    let (mut target, label) = match bar {
                        Some(b) => (&inner[..b], Some(&inner[b + 1..])),
                        None => (inner, None),
                    };
                    if target.last().is_some_and(|&c| c.into() == '\\') {
                        target = &target[..target.len() - 1];
                    }
                    let target = strip(target);
                    if target.is_empty() {
                        extend(claim, &s[link_at..wend], ascii);
                    } else {
                        if target.iter().any(|&c| is_bidi(c.into())) {
                            return None; // warned about
                        }
                        let shown = match label {
                            Some(l) if !strip(l).is_empty() => l,
                            _ => target,
                        };
                        extend(claim, shown, ascii);
                        citations.push(RawCitation {
                            wikilink: true,
                            claim: Claim::Own(owned_squashed(shown, ascii)),
                            start: base + link_at,
                            end: base + wend,
                            target: Some(owned(target, ascii)),
                            seconds: None,
                            linked: false,
                        });
                    }
                    pos = wend;
                    continue;
                }
            }
            let one_at = run_end - 1;
            match marker(s, one_at) {
                Some((mend, inner)) => {
                    seconds = parse_time(inner)?; // an invalid marker is warned about
                    tstart = one_at;
                    end = mend;
                }
                None => {
                    if let Some((lend, label)) = md_link(s, one_at, settings.max_link) {
                        let link_at = if bang && one_at == start {
                            one_at - 1
                        } else {
                            one_at
                        };
                        extend(claim, &s[pos..link_at], ascii);
                        extend(claim, label, ascii);
                        pos = lend;
                    } else {
                        at = run_end;
                    }
                    continue;
                }
            }
        }
        // A timestamp at [tstart, end): punctuation written right after it stays with
        // the sentence before it. The claim is `" ".join((claim.rstrip() + attached)
        // .split())`, which is the squashed claim followed by the punctuation (it holds
        // no blank): both are written straight into the passage text, after the space
        // that joins them to the piece before, and that space is taken back when the
        // claim joins the last piece or is empty.
        // A claim of one piece (most) is squashed from the source: no copy first.
        let piece = &s[pos..tstart];
        let direct = match ascii {
            Some(text) if claim.is_empty() => C::within(piece, text),
            _ => None,
        };
        if direct.is_none() {
            extend(claim, piece, ascii);
        }
        let attached = if end < n && ATTACHED.contains(&s[end].into()) {
            run(s, end, 8, |c| ATTACHED.contains(&c))
        } else {
            0
        };
        let mark = out.len();
        if pieces > 0 {
            out.push(' ');
        }
        let said_at = out.len();
        match direct {
            Some(piece) => squash_ascii(piece, out),
            None => squash_claim(claim, out, ascii.is_some()),
        }
        claim.clear();
        let glue = attached > 0 && out.len() == said_at; // nothing before the punctuation
        if attached > 0 {
            extend(out, &s[end..end + attached], ascii);
        }
        pos = end + attached;
        let said = if has_word(&out[said_at..], is_word) {
            pieces += 1;
            last_claim = (said_at, out.len());
            Claim::Span(said_at, out.len())
        } else {
            if out.len() == said_at {
                out.truncate(mark); // an empty claim adds no piece
            } else if glue && pieces > 0 {
                out.remove(mark); // joined to the last piece, without the space
            } else {
                pieces += 1;
            }
            Claim::Span(last_claim.0, last_claim.1)
        };
        citations.push(RawCitation {
            wikilink: false,
            claim: said,
            start: base + tstart,
            end: base + end,
            target: None,
            seconds: Some(seconds),
            linked: settings.ts_target.is_some(),
        });
    }
    let piece = &s[pos.min(n)..];
    let direct = match ascii {
        Some(text) if claim.is_empty() => C::within(piece, text),
        _ => None,
    };
    if direct.is_none() && pos < n {
        extend(claim, piece, ascii);
    }
    let mark = out.len();
    if pieces > 0 {
        out.push(' ');
    }
    let tail_at = out.len();
    match direct {
        Some(piece) => squash_ascii(piece, out),
        None => squash_claim(claim, out, ascii.is_some()),
    }
    if out.len() == tail_at {
        out.truncate(mark);
    }
    Some(())
}

/// Whether `said` has a `\w` character (Python: alphanumeric, or `_`).
fn has_word(said: &str, is_word: &mut dyn FnMut(char) -> bool) -> bool {
    let mut other = false;
    for c in said.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            return true;
        }
        other |= !c.is_ascii();
    }
    other && said.chars().any(|c| !c.is_ascii() && is_word(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn go(s: &str, prefix: Option<&str>) -> Option<Scanned> {
        let chars: Vec<char> = s.chars().collect();
        let settings = Settings {
            ts_target: prefix,
            max_link: 4096,
            amp_free: false,
            ascii: None,
        };
        let found = scan(&chars, 10, &settings, &mut |c: char| c.is_alphanumeric());
        if s.is_ascii() {
            // The byte path of ASCII text gives the same as the code point path.
            let bytes = scan(s.as_bytes(), 10, &settings, &mut |_| unreachable!());
            let told = Settings {
                ascii: Some(s),
                ..settings
            };
            // The same when the scan reads the bytes as slices of the text.
            assert_eq!(
                scan(s.as_bytes(), 10, &told, &mut |_| unreachable!()),
                found
            );
            assert_eq!(bytes, found);
        }
        found
    }

    #[test]
    fn times() {
        let t = |s: &str| parse_time(&s.chars().collect::<Vec<_>>());
        assert_eq!(t("05:46"), Some(346));
        assert_eq!(t("0:05:46"), Some(346));
        assert_eq!(t("1:5:25"), Some(3925));
        assert_eq!(t("346"), Some(346));
        assert_eq!(t("99:99"), None);
        assert_eq!(t("1234567"), None);
        assert_eq!(t(""), None);
        assert_eq!(t("1:2:3:4"), None);
        assert_eq!(t("\u{661}:00"), None);
    }

    #[test]
    fn anchors_claims_and_punctuation() {
        let s = "Hello there <a class=\"yt-timestamp\" data-t=\"00:01\">[00:01]</a>. Next \
                 <a class=\"yt-timestamp\" data-t=\"00:02\">[00:02]</a>";
        let (text, cites) = go(s, Some("u&t=")).unwrap();
        assert_eq!(text, "Hello there. Next");
        assert_eq!(cites.len(), 2);
        assert_eq!(cites[0].text(&text), "Hello there.");
        assert_eq!(cites[0].start, 10 + 12);
        assert_eq!(
            cites[0].target_text(Some("u&t=")).as_deref(),
            Some("u&t=1s")
        );
        assert_eq!(cites[1].text(&text), "Next");
        assert_eq!(cites[1].seconds, Some(2));
    }

    #[test]
    fn an_anchor_after_an_anchor_backs_the_same_claim() {
        let (text, cites) = go("Said [00:01] [00:02]", None).unwrap();
        assert_eq!(text, "Said");
        assert_eq!(cites[1].text(&text), "Said");
        assert_eq!(cites[1].target_text(None), None);
    }

    #[test]
    fn wikilinks_and_links() {
        let (text, cites) = go(
            "See [[Target|the label]] and ![[pic]] [x](http://a \"t\")",
            None,
        )
        .unwrap();
        assert_eq!(text, "See the label and pic x");
        assert_eq!(cites.len(), 2);
        assert!(cites[0].wikilink);
        assert_eq!(cites[0].target.as_deref(), Some("Target"));
        assert_eq!(cites[1].start, 10 + 29);
    }

    #[test]
    fn the_python_scanner_takes_the_rest() {
        assert!(go("a &amp; b", None).is_none());
        assert!(go("a <b>bold</b>", None).is_none());
        assert!(go("bad [99:99]", None).is_none());
        assert!(go("[[a\u{202e}b]]", None).is_none());
        assert_eq!(go("a < b [5] [", None).unwrap().0, "a < b [5] [");
    }

    #[test]
    fn linear_on_bracket_floods() {
        let s: String = "[".repeat(200_000) + &"[[a]".repeat(50_000);
        assert!(go(&s, None).is_some());
    }
}
