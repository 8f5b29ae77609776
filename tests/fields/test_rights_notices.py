"""Copyright footers in words and the circled c (Korean, Chinese, Japanese pages), the
BBC's video stand-in, and its ``Image copyright`` credit line (issue 12.4)."""

from __future__ import annotations

import pytest

from newsparse._fields import furniture
from newsparse._fields.captions import match_caption

line = furniture.matcher(furniture.LINE)


@pytest.mark.parametrize(
    "text",
    [
        "Copyright ⓒ Hanbit Ilbo. 무단전재 및 재배포 금지",
        "저작권자 ⓒ 한빛일보, 무단 전재-재배포 금지",
        "ⓒ 한빛일보",
        "本网站版权所有，未经授权禁止转载",
        "版權所有 © 河畔日報",
        "記事・写真の無断転載を禁じます。",
    ],
)
def test_rights_notices_are_copyright_furniture(text: str) -> None:
    assert line(text) == "furniture.copyright"


def test_a_sentence_naming_the_notice_is_not_furniture() -> None:
    sentence = (
        "법원은 이 회사가 다른 언론사의 기사를 무단 전재한 사실을 인정하고, 피해를 입은 "
        "언론사들에게 모두 합쳐 수억 원의 손해를 배상하라고 판결했으며, 회사 측은 즉시 "
        "항소하겠다는 뜻을 밝혔다."
    )
    assert line(sentence) is None


def test_media_playback_stand_in_is_furniture() -> None:
    assert line("Media playback is unsupported on your device") == "furniture.media-playback"
    assert line("Media playback is a new feature of the app") is None


@pytest.mark.parametrize(
    ("text", "credit"),
    [("Image copyright Getty Images", "Getty Images"), ("Image copyright, Reuters", "Reuters")],
)
def test_image_copyright_line_is_the_photo_s_credit(text: str, credit: str) -> None:
    found = match_caption(text)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (None, credit, "caption.source-label")
