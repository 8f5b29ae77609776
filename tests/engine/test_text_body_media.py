"""The body of a text dump: embedded videos, a player's buttons, promotions, and the
article's closing sentence above the page's chrome."""

from __future__ import annotations

import newsparse
from articles import HEADLINE, PROSE, dump

DE_PROSE = [
    "Der Stadtrat hat am Montag nach langer Debatte den Bau eines neuen Radwegs entlang der "
    "Elbe beschlossen. Die Strecke soll zwölf Kilometer lang werden und mehrere Stadtteile "
    "verbinden, die bisher nur über stark befahrene Straßen erreichbar sind.",
    "Die Kosten von rund acht Millionen Euro sollen zur Hälfte vom Land getragen werden. "
    "Kritiker bemängeln, dass die Planung für die Brücken noch nicht abgeschlossen ist.",
    "Bürgermeisterin Anna Musterfrau sprach von einem wichtigen Schritt für die "
    "Verkehrswende. Man wolle bis zum Sommer die Ausschreibung abschließen, sagte sie.",
    "Die Opposition stimmte geschlossen dagegen. Ihr Fraktionschef warf der Mehrheit vor, "
    "andere Projekte wie die Sanierung der Schulen zu vernachlässigen.",
]

ES_PROSE = [
    "El ayuntamiento aprobó este martes la ampliación de la red de carriles bici, que sumará "
    "cuarenta kilómetros de nuevas rutas en los próximos tres años y conectará los barrios "
    "del norte con el centro histórico y con la estación de tren.",
    "Los defensores del plan aseguran que reducirá los accidentes de tráfico y convertirá la "
    "bicicleta en una opción real para quienes van a trabajar, mientras que algunos "
    "comerciantes temen perder plazas de aparcamiento frente a sus tiendas.",
    "Las obras de las primeras rutas comenzarán en primavera, una vez aprobado el "
    "presupuesto y firmados los contratos de construcción con las empresas adjudicatarias "
    "del concurso, según explicó la concejala de movilidad en una rueda de prensa.",
    "La alcaldesa afirmó que el consistorio publicará el próximo mes un mapa de las nuevas "
    "rutas y celebrará reuniones públicas en todos los distritos antes de que empiecen las "
    "obras, para escuchar las propuestas de los vecinos y de las asociaciones.",
]

ES_CHROME = [
    "Ciclistas en el carril de la avenida del Puerto durante la hora punta",
    "Compartir",
    "Facebook",
    "Noticias relacionadas",
    "El metro amplía su horario durante las fiestas",
    "El servicio nocturno funcionará todos los fines de semana hasta el final de las fiestas "
    "de agosto, según ha anunciado hoy la empresa municipal de transportes.",
    "Nueva línea de autobús para el aeropuerto",
    "Suben las tarifas de aparcamiento en el centro",
    "Aviso legal",
    "Política de cookies",
]


def texts(text: str) -> list[str]:
    return [b.text for b in newsparse.parse(text).body]


def test_an_embedded_video_title_duration_and_player_buttons_leave_the_body() -> None:
    video = ["Radfahrer protestieren vor dem Rathaus für mehr Sicherheit", "2:31", "Jetzt läuft"]
    text = dump(
        "Politik",
        "Stadtrat beschließt neuen Radweg entlang der Elbe",
        "Von Jana Beispielfrau",
        "Artikel anhören",
        "",
        DE_PROSE[:2],
        video,
        DE_PROSE[2:],
    )
    assert texts(text) == DE_PROSE


def test_a_heading_over_the_next_paragraph_stays_beside_a_video() -> None:
    # A subheading with no duration under it is still the article's.
    text = dump(HEADLINE, PROSE[:2], "Where the lanes will run", PROSE[2:])
    assert texts(text) == [*PROSE[:2], "Where the lanes will run", *PROSE[2:]]


def test_a_sentence_over_a_time_stays_in_the_body() -> None:
    # A live blog's entry: its closing sentence over the next entry's time.
    text = dump(HEADLINE, PROSE[:2], "The vote passed by 31 to 12.", "14:05", PROSE[2:])
    assert "The vote passed by 31 to 12." in texts(text)


def test_a_view_count_and_now_playing_leave_the_body() -> None:
    for lines in (["Now playing", "1.2K views"], ["Reproduciendo", "12.345 visualizaciones"]):
        text = dump(HEADLINE, PROSE[:2], lines, PROSE[2:])
        assert texts(text) == PROSE


def test_a_promotion_after_a_question_leaves_the_body() -> None:
    for promo in (
        "Want more science? Subscribe to our weekly magazine for the latest discoveries!",
        "Envie d'en savoir plus ? Abonnez-vous à notre magazine pour ne rien manquer.",
        "¿Quieres más? Suscríbete a nuestra revista y recibe las mejores historias.",
    ):
        text = dump(HEADLINE, PROSE[:2], promo, PROSE[2:])
        assert texts(text) == PROSE


def test_a_question_in_the_article_stays() -> None:
    line = "Will it work? Subscribers to the city's bike share say they are not sure yet."
    text = dump(HEADLINE, PROSE[:2], line, PROSE[2:])
    assert line in texts(text)


def test_a_short_closing_sentence_above_the_chrome_stays() -> None:
    closing = "Las obras terminarán en 2028."
    text = dump(
        "Movilidad", "El ayuntamiento amplía los carriles bici", ES_PROSE, closing, ES_CHROME
    )
    assert texts(text) == [*ES_PROSE, closing]


def test_only_sentences_close_the_article_not_a_caption_under_them() -> None:
    closing = "Las obras terminarán en 2028."
    caption = "Vecinos del barrio del Puerto en la presentación del proyecto en el ayuntamiento"
    text = dump(
        "Movilidad",
        "El ayuntamiento amplía los carriles bici",
        ES_PROSE,
        closing,
        caption,
        ES_CHROME,
    )
    assert texts(text) == [*ES_PROSE, closing]


def test_a_thai_listen_button_is_no_subheading() -> None:
    # "Listen to this article" in Thai, between the headline and the prose.
    prose = [
        "รัฐบาลได้ประกาศมาตรการใหม่ในวันนี้เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้งในภาค"
        "ตะวันออกเฉียงเหนือ โดยจะมีการจ่ายเงินชดเชยให้แก่ครัวเรือนที่ลงทะเบียนไว้กับกระทรวงเกษตร"
        "และสหกรณ์ภายในสิ้นเดือนนี้ ตามที่โฆษกรัฐบาลแถลงต่อสื่อมวลชนที่ทำเนียบรัฐบาล",
        "นายกรัฐมนตรีกล่าวว่ารัฐบาลจะติดตามสถานการณ์อย่างใกล้ชิดและพร้อมจะขยายความช่วยเหลือหากภัยแล้ง"
        "ยังคงดำเนินต่อไปจนถึงฤดูเพาะปลูกหน้า ซึ่งเกษตรกรจำนวนมากกำลังรอคอยน้ำฝนเพื่อเริ่มปลูกข้าว"
        "ในพื้นที่ที่ได้รับผลกระทบมากที่สุดของประเทศ",
    ]
    headline = "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร"
    article = newsparse.parse(dump("ข่าวล่าสุด", headline, "ฟังบทความนี้", "", prose))
    assert article.title == headline
    assert [block.text for block in article.body] == prose
