//! The kinds of a web page's lines that do not depend on the page's authors, its JSON
//! or a byline parser: ported from `seedparse.formats.webpage.lines.Page._classify`
//! (and the `in_item_list`, `_under_short_bullet` and `repeated` tests it calls) with
//! identical answers, for every line in one pass, so Python does not pay a call chain
//! per line for the lines whose kind follows from the line model alone.
//!
//! A line whose kind needs Python (an author's name, a byline, a date, a tag line, or
//! feature bits the native core could not compute) is `UNKNOWN`: Python classifies it
//! on demand, as before. The site rules are Python's to apply (the caller ignores these
//! kinds when a site profile adds boilerplate rules).

use crate::webpage::{Line, Texts, F_HARD, F_JUNK};

pub const PROSE: i8 = 0;
pub const SOFT: i8 = 1;
pub const HARD: i8 = 2;
pub const UNKNOWN: i8 = -1;

/// `lines._BULLET_REACH`, `_ITEM_LIST`, `_ITEM_WORDS`, `cells.COLUMN_SPACES`.
const BULLET_REACH: usize = 30;
const ITEM_LIST: usize = 5;
const ITEM_WORDS: usize = 4;
const COLUMN_SPACES: usize = 12;

fn spaces(text: &str) -> usize {
    text.bytes().filter(|&b| b == b' ').count()
}

/// Python's `text.count(" ", 0, limit)`: spaces among the first `limit` code points.
fn spaces_within(text: &str, limit: usize) -> usize {
    text.chars().take(limit).filter(|&c| c == ' ').count()
}

/// The line facts the policy reads, by line.
struct View<'a> {
    lines: &'a [Line],
    texts: &'a [Texts<'a>],
}

impl View<'_> {
    fn is_side_cell(&self, i: usize) -> bool {
        i > 0 && self.lines[i].start == self.lines[i - 1].start
    }

    /// `Page._under_short_bullet`.
    fn under_short_bullet(&self, i: usize) -> bool {
        let mut low = self.lines[i].indent;
        if low == 0 {
            return false;
        }
        let floor = i.saturating_sub(BULLET_REACH - 1);
        for j in (floor..i).rev() {
            let line = &self.lines[j];
            if line.bullet && line.indent < low {
                return !(line.prose && spaces(self.texts[j].strip) >= 6);
            }
            if line.indent == 0 || self.lines[j + 1].after_block {
                return false;
            }
            low = low.min(line.indent);
        }
        false
    }

    /// `Page.in_item_list` for every line.
    fn item_lines(&self) -> Vec<bool> {
        let count = self.lines.len();
        let mut items = vec![false; count];
        let mut first = 0;
        while first < count {
            if !self.lines[first].bullet {
                first += 1;
                continue;
            }
            let mut run = vec![first];
            let mut stop = first + 1;
            let indent = self.lines[first].indent;
            let column = indent + COLUMN_SPACES;
            while stop < count && !self.lines[stop].blank_before {
                let line = &self.lines[stop];
                if line.bullet && line.indent == indent {
                    run.push(stop);
                } else if !(self.is_side_cell(stop) || line.indent >= column) {
                    break;
                }
                stop += 1;
            }
            let words: usize = run.iter().map(|&j| spaces(self.texts[j].strip)).sum();
            if run.len() >= ITEM_LIST
                && words >= ITEM_WORDS * run.len()
                && !self.under_short_bullet(first)
            {
                for &j in &run {
                    items[j] = true;
                }
            }
            first = stop;
        }
        items
    }

    /// `Page.repeated` for every line: a line whose text recurs on the page (grouped
    /// by `Texts::first`, the first line with its text) and is not, at one of its
    /// places at least, between two prose lines.
    fn repeated_lines(&self) -> Vec<bool> {
        let count = self.lines.len();
        // By group (the index of its first line): how many lines, whether one of them
        // stands outside prose.
        let mut copies = vec![0u32; count];
        let mut furniture = vec![false; count];
        for (j, found) in self.texts.iter().enumerate() {
            copies[found.first] += 1;
            furniture[found.first] |=
                !(j > 0 && j + 1 < count && self.lines[j - 1].prose && self.lines[j + 1].prose);
        }
        self.texts
            .iter()
            .map(|found| copies[found.first] > 1 && furniture[found.first])
            .collect()
    }
}

/// Each line's kind where it follows from the line model and its feature bits alone
/// (`UNKNOWN` elsewhere), and whether it is an item of a list of points.
pub fn line_kinds(lines: &[Line], texts: &[Texts]) -> (Vec<i8>, Vec<bool>) {
    let view = View { lines, texts };
    let items = view.item_lines();
    let repeated = view.repeated_lines();
    let kinds = (0..lines.len())
        .map(|i| {
            let line = &lines[i];
            let strip = texts[i].strip;
            let flags = texts[i].flags;
            if line.bullet && items[i] {
                return PROSE;
            }
            if line.prose {
                if line.bullet {
                    return if spaces_within(strip, 200) >= 6 {
                        PROSE
                    } else {
                        HARD
                    };
                }
                if view.under_short_bullet(i) {
                    return HARD;
                }
                if strip.chars().count() < 120 {
                    return match flags {
                        None => UNKNOWN,
                        Some(bits) if bits & F_JUNK != 0 => SOFT,
                        Some(_) => PROSE,
                    };
                }
                return PROSE;
            }
            if line.bullet || view.under_short_bullet(i) {
                return HARD;
            }
            if strip.chars().count() > 320 {
                return SOFT;
            }
            if repeated[i] {
                return HARD;
            }
            // Python tests the authors, the byline and the date before these bits; each
            // of them makes the line hard too, so the order does not change the kind.
            match flags {
                Some(bits) if bits & F_HARD != 0 => HARD,
                _ => UNKNOWN,
            }
        })
        .collect();
    (kinds, items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webpage::{split_lines, texts};

    fn kinds_of(page: &str) -> (Vec<i8>, Vec<bool>) {
        let lines = split_lines(page, &[]).expect("no column gap");
        let found = texts(page, &lines);
        line_kinds(&lines, &found)
    }

    #[test]
    fn prose_and_furniture() {
        let (kinds, _) = kinds_of("Share\n\nThe council met on Monday and agreed the plan.\n");
        assert_eq!(kinds, vec![HARD, PROSE]);
    }

    #[test]
    fn short_bullets_are_hard_and_long_lists_are_prose() {
        let (kinds, items) = kinds_of("- Home\n- News\n");
        assert_eq!(kinds, vec![HARD, HARD]);
        assert_eq!(items, vec![false, false]);
        let item = "- one two three four five\n";
        let (kinds, items) = kinds_of(&item.repeat(5));
        assert_eq!(kinds, vec![PROSE; 5]);
        assert_eq!(items, vec![true; 5]);
    }

    #[test]
    fn a_line_repeated_outside_prose_is_hard() {
        let (kinds, _) = kinds_of("Weekly Digest\nA plain heading\nWeekly Digest\n");
        assert_eq!(kinds, vec![HARD, UNKNOWN, HARD]);
    }

    #[test]
    fn an_indented_line_under_a_menu_entry_is_hard() {
        let (kinds, _) = kinds_of("- Sections\n    The council met on Monday and agreed.\n");
        assert_eq!(kinds, vec![HARD, HARD]);
    }
}
