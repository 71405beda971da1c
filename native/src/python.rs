//! The `seedparse._core` extension module: thin PyO3 wrappers over the scanners.
//!
//! Every entry point runs the Rust code under `catch_unwind`: a panic (a bug) is raised
//! as `seedparse._core.NativeError`, which the Python side turns into a `ParseError`
//! naming the file and position; no panic unwinds into the interpreter.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;

use pyo3::create_exception;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

use crate::text::Unit;
use crate::{article, blocks, digest, inline, note, pagekind, quotes, sniff, webpage};

create_exception!(
    _core,
    NativeError,
    PyRuntimeError,
    "A bug in the native core (a Rust panic); seedparse raises it as a ParseError."
);

fn guarded<T>(what: &str, body: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(result) => result,
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(NativeError::new_err(format!("{what}: {detail}")))
        }
    }
}

/// `[classify(line) for line in text[body_start:].split("\n")]`, in one call; None
/// for a text with lone surrogates (not UTF-8: the Python classifier reads it).
/// Python's own answer to `str.<method>()` (`isalnum`, `isalpha`) for the one-character
/// string `c`: its Unicode tables, not Rust's. A Python error is kept in `failed` (the
/// first one), to be raised when the scan returns, and the answer is then false.
fn ask_char(py: Python<'_>, c: char, method: &str, failed: &mut Option<PyErr>) -> bool {
    let mut buf = [0u8; 4];
    match PyString::new(py, c.encode_utf8(&mut buf))
        .call_method0(method)
        .and_then(|r| r.extract::<bool>())
    {
        Ok(answer) => answer,
        Err(error) => {
            failed.get_or_insert(error);
            false
        }
    }
}

#[pyfunction]
fn classify_lines<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    body_start: usize,
) -> PyResult<Option<Bound<'py, PyList>>> {
    let Ok(text) = text.to_str() else {
        return Ok(None);
    };
    let kinds = guarded("classify_lines", || {
        if text.is_ascii() {
            let body = text.as_bytes().get(body_start..).unwrap_or_default();
            return Ok(blocks::classify_lines(body));
        }
        let body: Vec<char> = text.chars().skip(body_start).collect();
        Ok(blocks::classify_lines(&body))
    })?;
    PyList::new(py, kinds).map(Some)
}

/// The clean text and citations of one block, or None when the block needs the
/// Python scanner. Citations are `(kind, text, start, end, target, seconds)`.
#[pyfunction]
#[pyo3(signature = (block, base, ts_target, max_link_len))]
fn scan_block<'py>(
    py: Python<'py>,
    block: &Bound<'py, PyString>,
    base: usize,
    ts_target: Option<&str>,
    max_link_len: usize,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let Ok(block) = block.to_str() else {
        return Ok(None); // lone surrogates: not UTF-8, the Python scanner reads them
    };
    let mut words: HashMap<char, bool> = HashMap::new();
    let mut failed: Option<PyErr> = None;
    let found = guarded("scan_block", || {
        let settings = inline::Settings {
            ts_target,
            max_link: max_link_len,
            amp_free: false,
            ascii: block.is_ascii().then_some(block),
        };
        let mut is_word = |c: char| -> bool {
            *words
                .entry(c)
                .or_insert_with(|| ask_char(py, c, "isalnum", &mut failed))
        };
        if settings.ascii.is_some() {
            return Ok(inline::scan(
                block.as_bytes(),
                base,
                &settings,
                &mut is_word,
            ));
        }
        let chars: Vec<char> = block.chars().collect();
        Ok(inline::scan(&chars, base, &settings, &mut is_word))
    })?;
    if let Some(error) = failed {
        return Err(error);
    }
    let Some((text, citations)) = found else {
        return Ok(None);
    };
    let records = citations
        .into_iter()
        .map(|c| {
            let target = c.target_text(ts_target);
            (
                if c.wikilink { "wikilink" } else { "timestamp" },
                c.text(&text).to_owned(),
                c.start,
                c.end,
                target,
                c.seconds,
            )
        })
        .collect::<Vec<_>>();
    Ok(Some(PyTuple::new(
        py,
        [
            text.into_pyobject(py)?.into_any(),
            PyList::new(py, records)?.into_any(),
        ],
    )?))
}

/// A web page's non-blank lines outside its JSON blocks, as `split_page` splits
/// them: `(strip, start, end, indents, after_block, blank_before, bullet, prose, clean,
/// folded, flags, kinds, items)`, one list each, offsets in code points; `clean` and `folded` hold
/// None where Python computes them on demand (entities; case folding outside ASCII),
/// `flags` the line's feature bits (`webpage::line_flags`, `lines.py`'s `F_*`) or -1
/// where Python computes them (a line that is not ASCII or has an entity), `kinds`
/// each line's kind where the line model decides it (`pagekind::line_kinds`, -1
/// elsewhere), `items` the lines of lists of points (`Page.in_item_list`). None
/// when the page needs the Python path (a column gap, lone surrogates).
#[pyfunction]
fn page_lines<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    blocks: Vec<(usize, usize)>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let Ok(text) = text.to_str() else {
        return Ok(None);
    };
    let found = guarded("page_lines", || {
        Ok(webpage::split_lines(text, &blocks).map(|lines| {
            let texts = webpage::texts(text, &lines);
            let kinds = pagekind::line_kinds(&lines, &texts);
            (texts, lines, kinds)
        }))
    })?;
    let Some((texts, lines, (kinds, items))) = found else {
        return Ok(None);
    };
    let mut strips: Vec<Bound<'py, PyString>> = Vec::with_capacity(texts.len());
    let mut cleans: Vec<Option<Bound<'py, PyString>>> = Vec::with_capacity(texts.len());
    let mut foldeds: Vec<Option<Bound<'py, PyString>>> = Vec::with_capacity(texts.len());
    let flags: Vec<i64> = texts
        .iter()
        .map(|found| found.flags.map_or(-1, i64::from))
        .collect();
    for (i, found) in texts.iter().enumerate() {
        if found.first < i {
            // A repeated line: the first one's string objects (equal texts).
            let first = found.first;
            strips.push(strips[first].clone());
            cleans.push(cleans[first].clone());
            foldeds.push(foldeds[first].clone());
            continue;
        }
        // The same string object where the text does not change, as Python's own
        // clean_text returns its argument then.
        let strip = PyString::new(py, found.strip);
        let clean = match &found.clean {
            webpage::Piece::Unknown => None,
            webpage::Piece::Same => Some(strip.clone()),
            webpage::Piece::Text(clean) => Some(PyString::new(py, clean)),
        };
        let folded = match (&found.folded, &clean) {
            (webpage::Piece::Same, Some(clean)) => Some(clean.clone()),
            (webpage::Piece::Text(folded), _) => Some(PyString::new(py, folded)),
            _ => None,
        };
        strips.push(strip);
        cleans.push(clean);
        foldeds.push(folded);
    }
    let item_lines: Vec<usize> = (0..items.len()).filter(|&i| items[i]).collect();
    let column = |f: fn(&webpage::Line) -> usize| -> PyResult<Bound<'py, PyAny>> {
        Ok(PyList::new(py, lines.iter().map(f))?.into_any())
    };
    let flag = |f: fn(&webpage::Line) -> bool| -> PyResult<Bound<'py, PyAny>> {
        Ok(PyList::new(py, lines.iter().map(f))?.into_any())
    };
    Ok(Some(PyTuple::new(
        py,
        [
            PyList::new(py, strips)?.into_any(),
            column(|l| l.start)?,
            column(|l| l.end)?,
            column(|l| l.indent)?,
            flag(|l| l.after_block)?,
            flag(|l| l.blank_before)?,
            flag(|l| l.bullet)?,
            flag(|l| l.prose)?,
            PyList::new(py, cleans)?.into_any(),
            PyList::new(py, foldeds)?.into_any(),
            PyList::new(py, flags)?.into_any(),
            PyList::new(py, kinds)?.into_any(),
            PyList::new(py, item_lines)?.into_any(),
        ],
    )?))
}

// -- the article reader's lines (the narticle block) -------------------------------

/// An article's non-blank lines, as `article.lines.split_lines` splits them before it
/// drops a line whose clean text is empty: `(start, end, raw, clean, after_blank,
/// terminal, spaces, caps)`, one list each, offsets in code points; `clean` holds None
/// where Python computes it (markup, entities), and then it computes `terminal` and
/// `spaces` too (`article::Line`). None for a text with lone surrogates.
#[pyfunction]
fn article_lines<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let Ok(text) = text.to_str() else {
        return Ok(None);
    };
    let lines = guarded("article_lines", || Ok(article::split_lines(text)))?;
    let mut raws = Vec::with_capacity(lines.len());
    let mut cleans = Vec::with_capacity(lines.len());
    for line in &lines {
        // The same string object where the text does not change, as clean_text
        // returns its argument then.
        let raw = PyString::new(py, line.raw);
        cleans.push(match &line.clean {
            webpage::Piece::Unknown => None,
            webpage::Piece::Same => Some(raw.clone()),
            webpage::Piece::Text(clean) => Some(PyString::new(py, clean)),
        });
        raws.push(raw);
    }
    Ok(Some(PyTuple::new(
        py,
        [
            PyList::new(py, lines.iter().map(|l| l.start))?.into_any(),
            PyList::new(py, lines.iter().map(|l| l.end))?.into_any(),
            PyList::new(py, raws)?.into_any(),
            PyList::new(py, cleans)?.into_any(),
            PyList::new(py, lines.iter().map(|l| l.after_blank))?.into_any(),
            PyList::new(py, lines.iter().map(|l| l.terminal))?.into_any(),
            PyList::new(py, lines.iter().map(|l| l.spaces))?.into_any(),
            PyList::new(py, lines.iter().map(|l| l.caps))?.into_any(),
        ],
    )?))
}

// -- web-page line features (the nweb block) -------------------------------------

/// The line patterns the native feature bits are computed with, `(name, source,
/// IGNORECASE)`: a test checks them against `lines.py`'s compiled patterns.
#[pyfunction]
fn line_patterns() -> Vec<(&'static str, &'static str, bool)> {
    webpage::PATTERNS.to_vec()
}

// -- end of the nweb block ------------------------------------------------------------

// ---------------------------------------------------------------- a note's whole body
// (the transcript reader's one call per note: `formats/transcript/reader.py`)

/// Little-endian bytes of `values` in the narrowest of i16, i32, i64 that holds them
/// all, and its `array` typecode (`_packed._int_array`, `Core.state`'s layout).
fn packed_ints(values: &[i64]) -> (char, Vec<u8>) {
    // A value fits i16 when it plus 2^15 is in 0..2^16: the bits above, or-ed over
    // all the values, say whether all fit, by one loop of adds, shifts and ors the
    // compiler vectorises (a min and max fold compared and selected value by value).
    let beyond = |shift: u32| {
        let bias = 1i64 << (shift - 1);
        values
            .iter()
            .fold(0u64, |m, &v| m | (v.wrapping_add(bias) as u64 >> shift))
    };
    // Each width filled by one loop over a zeroed buffer of the final size (a
    // flat_map into a Vec was a byte at a time).
    if beyond(16) == 0 {
        let mut bytes = vec![0u8; values.len() * 2];
        for (slot, &v) in bytes.chunks_exact_mut(2).zip(values) {
            slot.copy_from_slice(&(v as i16).to_le_bytes());
        }
        ('h', bytes)
    } else if beyond(32) == 0 {
        let mut bytes = vec![0u8; values.len() * 4];
        for (slot, &v) in bytes.chunks_exact_mut(4).zip(values) {
            slot.copy_from_slice(&(v as i32).to_le_bytes());
        }
        ('i', bytes)
    } else {
        let mut bytes = vec![0u8; values.len() * 8];
        for (slot, &v) in bytes.chunks_exact_mut(8).zip(values) {
            slot.copy_from_slice(&v.to_le_bytes());
        }
        ('q', bytes)
    }
}

/// A string of a note's table as a Python str, interned when short (as `sys.intern`
/// would give it). The record kinds, in every note's table, are made once per process
/// (`intern!`): the same interned objects, without building and hashing them anew.
fn table_str<'py>(py: Python<'py>, value: &str) -> Bound<'py, PyString> {
    let kind = match value {
        "paragraph" => Some(pyo3::intern!(py, "paragraph")),
        "heading" => Some(pyo3::intern!(py, "heading")),
        "list_item" => Some(pyo3::intern!(py, "list_item")),
        "timestamp" => Some(pyo3::intern!(py, "timestamp")),
        "wikilink" => Some(pyo3::intern!(py, "wikilink")),
        "quote" => Some(pyo3::intern!(py, "quote")),
        "table" => Some(pyo3::intern!(py, "table")),
        "code" => Some(pyo3::intern!(py, "code")),
        _ => None,
    };
    if let Some(kind) = kind {
        return kind.clone();
    }
    if value.len() <= 40 || value.chars().count() <= 40 {
        PyString::intern(py, value)
    } else {
        PyString::new(py, value)
    }
}

/// The body of a note from `body_start` (code points) in one call: the block walk,
/// the inline scan of every block and the packed records, as
/// `(state, channels, first_heading)` where `state` is what `_packed.core_from_state`
/// takes. None when a block needs the Python scanner (entities, HTML tags, anything
/// warned about) or the text has lone surrogates: the caller then runs the Python walk.
#[pyfunction]
#[pyo3(signature = (text, body_start, ts_target, max_link_len, state_version))]
fn read_note_body<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    body_start: usize,
    ts_target: Option<&str>,
    max_link_len: usize,
    state_version: i64,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let Ok(text) = text.to_str() else {
        return Ok(None);
    };
    let mut words: HashMap<char, bool> = HashMap::new();
    let mut failed: Option<PyErr> = None;
    let found = guarded("read_note_body", || {
        // The search for '&' a block of 32 bytes at a time (`memchr` of `contains`
        // was a word at a time: three times the instructions).
        let settings = inline::Settings {
            ts_target,
            max_link: max_link_len,
            amp_free: <u8 as Unit>::find2(text.as_bytes(), b'&', b'&').is_none(),
            ascii: text.is_ascii().then_some(text),
        };
        let mut is_word = |c: char| -> bool {
            *words
                .entry(c)
                .or_insert_with(|| ask_char(py, c, "isalnum", &mut failed))
        };
        if settings.ascii.is_some() {
            return Ok(note::read_body(
                text.as_bytes(),
                body_start,
                &settings,
                &mut is_word,
            ));
        }
        // Sized once (at most a unit per byte): collecting grew it step by step.
        let mut chars: Vec<char> = Vec::with_capacity(text.len());
        chars.extend(text.chars());
        Ok(note::read_body(&chars, body_start, &settings, &mut is_word))
    })?;
    if let Some(error) = failed {
        return Err(error);
    }
    let Some(body) = found else {
        return Ok(None);
    };
    let (ptype, pbytes) = packed_ints(&body.passages);
    let (ctype, cbytes) = packed_ints(&body.citations);
    let mut strings: Vec<Bound<'py, PyAny>> = Vec::with_capacity(body.strings.len());
    // A heading's text is one str in every trail that holds it (as the Python walk's
    // trails share their heading strs), made when a trail first needs it.
    let mut headings: Vec<Option<Bound<'py, PyString>>> = vec![None; body.headings.len()];
    for entry in &body.strings {
        strings.push(match entry {
            note::Entry::Str(value) => table_str(py, value).into_any(),
            note::Entry::Trail(trail) => {
                let texts = trail.iter().map(|&id| {
                    headings[id]
                        .get_or_insert_with(|| PyString::new(py, &body.headings[id]))
                        .clone()
                });
                PyTuple::new(py, texts)?.into_any()
            }
        });
    }
    let count = body.citations.len() / 8;
    let state = PyTuple::new(
        py,
        [
            state_version.into_pyobject(py)?.into_any(),
            format!("{ptype}{ctype}").into_pyobject(py)?.into_any(),
            body.body.into_pyobject(py)?.into_any(),
            PyBytes::new(py, &pbytes).into_any(),
            PyBytes::new(py, &cbytes).into_any(),
            PyTuple::new(py, strings)?.into_any(),
            body.prefix
                .unwrap_or_default()
                .into_pyobject(py)?
                .into_any(),
            count.into_pyobject(py)?.into_any(),
        ],
    )?;
    Ok(Some(PyTuple::new(
        py,
        [
            state.into_any(),
            PyList::new(py, body.channels)?.into_any(),
            body.first_heading.into_pyobject(py)?.into_any(),
        ],
    )?))
}
// ---------------------------------------------------------------- end of a note's body

/// The flat front matter of a note as `_fast_simple` reads it, `(data, raw)`, or None
/// when the block is left to `_fast_simple` (`note::front`).
#[pyfunction]
fn read_front<'py>(
    py: Python<'py>,
    block: &Bound<'py, PyString>,
) -> PyResult<Option<(Bound<'py, PyDict>, Bound<'py, PyDict>)>> {
    let Ok(block) = block.to_str() else {
        return Ok(None);
    };
    let Some(found) = guarded("read_front", || Ok(note::front::read_front(block)))? else {
        return Ok(None);
    };
    let (data, raw) = (PyDict::new(py), PyDict::new(py));
    for (key, value, text) in found {
        let key = PyString::intern(py, &key);
        match value {
            note::front::Value::Null => data.set_item(&key, py.None())?,
            note::front::Value::Str(value) => data.set_item(&key, value)?,
            note::front::Value::List(items) => data.set_item(&key, PyList::new(py, items)?)?,
        }
        if let Some(text) = text {
            raw.set_item(&key, text)?;
        }
    }
    Ok(Some((data, raw)))
}

/// Flags of one code point in `QuoteScanner`'s memo: known, `isalnum`, `isalpha`.
const KNOWN: u8 = 1;
const ALNUM: u8 = 2;
const ALPHA: u8 = 4;

/// The quotation finder's tokeniser and mark pairing (`native/src/quotes.rs`), with
/// what they ask of Python: each non-ASCII code point's `isalnum` and `isalpha`
/// (asked once per process and remembered), the abbreviations that keep their period,
/// and `keeps_dot` (Python's own `_keeps_dot`) for a word outside ASCII.
#[pyclass(frozen, module = "seedparse._core")]
struct QuoteScanner {
    flags: Box<[AtomicU8]>,
    abbreviations: HashSet<String>,
    keeps_dot: Py<PyAny>,
    words: Mutex<Words>,
}

/// FNV-1a: the words are short, and SipHash's start-up cost is most of their hash.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// The token strings made so far, given out again (an equal `str`, new references)
/// instead of making a new one: a text uses the same few hundred words again and
/// again, and making and freeing a Python string costs several times a look-up.
/// Bounded: emptied when full.
type Words = HashMap<Box<str>, Py<PyString>, BuildHasherDefault<Fnv>>;
const MAX_WORDS: usize = 1 << 15;
const MAX_WORD_BYTES: usize = 32;

/// `quotes::PyChars` answered by Python, for one call; the first Python error is kept
/// and raised when the scan returns.
struct Asker<'a, 'py> {
    py: Python<'py>,
    scanner: &'a QuoteScanner,
    failed: Option<PyErr>,
}

impl Asker<'_, '_> {
    fn flags(&mut self, c: char) -> u8 {
        let slot = &self.scanner.flags[c as usize];
        let known = slot.load(Ordering::Relaxed);
        if known & KNOWN != 0 {
            return known;
        }
        let mut ask = |method: &str, bit: u8| -> u8 {
            if ask_char(self.py, c, method, &mut self.failed) {
                bit
            } else {
                0
            }
        };
        let value = KNOWN | ask("isalnum", ALNUM) | ask("isalpha", ALPHA);
        if self.failed.is_none() {
            slot.store(value, Ordering::Relaxed);
        }
        value
    }

    fn finish<T>(self, value: T) -> PyResult<T> {
        match self.failed {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }
}

impl quotes::PyChars for Asker<'_, '_> {
    fn isalnum(&mut self, c: char) -> bool {
        self.flags(c) & ALNUM != 0
    }

    fn isalpha(&mut self, c: char) -> bool {
        self.flags(c) & ALPHA != 0
    }

    fn keeps_dot(&mut self, word: &str) -> bool {
        if word.is_ascii() {
            // Python's `word.lower()` of ASCII is ASCII's.
            return self
                .scanner
                .abbreviations
                .contains(&word.to_ascii_lowercase());
        }
        match self
            .scanner
            .keeps_dot
            .bind(self.py)
            .call1((word,))
            .and_then(|r| r.extract::<bool>())
        {
            Ok(answer) => answer,
            Err(error) => {
                self.failed.get_or_insert(error);
                false
            }
        }
    }
}

#[pymethods]
impl QuoteScanner {
    /// `abbreviations`: the lower-case words that keep a period after them (besides
    /// single capitals); `keeps_dot`: the Python predicate, asked for non-ASCII words.
    #[new]
    fn new(abbreviations: HashSet<String>, keeps_dot: Py<PyAny>) -> Self {
        let flags = (0..=u32::from(char::MAX))
            .map(|_| AtomicU8::new(0))
            .collect();
        QuoteScanner {
            flags,
            abbreviations,
            keeps_dot,
            words: Mutex::new(Words::default()),
        }
    }

    /// `names.split_tokens(text, 0, len(text))`, or None for a text with lone
    /// surrogates (not UTF-8: the Python tokeniser reads it).
    fn split_tokens<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyList>>> {
        let Ok(text) = text.to_str() else {
            return Ok(None);
        };
        let mut asker = Asker {
            py,
            scanner: self,
            failed: None,
        };
        let tokens = guarded("split_tokens", || {
            Ok(quotes::split_tokens(text, &mut asker))
        })?;
        let tokens = asker.finish(tokens)?;
        // Never waits: another thread holding the words (free-threaded Python) only
        // means this call makes its strings anew.
        let Ok(mut words) = self.words.try_lock() else {
            return PyList::new(py, tokens.iter().map(|t| t.text(text))).map(Some);
        };
        if words.len() >= MAX_WORDS {
            words.clear();
        }
        let strings = tokens.iter().map(|t| {
            let word = t.text(text);
            if word.len() > MAX_WORD_BYTES {
                return PyString::new(py, word);
            }
            if let Some(known) = words.get(word) {
                return known.bind(py).clone();
            }
            let made = PyString::new(py, word);
            words.insert(word.into(), made.clone().unbind());
            made
        });
        PyList::new(py, strings).map(Some)
    }

    /// `marks.collect_marks(text, low, high, cap)` kept native, given `text[low:high]`
    /// and `low` (positions are those of the whole text), or None for a text with lone
    /// surrogates (the Python finder reads it). A slice, not the whole text: reading a
    /// `str` as UTF-8 caches a copy on it for as long as it lives, and the whole text
    /// lives on in its Document.
    fn collect_marks(
        &self,
        text: &Bound<'_, PyString>,
        low: usize,
        cap: usize,
    ) -> PyResult<Option<QuoteMarks>> {
        let Ok(text) = text.to_str() else {
            return Ok(None);
        };
        guarded("collect_marks", || {
            // (No bound: the marks of the whole slice; an entity found in it fits.)
            let mut marks = quotes::collect_marks(text, 0, usize::MAX, cap);
            for mark in &mut marks {
                mark.pos += low;
            }
            Ok(Some(QuoteMarks { marks }))
        })
    }

    /// `marks.pair_marks(text, start, end, block, carry=carry)` where `block` is the
    /// first `limit` marks of `marks` in `[start, end)`; None when there are none.
    fn pair_block(
        &self,
        py: Python<'_>,
        marks: &QuoteMarks,
        start: usize,
        end: usize,
        limit: usize,
        carry: &str,
    ) -> PyResult<Option<Vec<quotes::Pair>>> {
        let block = quotes::block_marks(&marks.marks, start, end, limit);
        if block.is_empty() {
            return Ok(None);
        }
        let mut chars = carry.chars();
        let carry = match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None, // "" or longer: no opening mark (Python's `carry in _CLOSERS`)
        };
        let mut asker = Asker {
            py,
            scanner: self,
            failed: None,
        };
        let pairs = guarded("pair_block", || {
            Ok(quotes::pair_marks(start, end, block, carry, &mut asker))
        })?;
        asker.finish(pairs).map(Some)
    }
}

/// The quotation marks of a document's body blocks (`marks.collect_marks`), kept on
/// the Rust side: `QuoteScanner.pair_block` pairs one block's marks from them, so the
/// marks never become Python tuples.
#[pyclass(frozen, module = "seedparse._core")]
struct QuoteMarks {
    marks: Vec<quotes::Mark>,
}

#[pymethods]
impl QuoteMarks {
    fn __len__(&self) -> usize {
        self.marks.len()
    }

    /// The first mark of `text[start:end]` as `marks.Mark` `(position, length,
    /// mark)`, or None when the block has none.
    fn first(&self, start: usize, end: usize) -> Option<(usize, usize, char)> {
        quotes::block_marks(&self.marks, start, end, 1)
            .first()
            .map(|m| (m.pos, m.len, m.mark))
    }
}

/// `hashlib.sha256(data).hexdigest()` for the Document digest
/// (`seedparse._records.digest`; why native: `digest.rs`). The GIL is released while
/// hashing, as `hashlib` does for all but short inputs: the bytes are immutable.
#[pyfunction]
fn sha256_hex(py: Python<'_>, data: &[u8]) -> PyResult<String> {
    guarded("sha256_hex", || Ok(py.detach(|| digest::sha256_hex(data))))
}

/// Whether the first `limit` bytes of `data` hold a control byte other than tab, LF,
/// FF, CR and ESC: `_decode_plain`'s sniff (`sniff.rs`).
#[pyfunction]
fn has_control(data: &[u8], limit: usize) -> PyResult<bool> {
    guarded("has_control", || Ok(sniff::has_control(data, limit)))
}

/// Panics inside the guard, so a test can check that a panic reaches Python as
/// `NativeError` (and from there a `ParseError`), never as an unwinding crash.
#[pyfunction]
fn _panic_for_tests() -> PyResult<()> {
    guarded("_panic_for_tests", || -> PyResult<()> {
        panic!("panic on purpose")
    })
}

/// The seedparse native core.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("NativeError", m.py().get_type::<NativeError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(classify_lines, m)?)?;
    m.add_function(wrap_pyfunction!(scan_block, m)?)?;
    m.add_function(wrap_pyfunction!(page_lines, m)?)?;
    m.add_function(wrap_pyfunction!(article_lines, m)?)?;
    m.add_function(wrap_pyfunction!(line_patterns, m)?)?;

    m.add_function(wrap_pyfunction!(read_note_body, m)?)?;
    m.add_function(wrap_pyfunction!(read_front, m)?)?;
    m.add_function(wrap_pyfunction!(sha256_hex, m)?)?;
    m.add("SHA256_ACCELERATED", digest::accelerated())?;
    m.add_function(wrap_pyfunction!(has_control, m)?)?;
    m.add_class::<QuoteScanner>()?;
    m.add_class::<QuoteMarks>()?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    Ok(())
}
