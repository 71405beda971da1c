"""Text helpers shared by the readers: cleaning and key folding, the date grammar, and
quotations with their speakers. Pure functions of strings; nothing here knows a format.
"""
