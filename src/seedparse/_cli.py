"""The ``seedparse`` command line (also ``python -m seedparse``).

Exit codes: 0 all files read, 1 some files failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from ._errors import SeedparseError
from ._load import default_registry, detect, iter_dir, load, read_text
from ._model import Citation, Document, Failure

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
    for key in sorted(document.metadata):
        if key == "warnings":
            continue
        value = json.dumps(document.metadata[key], ensure_ascii=False)
        lines.append(f"  {style.dim('meta')}      {key} = {_short(value, width - 20)}")
    for warning in document.warnings:
        lines.append(f"  {style.red('warning')}   {_short(warning, width - 12)}")
    kinds = Counter(p.kind for p in document.passages)
    cites = Counter(c.kind for c in document.citations)
    lines.append(
        f"  {style.dim('body')}      {len(document.passages)} passages "
        f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'none'}), "
        f"{len(document.citations)} citations "
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
    status = EXIT_OK
    for path in args.files:
        try:
            document = load(path, reader=args.reader)
        except SeedparseError as error:
            print(_error_text(error), file=sys.stderr)
            status = EXIT_FAILURES
            continue
        print(_dump(document, one_line=args.jsonl))
    return status


def _cmd_show(args: argparse.Namespace) -> int:
    style = _Style(sys.stdout)
    status = EXIT_OK
    first = True
    for item in _expand(args.files, args.reader):
        if not first:
            print()
        first = False
        if isinstance(item, Document):
            print(render(item, style))
        else:
            print(style.red(f"✗ {item.path}: {item.error}: {item.message}"))
            status = EXIT_FAILURES
    return status


def _expand(paths: Sequence[str], reader: str | None) -> Iterable[Document | Failure]:
    for path in paths:
        if os.path.isdir(path):
            yield from iter_dir(path, errors="collect", reader=reader)
            continue
        try:
            yield load(path, reader=reader)
        except SeedparseError as error:
            yield Failure(path=path, error=type(error).__name__, message=str(error))


def _cmd_detect(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            detection = detect(read_text(path))
        except SeedparseError as error:
            print(_error_text(error), file=sys.stderr)
            status = EXIT_FAILURES
            continue
        scores = "  ".join(f"{name}={score:.2f}" for name, score in detection.scores)
        print(f"{path}: {detection.reader.name}  ({scores})")
    return status


def _cmd_readers(args: argparse.Namespace) -> int:
    for info in default_registry.infos():
        print(f"{info.name:<20} {info.origin}")
    for problem in default_registry.load_errors:
        print(f"(failed to load) {problem}", file=sys.stderr)
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
            errors="skip" if args.errors == "skip" else "collect",
            progress=not args.no_progress,
            reader=args.reader,
        ):
            if isinstance(item, Document):
                per_reader[item.reader] += 1
                write(item)
            else:
                failures.append(item)
    except SeedparseError as error:
        print(_error_text(error), file=sys.stderr)
        return EXIT_FAILURES
    finally:
        close()
    summary = sys.stdout if args.out else sys.stderr
    total = sum(per_reader.values())
    print(
        f"{total} document(s): "
        + (", ".join(f"{n} {r}" for r, n in sorted(per_reader.items())) or "none"),
        file=summary,
    )
    if failures:
        print(f"{len(failures)} failure(s):", file=summary)
        reasons = Counter(f.error for f in failures)
        for failure in failures:
            print(f"  {failure.path}: {failure.error}: {failure.message}", file=summary)
        print(
            "  by reason: " + ", ".join(f"{n} {r}" for r, n in reasons.most_common()), file=summary
        )
        if args.errors == "raise":
            return EXIT_FAILURES
    return EXIT_FAILURES if failures else EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit status 2 with usage, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="seedparse",
        description="Clean, typed, cited structure from scraped transcripts, articles and "
        "web pages.",
        epilog="Exit status: 0 all files read, 1 some files failed, 2 usage error.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("parse", help="print each file's Document as JSON")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    p.add_argument("--reader", help="force a reader by name instead of sniffing")
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
    p.add_argument("--max-chars", type=int, default=2000, help="chunk size (--table chunks)")
    p.add_argument("--overlap", type=int, default=0, help="chunk overlap (--table chunks)")
    p.add_argument("--workers", type=int, default=None, help="parse in N processes")
    p.add_argument(
        "--errors",
        choices=("raise", "skip", "collect"),
        default="collect",
        help="raise: exit 1 on any failure; skip: leave failures out of the report; "
        "collect (default): list failures in the summary",
    )
    p.add_argument("--pattern", default="**/*", help="glob over relative paths (default **/*)")
    p.add_argument("--reader", help="force a reader by name instead of sniffing")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p.set_defaults(run=_cmd_load)

    p = sub.add_parser("detect", help="print the chosen reader and every reader's score")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(run=_cmd_detect)

    p = sub.add_parser("readers", help="list the registered readers and where they come from")
    p.set_defaults(run=_cmd_readers)

    p = sub.add_parser("show", help="draw the structure of documents (files or directories)")
    p.add_argument("files", nargs="+", metavar="PATH")
    p.add_argument("--reader", help="force a reader by name instead of sniffing")
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
    try:
        return int(args.run(args))
    except SeedparseError as error:
        print(_error_text(error), file=sys.stderr)
        return EXIT_FAILURES
    except BrokenPipeError:  # `seedparse parse … | head`
        return EXIT_OK
