"""R15: a ReDoS linter over src/, plus a stricter static check of every literal regex.

1. dlint's DUO138 (a flake8 plugin, maintained) flags nested quantifiers that can
   backtrack catastrophically. It runs when flake8 and dlint are installed (the dev
   extra) and is skipped with a reason otherwise.
2. The static check below parses every literal pattern passed to ``re`` in src/ with
   CPython's own regex parser and enforces R15's rules, which also catch the
   *quadratic* scans that backtracking linters miss (``\\[\\[([^\\]]+)\\]\\]`` on
   ``'[[' * n``): no lazy unbounded quantifier, no unbounded quantifier nested in
   another (unless possessive or atomic), and no unbounded repeat that can match every
   character of the pattern's opening literal (it must exclude one, or be bounded).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

try:  # CPython's regex parser: re._parser on 3.11+, sre_parse before
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

SRC = Path(__file__).resolve().parents[2] / "src"
RE_FUNCTIONS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
}
MAXREPEAT = sre_constants.MAXREPEAT
C = sre_constants


def literal_patterns(root: Path) -> Iterator[tuple[str, int, str, int]]:
    """(file, line, pattern, flags) for each literal pattern given to ``re.*``."""
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS
                and node.args
            ):
                continue
            pattern = node.args[0]
            if not (isinstance(pattern, ast.Constant) and isinstance(pattern.value, str)):
                continue
            flags = 0
            flag_node = node.args[1] if len(node.args) > 1 and node.func.attr == "compile" else None
            for keyword in node.keywords:
                if keyword.arg == "flags":
                    flag_node = keyword.value
            if flag_node is not None:
                flags = eval(compile(ast.Expression(flag_node), "<flags>", "eval"), {"re": re})
            yield str(path.relative_to(root.parent)), node.lineno, pattern.value, flags


def _char_can_match(op, av, ch: str, flags: int) -> bool:
    """Can the single-character item (op, av) match ``ch``? Conservative: True if unsure."""
    code = ord(ch)
    if op is C.LITERAL:
        return av == code or (bool(flags & re.IGNORECASE) and chr(av).lower() == ch.lower())
    if op is C.NOT_LITERAL:
        return av != code
    if op is C.ANY:
        return ch != "\n" or bool(flags & re.DOTALL)
    if op is C.IN:
        negate = False
        hit = False
        for item_op, item_av in av:
            if item_op is C.NEGATE:
                negate = True
            elif item_op is C.LITERAL:
                hit |= item_av == code
            elif item_op is C.RANGE:
                hit |= item_av[0] <= code <= item_av[1]
            elif item_op is C.CATEGORY:
                probe = {
                    C.CATEGORY_DIGIT: r"\d",
                    C.CATEGORY_NOT_DIGIT: r"\D",
                    C.CATEGORY_SPACE: r"\s",
                    C.CATEGORY_NOT_SPACE: r"\S",
                    C.CATEGORY_WORD: r"\w",
                    C.CATEGORY_NOT_WORD: r"\W",
                }.get(item_av)
                hit |= probe is None or re.fullmatch(probe, ch, flags & re.ASCII) is not None
            else:
                hit = True
        return hit != negate
    return True


def _leaves(items) -> Iterator[tuple[object, object]]:
    for op, av in items:
        if op in (C.SUBPATTERN,):
            yield from _leaves(av[-1])
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _leaves(branch)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            yield from _leaves(av[2])
        elif op is C.ATOMIC_GROUP:
            yield from _leaves(av)
        elif op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            yield op, av


def _unwrap(items) -> list:  # type: ignore[no-untyped-def]
    items = list(items)
    if len(items) == 1 and items[0][0] is C.SUBPATTERN:
        return _unwrap(items[0][1][-1])
    return items


def _delimited(repeat, siblings, flags: int) -> bool:  # type: ignore[no-untyped-def]
    """An inner repeat is unambiguous when the outer repeat's body also needs a literal
    character that the inner repeat cannot match: each iteration then ends at one."""
    leaves = list(_leaves(repeat[2]))
    return any(
        op is C.LITERAL
        and not any(_char_can_match(lop, lav, chr(av), flags) for lop, lav in leaves)
        for op, av in siblings
    )


def _repeats(items, outer_unbounded: bool, safe: bool, flags: int) -> Iterator[str]:
    """Yield a problem for each lazy unbounded repeat and each unbounded repeat nested
    in another that is neither possessive, atomic nor delimited."""
    items = _unwrap(items)
    for index, (op, av) in enumerate(items):
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _, high, body = av
            unbounded = high == MAXREPEAT
            if unbounded and op is C.MIN_REPEAT:
                yield "lazy unbounded quantifier (like .*?)"
            siblings = items[:index] + items[index + 1 :]
            if unbounded and outer_unbounded and not safe and not _delimited(av, siblings, flags):
                yield "unbounded quantifier nested in another"
            yield from _repeats(
                body, outer_unbounded or unbounded, safe or op is C.POSSESSIVE_REPEAT, flags
            )
        elif op is C.SUBPATTERN:
            yield from _repeats(av[-1], outer_unbounded, safe, flags)
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _repeats(branch, outer_unbounded, safe, flags)
        elif op is C.ATOMIC_GROUP:
            yield from _repeats(av, outer_unbounded, True, flags)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from _repeats(av[1], outer_unbounded, safe, flags)


def _unbounded_repeats(items) -> Iterator[tuple]:
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[1] == MAXREPEAT:
                yield av
            yield from _unbounded_repeats(av[2])
        elif op is C.SUBPATTERN:
            yield from _unbounded_repeats(av[-1])
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from _unbounded_repeats(branch)
        elif op is C.ATOMIC_GROUP:
            yield from _unbounded_repeats(av)


def problems_of(pattern: str, flags: int) -> list[str]:
    parsed = sre_parse.parse(pattern, flags)
    flags = parsed.state.flags
    found = list(_repeats(parsed, False, False, flags))
    # The opening literal: the run of literal characters the pattern starts with.
    opening = ""
    for op, av in parsed:
        if op is C.LITERAL:
            opening += chr(av)
        elif op is C.AT and not opening:
            continue
        else:
            break
    anchored = bool(parsed) and parsed[0][0] is C.AT
    if opening and not anchored:
        for _, _, body in _unbounded_repeats(parsed):
            leaves = list(_leaves(body))
            if all(_char_can_match(op, av, ch, flags) for ch in opening for op, av in leaves):
                found.append(
                    f"an unbounded repeat can match all of the opening {opening!r}: "
                    "scanning for it is quadratic on repeated openings"
                )
    return found


@pytest.mark.parametrize(
    "pattern, bad",
    [
        (r"\[\[([^\]]+)\]\]", True),  # the quadratic wiki-link regex of docs/reliability.md (R15)
        (r"\[\[([^\[\]\n]+)\]\]", False),  # its linear fix
        (r"\[\[([^\]]{1,4096})\]\]", False),  # bounded
        (r"(a+)+b", True),
        (r"<a (.*?)>", True),
        (r'<a class="yt-timestamp" data-t="([^"]*)">', False),
        (r"(?:[^\"\\\n]|\\[^\n])*+\"", False),  # possessive: cannot backtrack
        (r"^---[ \t]*$", False),
        (r"(?:[ \t]*>)+[ \t]?", False),  # each iteration ends at a ">"
        (r"(?:\s*\w+)*$", True),
    ],
)
def test_r15_the_static_check_tells_good_from_bad(pattern: str, bad: bool) -> None:
    assert bool(problems_of(pattern, re.MULTILINE if pattern.startswith("^") else 0)) is bad


def test_r15_every_literal_regex_in_src_is_linear() -> None:
    found = []
    patterns = list(literal_patterns(SRC))
    assert len(patterns) > 3  # the scan itself works
    for path, line, pattern, flags in patterns:
        for problem in problems_of(pattern, flags):
            found.append(f"{path}:{line}: {pattern!r}: {problem}")
    assert not found, "\n".join(found)


# Patterns dlint flags that are linear all the same, each with the reason. dlint reads
# any alternation under a repeat as ambiguous; these branches start with disjoint
# characters (and the repeat is possessive), so there is nothing to backtrack into.
DLINT_FALSE_POSITIVES = {
    r"\"(?:[^\"\\\n]|\\[^\n])*+\"|[{}\[\],\"]": "branches disjoint on their first "
    "character (backslash or not), possessive repeat",
}


def test_r15_dlint_finds_no_catastrophic_regex() -> None:
    if importlib.util.find_spec("dlint") is None or importlib.util.find_spec("flake8") is None:
        pytest.skip("flake8 and dlint are not installed (pip install flake8 dlint)")
    done = subprocess.run(
        [sys.executable, "-m", "flake8", "--select=DUO138", str(SRC)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    at_line = {
        (str(SRC.parent / path), line): pattern for path, line, pattern, _ in literal_patterns(SRC)
    }
    unexplained = []
    for finding in done.stdout.splitlines():
        path, line, *_ = finding.split(":")
        pattern = at_line.get((path, int(line)))
        if pattern is None:  # the call spans lines: find the pattern that starts nearby
            pattern = next(
                (p for (f, n), p in at_line.items() if f == path and abs(n - int(line)) <= 2),
                None,
            )
        if pattern not in DLINT_FALSE_POSITIVES:
            unexplained.append(f"{finding}  pattern={pattern!r}")
    assert not unexplained, "\n".join(unexplained)
