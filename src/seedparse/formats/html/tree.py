"""Raw HTML to a tree whose every element knows where it is in the source.

lxml (libxml2) is the tree builder: it decides which element contains which, closes
unclosed paragraphs and list items, and recovers from broken markup. It reports only
line numbers, though, and it has limits that lose content without an error (a text
node over 10 MB comes back empty; content nested deeper than 256 elements is dropped;
a tag with a hundred thousand attributes takes minutes). So lxml never sees the page
itself. A linear tokenizer reads the page first and records every tag, text run and
comment with its offsets; lxml then parses a *skeleton* built from those tokens:

* each start tag becomes ``<name i="N">``, where ``N`` is the token's index, so every
  element of the resulting tree names the token it came from (elements lxml implies,
  such as a missing ``<body>``, have no index);
* each text run that is not only whitespace becomes a private-use marker
  ``\\ue000N\\ue001``; the text itself, with its entities, is read from the source, so
  a huge text node or an entity flood never reaches lxml;
* attributes are parsed by the tokenizer (at most :data:`MAX_ATTRIBUTES` per tag, each
  value at most ``Limits.max_link_len`` characters) and never passed to lxml;
* ``<script>``, ``<style>`` and other raw-text contents are left out (the tokenizer
  keeps their offsets: JSON-LD is read from them), as are comments, doctypes and
  processing instructions;
* start tags nested deeper than :data:`MAX_DEPTH` (counted with the implied-close rules
  of HTML, a bound on lxml's own count) are left out with their end tags, and a warning
  says how many;
* ``</html>`` and ``</body>`` are left out, so text after them stays in the body (as
  browsers do it).

lxml runs with ``no_network=True`` and ``huge_tree=False``, comments and processing
instructions removed; the HTML parser never loads a DTD nor resolves an external
entity. Every step is linear in the size of the page.

The result, :class:`HtmlTree`, holds :class:`Node` objects: tag, attributes, the span
of the element in the source (start tag to end tag, markup included; an element closed
implicitly ends where its last content ends) and its content in order (child nodes
and text runs), and :attr:`HtmlTree.nodes`, every element in document order (the
metadata pass reads the page from it without walking the tree).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, cast

from ..._errors import LimitExceeded
from ..._io.decode import DecodedText, decode_bytes
from ..._limits import current_limits
from ..._text.cleaning import decode_entities
from ..._text.lazyre import LazyPattern

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "CLOSES_P",
    "MAX_ATTRIBUTES",
    "MAX_DEPTH",
    "HtmlTree",
    "Node",
    "decode_html",
    "parse_html",
]

#: Most attributes read from one tag; the rest of the tag is skipped as one piece.
MAX_ATTRIBUTES = 256
#: Deepest element nesting handed to lxml (libxml2 stops reading the page at 256).
MAX_DEPTH = 200

VOID = frozenset(
    [
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Elements whose content is raw text (no tags inside), and the ones whose content is
# text with entities (RCDATA).
_RAW_TEXT = frozenset(("script", "style", "xmp", "iframe", "noembed", "noframes"))
_RCDATA = frozenset(("title", "textarea"))
# Start tags that close an open <p> (HTML's "close a p element" rule): the flow-level
# block elements, which :mod:`.blocks` also reads as blocks.
CLOSES_P = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
        "li",
        "dd",
        "dt",
    ]
)
_FOREIGN = frozenset(("svg", "math"))

_VALID_NAME = LazyPattern(r"[a-z][a-z0-9:_.\-]{0,63}")
_ATTR = LazyPattern(
    r"([^\s/>\"'=][^\s/>=]{0,200}+)"
    r"(?:\s*+=\s*+(?:\"([^\"]*+)\"|'([^']*+)'|([^\s>]++)))?"
)
_TAG_STOP = LazyPattern(r"[>\"']")
# The next "<" that opens something: a start tag (group 1: its name), "</" (group 2:
# the end tag's name, if a name follows) or "<!" / "<?" (group 3).
_OPEN = LazyPattern(r"<(?:([A-Za-z][^\s/>\x00]{0,200}+)|/([A-Za-z][^\s/>\x00]{0,200}+)?|([!?]))")
# Attribute lists up to this long are read with one ``findall``; longer ones (hostile
# tags) one match at a time, so that at most MAX_ATTRIBUTES matches are made.
_FINDALL_SPAN = 8192
_COMMENT_END = LazyPattern(r"--!?>")
_MARKER = LazyPattern("\ue000([0-9]+)\ue001")
_WS = frozenset(" \t\n\f\r")


class Node:
    """One element of the page: tag, attributes, source span and content in order.

    ``items`` holds child :class:`Node` objects and text runs (``int`` indexes into
    :attr:`HtmlTree.runs`), in document order.
    """

    __slots__ = ("attrs", "end", "items", "start", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], start: int, end: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.start = start
        self.end = end
        self.items: list[Node | int] = []

    def __repr__(self) -> str:
        return f"<Node {self.tag} [{self.start}:{self.end}]>"

    def children(self) -> Iterator[Node]:
        """The child elements, in order."""
        for item in self.items:
            if isinstance(item, Node):
                yield item

    def iter(self) -> Iterator[Node]:
        """This node and every element below it, in document order (iterative)."""
        stack: list[Node] = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            node = pop()
            yield node
            items = node.items
            if items:  # items are nodes and run indexes (ints)
                extend([item for item in reversed(items) if isinstance(item, Node)])


class HtmlTree:
    """A parsed page: the element tree, the text runs and the raw-text contents."""

    __slots__ = ("nodes", "raw", "root", "run_end", "run_start", "source", "text", "warnings")

    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.root = Node("html", {}, 0, len(text))
        self.nodes: list[Node] = [self.root]
        """Every element, in document order (``root.iter()``'s order, as a list)."""
        self.run_start: list[int] = []
        self.run_end: list[int] = []
        self.raw: dict[int, tuple[int, int]] = {}
        """``id(node)`` of a raw-text or RCDATA element (script, style, title, textarea)
        to the span of its content."""
        self.warnings: list[str] = []

    def run_text(self, run: int) -> str:
        """The decoded text of a text run (entities decoded once, whitespace kept)."""
        return decode_entities(self.text[self.run_start[run] : self.run_end[run]])

    def raw_content(self, node: Node) -> str:
        """The raw content of a script, style, title or textarea element."""
        found = self.raw.get(id(node))
        if found is None:
            return ""
        return self.text[found[0] : found[1]]

    def find_all(self, tag: str) -> Iterator[Node]:
        """Every element named ``tag``, in document order."""
        return (node for node in self.nodes if node.tag == tag)


class _Tokens:
    """The tokenizer's output: parallel lists, one entry per token."""

    __slots__ = ("attrs", "end", "kind", "name", "raw", "self_closing", "spaces", "start")

    def __init__(self) -> None:
        self.kind: list[int] = []  # 0 text, 1 start tag, 2 end tag, 3 other (comment...)
        self.start: list[int] = []
        self.end: list[int] = []
        self.name: list[str] = []
        self.attrs: list[dict[str, str] | None] = []
        self.self_closing: list[bool] = []
        self.raw: dict[int, tuple[int, int]] = {}
        # The whitespace-only text runs, in order (written by the skeleton).
        self.spaces: list[int] = []

    def add(
        self,
        kind: int,
        start: int,
        end: int,
        name: str = "",
        attrs: dict[str, str] | None = None,
        self_closing: bool = False,
    ) -> int:
        self.kind.append(kind)
        self.start.append(start)
        self.end.append(end)
        self.name.append(name)
        self.attrs.append(attrs)
        self.self_closing.append(self_closing)
        return len(self.kind) - 1


def _tag_end(text: str, pos: int) -> int:
    """The offset after the ``>`` that ends the tag whose attributes start at ``pos``
    (quoted values may hold ``>``; a quote that never closes is a plain character),
    or the end of the text. Linear: every step moves forward."""
    n = len(text)
    gt = text.find(">", pos)
    if gt < 0:
        gt = n
    # Fast path: one kind of quote only, an even number of them before the first
    # ">": that ">" is outside every quoted value.
    double = text.count('"', pos, gt)
    single = text.count("'", pos, gt)
    if (single == 0 and double % 2 == 0) or (double == 0 and single % 2 == 0):
        return gt + 1 if gt < n else n
    search = _TAG_STOP.search
    while True:
        found = search(text, pos)
        if found is None:
            return n
        at = found.start()
        mark = text[at]
        if mark == ">":
            return at + 1
        close = text.find(mark, at + 1)
        # An unclosed quote is read on as if it were text.
        pos = at + 1 if close < 0 else close + 1


def _read_attrs(text: str, pos: int, max_value: int) -> tuple[dict[str, str], int, bool]:
    """Attributes from ``pos`` (just after the tag name) to the tag's ``>``.

    Returns the attributes (the first spelling of a name wins; at most
    :data:`MAX_ATTRIBUTES` are read), the offset after the tag and whether it ended
    with ``/>``. A quote left open is read as a character; a tag without ``>`` runs to
    the end of the text.
    """
    end = _tag_end(text, pos)
    closed = text[end - 1 : end] == ">"
    body_end = end - 1 if closed else end
    attrs: dict[str, str] = {}
    if body_end > pos and not text[pos:body_end].isspace():
        if body_end - pos <= _FINDALL_SPAN:
            # One call for the whole list (a tuple per attribute, unmatched groups as
            # ""): a short tag holds at most a few hundred attributes.
            found: Iterable[tuple[str, str, str, str]] = _ATTR.findall(text, pos, body_end)
        else:
            found = cast(
                Iterator[tuple[str, str, str, str]],
                (match.groups("") for match in _ATTR.finditer(text, pos, body_end)),
            )
        count = 0
        for key, double, single, bare in found:
            count += 1
            if count > MAX_ATTRIBUTES:
                break
            key = key.lower()
            if key in attrs:
                continue
            # An empty quoted value leaves the other two groups empty as well.
            value = double or single or bare
            if len(value) > max_value:
                value = value[:max_value]
            attrs[key] = decode_entities(value) if "&" in value else value
    return attrs, end, closed and text[end - 2 : end - 1] == "/"


def _tokenize(text: str, max_value: int) -> _Tokens:
    """Split ``text`` into text runs, tags and comments, with offsets (linear).

    One regular expression finds the next ``<`` that opens something (a start tag,
    ``</``, ``<!`` or ``<?``), so a ``<`` that opens nothing is passed over inside it;
    the lists are appended to directly (a function call per token was a fifth of the
    tokenizer's time)."""
    tokens = _Tokens()
    kinds, starts, ends = tokens.kind.append, tokens.start.append, tokens.end.append
    names, attr_list, closings = (
        tokens.name.append,
        tokens.attrs.append,
        tokens.self_closing.append,
    )
    raw = tokens.raw
    n = len(text)
    find = text.find
    search = _OPEN.search
    count = 0
    text_start = 0
    found = search(text, 0)
    while found is not None:
        lt = found.start()
        if text_start < lt:  # the text before whatever this "<" opens
            kinds(0)
            starts(text_start)
            ends(lt)
            names("")
            attr_list(None)
            closings(False)
            count += 1
        name = found.group(1)
        if name is not None:  # a start tag
            name = name.lower()
            after = found.end(1)
            if text[after : after + 1] == ">":  # no attributes: the common case
                attrs: dict[str, str] = {}
                end, closing = after + 1, False
            else:
                attrs, end, closing = _read_attrs(text, after, max_value)
            kinds(1)
            starts(lt)
            ends(end)
            names(name)
            attr_list(attrs)
            closings(closing)
            index = count
            count += 1
            text_start = end
            if name in _RAW_TEXT or name in _RCDATA or name == "plaintext":
                close = _close_of(text, name, end) if name != "plaintext" else None
                raw[index] = (end, close[0] if close is not None else n)
                if close is None:
                    text_start = n
                    break
                kinds(2)
                starts(close[0])
                ends(close[1])
                names(name)
                attr_list(None)
                closings(False)
                count += 1
                text_start = close[1]
            found = search(text, text_start)
            continue
        mark = found.group(3)
        if mark is None:  # "</"
            name = found.group(2)
            if name is not None:
                end = _tag_end(text, found.end(2))
                kinds(2)
                starts(lt)
                ends(end)
                names(name.lower())
                attr_list(None)
                closings(False)
                count += 1
                text_start = end
                found = search(text, end)
                continue
            if text[lt + 2 : lt + 3] == ">":  # "</>" is dropped
                text_start = lt + 3
                found = search(text, text_start)
                continue
            end = find(">", lt + 2)  # "</ ...>" is a bogus comment
            end = n if end < 0 else end + 1
        elif mark == "!":
            if text.startswith("<!--", lt):
                found_end = _COMMENT_END.search(text, lt + 4)
                end = found_end.end() if found_end is not None else n
                if text.startswith("<!-->", lt):
                    end = lt + 5
                elif text.startswith("<!--->", lt):
                    end = lt + 6
            else:
                end = find(">", lt + 2)
                end = n if end < 0 else end + 1
        else:  # "<?"
            end = find(">", lt + 2)
            end = n if end < 0 else end + 1
        kinds(3)
        starts(lt)
        ends(end)
        names("")
        attr_list(None)
        closings(False)
        count += 1
        text_start = end
        found = search(text, end)
    if text_start < n:
        kinds(0)
        starts(text_start)
        ends(n)
        names("")
        attr_list(None)
        closings(False)
    return tokens


def _close_of(text: str, name: str, pos: int) -> tuple[int, int] | None:
    """The ``</name ...>`` that ends a raw-text element's content, if any (a forward
    scan over ``</``; the name is compared case-insensitively)."""
    size = len(name)
    find = text.find
    at = find("</", pos)
    while at >= 0:
        after = at + 2 + size
        if text[at + 2 : after].lower() == name and text[after : after + 1] in _CLOSE_FOLLOW:
            gt = find(">", after, after + 1000)
            return at, (gt + 1 if gt >= 0 else after)
        at = find("</", at + 2)
    return None


_CLOSE_FOLLOW = frozenset((" ", "\t", "\n", "\f", "\r", "/", ">", ""))


def _skeleton(text: str, tokens: _Tokens, warnings: list[str]) -> str:
    """The markup lxml parses: indexed start tags, end tags, text markers."""
    out: list[str] = []
    stack: list[str] = []
    skipped: dict[str, int] = {}
    dropped = 0
    kinds, names, starts, ends = tokens.kind, tokens.name, tokens.start, tokens.end
    closing = tokens.self_closing
    spaces = tokens.spaces
    valid: dict[str, bool] = {}  # names repeat: each is checked once
    foreign = 0
    for index, kind in enumerate(kinds):
        if kind == 0:
            start, end = starts[index], ends[index]
            piece = text[start:end]
            if piece.isspace():
                spaces.append(index)
                out.append(piece if len(piece) < 64 else "\n")
            else:
                out.append(f"\ue000{index}\ue001")
        elif kind == 1:
            name = names[index]
            ok = valid.get(name)
            if ok is None:
                ok = valid[name] = _VALID_NAME.fullmatch(name) is not None
            if not ok:
                continue
            void = name in VOID
            if not void:
                _implied_closes(name, stack)
                if len(stack) >= MAX_DEPTH:
                    skipped[name] = skipped.get(name, 0) + 1
                    dropped += 1
                    continue
            self_closing = void or (foreign > 0 and closing[index])
            if index in tokens.raw:
                out.append(f'<{name} i="{index}"></{name}>')
                continue
            out.append(f'<{name} i="{index}"/>' if self_closing else f'<{name} i="{index}">')
            if not self_closing:
                stack.append(name)
                if name in _FOREIGN:
                    foreign += 1
        elif kind == 2:
            name = names[index]
            if index - 1 >= 0 and kinds[index - 1] == 1 and (index - 1) in tokens.raw:
                continue  # the end tag of a raw-text element, already written
            if name in ("html", "body"):
                continue
            ok = valid.get(name)
            if ok is None:
                ok = valid[name] = _VALID_NAME.fullmatch(name) is not None
            if not ok:
                continue
            if skipped.get(name):
                skipped[name] -= 1
                continue
            if name in stack:
                while stack:
                    top = stack.pop()
                    if top in _FOREIGN:
                        foreign -= 1
                    if top == name:
                        break
            out.append(f"</{name}>")
    if dropped:
        warnings.append(
            f"{dropped} element(s) nested deeper than {MAX_DEPTH} levels were read as "
            "part of their ancestor"
        )
    return "".join(out)


def _implied_closes(name: str, stack: list[str]) -> None:
    """Pop what a start tag ``name`` closes implicitly (a bound of lxml's nesting)."""
    if not stack:
        return
    top = stack[-1]
    if name in CLOSES_P and top == "p":
        stack.pop()
        if not stack:
            return
        top = stack[-1]
    if (
        (name == "li" and top == "li")
        or (name in ("dd", "dt") and top in ("dd", "dt"))
        or (name in ("td", "th") and top in ("td", "th"))
        or (name == "option" and top == "option")
    ):
        stack.pop()
    elif name == "tr":
        while stack and stack[-1] in ("td", "th", "tr"):
            stack.pop()


def decode_html(data: bytes, *, source: str | None = None) -> DecodedText:
    """Decode the bytes of an HTML page the way :func:`seedparse.load` decodes a file.

    A BOM wins; then UTF-8; bytes that are not UTF-8 are decoded with the charset the
    page declares (``<meta charset>``, ``http-equiv``, an XML declaration;
    ``method="declared"``) when that fits them better, else with the legacy encoding
    detection of :func:`seedparse._io.decode.decode_bytes`. Binary content raises
    :class:`~seedparse.DecodeError`.
    """
    return decode_bytes(data, source=source)


def _parser() -> etree.HTMLParser:
    # lxml is imported here, on the first raw HTML page, not with seedparse: it costs
    # about 7 MiB of resident memory and 5 ms, which a folder of text and notes never needs.
    from lxml import etree

    return etree.HTMLParser(
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        default_doctype=False,  # type: ignore[call-arg]  # lxml-stubs lag behind lxml
        compact=True,
        collect_ids=False,
    )


def parse_html(text: str, source: str = "<string>") -> HtmlTree:
    """Tokenize ``text``, let lxml build the tree from the skeleton, and return it with
    every element's span in ``text``.

    Never raises for broken markup; raises :class:`~seedparse.LimitExceeded` only if
    lxml itself gives up on the skeleton (which the bounds above are there to prevent).
    """
    limits = current_limits()
    tree = HtmlTree(text, source)
    tokens = _tokenize(text, limits.max_link_len)
    skeleton = _skeleton(text, tokens, tree.warnings)
    tree.run_start = tokens.start
    tree.run_end = tokens.end
    if not skeleton.strip():
        tree.root.items = [i for i, kind in enumerate(tokens.kind) if kind == 0]
        return tree
    parser = _parser()
    from lxml import etree

    try:
        root = etree.fromstring(skeleton, parser)
    except (etree.LxmlError, ValueError) as error:
        raise LimitExceeded(f"HTML could not be parsed: {error}", source=source) from error
    for entry in parser.error_log:
        if entry.type_name in ("ERR_RESOURCE_LIMIT", "ERR_NO_MEMORY"):
            raise LimitExceeded(f"HTML parser limit reached: {entry.message}", source=source)
    if root is None:
        tree.root.items = [i for i, kind in enumerate(tokens.kind) if kind == 0]
        return tree
    _build(tree, tokens, root)
    return tree


def _build(tree: HtmlTree, tokens: _Tokens, root: etree._Element) -> None:
    """Turn the lxml tree into :class:`Node` objects with source spans (iterative).

    The text of the lxml tree is assigned back to the tokenizer's text runs: markers
    name their run; whitespace-only runs were passed through as whitespace (so that
    lxml treats them as it treats whitespace), and each whitespace piece of the tree is
    the next whitespace run after the last token seen, in document order. That "last
    token seen" only moves forward, so one pointer into the list of whitespace runs
    finds it. One function with local names: a call per element and per text piece was
    most of this step's time."""
    kinds, starts, ends, names = tokens.kind, tokens.start, tokens.end, tokens.name
    token_attrs, raw_spans, tree_raw = tokens.attrs, tokens.raw, tree.raw
    n_tokens = len(kinds)
    spaces = tokens.spaces
    n_spaces = len(spaces)
    blank = set(spaces)
    cursor = -1  # the last token seen
    next_space = 0  # spaces[next_space] is the first whitespace run after cursor

    def add(value: str, out: list[Node | int]) -> None:
        nonlocal cursor, next_space
        if "\ue000" not in value:
            if not value.isspace():
                return
            pieces = ["", "", value]  # one whitespace piece, no run
        elif value[0] == "\ue000" and value[-1] == "\ue001" and value.count("\ue000") == 1:
            run = int(value[1:-1])  # exactly one marker: the common case
            out.append(run)
            if run > cursor:
                cursor = run
            return
        else:
            pieces = _MARKER.split(value)
        # pieces: [before, run, between, run, ..., after]
        for k, piece in enumerate(pieces):
            if k % 2:
                if piece:
                    run = int(piece)
                    out.append(run)
                    if run > cursor:
                        cursor = run
            elif piece and piece.isspace():
                while next_space < n_spaces and spaces[next_space] <= cursor:
                    next_space += 1
                if next_space < n_spaces:
                    cursor = spaces[next_space]
                    out.append(cursor)

    def make(element: etree._Element, tag: str) -> Node:
        nonlocal cursor
        index_text = element.get("i")
        index = int(index_text) if index_text is not None and index_text.isdigit() else -1
        if 0 <= index < n_tokens and kinds[index] == 1:
            if index > cursor:
                cursor = index
            node = Node(tag, token_attrs[index] or {}, starts[index], ends[index])
            raw = raw_spans.get(index)
            if raw is not None:
                tree_raw[id(node)] = raw
                node.end = raw[1]
            return node
        return Node(tag, {}, -1, -1)

    top = make(root, root.tag if isinstance(root.tag, str) else "")
    tree.root = top
    nodes = tree.nodes = [top]  # in document order: each is made when first reached
    if root.text:
        add(root.text, top.items)
    # Each stack entry: (lxml element, node, child iterator).
    stack: list[tuple[etree._Element, Node, Iterator[etree._Element]]] = [(root, top, iter(root))]
    while stack:
        element, node, children = stack[-1]
        child = next(children, None)
        if child is not None:
            tag = child.tag
            if not isinstance(tag, str):  # a comment or PI that slipped through
                if child.tail:
                    add(child.tail, node.items)
                continue
            child_node = make(child, tag)
            node.items.append(child_node)
            nodes.append(child_node)
            if child.text:
                add(child.text, child_node.items)
            stack.append((child, child_node, iter(child)))
            continue
        stack.pop()
        # The end of the node (and the start of an implied one) from its content.
        last_end = -1
        first_start = -1
        for item in node.items:
            if isinstance(item, int):
                item_start, item_end = starts[item], ends[item]
            else:
                item_start = item.start
                if item_start < 0:
                    continue
                item_end = item.end
            if first_start < 0:
                first_start = item_start
            if item_end > last_end:
                last_end = item_end
        if node.start < 0:  # implied by lxml: it spans its content
            node.start = max(first_start, 0)
            node.end = max(last_end, node.start)
        elif node.tag not in VOID:
            content_end = max(last_end, node.end)
            # The end tag, if it follows the content (after whitespace or comments).
            index = bisect_left(starts, content_end)
            if index < n_tokens and starts[index] == content_end:
                while index < n_tokens:
                    kind = kinds[index]
                    if kind == 3 or index in blank:
                        index += 1
                        continue
                    if kind == 2 and names[index] == node.tag:
                        content_end = ends[index]
                    break
            node.end = content_end
        if stack and element.tail:
            add(element.tail, stack[-1][1].items)
