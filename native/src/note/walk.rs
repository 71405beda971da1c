//! The block walk: `_NoteParser._blocks` and its emitters.

use super::lines::*;
use super::pack::*;
use crate::blocks::{classify, BLANK, FENCE_OPEN, HEADING, HR, ITEM, QUOTE, TEXT};
use crate::inline::{scan, scan_into, Buffers, RawCitation, Settings};
use crate::text::{strip, to_string, Unit};

/// The walk's state: `_NoteParser` without the Python-only parts.
pub(super) struct Walk<'a, C: Unit> {
    text: &'a [C],
    settings: &'a Settings<'a>,
    is_word: &'a mut dyn FnMut(char) -> bool,
    packer: Packer,
    trail: Vec<(i64, i64)>, // (level, heading text id)
    section: Vec<i64>,
    seen_body: bool,
    seen_heading: bool,
    /// The scan buffers of the blocks whose text is copied into the body and then
    /// dropped (paragraphs, list items, quotes): one set for the whole note.
    buffers: Buffers,
}

impl<C: Unit> Walk<'_, C> {
    fn scan(&mut self, start: usize, end: usize) -> Option<(String, Vec<RawCitation>)> {
        let end = end.min(self.text.len());
        let start = start.min(end);
        let text = self.text;
        scan(&text[start..end], start, self.settings, &mut *self.is_word)
    }

    /// `scan` into the walk's buffers, which the caller gives back (`self.buffers =
    /// found`) once it has added the passage.
    fn scan_buffered(&mut self, start: usize, end: usize) -> Option<Buffers> {
        let end = end.min(self.text.len());
        let start = start.min(end);
        let mut buffers = std::mem::take(&mut self.buffers);
        let text = self.text;
        scan_into(
            &text[start..end],
            start,
            self.settings,
            &mut *self.is_word,
            &mut buffers,
        )?;
        Some(buffers)
    }

    fn add(
        &mut self,
        text: &str,
        kind: Kind,
        span: (usize, usize),
        citations: &[RawCitation],
        depth: usize,
    ) -> Option<()> {
        if text.is_empty() && citations.is_empty() {
            return Some(());
        }
        let section = &self.section;
        self.packer
            .passage(text, kind, span.0, span.1, section, depth, citations)?;
        if kind != Kind::Heading {
            self.seen_body = true;
        }
        Some(())
    }

    /// Closes the sections at `level` and deeper: the heading's own section is then
    /// the trail (`self.section`, kept equal to the trail's ids, is reused, not made
    /// anew per heading).
    fn open_section(&mut self, level: i64, text: &str) {
        while self.trail.last().is_some_and(|(l, _)| *l >= level) {
            self.trail.pop();
        }
        self.section.clear();
        self.section.extend(self.trail.iter().map(|&(_, id)| id));
        if level == 1
            && !text.is_empty()
            && !self.seen_body
            && self.packer.out.first_heading.is_none()
            && !self.seen_heading
        {
            self.packer.out.first_heading = Some(text.to_owned());
        }
    }

    fn close_heading(&mut self, level: i64, text: &str) {
        if !text.is_empty() {
            let id = self.packer.heading_id(text);
            self.trail.push((level, id));
            self.section.push(id);
        }
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
        let found = self.scan_buffered(at, at + len)?;
        self.open_section(level, &found.text);
        let end = start + rstrip_len(line, &['\r']);
        self.add(
            &found.text,
            Kind::Heading,
            (start, end),
            &found.citations,
            0,
        )?;
        self.close_heading(level, &found.text);
        self.buffers = found;
        Some(())
    }

    fn setext(&mut self, start: usize, end: usize, level: i64, underline_at: usize) -> Option<()> {
        let found = self.scan_buffered(start, end)?;
        self.open_section(level, &found.text);
        let span_end = self.text[underline_at.min(self.text.len())..]
            .iter()
            .position(|&c| c.into() == '\n')
            .map_or(self.text.len(), |p| underline_at + p);
        let span = (start, span_end);
        self.add(&found.text, Kind::Heading, span, &found.citations, 0)?;
        self.close_heading(level, &found.text);
        self.buffers = found;
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
        let found = self.scan_buffered(start + content_at, end)?;
        let kind = Kind::ListItem;
        self.add(&found.text, kind, (start, end), &found.citations, depth)?;
        self.buffers = found;
        Some(())
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
        let _ = self.add(&text, Kind::Code, (starts[first], end), &[], 0);
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
        self.add(&text, Kind::Quote, (starts[first], end), &citations, 0)
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
                // The cell's text changes (and moves into the row): the citations'
                // texts are taken out of it first.
                citations.extend(found.into_iter().map(|c| c.owning(&text)));
                cells.push(text.replace("\\|", "|"));
            }
            rows.push(cells.join(" | "));
        }
        let end = starts[stop - 1] + lines[stop - 1].len();
        self.add(
            &rows.join("\n"),
            Kind::Table,
            (starts[first], end),
            &citations,
            0,
        )
    }

    /// `_NoteParser._blocks`.
    fn blocks(&mut self, body_start: usize) -> Option<()> {
        let text = self.text;
        let body = &text[body_start.min(text.len())..];
        let lines = split_lines(body);
        // At most a passage per line, and a note's citations are far fewer than its
        // bytes over 64 (an anchor alone is 55): the records are sized once, not
        // grown record by record.
        let packed = &mut self.packer.out;
        packed.passages.reserve(9 * lines.len());
        packed.citations.reserve(8 * (body.len() / 64 + 4));
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
        let mut items: Vec<i64> = Vec::with_capacity(8);
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
                    let found = self.scan_buffered(starts[i], end)?;
                    let span = (starts[i], end);
                    self.add(&found.text, Kind::Paragraph, span, &found.citations, 0)?;
                    self.buffers = found;
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
            // A note's string table holds a few dozen entries: sized for them once.
            strs: FxMap::with_capacity_and_hasher(64, Default::default()),
            trails: FxMap::with_capacity_and_hasher(16, Default::default()),
            heading_ids: FxMap::with_capacity_and_hasher(16, Default::default()),
            at: 0,
            suffix: String::new(),
            ascii: std::mem::size_of::<C>() == 1,
            ts_target: settings.ts_target.map(str::to_owned),
            kinds: [NONE; Kind::COUNT],
        },
        trail: Vec::with_capacity(8),
        section: Vec::with_capacity(8),
        seen_body: false,
        seen_heading: false,
        // Sized once for the blocks of a note (up to 64 KiB; a longer block grows
        // them): grown block by block, they were copied at every step.
        buffers: Buffers::with_capacity(text.len().saturating_sub(body_start).min(1 << 16)),
    };
    walk.packer.out.strings.reserve(64);
    // The passages' texts are at most the body's units (in bytes, for ASCII text).
    walk.packer
        .out
        .body
        .reserve(text.len().saturating_sub(body_start));
    walk.blocks(body_start)?;
    Some(walk.packer.finish())
}
