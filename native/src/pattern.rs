//! A small regular-expression engine for the web-page reader's line patterns: the
//! subset of Python's `re` syntax those patterns use, matched by a Pike VM (a set of
//! threads over the pattern's instructions, every text position visited once), so
//! a match costs O(text × pattern) whatever the input: no backtracking.
//!
//! The patterns are the Python ones, spelled the same (`PATTERNS` in `webpage.rs`;
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

#[derive(Debug, Clone)]
enum Inst {
    Set(Class),
    Split(usize, usize),
    Jump(usize),
    Start,
    End,
    Match,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    program: Vec<Inst>,
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
        Node::Set(class) => program.push(Inst::Set(class.clone())),
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
        Ok(Pattern { program })
    }

    /// Whether `text` matches in `mode`. Linear in the text's length: each position
    /// holds each instruction once at most.
    pub fn is_match<C: Copy + Into<char>>(&self, text: &[C], mode: Mode) -> bool {
        let size = text.len();
        let mut run = Run {
            program: &self.program,
            seen: vec![0; self.program.len()],
            stack: Vec::new(),
            mark: 1,
            size,
        };
        let mut current = Vec::new();
        let mut next = Vec::new();
        run.add(&mut current, 0, 0);
        let mut at = 0usize;
        loop {
            if current
                .iter()
                .any(|&pc| matches!(self.program[pc], Inst::Match))
                && (mode != Mode::Full || at == size)
            {
                return true;
            }
            if at == size {
                return false;
            }
            let c: char = text[at].into();
            run.mark += 1;
            next.clear();
            for &pc in &current {
                if let Inst::Set(class) = &self.program[pc] {
                    if class.contains(c) {
                        run.add(&mut next, pc + 1, at + 1);
                    }
                }
            }
            at += 1;
            if mode == Mode::Anywhere {
                run.add(&mut next, 0, at);
            }
            std::mem::swap(&mut current, &mut next);
            if current.is_empty() {
                return false;
            }
        }
    }
}

/// The state of one match: which instructions hold a thread at this position.
struct Run<'p> {
    program: &'p [Inst],
    seen: Vec<u32>,
    stack: Vec<usize>,
    mark: u32,
    size: usize,
}

impl Run<'_> {
    /// Adds thread `pc` and the threads its jumps lead to, at text position `at`.
    fn add(&mut self, list: &mut Vec<usize>, pc: usize, at: usize) {
        self.stack.push(pc);
        while let Some(pc) = self.stack.pop() {
            if self.seen[pc] == self.mark {
                continue;
            }
            self.seen[pc] = self.mark;
            match &self.program[pc] {
                Inst::Split(a, b) => {
                    self.stack.push(*b);
                    self.stack.push(*a);
                }
                Inst::Jump(to) => self.stack.push(*to),
                Inst::Start => {
                    if at == 0 {
                        self.stack.push(pc + 1);
                    }
                }
                Inst::End => {
                    if at == self.size {
                        self.stack.push(pc + 1);
                    }
                }
                Inst::Set(_) | Inst::Match => list.push(pc),
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
