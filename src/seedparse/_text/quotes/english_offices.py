"""English local and professional offices written capitalised before a name.

"Superintendent Tasha Potter", "Chief Executive Steve Jobs", "Coach Dan Reyes",
"County Clerk Ann Lee": the office is the person's description, not part of the name.
With two capitalised words before a full name the finder already cuts the first ones
off; with one ("Superintendent X Y") the three words read as one name unless the first
is known as an office. These are the offices of schools, companies, courts, counties
and police forces that US and Commonwealth news copy puts before a name, with the
police ranks' abbreviations, which British and Irish copy writes without a dot. Words that are
also common given names or surnames ("Dean", "Pastor", "Constable", "Ranger") are
left out: there a wrong cut is worse than a title kept.
"""

from __future__ import annotations

__all__ = ["ENGLISH_OFFICES"]

#: Lower-case office and job nouns (joined into :data:`~.lexicon.TITLES`).
ENGLISH_OFFICES = frozenset(
    (
        # Schools and universities ("Superintendent", "Principal", "Provost").
        *("superintendent", "principal", "provost", "trustee", "headteacher"),
        # Companies and organisations ("Chief Executive", "Executive Director").
        *("executive", "administrator", "treasurer", "president-elect", "ombudsman"),
        # Counties, towns and courts ("County Clerk", "Coroner", "Comptroller").
        *("clerk", "coroner", "comptroller", "auditor", "assessor", "registrar"),
        *("prosecutor", "solicitor", "selectman", "selectwoman"),
        # Police and emergency services ("Detective", "Inspector", "Trooper").
        *("detective", "inspector", "trooper", "agent", "paramedic"),
        # Sport ("Coach Dan Reyes").
        *("coach",),
        # Irish and British police ranks: "Garda" is the Irish constable's rank ("Garda
        # Colm Geary"), and British and Irish copy writes the ranks' abbreviations
        # without a dot ("Supt Eamon O'Neill", "Sgt Ann Ryan", "Det Insp X"), other copy
        # with one ("Supt. X", "Insp. X"; the dot kept by lexicon.ABBREVIATIONS).
        *("garda", "supt", "sgt", "insp", "det", "cpl", "supt.", "insp."),
        # The civil, military and religious titles abbreviated before a name (Turabian,
        # A Manual for Writers, 7th ed., 2007, ch. 20, "Professional titles": Adm., Ald.,
        # Capt., Col., Fr., Gov., Lt., Maj., Rev.; "Prof." and "Revd" of British use; "Mx"
        # beside "Ms"), which British, Irish and Australian copy writes without the dot
        # ("Prof Ann Ray"). "Gen" ("Gen Z"), "Sen" and "Rep" (surnames, "Amartya Sen")
        # and "St" (places) are left to their dotted forms.
        *("adm", "ald", "capt", "col", "fr", "gov", "lt", "maj", "rev", "revd", "prof"),
        *("mx", "prof.", "capt.", "col.", "lt.", "maj.", "adm.", "gov.", "rev."),
    )
)
