"""Text dumps of news pages in other languages than English: their share buttons,
"read also" links and related lists stay out of the body."""

from __future__ import annotations

import newsparse

SPANISH = """Saltar al contenido
Internacional
Economía
ECONOMÍA
El banco central mantiene los tipos de interés por tercera vez consecutiva
Lucía Fernández
Madrid - 03 may 2024 - 17:47 CEST
Compartir en Whatsapp
Compartir en Facebook
Compartir en Twitter
El banco central ha decidido este jueves mantener sin cambios los tipos de interés, en una decisión que los mercados ya daban por descontada.
La presidenta de la institución ha explicado en rueda de prensa que los datos de inflación todavía no permiten relajar la política monetaria.
Noticias relacionadas
El euríbor cierra abril en su nivel más bajo del año
La inflación se modera en la eurozona
"""

INDONESIAN = """Beranda
Nasional
Ekonomi
Bank sentral menahan suku bunga acuan di level 6,25 persen
03/05/2024, 17:47 WIB
JAKARTA - Bank sentral memutuskan untuk mempertahankan suku bunga acuan di level 6,25 persen dalam rapat dewan gubernur yang berlangsung pada Jumat.
Baca juga: Rupiah Menguat Tipis pada Perdagangan Sore Ini
Gubernur bank sentral mengatakan keputusan tersebut sejalan dengan upaya menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global.
Berita Terkait
Harga emas turun tipis hari ini
"""


def _body(dump: str) -> list[str]:
    return [block.text for block in newsparse.parse(dump).body]


def test_share_buttons_in_spanish_stay_out_of_the_body() -> None:
    # The last button stood right over the first paragraph: a subheading before.
    assert _body(SPANISH) == SPANISH.splitlines()[10:12]


def test_a_read_also_link_inside_the_article_and_the_related_list_under_it_are_cut() -> None:
    lines = INDONESIAN.splitlines()
    assert _body(INDONESIAN) == [lines[5], lines[7]]
