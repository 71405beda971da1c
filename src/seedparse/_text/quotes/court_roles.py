"""The people of a courtroom, written before a name or standing for it (issue 15,
session 26): court chronicles name the bench, the prosecution and the defence by their
role ("la substitute du procureur, X", "Verteidiger X", "Nebenklagevertreterin X",
"Gutachter X") and then by the role alone ("a déclaré la substitute du procureur").
Lower case, both genders; German ones are endings, so that compounds take them
("Strafverteidiger", "Pflichtverteidigerin", "Opferanwalt" is already an office)."""

from __future__ import annotations

__all__ = ["FRENCH_COURT_TITLES", "GERMAN_COURT_SUFFIXES"]

#: French court offices ("le substitut du procureur", "la juge d'instruction", "le
#: greffier", "le bâtonnier", "l'assesseure").
FRENCH_COURT_TITLES = frozenset(
    (
        *("substitut", "substitute", "juge", "magistrat", "magistrate"),
        *("greffier", "greffi\u00e8re", "b\u00e2tonnier", "b\u00e2tonni\u00e8re"),
        *("assesseur", "assesseure", "avocat", "avocate"),
    )
)

#: German court jobs, as endings of a capitalised word ("Verteidiger",
#: "Strafverteidigerin", "Nebenklagevertreter", "Gutachterin", "Sachverständiger").
GERMAN_COURT_SUFFIXES: tuple[str, ...] = (
    *("verteidiger", "verteidigerin", "nebenklagevertreter", "nebenklagevertreterin"),
    *("gutachter", "gutachterin", "sachverst\u00e4ndiger", "sachverst\u00e4ndige"),
    *("ankl\u00e4ger", "ankl\u00e4gerin"),
)
