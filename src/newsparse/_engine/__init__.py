"""Engines: turning a Document into an Article.

The text engine (``text``) and the outlet header rules it runs (``headers``);
the HTML tree (``html``), its metadata (``metadata``), the generic content
extractor (``content``), page structure (``pages``) and class/id selectors
(``selectors``); the guarded patterns and selectors of declarative rules
(``rule_patterns``, ``rule_selectors``).
"""
