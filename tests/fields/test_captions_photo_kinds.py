"""Captions that end with what kind of photo it is instead of a credit (``Symbolbild``,
``Foto de archivo``, ``Ảnh minh họa``, ``Фото ілюстративне``), with the Arabic label
``صورة:``, and Chinese captions of a photo an agency sent out (``新华社发``). Lines written
for these tests."""

from __future__ import annotations

import time

import pytest

from newsparse._fields.captions import match_caption

KINDS: list[tuple[str, str, str]] = [
    ("Ein Bus fährt durch die Innenstadt. Symbolbild", "Ein Bus fährt durch die Innenstadt.",
     "Symbolbild"),
    ("Ein Bus fährt durch die Innenstadt (Archivbild)", "Ein Bus fährt durch die Innenstadt",
     "Archivbild"),
    ("Un bus dans le centre-ville. Photo d'illustration", "Un bus dans le centre-ville.",
     "Photo d'illustration"),
    ("Un autobús circula por el centro. (Foto de archivo)", "Un autobús circula por el centro.",
     "Foto de archivo"),
    ("Um ônibus circula pelo centro. Imagem ilustrativa", "Um ônibus circula pelo centro.",
     "Imagem ilustrativa"),
    ("Un autobus in centro città. Foto d'archivio", "Un autobus in centro città.",
     "Foto d'archivio"),
    ("Een bus rijdt door het centrum. Archiefbeeld", "Een bus rijdt door het centrum.",
     "Archiefbeeld"),
    ("Autobus w centrum miasta. Zdjęcie ilustracyjne", "Autobus w centrum miasta.",
     "Zdjęcie ilustracyjne"),
    ("Şehir merkezinde bir otobüs. Temsili fotoğraf", "Şehir merkezinde bir otobüs.",
     "Temsili fotoğraf"),
    ("Sebuah bus melintas di pusat kota. Foto ilustrasi", "Sebuah bus melintas di pusat kota.",
     "Foto ilustrasi"),
    ("Người dân mua sắm tại một siêu thị. Ảnh minh họa", "Người dân mua sắm tại một siêu thị.",
     "Ảnh minh họa"),
    ("Засідання уряду в Києві. Фото ілюстративне", "Засідання уряду в Києві.",
     "Фото ілюстративне"),
    ("Заседание правительства в Москве. Архивное фото", "Заседание правительства в Москве.",
     "Архивное фото"),
    ("رئيس الوزراء خلال مؤتمر صحفي. صورة أرشيفية", "رئيس الوزراء خلال مؤتمر صحفي.",
     "صورة أرشيفية"),
    ("प्रधानमंत्री एक कार्यक्रम के दौरान। प्रतीकात्मक तस्वीर", "प्रधानमंत्री एक कार्यक्रम के दौरान।",
     "प्रतीकात्मक तस्वीर"),
    ("อาคารธนาคารในกรุงเทพฯ (ภาพประกอบ)", "อาคารธนาคารในกรุงเทพฯ", "ภาพประกอบ"),
    # The Arabic word for "photo" as a credit's label.
    ("محافظ البنك المركزي في القاهرة. صورة: رويترز", "محافظ البنك المركزي في القاهرة.",
     "رويترز"),
    ("محافظ البنك المركزي في القاهرة. (صورة: أ ف ب)", "محافظ البنك المركزي في القاهرة.",
     "أ ف ب"),
    # A photo an agency sent out, after the caption's sentence.
    ("国务院新闻办公室举行新闻发布会。新华社发", "国务院新闻办公室举行新闻发布会。", "新华社"),
    ("国务院新闻办公室举行新闻发布会。（中新社发）", "国务院新闻办公室举行新闻发布会。", "中新社"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "text", "credit"), KINDS)
def test_photo_kinds_and_labels(line: str, text: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Er zeigte ein Symbolbild",  # no caption's sentence before the word
        "Symbolbild",
        "Das Foto ist ein Archivbild der Polizei.",
        "出版社发",  # no caption's sentence before it
        "他说这是出版社发的书。",
    ],
)
def test_look_alikes_are_no_caption(line: str) -> None:
    assert match_caption(line) is None


def test_photo_kinds_are_linear() -> None:
    start = time.perf_counter()
    for line in (
        "a. " * 30_000 + "Symbolbild!",
        "。" * 50_000 + "社发x",
        "(" * 50_000 + "Archivbild",
    ):
        match_caption(line)
    assert time.perf_counter() - start < 1.0
