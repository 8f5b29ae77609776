"""Input: bytes, paths and strings to a :class:`~newsparse.Document`.

Decoding (``decode``), the Document and its lines (``document``) and text
normalisation (``normalize``).
"""
