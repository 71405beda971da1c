"""Score the quotation finder: precision and recall *with the right speaker*.

usage: python benchmarks/quote_eval.py [--verbose] [--json] [--fixtures DIR]
                                       [--seeds DIR] [--gold DIR] [--part PART]
                                       [--ids PREFIXES]

What it runs: ``seedparse.parse(text, reader="article")`` on every case of the
table-driven fixtures (``tests/fixtures/quotes/<lang>.json``), and ``seedparse.load`` on
the seeds that have gold quotations (``../shared/gold/seed-*.json``); the citations of
kind ``"quotation"`` are the predictions. Nothing else of seedparse is used, so the
numbers hold for whatever the public API does.

How it counts (the same for every language):

* **Text match.** A prediction and a fixture quotation are compared by their words:
  both texts are NFKC-normalised, case-folded and cut into ``\\w+`` tokens, and the
  Dice overlap of the two token multisets is ``2 * |common| / (|pred| + |gold|)``. Pairs
  with an overlap of at least :data:`MATCH_DICE` are matched one to one, the highest
  overlap first (ties in document order). A seed's gold gives only the first words of
  a quotation (``text_starts``): there a prediction matches when its first tokens are
  the gold's tokens.
* **Right speaker.** The matched prediction's ``speaker`` and the gold speaker are
  compared after :func:`norm_speaker` (NFKC, case-folded, dots dropped, apostrophes and
  dashes unified, spaces squashed): equal strings, or both None (a quotation whose
  text names no speaker is right only with ``speaker=None``).
* **Recall** = gold quotations matched by a prediction with the right speaker / gold
  quotations. **Precision** = predictions matched to a gold quotation with the right
  speaker / predictions. A prediction that matches nothing, or matches a negative
  (scare quotes, a title in quotes: the fixture's ``not_quotes``), counts against
  precision. Gold quotations marked ``optional`` (a one-to-three word fragment of
  attributed speech, where leaving it out is as right as taking it) count in neither
  figure when missed or found with the right speaker; found with a wrong speaker they
  count as a wrong prediction.
* **Seeds.** Their gold lists the quotations that must be found, not every quoted
  stretch of the text, so a seed prediction that matches no gold quotation is
  *unjudged*: seed precision is over the judged predictions only, and the unjudged
  ones are counted and shown.

Also reported: detection alone (text matched, any speaker), the kinds of speaker error
(``wrong``: another name; ``none``: no speaker where the text gives one; ``invented``:
a name where the text gives none) and recall per *shape* (how the speaker is given:
``pronoun``, ``role``, ``continued``, ``colon``, ``office``, ...; see the fixtures'
README).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import attrs
import yaml

import seedparse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "quotes"
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold"

#: One fixture case in :data:`HOLDOUT_EVERY` (by a CRC-32 of its id, so the split is
#: fixed and independent of file order) is held out: the finder is tuned on the rest
#: and the held-out part is reported separately, as unseen text.
HOLDOUT_EVERY = 3

#: Least Dice overlap of the token multisets for a prediction to match a quotation.
MATCH_DICE = 0.5

_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]+")
_NOT_NAME = re.compile(r"[^\w' -]+")


# --------------------------------------------------------------------------- data


@attrs.frozen
class Gold:
    """One expected quotation: its words, who said them (None: the text names nobody)."""

    text: str
    speaker: str | None  # the named form the text gives (fullest, without titles)
    shapes: tuple[str, ...] = ()
    also: tuple[str | None, ...] = ()  # other answers taken as right (see README)
    optional: bool = False
    prefix: bool = False  # text is only the first words (the seeds' gold)


@attrs.frozen
class Case:
    """One article-style text (title line, then paragraphs) and what it quotes."""

    id: str
    language: str
    text: str | None  # None for a seed: it is loaded from ``path``
    quotes: tuple[Gold, ...]
    not_quotes: tuple[str, ...] = ()
    path: Path | None = None
    exhaustive: bool = True  # every quoted stretch of the text is annotated


@attrs.frozen
class Prediction:
    text: str
    speaker: str | None


@attrs.define
class Tally:
    """Counts for one group of cases (a language, the seeds, everything)."""

    gold: int = 0  # required gold quotations
    found: int = 0  # required gold matched by some prediction
    right: int = 0  # required gold matched with the right speaker
    predicted: int = 0  # judged predictions (not unjudged, not right-optional)
    predicted_right: int = 0
    wrong: int = 0
    none: int = 0
    invented: int = 0
    spurious: int = 0  # predictions matching no gold quotation
    negatives_taken: int = 0  # predictions matching a not_quotes entry
    unjudged: int = 0
    shapes_gold: Counter[str] = attrs.field(factory=Counter)
    shapes_right: Counter[str] = attrs.field(factory=Counter)

    def add(self, other: Tally) -> None:
        for field in attrs.fields(Tally):
            mine, theirs = getattr(self, field.name), getattr(other, field.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            else:
                setattr(self, field.name, mine + theirs)

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 1.0

    @property
    def detection_recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            f.name: getattr(self, f.name)
            for f in attrs.fields(Tally)
            if isinstance(getattr(self, f.name), int)
        }
        out.update(
            recall=round(self.recall, 4),
            precision=round(self.precision, 4),
            detection_recall=round(self.detection_recall, 4),
            shapes={s: [self.shapes_right[s], n] for s, n in sorted(self.shapes_gold.items())},
        )
        return out


# --------------------------------------------------------------------------- normalising


def tokens(text: str) -> list[str]:
    """The words of ``text`` as compared: NFKC, case-folded, ``\\w+`` runs."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def norm_speaker(name: str | None) -> str | None:
    """A speaker's name as compared: NFKC, case-folded, dots dropped, apostrophes and
    dashes unified, other punctuation dropped, spaces squashed; None stays None."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKC", name).casefold().translate(_APOSTROPHES)
    s = _DASHES.sub("-", s.replace(".", " "))
    s = _NOT_NAME.sub(" ", s)
    return " ".join(s.split()) or None


def dice(a: Sequence[str], b: Sequence[str]) -> float:
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b))


def _prefix_match(pred: Sequence[str], gold: Sequence[str]) -> float:
    head = list(gold[:12])
    return 1.0 if head and list(pred[: len(head)]) == head else 0.0


# --------------------------------------------------------------------------- loading


def fixture_files(directory: Path = FIXTURES) -> list[Path]:
    """The fixture files: ``<lang>.yaml`` or ``<lang>.json``, sorted by name."""
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def read_fixture(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a mapping of language and cases")
    return data


def _speakers(value: Any) -> tuple[str | None, tuple[str | None, ...]]:
    """A gold ``speaker``: a name, null, or a list of the answers taken as right."""
    if isinstance(value, list):
        return value[0], tuple(value[1:])
    return value, ()


def load_fixtures(directory: Path = FIXTURES) -> list[Case]:
    """Every case of every fixture file in ``directory``, in file and case order."""
    cases: list[Case] = []
    for path in fixture_files(directory):
        data = read_fixture(path)
        language = data["language"]
        for raw in data["cases"]:
            cases.append(
                Case(
                    id=raw["id"],
                    language=language,
                    text=raw["text"],
                    quotes=tuple(
                        Gold(
                            text=q["text"],
                            speaker=_speakers(q["speaker"])[0],
                            also=_speakers(q["speaker"])[1],
                            shapes=tuple(q.get("shapes", ())),
                            optional=bool(q.get("optional", False)),
                        )
                        for q in raw["quotes"]
                    ),
                    not_quotes=tuple(raw.get("not_quotes", ())),
                )
            )
    return cases


def is_holdout(case_id: str) -> bool:
    """Is the fixture case ``case_id`` in the held-out part (see :data:`HOLDOUT_EVERY`)?"""
    return zlib.crc32(case_id.encode("utf-8")) % HOLDOUT_EVERY == 0


def select_part(cases: Iterable[Case], part: str) -> list[Case]:
    """The cases of one part: ``all``, ``tune`` (fixtures not held out, and the seeds) or
    ``holdout`` (held-out fixtures only)."""
    if part == "all":
        return list(cases)
    if part == "holdout":
        return [c for c in cases if c.language != "seeds" and is_holdout(c.id)]
    if part == "tune":
        return [c for c in cases if c.language == "seeds" or not is_holdout(c.id)]
    raise ValueError(f"unknown part {part!r}: all, tune or holdout")


def select_ids(cases: Iterable[Case], ids: str) -> list[Case]:
    """The cases whose id starts with one of the comma-separated prefixes in ``ids`` or
    matches one of them as a glob (``*-e23-*``): to score one round's set alone."""
    wanted = [p.strip() for p in ids.split(",") if p.strip()]
    return [c for c in cases if any(c.id.startswith(p) or fnmatch(c.id, p) for p in wanted)]


def load_seed_cases(seeds: Path = SEEDS, gold_dir: Path = GOLD) -> list[Case]:
    """The seeds whose gold has quotations (non-exhaustive: ``text_starts`` prefixes)."""
    cases: list[Case] = []
    if not gold_dir.is_dir() or not seeds.is_dir():
        return cases
    for gold_path in sorted(gold_dir.glob("seed-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        quotes = gold.get("quotes") or []
        if not quotes:
            continue
        number = gold_path.stem.split("-", 1)[1]
        matches = sorted(seeds.glob(number + "_*"))
        if not matches:
            continue
        cases.append(
            Case(
                id=gold_path.stem,
                language="seeds",
                text=None,
                path=matches[0],
                quotes=tuple(
                    Gold(text=q["text_starts"], speaker=q["speaker"], prefix=True) for q in quotes
                ),
                exhaustive=False,
            )
        )
    return cases


def predict(case: Case) -> list[Prediction]:
    """The quotation citations seedparse gives for the case, through the public API."""
    if case.text is not None:
        doc = seedparse.parse(case.text, source=case.id, reader="article")
    else:
        assert case.path is not None
        doc = seedparse.load(case.path)
    return [Prediction(c.text, c.speaker) for c in doc.citations if c.kind == "quotation"]


# --------------------------------------------------------------------------- scoring


@attrs.frozen
class Line:
    """One row of the verbose listing."""

    status: str
    text: str
    want: str | None = None
    got: str | None = None


def score_case(case: Case, preds: Sequence[Prediction]) -> tuple[Tally, list[Line]]:
    """Match ``preds`` to the case's gold quotations and negatives, and count."""
    tally = Tally()
    lines: list[Line] = []
    pred_tokens = [tokens(p.text) for p in preds]
    targets: list[tuple[list[str], Gold | None]] = [(tokens(g.text), g) for g in case.quotes]
    targets += [(tokens(n), None) for n in case.not_quotes]
    pairs: list[tuple[float, int, int]] = []
    for ti, (gt, gold) in enumerate(targets):
        for pi, pt in enumerate(pred_tokens):
            overlap = _prefix_match(pt, gt) if gold is not None and gold.prefix else dice(pt, gt)
            if overlap >= MATCH_DICE:
                pairs.append((-overlap, ti, pi))
    pairs.sort()
    target_of: dict[int, int] = {}
    pred_of: dict[int, int] = {}
    for _, ti, pi in pairs:
        if ti not in pred_of and pi not in target_of:
            pred_of[ti] = pi
            target_of[pi] = ti

    for ti, (_, gold) in enumerate(targets):
        if gold is None:
            continue
        want = norm_speaker(gold.speaker)
        accepted = {want} | {norm_speaker(a) for a in gold.also}
        pi = pred_of.get(ti, -1)
        got = preds[pi].speaker if pi >= 0 else None
        right = pi >= 0 and norm_speaker(got) in accepted
        if gold.optional:
            if pi >= 0 and not right:
                tally.predicted += 1
                _speaker_error(tally, want, got)
                lines.append(Line("WRONG(optional)", gold.text, gold.speaker, got))
            continue
        tally.gold += 1
        tally.shapes_gold.update(gold.shapes or ("plain",))
        if pi < 0:
            lines.append(Line("MISSED", gold.text, gold.speaker))
            continue
        tally.found += 1
        tally.predicted += 1
        if right:
            tally.right += 1
            tally.predicted_right += 1
            tally.shapes_right.update(gold.shapes or ("plain",))
            lines.append(Line("ok", gold.text, gold.speaker, got))
        else:
            _speaker_error(tally, want, got)
            lines.append(Line("SPEAKER", gold.text, gold.speaker, got))

    for pi, pred in enumerate(preds):
        if pi in target_of:
            ti = target_of[pi]
            if targets[ti][1] is None:
                tally.predicted += 1
                tally.negatives_taken += 1
                lines.append(Line("NEGATIVE", pred.text, None, pred.speaker))
            continue
        if case.exhaustive:
            tally.predicted += 1
            tally.spurious += 1
            lines.append(Line("SPURIOUS", pred.text, None, pred.speaker))
        else:
            tally.unjudged += 1
            lines.append(Line("unjudged", pred.text, None, pred.speaker))
    return tally, lines


def _speaker_error(tally: Tally, want: str | None, got: str | None) -> None:
    if want is None:
        tally.invented += 1
    elif got is None:
        tally.none += 1
    else:
        tally.wrong += 1


@attrs.frozen
class Report:
    by_language: Mapping[str, Tally]
    fixtures: Tally  # every fixture language together
    seeds: Tally
    cases: int
    listing: Mapping[str, Sequence[Line]]

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "fixtures": self.fixtures.as_dict(),
            "seeds": self.seeds.as_dict(),
            "by_language": {k: v.as_dict() for k, v in sorted(self.by_language.items())},
        }


def evaluate(cases: Iterable[Case]) -> Report:
    """Run seedparse on every case and count."""
    by_language: dict[str, Tally] = {}
    fixtures, seeds = Tally(), Tally()
    listing: dict[str, list[Line]] = {}
    n = 0
    for case in cases:
        n += 1
        tally, lines = score_case(case, predict(case))
        listing[case.id] = lines
        if case.language == "seeds":
            seeds.add(tally)
        else:
            by_language.setdefault(case.language, Tally()).add(tally)
            fixtures.add(tally)
    return Report(by_language, fixtures, seeds, n, listing)


# --------------------------------------------------------------------------- output


def _row(name: str, t: Tally) -> str:
    return (
        f"{name:<10} {t.gold:>5} {t.predicted:>5} {t.recall:>7.3f} {t.precision:>7.3f} "
        f"{t.detection_recall:>7.3f} {t.wrong:>5} {t.none:>5} {t.invented:>5} "
        f"{t.spurious:>5} {t.negatives_taken:>5} {t.unjudged:>5}"
    )


def render(report: Report, *, verbose: bool) -> str:
    out: list[str] = []
    if verbose:
        for case_id, lines in report.listing.items():
            bad = [ln for ln in lines if ln.status not in ("ok",)]
            out.append(f"--- {case_id}: {len(lines) - len(bad)} ok, {len(bad)} other")
            for ln in bad:
                extra = ""
                if ln.status in ("SPEAKER", "WRONG(optional)"):
                    extra = f"  want {ln.want!r} got {ln.got!r}"
                elif ln.status == "MISSED":
                    extra = f"  want {ln.want!r}"
                elif ln.got is not None:
                    extra = f"  speaker {ln.got!r}"
                out.append(f"  {ln.status:<9} {ln.text[:70]!r}{extra}")
        out.append("")
    out.append(
        f"{'group':<10} {'gold':>5} {'pred':>5} {'recall':>7} {'prec':>7} {'detect':>7} "
        f"{'wrong':>5} {'none':>5} {'inv':>5} {'spur':>5} {'neg':>5} {'unjdg':>5}"
    )
    for lang, tally in sorted(report.by_language.items()):
        out.append(_row(lang, tally))
    out.append(_row("FIXTURES", report.fixtures))
    out.append(_row("seeds", report.seeds))
    out.append("")
    out.append("recall with the right speaker by shape (fixtures):")
    f = report.fixtures
    for shape, n in sorted(f.shapes_gold.items()):
        right = f.shapes_right[shape]
        out.append(f"  {shape:<13} {right:>4}/{n:<4} {right / n:.3f}")
    out.append(
        f"quotations: fixtures recall {f.recall:.3f} precision {f.precision:.3f}; "
        f"seeds recall {report.seeds.recall:.3f} precision {report.seeds.precision:.3f} "
        f"({report.seeds.unjudged} unjudged)"
    )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--fixtures", type=Path, default=FIXTURES)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--gold", type=Path, default=GOLD, help="the shared gold folder")
    ap.add_argument(
        "--part",
        choices=("all", "tune", "holdout"),
        default="all",
        help="score only the tuning part (with the seeds) or the held-out fixtures",
    )
    ap.add_argument(
        "--ids",
        metavar="PREFIXES",
        help="score only the cases whose id starts with (or, as a glob, matches) one of "
        "these comma-separated prefixes, e.g. '*-e23-*'",
    )
    args = ap.parse_args(argv)
    cases = load_fixtures(args.fixtures) + load_seed_cases(args.seeds, args.gold)
    cases = select_part(cases, args.part)
    if args.ids:
        cases = select_ids(cases, args.ids)
    report = evaluate(cases)
    if args.json:
        print(json.dumps(report.as_dict(), indent=1, ensure_ascii=False))
    else:
        print(render(report, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
