"""Fields: finding one kind of value in lines or elements.

Dates (``dates``, ``htmldates``), bylines, captions, page furniture, language
and the labels the text engine gives each line.
"""
