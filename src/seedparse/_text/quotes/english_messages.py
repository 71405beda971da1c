"""English verbs of sending a message, which report its words as speech verbs do.

"The next day, the superintendent messaged Garda Geary, \u201cAny luck?\u201d", "she
texted back: \u201c\u2026\u201d": court and police copy quotes text messages and emails
with the verb of sending them. Only the past forms are listed: "text", "message" and
"email" are as often nouns ("A text message from X read"), and a noun read as a verb
would make a subject of the words before it.
"""

from __future__ import annotations

__all__ = ["MESSAGE_VERBS"]

#: Past forms of the verbs of sending a written message (joined into SPEECH_VERBS).
MESSAGE_VERBS = frozenset(("texted", "messaged", "emailed", "e-mailed"))
