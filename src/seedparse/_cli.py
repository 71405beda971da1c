"""The ``seedparse`` command line (also ``python -m seedparse``).

Exit codes: 0 all files read, 1 some files failed (also when they were skipped),
2 usage error (an unknown option or command, a bad value such as ``--workers 0``, an
unknown ``--reader``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any

from ._api import default_registry, detect, iter_dir, load, read_text
from ._errors import ArgumentError, ReaderError, SeedparseError
from ._io.decode import check_encoding
from ._model import Citation, Document, Failure
from ._warnings import ReaderConflictWarning

__all__ = ["main"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


class _Style:
    """ANSI styling on a terminal, plain text elsewhere (and with NO_COLOR set)."""

    def __init__(self, stream: IO[str]) -> None:
        self.on = stream.isatty() and not os.environ.get("NO_COLOR")

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.on else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def cyan(self, text: str) -> str:
        return self._wrap("36", text)

    def green(self, text: str) -> str:
        return self._wrap("32", text)

    def yellow(self, text: str) -> str:
        return self._wrap("33", text)

    def red(self, text: str) -> str:
        return self._wrap("31", text)


def _dump(document: Document, *, one_line: bool) -> str:
    data = document.to_dict()
    if one_line:
        return json.dumps(data, ensure_ascii=False, allow_nan=False)
    return json.dumps(data, ensure_ascii=False, allow_nan=False, indent=2)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")


def _shown_metadata(metadata: Mapping[str, Any]) -> list[tuple[str, Any, str | None]]:
    """``(key, value, verbatim twin)`` to show: a source key such as ``videoId`` whose
    derived snake_case twin ``video_id`` holds the same value is shown once, as the
    derived key, naming the verbatim one."""
    twins: dict[str, str] = {}
    for key, value in metadata.items():
        snake = _CAMEL_HUMP.sub(r"_\1", key).lower()
        if snake != key and snake in metadata and metadata[snake] == value:
            twins[snake] = key
    hidden = set(twins.values())
    return [
        (key, metadata[key], twins.get(key))
        for key in sorted(metadata)
        if key != "warnings" and key not in hidden
    ]


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _citation_line(citation: Citation, style: _Style) -> str:
    if citation.kind == "timestamp":
        seconds = citation.seconds if citation.seconds is not None else 0
        clock = f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        return f"{style.cyan('⏱ ' + clock)} {_short(citation.text, 70)}"
    if citation.kind == "wikilink":
        return f"{style.cyan('↗ [[' + (citation.target or '') + ']]')} {citation.text}"
    if citation.kind == "quotation":
        who = citation.speaker or style.dim("(speaker unknown)")
        return f"{style.yellow('“ ')}{_short(citation.text, 60)}{style.yellow(' ”')} — {who}"
    kind = style.cyan("→ " + citation.kind)
    return f"{kind} {_short(citation.text, 60)} {style.dim(citation.target or '')}"


def render(document: Document, style: _Style, *, width: int = 100) -> str:
    """A person-readable picture of what the reader understood."""
    lines = [
        style.bold(document.title or style.dim("(no title)")),
        f"  {style.dim('source')}    {document.source}",
        f"  {style.dim('reader')}    {style.green(document.reader)}",
    ]
    if document.authors:
        lines.append(f"  {style.dim('authors')}   {', '.join(document.authors)}")
    if document.published or document.dateline:
        when = document.published.isoformat() if document.published else "(no full date)"
        lines.append(
            f"  {style.dim('published')} {when}  {style.dim(repr(document.dateline or ''))}"
        )
    for key, value, twin in _shown_metadata(document.metadata):
        shown = _short(json.dumps(value, ensure_ascii=False), width - 20)
        also = f"  {style.dim('(also ' + twin + ')')}" if twin else ""
        lines.append(f"  {style.dim('meta')}      {key} = {shown}{also}")
    for warning in document.warnings:
        lines.append(f"  {style.red('warning')}   {_short(warning, width - 12)}")
    kinds = Counter(p.kind for p in document.passages)
    cites = Counter(c.kind for c in document.citations)
    lines.append(
        f"  {style.dim('body')}      {_plural(len(document.passages), 'passage')} "
        f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'none'}), "
        f"{_plural(len(document.citations), 'citation')} "
        f"({', '.join(f'{n} {k}' for k, n in sorted(cites.items())) or 'none'})"
    )
    lines.append("")
    for passage in document.passages:
        if passage.kind == "heading":
            level = len(passage.section)
            lines.append(("  " * level) + style.bold("§ " + passage.text))
            continue
        indent = "  " * (len(passage.section) + 1 + passage.depth)
        marker = {"list_item": "• ", "quote": "> ", "code": "``` ", "table": "▦ "}.get(
            passage.kind, "¶ "
        )
        lines.append(
            indent + style.dim(marker) + _short(passage.text, max(20, width - len(indent) - 2))
        )
        for citation in passage.citations:
            lines.append(indent + "    " + _citation_line(citation, style))
    loose = [c for c in document.citations if not any(c in p.citations for p in document.passages)]
    if loose:
        lines.append(style.dim("  outside the body:"))
        lines.extend("    " + _citation_line(c, style) for c in loose)
    return "\n".join(lines)


def _error_text(error: SeedparseError) -> str:
    return f"seedparse: {error}"


def _cmd_parse(args: argparse.Namespace) -> int:
    # One file: one pretty-printed object. Several: JSON Lines unless --array is
    # asked for, so that what is printed is always valid JSON for some reader of it.
    output = args.format or ("pretty" if len(args.files) == 1 else "jsonl")
    status = EXIT_OK
    printed = 0
    if output == "array":
        print("[")
    for path in args.files:
        try:
            document = load(path, reader=args.reader, encoding=args.encoding)
        except SeedparseError as error:
            print(_error_text(error), file=sys.stderr)
            status = EXIT_FAILURES
            continue
        if output == "array":
            print(("," if printed else "") + _dump(document, one_line=False))
        else:
            print(_dump(document, one_line=output == "jsonl"))
        printed += 1
    if output == "array":
        print("]")
    return status


def _cmd_show(args: argparse.Namespace) -> int:
    style = _Style(sys.stdout)
    status = EXIT_OK
    first = True
    for item in _expand(args.files, args.reader, args.encoding):
        if not first:
            print()
        first = False
        if isinstance(item, Document):
            print(render(item, style))
        else:
            print(style.red(f"✗ {item.path}: {item.error}: {item.message}"))
            status = EXIT_FAILURES
    return status


def _expand(
    paths: Sequence[str], reader: str | None, encoding: str | None
) -> Iterable[Document | Failure]:
    for path in paths:
        if os.path.isdir(path):
            yield from iter_dir(path, errors="collect", reader=reader, encoding=encoding)
            continue
        try:
            yield load(path, reader=reader, encoding=encoding)
        except SeedparseError as error:
            yield Failure(path=path, error=type(error).__name__, message=str(error))


def _cmd_detect(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            detection = detect(read_text(path, encoding=args.encoding))
        except SeedparseError as error:
            print(_error_text(error), file=sys.stderr)
            status = EXIT_FAILURES
            continue
        scores = "  ".join(f"{name}={score:.2f}" for name, score in detection.scores)
        print(f"{path}: {detection.reader.name}  ({scores})")
    return status


def _cmd_readers(args: argparse.Namespace) -> int:
    with warnings.catch_warnings():
        # Each conflict is listed below; the warning would only say it twice.
        warnings.simplefilter("ignore", ReaderConflictWarning)
        infos = default_registry.infos()
    for info in infos:
        print(f"{info.name:<20} {info.origin}")
    if default_registry.conflicts:
        print("\nname conflicts (entry points not registered):")
        for conflict in default_registry.conflicts:
            print(f"  {conflict}")
    for problem in default_registry.load_errors:
        print(f"(failed to load) {problem}", file=sys.stderr)
    from . import _native

    print(f"\nscanning core: {_native.describe()}")
    return EXIT_OK


def _jsonl_out(path: str | None) -> tuple[Callable[[Document], None], Callable[[], None]]:
    out = open(path, "w", encoding="utf-8") if path else sys.stdout  # noqa: SIM115

    def write(document: Document) -> None:
        out.write(_dump(document, one_line=True) + "\n")

    return write, (out.close if out is not sys.stdout else out.flush)


def _cmd_load(args: argparse.Namespace) -> int:
    if args.out and args.out.endswith(".parquet"):
        from ._records.cli import parquet_out

        write, close = parquet_out(args.out, args.table, args.max_chars, args.overlap)
    elif args.table != "documents":
        print("seedparse: --table needs --out FILE.parquet", file=sys.stderr)
        return EXIT_USAGE
    else:
        write, close = _jsonl_out(args.out)
    per_reader: Counter[str] = Counter()
    failures: list[Failure] = []
    try:
        for item in iter_dir(
            args.directory,
            pattern=args.pattern,
            workers=args.workers,
            # Every mode needs the failures here: they set the exit status, and
            # "skip" counts them in the summary, only not one by one.
            errors="collect",
            progress=not args.no_progress,
            reader=args.reader,
            encoding=args.encoding,
        ):
            if isinstance(item, Document):
                per_reader[item.reader] += 1
                write(item)
            else:
                failures.append(item)
    except ArgumentError:
        raise  # a usage error: main() reports it with exit status 2
    except SeedparseError as error:
        print(_error_text(error), file=sys.stderr)
        return EXIT_FAILURES
    finally:
        close()
    summary = sys.stdout if args.out else sys.stderr
    total = sum(per_reader.values())
    print(
        f"{_plural(total, 'document')}: "
        + (", ".join(f"{n} {r}" for r, n in sorted(per_reader.items())) or "none"),
        file=summary,
    )
    if failures:
        reasons = Counter(f.error for f in failures)
        by_reason = ", ".join(f"{n} {r}" for r, n in reasons.most_common())
        if args.errors == "skip":
            one = len(failures) == 1
            print(
                f"{_plural(len(failures), 'file')} could not be read and "
                f"{'was' if one else 'were'} skipped ({by_reason}); --errors collect "
                f"lists {'it' if one else 'them'}",
                file=summary,
            )
        else:
            print(f"{_plural(len(failures), 'failure')}:", file=summary)
            for failure in failures:
                print(f"  {failure.path}: {failure.error}: {failure.message}", file=summary)
            print(f"  by reason: {by_reason}", file=summary)
    elif total == 0 and (hint := _pattern_hint(args.directory, args.pattern)):
        print(hint, file=summary)
    return EXIT_FAILURES if failures else EXIT_OK


def _pattern_hint(directory: str, pattern: str) -> str | None:
    """Why a pattern found nothing, when the likely reason is that it has no ``**/``:
    patterns match the path relative to DIR, so ``*.md`` only matches top-level files."""
    if "/" in pattern or "**" in pattern:
        return None
    try:
        with os.scandir(directory) as entries:
            nested = any(entry.is_dir(follow_symlinks=False) for entry in entries)
    except OSError:
        return None
    if not nested:
        return None
    return (
        f"hint: --pattern {pattern!r} matches files at the top level of {directory} only "
        f"(patterns match the path relative to it); use --pattern '**/{pattern}' to "
        "include subfolders"
    )


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}")
    return number


def _non_negative_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be an integer of 0 or more, not {value!r}")
    return number


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit status 2 with usage, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _encoding(value: str) -> str:
    try:
        check_encoding(value)
    except SeedparseError as error:
        raise argparse.ArgumentTypeError(error.message) from error
    return value


def _encoding_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        type=_encoding,
        default=None,
        metavar="CODEC",
        help="decode every file with this codec (e.g. cp1252) instead of BOM, UTF-8 "
        "and legacy-encoding detection (a BOM still wins)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="seedparse",
        description="Clean, typed, cited structure from scraped transcripts, articles and "
        "web pages.",
        epilog="Exit status: 0 all files read, 1 some files failed, 2 usage error.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "parse",
        help="print each file's Document as JSON",
        description="Print each file's Document as JSON. One file: one pretty-printed "
        "JSON object. Several files: JSON Lines (one compact object per line), or one "
        "JSON array with --array. Files that fail are reported on stderr and left out.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument(
        "--jsonl",
        dest="format",
        action="store_const",
        const="jsonl",
        help="JSON Lines: one compact JSON object per line (the default for several files)",
    )
    shape.add_argument(
        "--array",
        dest="format",
        action="store_const",
        const="array",
        help="one JSON array holding every Document",
    )
    p.add_argument("--reader", help="force a reader by name instead of sniffing")
    _encoding_option(p)
    p.set_defaults(run=_cmd_parse)

    p = sub.add_parser("load", help="load a directory to JSON Lines, with a summary")
    p.add_argument("directory", metavar="DIR")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="write JSON Lines here (default: stdout), or Parquet for a name ending .parquet",
    )
    p.add_argument(
        "--table",
        choices=("documents", "passages", "chunks"),
        default="documents",
        help="Parquet rows: one per document (default), passage or chunk",
    )
    p.add_argument(
        "--max-chars",
        type=_positive_int,
        default=2000,
        metavar="N",
        help="chunk size (--table chunks)",
    )
    p.add_argument(
        "--overlap",
        type=_non_negative_int,
        default=0,
        metavar="N",
        help="chunk overlap, less than --max-chars (--table chunks)",
    )
    p.add_argument(
        "--workers", type=_positive_int, default=None, metavar="N", help="parse in N processes"
    )
    p.add_argument(
        "--errors",
        choices=("raise", "skip", "collect"),
        default="collect",
        help="collect (default) and raise: list bad files in the summary; skip: count "
        "them without listing them. Any bad file makes the exit status 1",
    )
    p.add_argument(
        "--pattern",
        default="**/*",
        help="glob over paths relative to DIR (default **/*); '*.md' matches the top "
        "level only, '**/*.md' every level",
    )
    p.add_argument("--reader", help="force a reader by name instead of sniffing")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    _encoding_option(p)
    p.set_defaults(run=_cmd_load)

    p = sub.add_parser("detect", help="print the chosen reader and every reader's score")
    p.add_argument("files", nargs="+", metavar="FILE")
    _encoding_option(p)
    p.set_defaults(run=_cmd_detect)

    p = sub.add_parser("readers", help="list the registered readers and where they come from")
    p.set_defaults(run=_cmd_readers)

    p = sub.add_parser("show", help="draw the structure of documents (files or directories)")
    p.add_argument("files", nargs="+", metavar="PATH")
    p.add_argument("--reader", help="force a reader by name instead of sniffing")
    _encoding_option(p)
    p.set_defaults(run=_cmd_show)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        import seedparse

        print(f"seedparse {seedparse.__version__}")
        return EXIT_OK
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if getattr(args, "overlap", 0) >= getattr(args, "max_chars", 1):
        # Each value alone is fine; together they are not (exit 2 before any file is read).
        parser.error(f"--overlap {args.overlap} must be less than --max-chars {args.max_chars}")
    # Bad option values are usage errors (exit 2), found before any file is read.
    if getattr(args, "reader", None) is not None:
        try:
            default_registry.get(args.reader)
        except ReaderError as error:
            print(f"seedparse: error: --reader: {error}", file=sys.stderr)
            return EXIT_USAGE
    try:
        return int(args.run(args))
    except ArgumentError as error:
        print(f"seedparse: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except SeedparseError as error:
        print(_error_text(error), file=sys.stderr)
        return EXIT_FAILURES
    except BrokenPipeError:  # `seedparse parse … | head`
        return EXIT_OK
