//! A small regular-expression engine for the web-page reader's line patterns: the
//! subset of Python's `re` syntax those patterns use, matched by a Pike VM (a set of
//! threads over the pattern's instructions, every text position visited once), so
//! a match costs O(text × pattern) whatever the input: no backtracking.
//!
//! The patterns are the Python ones, spelled the same (`PATTERNS` in `webpage/features.rs`;
//! a Python test compares them with the compiled `re` patterns' `.pattern`), and
//! only yes/no answers are asked: for `fullmatch`, `match` and `search` the answer of
//! a backtracking matcher is whether *some* path matches, which is what the VM
//! computes. Case-insensitive matching is ASCII only: the callers give ASCII texts
//! (outside ASCII Python's `IGNORECASE` has its own equivalences, `K` for `k`,
//! `ı` for `i`, which this engine does not model).
//!
//! Supported: literals and `\`-escaped punctuation, `.`, `[...]` classes (ranges,
//! negation, `\s`, `\w`), `\s`, `\w` (ASCII `\w`; Python's `\s` set), `\uXXXX`,
//! `(...)`, `(?:...)`, `(?P<name>...)`, `(?i:...)`, `|`, `?`, `*`, `+`, `{m}`,
//! `{m,n}`, `^`, `$`. Anything else is a compile error (a bug caught by the tests).

use crate::text::py_isspace;

/// A set of characters: a bitmap of ASCII, a list of other characters, and whether
/// the rest of the non-ASCII characters belong to it (a negated class, `.`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Class {
    ascii: u128,
    others: Vec<char>,
    space: bool,
    negated: bool,
}

impl Class {
    fn empty() -> Self {
        Class {
            ascii: 0,
            others: Vec::new(),
            space: false,
            negated: false,
        }
    }

    fn add(&mut self, c: char, icase: bool) {
        if c.is_ascii() {
            self.ascii |= 1u128 << (c as u32);
            if icase && c.is_ascii_alphabetic() {
                self.ascii |= 1u128 << (c.to_ascii_uppercase() as u32);
                self.ascii |= 1u128 << (c.to_ascii_lowercase() as u32);
            }
        } else {
            self.others.push(c);
        }
    }

    fn add_range(&mut self, low: char, high: char, icase: bool) -> Result<(), String> {
        if low > high {
            return Err(format!("bad range {low}-{high}"));
        }
        if !high.is_ascii() {
            if !low.is_ascii() && (high as u32 - low as u32) < 4096 {
                for code in low as u32..=high as u32 {
                    if let Some(c) = char::from_u32(code) {
                        self.others.push(c);
                    }
                }
                return Ok(());
            }
            return Err("a range past ASCII".to_owned());
        }
        for code in low as u32..=high as u32 {
            self.add(char::from_u32(code).unwrap_or('\0'), icase);
        }
        Ok(())
    }

    fn add_word(&mut self) {
        for c in ('a'..='z').chain('A'..='Z').chain('0'..='9') {
            self.add(c, false);
        }
        self.add('_', false);
    }

    fn contains(&self, c: char) -> bool {
        let inside = if c.is_ascii() {
            self.ascii & (1u128 << (c as u32)) != 0 || (self.space && py_isspace(c))
        } else {
            self.others.contains(&c) || (self.space && py_isspace(c))
        };
        inside != self.negated
    }
}

#[derive(Debug, Clone)]
enum Node {
    Set(Class),
    Start,
    End,
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, usize, Option<usize>),
}

struct Parser<'a> {
    chars: Vec<char>,
    at: usize,
    source: &'a str,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.at += 1;
            return true;
        }
        false
    }

    fn error(&self, what: &str) -> String {
        format!("{what} at {} in {:?}", self.at, self.source)
    }

    fn alternation(&mut self, icase: bool) -> Result<Node, String> {
        let mut branches = vec![self.sequence(icase)?];
        while self.eat('|') {
            branches.push(self.sequence(icase)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Concat(Vec::new()))
        } else {
            Node::Alt(branches)
        })
    }

    fn sequence(&mut self, icase: bool) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom(icase)?;
            items.push(self.quantified(atom)?);
        }
        Ok(Node::Concat(items))
    }

    fn number(&mut self) -> Option<usize> {
        let begin = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        self.chars[begin..self.at]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, String> {
        let (low, high) = match self.peek() {
            Some('?') => (0, Some(1)),
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('{') => {
                self.at += 1;
                let low = self.number().ok_or_else(|| self.error("a count"))?;
                let high = if self.eat(',') {
                    Some(self.number().ok_or_else(|| self.error("an upper count"))?)
                } else {
                    Some(low)
                };
                if !self.eat('}') {
                    return Err(self.error("an unclosed count"));
                }
                self.at -= 1; // the common step below moves past the '}'
                (low, high)
            }
            _ => return Ok(atom),
        };
        self.at += 1;
        if matches!(self.peek(), Some('?' | '+' | '*' | '{')) {
            return Err(self.error("a lazy or stacked quantifier"));
        }
        Ok(Node::Repeat(Box::new(atom), low, high))
    }

    fn escape(&mut self, class: &mut Class, icase: bool) -> Result<(), String> {
        let c = self
            .peek()
            .ok_or_else(|| self.error("a trailing backslash"))?;
        self.at += 1;
        match c {
            's' => class.space = true,
            'w' => class.add_word(),
            'u' => {
                let digits: String = self
                    .chars
                    .get(self.at..self.at + 4)
                    .unwrap_or_default()
                    .iter()
                    .collect();
                let code = u32::from_str_radix(&digits, 16).map_err(|_| self.error("bad \\u"))?;
                self.at += 4;
                class.add(
                    char::from_u32(code).ok_or_else(|| self.error("bad \\u"))?,
                    icase,
                );
            }
            c if c.is_ascii_alphanumeric() => return Err(self.error("an unsupported escape")),
            c => class.add(c, icase),
        }
        Ok(())
    }

    fn atom(&mut self, icase: bool) -> Result<Node, String> {
        let c = self.peek().ok_or_else(|| self.error("an atom"))?;
        self.at += 1;
        match c {
            '(' => {
                let mut inner_icase = icase;
                if self.eat('?') {
                    if self.eat(':') {
                    } else if self.eat('P') && self.eat('<') {
                        while self.peek().is_some_and(|c| c != '>') {
                            self.at += 1;
                        }
                        if !self.eat('>') {
                            return Err(self.error("an unclosed group name"));
                        }
                    } else if self.eat('i') && self.eat(':') {
                        inner_icase = true;
                    } else {
                        return Err(self.error("an unsupported group"));
                    }
                }
                let inner = self.alternation(inner_icase)?;
                if !self.eat(')') {
                    return Err(self.error("an unclosed group"));
                }
                Ok(inner)
            }
            '[' => self.class(icase).map(Node::Set),
            '.' => {
                let mut class = Class::empty();
                class.add('\n', false);
                class.negated = true;
                Ok(Node::Set(class))
            }
            '^' => Ok(Node::Start),
            '$' => Ok(Node::End),
            '\\' => {
                let mut class = Class::empty();
                self.escape(&mut class, icase)?;
                Ok(Node::Set(class))
            }
            '?' | '*' | '+' | '{' | ')' => Err(self.error("a misplaced quantifier")),
            c => {
                let mut class = Class::empty();
                class.add(c, icase);
                Ok(Node::Set(class))
            }
        }
    }

    fn class(&mut self, icase: bool) -> Result<Class, String> {
        let mut class = Class::empty();
        class.negated = self.eat('^');
        let mut first = true;
        loop {
            let c = self.peek().ok_or_else(|| self.error("an unclosed class"))?;
            if c == ']' && !first {
                self.at += 1;
                return Ok(class);
            }
            first = false;
            self.at += 1;
            if c == '\\' {
                self.escape(&mut class, icase)?;
                continue;
            }
            if self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|&n| n != ']') {
                self.at += 1;
                let high = self.peek().ok_or_else(|| self.error("an unclosed range"))?;
                self.at += 1;
                if high == '\\' {
                    return Err(self.error("an escaped range end"));
                }
                class.add_range(c, high, icase)?;
                continue;
            }
            class.add(c, icase);
        }
    }
}

/// One character test: the answer for every ASCII character, precomputed, and the
/// class for the others.
#[derive(Debug, Clone)]
struct Test {
    ascii: u128,
    class: Class,
}

impl Test {
    fn new(class: &Class) -> Self {
        let ascii = (0u8..128)
            .filter(|&b| class.contains(b as char))
            .fold(0u128, |bits, b| bits | (1u128 << b));
        Test {
            ascii,
            class: class.clone(),
        }
    }

    #[inline]
    fn contains(&self, c: char) -> bool {
        if c.is_ascii() {
            self.ascii & (1u128 << (c as u32)) != 0
        } else {
            self.class.contains(c)
        }
    }
}

#[derive(Debug, Clone)]
enum Inst {
    Set(Test),
    Split(usize, usize),
    Jump(usize),
    Start,
    End,
    Match,
}

/// The most characters a match of `node` can cover (None: no bound).
fn longest(node: &Node) -> Option<usize> {
    match node {
        Node::Set(_) => Some(1),
        Node::Start | Node::End => Some(0),
        Node::Concat(items) => items
            .iter()
            .try_fold(0usize, |total, item| total.checked_add(longest(item)?)),
        Node::Alt(branches) => branches
            .iter()
            .try_fold(0usize, |most, branch| Some(most.max(longest(branch)?))),
        Node::Repeat(inner, _, high) => longest(inner)?.checked_mul((*high)?),
    }
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    program: Vec<Inst>,
    starts: Starts,
    /// The most characters a match covers (`longest`): a longer text never
    /// matches in full, whatever its characters, and is not read.
    longest: Option<usize>,
}

/// How much of the text a match must cover (Python's `fullmatch`, `match`, `search`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Full,
    Prefix,
    Anywhere,
}

fn emit(node: &Node, program: &mut Vec<Inst>) {
    match node {
        Node::Set(class) => program.push(Inst::Set(Test::new(class))),
        Node::Start => program.push(Inst::Start),
        Node::End => program.push(Inst::End),
        Node::Concat(items) => items.iter().for_each(|item| emit(item, program)),
        Node::Alt(branches) => {
            let mut jumps = Vec::new();
            for (k, branch) in branches.iter().enumerate() {
                if k + 1 < branches.len() {
                    let split = program.len();
                    program.push(Inst::Split(split + 1, 0));
                    emit(branch, program);
                    jumps.push(program.len());
                    program.push(Inst::Jump(0));
                    let next = program.len();
                    program[split] = Inst::Split(split + 1, next);
                } else {
                    emit(branch, program);
                }
            }
            let end = program.len();
            for jump in jumps {
                program[jump] = Inst::Jump(end);
            }
        }
        Node::Repeat(inner, low, high) => {
            for _ in 0..*low {
                emit(inner, program);
            }
            match high {
                None => {
                    let split = program.len();
                    program.push(Inst::Split(split + 1, 0));
                    emit(inner, program);
                    program.push(Inst::Jump(split));
                    let end = program.len();
                    program[split] = Inst::Split(split + 1, end);
                }
                Some(high) => {
                    let mut splits = Vec::new();
                    for _ in *low..*high {
                        splits.push(program.len());
                        program.push(Inst::Split(0, 0));
                        emit(inner, program);
                    }
                    let end = program.len();
                    for split in splits {
                        program[split] = Inst::Split(split + 1, end);
                    }
                }
            }
        }
    }
}

/// Reusable buffers for matching (one per page: no allocation per line).
#[derive(Debug, Default)]
pub struct Scratch {
    seen: Vec<u32>,
    stack: Vec<usize>,
    kernel: Vec<usize>,
    threads: Vec<usize>,
    next: Vec<usize>,
    mark: u32,
}

impl Scratch {
    /// A fresh mark for a new set of threads (the `seen` entries of older marks are
    /// stale by their value; on wrapping around they are cleared).
    fn fresh(&mut self, size: usize) {
        if self.seen.len() < size {
            self.seen.resize(size, 0);
        }
        if self.mark == u32::MAX {
            self.seen.iter_mut().for_each(|m| *m = 0);
            self.mark = 0;
        }
        self.mark += 1;
    }
}

/// Adds to `out` the character tests and matches that thread `pc` leads to through
/// jumps and assertions, at a position that is the text's start (`start`) or end
/// (`end`) or neither; `seen` (against `mark`) keeps each instruction once.
fn closure(
    program: &[Inst],
    pc: usize,
    (start, end): (bool, bool),
    (seen, mark): (&mut [u32], u32),
    stack: &mut Vec<usize>,
    out: &mut Vec<usize>,
) {
    stack.push(pc);
    while let Some(pc) = stack.pop() {
        if seen[pc] == mark {
            continue;
        }
        seen[pc] = mark;
        match &program[pc] {
            Inst::Split(a, b) => {
                stack.push(*b);
                stack.push(*a);
            }
            Inst::Jump(to) => stack.push(*to),
            Inst::Start => {
                if start {
                    stack.push(pc + 1);
                }
            }
            Inst::End => {
                if end {
                    stack.push(pc + 1);
                }
            }
            Inst::Set(_) | Inst::Match => out.push(pc),
        }
    }
}

/// What a match started at a position leads to after its first character, for
/// every ASCII character: the instructions after the tests it passes
/// (`steps[at_start][byte]`), and whether the start matches the empty text there
/// (`empty[at_start][at_end]`).
#[derive(Debug, Clone)]
struct Starts {
    steps: [Vec<Vec<usize>>; 2],
    empty: [[bool; 2]; 2],
}

impl Starts {
    fn new(program: &[Inst]) -> Self {
        let mut seen = vec![0u32; program.len()];
        let mut stack = Vec::new();
        let mut mark = 0;
        let mut threads = |start: bool, end: bool| {
            mark += 1;
            let mut out = Vec::new();
            closure(
                program,
                0,
                (start, end),
                (&mut seen, mark),
                &mut stack,
                &mut out,
            );
            out
        };
        let mut empty = [[false; 2]; 2];
        for (start, row) in empty.iter_mut().enumerate() {
            for (end, cell) in row.iter_mut().enumerate() {
                *cell = threads(start == 1, end == 1)
                    .iter()
                    .any(|&pc| matches!(program[pc], Inst::Match));
            }
        }
        let steps = [false, true].map(|start| {
            let threads = threads(start, false);
            (0u8..128)
                .map(|byte| {
                    threads
                        .iter()
                        .filter(|&&pc| {
                            matches!(&program[pc], Inst::Set(test) if test.contains(byte as char))
                        })
                        .map(|&pc| pc + 1)
                        .collect()
                })
                .collect()
        });
        Starts { steps, empty }
    }
}

impl Pattern {
    /// Compile `source` (Python syntax, the subset above); `icase` is `re.IGNORECASE`.
    pub fn new(source: &str, icase: bool) -> Result<Pattern, String> {
        let mut parser = Parser {
            chars: source.chars().collect(),
            at: 0,
            source,
        };
        let node = parser.alternation(icase)?;
        if parser.at != parser.chars.len() {
            return Err(parser.error("an unmatched ')'"));
        }
        let mut program = Vec::new();
        emit(&node, &mut program);
        program.push(Inst::Match);
        let starts = Starts::new(&program);
        Ok(Pattern {
            program,
            starts,
            longest: longest(&node),
        })
    }

    /// Whether `text` matches in `mode` (with fresh buffers).
    pub fn is_match<C: Copy + Into<char>>(&self, text: &[C], mode: Mode) -> bool {
        self.is_match_with(text, mode, &mut Scratch::default())
    }

    /// Whether `text` matches in `mode`. Linear in the text's length: each position
    /// holds each instruction once at most, and a new start (`search`) costs a look-up
    /// for an ASCII character.
    pub fn is_match_with<C: Copy + Into<char>>(
        &self,
        text: &[C],
        mode: Mode,
        scratch: &mut Scratch,
    ) -> bool {
        let size = text.len();
        if mode == Mode::Full && self.longest.is_some_and(|most| size > most) {
            return false;
        }
        let program = &self.program[..];
        scratch.kernel.clear();
        let mut at = 0usize;
        loop {
            // The threads at `at`: the kernel's, through jumps and assertions.
            scratch.fresh(program.len());
            scratch.threads.clear();
            let edges = (at == 0, at == size);
            for k in 0..scratch.kernel.len() {
                let pc = scratch.kernel[k];
                closure(
                    program,
                    pc,
                    edges,
                    (&mut scratch.seen, scratch.mark),
                    &mut scratch.stack,
                    &mut scratch.threads,
                );
            }
            let starts_here = at == 0 || mode == Mode::Anywhere;
            let matched = scratch
                .threads
                .iter()
                .any(|&pc| matches!(program[pc], Inst::Match))
                || (starts_here
                    && self.starts.empty[usize::from(at == 0)][usize::from(at == size)]);
            if matched && (mode != Mode::Full || at == size) {
                return true;
            }
            if at == size {
                return false;
            }
            let c: char = text[at].into();
            scratch.next.clear();
            for &pc in &scratch.threads {
                if let Inst::Set(test) = &program[pc] {
                    if test.contains(c) {
                        scratch.next.push(pc + 1);
                    }
                }
            }
            if starts_here {
                if c.is_ascii() {
                    let step = &self.starts.steps[usize::from(at == 0)][c as usize];
                    scratch.next.extend_from_slice(step);
                } else {
                    // A start on a character outside ASCII: its tests, here and now.
                    scratch.fresh(program.len());
                    let mut found = Vec::new();
                    closure(
                        program,
                        0,
                        (at == 0, false),
                        (&mut scratch.seen, scratch.mark),
                        &mut scratch.stack,
                        &mut found,
                    );
                    for pc in found {
                        if matches!(&program[pc], Inst::Set(test) if test.contains(c)) {
                            scratch.next.push(pc + 1);
                        }
                    }
                }
            }
            std::mem::swap(&mut scratch.kernel, &mut scratch.next);
            at += 1;
            if scratch.kernel.is_empty() && mode != Mode::Anywhere {
                return false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str, icase: bool, text: &str, mode: Mode) -> bool {
        let chars: Vec<char> = text.chars().collect();
        Pattern::new(source, icase).unwrap().is_match(&chars, mode)
    }

    #[test]
    fn modes() {
        assert!(check("ab|c", false, "ab", Mode::Full));
        assert!(!check("ab|c", false, "abc", Mode::Full));
        assert!(check("ab|c", false, "abc", Mode::Prefix));
        assert!(!check("ab|c", false, "xabc", Mode::Prefix));
        assert!(check("ab|c", false, "xabc", Mode::Anywhere));
        assert!(!check("ab", false, "", Mode::Anywhere));
        assert!(check("a?", false, "", Mode::Full));
    }

    #[test]
    fn counts_classes_and_anchors() {
        assert!(check("[0-9]{1,3} min", false, "123 min", Mode::Full));
        assert!(!check("[0-9]{1,3} min", false, "1234 min", Mode::Full));
        assert!(check(
            "(?:^|[^a-z])x(?:$|[^a-z])",
            false,
            "x",
            Mode::Anywhere
        ));
        assert!(check(
            "(?:^|[^a-z])x(?:$|[^a-z])",
            false,
            "ab x!",
            Mode::Anywhere
        ));
        assert!(!check(
            "(?:^|[^a-z])x(?:$|[^a-z])",
            false,
            "axb",
            Mode::Anywhere
        ));
        assert!(check(
            "more(?: [^ ]{1,30}){0,2} from .{1,80}",
            false,
            "more a b from c",
            Mode::Full
        ));
        assert!(!check(
            "more(?: [^ ]{1,30}){0,2} from .{1,80}",
            false,
            "more a b c from d",
            Mode::Full
        ));
        assert!(check(r"\(c\) [0-9]{4}", false, "(c) 2024", Mode::Anywhere));
        assert!(check(r"\u00a9", false, "\u{a9}", Mode::Anywhere));
        assert!(check(r"[{};]\s*$", false, "x; \t", Mode::Anywhere));
        assert!(check(r"\w\(.*\)", false, "f(x)", Mode::Anywhere));
        assert!(check(
            r"read\ more[ ]?:[ ]?",
            true,
            "READ More :",
            Mode::Prefix
        ));
        assert!(check(r"(?i:ab)c", false, "ABc", Mode::Full));
        assert!(!check(r"(?i:ab)c", false, "ABC", Mode::Full));
        assert!(check(r"e-?mail", true, "E-Mail", Mode::Full));
    }

    #[test]
    fn a_text_longer_than_any_match_is_no_full_match() {
        let bounds = [
            ("ab|c", Some(2)),
            ("(?:ab){1,3}x?", Some(7)),
            ("^a.{2,5}$", Some(6)),
            ("a+", None),
            ("a{2}b*", None),
        ];
        for (source, most) in bounds {
            assert_eq!(
                Pattern::new(source, false).unwrap().longest,
                most,
                "{source}"
            );
        }
        assert!(check("(?:ab){1,3}x?", false, "abababx", Mode::Full));
        assert!(!check("(?:ab){1,3}x?", false, "ababababx", Mode::Full));
        // A search or a prefix match may cover less than the text.
        assert!(check("(?:ab){1,3}x?", false, "ababababx", Mode::Prefix));
        assert!(check("ab|c", false, "zzzc", Mode::Anywhere));
    }

    #[test]
    fn rejects_what_it_does_not_know() {
        assert!(Pattern::new("(?<!a)b", false).is_err());
        assert!(Pattern::new("a*?", false).is_err());
        assert!(Pattern::new(r"\d", false).is_err());
        assert!(Pattern::new("(a", false).is_err());
        assert!(Pattern::new("a)", false).is_err());
    }

    #[test]
    fn linear_on_a_long_text() {
        let pattern = Pattern::new("(?:a|a)*(?:a|a)*b", false).unwrap();
        let text = vec![b'a'; 100_000];
        assert!(!pattern.is_match(&text, Mode::Full));
        assert!(!pattern.is_match(&text, Mode::Anywhere));
    }
}
