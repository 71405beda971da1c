"""Frequent French, German and English given names of one gender: what a given name
tells of a person's gender where the text says nothing, and whether a capitalised word
is a known given name. Apart from :mod:`.latin_gender` (which reads the text's own
words) so that the name readers of :mod:`.names` can ask it without an import cycle.
"""

from __future__ import annotations

from .speech_verbs import word_set as _names

__all__ = ["given_name_gender"]


# Frequent French, German and English given names of one gender (lower case; names
# given to either, "Claude", "Dominique", "Andrea", "Kim", "Jean", "Simone", are left
# out). The text's own words ("la ministre X", "Herr X") come first; the given name
# tells when the text says nothing ("Anne Hidalgo a re\u00e7u Pierre Martin.
# \u00ab\u2026\u00bb, a-t-elle dit").
_FEMININE_GIVEN = _names(
    # French
    "marie anne catherine isabelle nathalie sylvie christine martine fran\u00e7oise "
    "monique val\u00e9rie sandrine sophie c\u00e9line st\u00e9phanie v\u00e9ronique "
    "nicole julie aur\u00e9lie caroline sarah laura \u00e9milie emilie \u00e9lisabeth "
    "elisabeth h\u00e9l\u00e8ne florence brigitte patricia chantal jacqueline laurence "
    "virginie audrey delphine agn\u00e8s sabine corinne karine m\u00e9lanie claire "
    "pauline l\u00e9a manon chlo\u00e9 emma in\u00e8s juliette louise alice "
    "s\u00e9gol\u00e8ne marine marion mathilde annick fabienne janine jeanne "
    "genevi\u00e8ve odile danielle mich\u00e8le michelle aurore cl\u00e9mentine "
    # German
    "angela ursula annalena ricarda steffi saskia manuela petra claudia susanne birgit "
    "monika gabriele heike katja katrin kathrin anja julia stefanie christina "
    "christiane barbara renate karin ingrid elke margarete franziska svenja lisa lena "
    "anna hannah eva maria martina silke ute jutta doris dorothee henriette kirstin "
    "kerstin tanja melanie sandra nadja elena alexandra carolin "
    # English
    "mary jennifer linda elizabeth susan jessica karen nancy betty margaret ashley "
    "kimberly emily donna carol amanda melissa deborah rebecca sharon cynthia kathleen "
    "amy helen brenda pamela samantha katherine rachel carolyn janet ruth heather diane "
    "joyce victoria olivia lauren joan evelyn judith megan hillary kamala theresa"
)
_MASCULINE_GIVEN = _names(
    # French
    "pierre jacques michel philippe alain bernard patrick nicolas fran\u00e7ois "
    "christophe \u00e9ric laurent fr\u00e9d\u00e9ric st\u00e9phane olivier thierry "
    "julien s\u00e9bastien christian g\u00e9rard marc antoine alexandre emmanuel bruno "
    "didier yves gilles vincent denis serge luc louis henri herv\u00e9 franck fabien "
    "guillaume maxime romain mathieu matthieu beno\u00eet j\u00e9r\u00f4me xavier "
    "arnaud c\u00e9dric damien lionel gabriel rapha\u00ebl hugo lucas l\u00e9o arthur "
    "jules manuel g\u00e9rald \u00e9douard edouard bertrand fabrice pascal sylvain "
    "r\u00e9mi r\u00e9my yannick jo\u00ebl marcel ren\u00e9 roger georges andr\u00e9 "
    # German
    "peter andreas stefan wolfgang klaus j\u00fcrgen frank uwe hans werner g\u00fcnter "
    "horst dieter bernd j\u00f6rg ralf markus martin matthias tobias florian jan "
    "sebastian olaf friedrich karl heinz helmut gerhard joachim johannes lars jens sven "
    "dirk holger torsten thorsten kai felix lukas jonas max moritz philipp simon "
    "winfried hubert norbert rainer reinhard manfred ulrich armin hendrik "
    # English
    "john james robert michael william david richard joseph charles thomas christopher "
    "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian "
    "george edward ronald timothy jason jeffrey ryan gary eric stephen jonathan larry "
    "justin scott brandon benjamin samuel gregory raymond jack dennis jerry tyler "
    "aaron henry joe bill mike tom bob jim ted barack boris rishi keir vladimir"
)


def given_name_gender(given: str) -> str:
    """ "f" or "m" for a frequent given name of one gender (the first part of a compound:
    "Jean-Luc", "Marie-H\u00e9l\u00e8ne"), else ""."""
    low = given.lower().split("-", 1)[0]
    if low in _FEMININE_GIVEN:
        return "f"
    if low in _MASCULINE_GIVEN:
        return "m"
    return ""
