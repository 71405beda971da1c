"""Swiss and Austrian offices written before a name, as endings of a capitalised word.

"CVP-Ständerat Beat Vonlanthen", "Gemeindeammann Emil Huber", "Stadtpräsident Urs W.
Studer", "Bezirkshauptmann Andreas Riemer": the office is the
person's description, not part of the name (joined into
:data:`~.lexicon.TITLE_SUFFIXES`). The parliament and council members' nouns are
listed whole ("ständerat", "gemeinderat"), not as the ending "rat", which many
other nouns have ("Referat", "Apparat", "Heirat").
"""

from __future__ import annotations

__all__ = ["GERMAN_OFFICE_SUFFIXES"]

#: Lower-case endings of a capitalised office word (both genders where they differ).
GERMAN_OFFICE_SUFFIXES: tuple[str, ...] = (
    # Swiss parliaments and governments: federal, cantonal, municipal.
    *("st\u00e4nderat", "st\u00e4nder\u00e4tin", "nationalrat", "nationalr\u00e4tin"),
    *("bundesrat", "bundesr\u00e4tin", "regierungsrat", "regierungsr\u00e4tin"),
    *("kantonsrat", "kantonsr\u00e4tin", "grossrat", "grossr\u00e4tin", "gro\u00dfrat"),
    *("gemeinderat", "gemeinder\u00e4tin", "einwohnerrat", "einwohnerr\u00e4tin"),
    # The Aargau and Glarus heads of a municipality or canton ("Gemeindeammann",
    # "Vizeammann", "Landammann"), and the Swiss municipal and cantonal clerks; whole
    # words, as "Ammann" and "Schreiber" alone are surnames ("Schneider-Ammann").
    *("gemeindeammann", "stadtammann", "vizeammann", "landammann"),
    *("gemeindeschreiber", "gemeindeschreiberin", "stadtschreiber", "stadtschreiberin"),
    *("staatsschreiber", "staatsschreiberin"),
    # Austrian district heads ("Bezirkshauptmann"; "Hauptmann" alone is a surname too).
    *("bezirkshauptmann", "bezirkshauptfrau"),
    # Who runs an event or a project ("Initiator und Hauptorganisator X").
    *("initiator", "initiatorin", "organisator", "organisatorin"),
    # The newsroom's jobs, after the German classification of occupations (KldB 2010,
    # group 924 "Redaktion und Journalismus"): "ORF Burgenland-Chefredakteur X",
    # "Spiegel-Redakteur X", "Sportjournalistin X", "Moderator X".
    *("redakteur", "redakteurin", "journalist", "journalistin", "moderator"),
    *("moderatorin", "herausgeber", "herausgeberin", "volont\u00e4r", "volont\u00e4rin"),
)
