"""French shapes added in session 20 (qen20, issue 15), table-driven.

* An incise ending a sentence inside the marks: "\u00ab\u2026, souligne le commandant du
  SIS, X Y. Une \u00e9quipe \u2026\u00bb", "\u00ab\u2026, a dit X Y. \u2026\u00bb": the
  incise's speaker, even with an office set off by a comma before the name
  (:mod:`seedparse._text.quotes.french_incises`).

Each case is a short news text whose lines are the blocks; the expected value lists,
in order, each quotation as ``(start of its text, speaker)``. The texts are written
for these tests with made-up names, in the style of French news copy; none comes from
the seeds or from the scored fixtures. Precision cases keep the speaker the text gives
and name nobody else (``None`` where the text names no one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse import Citation

GL, GR = "\u00ab", "\u00bb"

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "fr-incise-office-comma-name-ends-a-sentence",
        f"Titre\n{GL}Les digues ont tenu toute la nuit, assure le directeur du port, "
        f"Hugo Marchand. La marée baisse depuis ce matin.{GR}",
        [("Les digues ont tenu", "Hugo Marchand")],
    ),
    (
        "fr-incise-compound-past-ends-a-sentence",
        f"Titre\n{GL}Nous avons ouvert deux gymnases, a indiqué Claire Benoît. Les "
        f"familles y dormiront ce soir.{GR}",
        [("Nous avons ouvert deux gymnases", "Claire Benoît")],
    ),
    (
        "fr-incise-between-commas-still-read-first",
        f"Titre\n{GL}Les digues ont tenu, explique Hugo Marchand, et la marée baisse. Le "
        f"port rouvre demain.{GR}",
        [("Les digues ont tenu", "Hugo Marchand")],
    ),
    # Near-misses: a sentence of the quote that ends after a comma is no incise.
    (
        "fr-incise-a-clause-of-the-quote-is-no-incise",
        f"Titre\n{GL}Nous sommes arrivés tôt, nous avons attendu des heures. Personne "
        f"ne nous a rien dit de la journée.{GR}",
        [("Nous sommes arrivés tôt", None)],
    ),
    (
        "fr-incise-a-noun-after-the-comma-is-no-incise",
        f"Titre\n{GL}Il a plu toute la nuit, la rivière Hugo Marchand. Les caves sont "
        f"encore pleines d'eau.{GR}",
        [("Il a plu toute la nuit", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shapes(
    text: str,
    expected: list[tuple[str, str | None]],
    check_quotes: Callable[[str, list[tuple[str, str | None]]], list[Citation]],
) -> None:
    check_quotes(text, expected)
