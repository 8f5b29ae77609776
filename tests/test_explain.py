"""newsparse explain on an HTML page."""

from __future__ import annotations

from newsparse._explain import explain

PARA = "Officials agreed that the new plan would help local farmers and small firms grow. "


def test_explain_html_and_metadata_lines() -> None:
    page = (
        "<html><body><h1>A title about farmers and firms</h1><p>By Jane Doe</p>"
        f"<p>{PARA * 3}</p></body></html>"
    )
    out = explain(page)
    assert "# input: HTML" in out
    assert "title" in out and "byline" in out
