"""The I/O edge: safe reading of one file, decoding bytes to text, walking a tree, and
worker processes. The only code in seedparse that touches files.
"""
