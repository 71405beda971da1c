"""Text helpers shared by the readers: cleaning and key folding, the date grammar, JSON
blocks embedded in text, quotations with their speakers. No module here knows a reader.
"""
