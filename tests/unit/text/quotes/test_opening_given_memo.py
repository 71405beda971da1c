"""The given-name look-up at a French sentence's opening (opening_given) answers the
same with a per-text memo of the name's places as without one, at every position: the
memo only saves searching the text again for every quote."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from seedparse._text.quotes.opening_given import Places, given_at_opening

_FRENCH = " a dit que la ville est là et que nous sommes prêts."


def _lower_in(text: str) -> Callable[[str], bool]:
    return lambda word: f" {word.lower()} " in f" {text} "


# (text, name, why): places before and after the one that opens a sentence.
CASES = [
    (f"Valéry Mbaoh Nana{_FRENCH} Puis Mbaoh Nana{_FRENCH}", "Mbaoh Nana", "first place"),
    (f"Il voit Mbaoh Nana. Valéry Mbaoh Nana{_FRENCH}", "Mbaoh Nana", "second place"),
    # Near-misses: the opening place is the ninth (only eight are read); no French
    # after it; mid-sentence only; a word the text writes in lower case too.
    ("Il voit Mbaoh Nana. " * 8 + f"Valéry Mbaoh Nana{_FRENCH}", "Mbaoh Nana", "ninth place"),
    ("Valéry Mbaoh Nana said it. Valéry Mbaoh Nana did.", "Mbaoh Nana", "no French"),
    (f"Il dit que Valéry Mbaoh Nana{_FRENCH}", "Mbaoh Nana", "mid-sentence"),
    (f"Ville Mbaoh Nana{_FRENCH}", "Mbaoh Nana", "written in lower case"),
    ("Nana Nana Nana Nana" + _FRENCH, "Nana Nana", "overlapping places"),
]


@pytest.mark.parametrize(("text", "name", "why"), CASES)
def test_memo_gives_the_same_answer(text: str, name: str, why: str) -> None:
    lower = _lower_in(text)
    memo: dict[str, Places] = {}
    for pos in [*range(0, len(text) + 1, 7), len(text), 30, 5, len(text)]:
        want = given_at_opening(text, 0, name, pos, lower)
        assert given_at_opening(text, 0, name, pos, lower, memo) == want, (why, pos)
    for low in (3, 20):  # another start of the text read: searched afresh
        want = given_at_opening(text, low, name, len(text), lower)
        assert given_at_opening(text, low, name, len(text), lower, {}) == want, why


def test_the_opening_place_is_found() -> None:
    text = f"Il voit Mbaoh Nana. Valéry Mbaoh Nana{_FRENCH}"
    memo: dict[str, Places] = {}
    assert given_at_opening(text, 0, "Mbaoh Nana", 15, _lower_in(text), memo) == "Mbaoh Nana"
    full = given_at_opening(text, 0, "Mbaoh Nana", len(text), _lower_in(text), memo)
    assert full == "Valéry Mbaoh Nana"
