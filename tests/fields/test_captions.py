"""Caption credits (newsparse._fields.captions)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._fields.captions import (
    _CREDIT_LABELS,
    CAPTION_PATTERNS,
    CaptionPattern,
    clean_credit,
    full_of_truncated,
    is_credit_label,
    is_gallery_position,
    match_caption,
)

TEXT = "Chinese President Xi Jinping meets U.S. President Donald Trump in Busan, October 30, 2025."


@pytest.mark.parametrize(
    ("suffix", "credit", "rule"),
    [
        (" /Xinhua", "Xinhua", "caption.slash-credit"),
        (" /Reuters Photo", "Reuters", "caption.slash-credit"),
        (" /VCG Photo", "VCG", "caption.slash-credit"),
        (" [Photo/Xinhua]", "Xinhua", "caption.bracket-credit"),
        (" [Photo/Agencies]", "Agencies", "caption.bracket-credit"),
        (
            " [Photo provided to China Daily]",
            "Photo provided to China Daily",
            "caption.bracket-credit",
        ),
        (
            " [Photo by Feng Yongbin/China Daily]",
            "Feng Yongbin/China Daily",
            "caption.bracket-credit",
        ),
        (" [Courtesy of the museum]", "Courtesy of the museum", "caption.bracket-credit"),
        (" (Photo: Xinhua)", "Xinhua", "caption.paren-credit"),
        (" (Xinhua/Li Xin)", "Xinhua/Li Xin", "caption.paren-agency"),
        (" (AP Photo/Jane Doe)", "AP Photo/Jane Doe", "caption.paren-agency"),
        (" Photo: Reuters", "Reuters", "caption.label-credit"),
        (" Photograph: Jane Doe/Getty Images", "Jane Doe/Getty Images", "caption.label-credit"),
        (" Jane Doe/Getty Images", "Jane Doe/Getty Images", "caption.agency-end"),
        (" Getty Images", "Getty Images", "caption.agency-end"),
    ],
)
def test_credit_styles(suffix: str, credit: str, rule: str) -> None:
    found = match_caption(TEXT + suffix)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (TEXT, credit, rule)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("(Cover via VCG)", "VCG"),
        ("(Cover image via Xinhua)", "Xinhua"),
        ("Getty Images", "Getty Images"),
    ],
)
def test_credit_alone(line: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None and found.text is None and found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose 5 km/h and more",
        "Talk about TCP /IP networking",
        "Use and /Or",
        "x" * 1300 + " /Xinhua",
        "A plain sentence with no credit at all.",
    ],
)
def test_not_captions(line: str) -> None:
    assert match_caption(line) is None


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # Print credits in capitals, after the caption without brackets.
        (
            "Tourists walk through the old town of Dali, Yunnan province. LI HUA/XINHUA",
            "Tourists walk through the old town of Dali, Yunnan province.",
            "LI HUA/XINHUA",
        ),
        (
            "A farmer picks tea in Anxi county, Fujian province, on April 2. WANG JING/FOR CHINA DAILY",
            "A farmer picks tea in Anxi county, Fujian province, on April 2.",
            "WANG JING/FOR CHINA DAILY",
        ),
        # A credit alone: the image has no caption text.
        ("SHI YU/CHINA DAILY", None, "SHI YU/CHINA DAILY"),
        ("OUYANG SHIJIA/CHINA DAILY", None, "OUYANG SHIJIA/CHINA DAILY"),
    ],
)
def test_print_credits_in_capitals(line: str, text: str | None, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (text, credit, "caption.agency-end")


@pytest.mark.parametrize(
    "line",
    [
        "The pair said it was finished. Rock/Pop",
        "He signed with the club. Then/NOW",
        "Prices are quoted in yuan/XINHUA tallies",
    ],
)
def test_capitals_need_an_agency_after_names(line: str) -> None:
    assert match_caption(line) is None


@pytest.mark.parametrize(
    ("suffix", "credit", "rule"),
    [
        (" (Image: Getty)", "Getty", "caption.paren-credit"),
        (" (Bild: dpa)", "dpa", "caption.paren-credit"),
        (" (Foto: EFE)", "EFE", "caption.paren-credit"),
        (" Bildrechte: picture alliance/dpa", "picture alliance/dpa", "caption.label-credit"),
        (" Bildquelle: Jana Müller", "Jana Müller", "caption.label-credit"),
        (" Foto: Anna Weber/dpa", "Anna Weber/dpa", "caption.label-credit"),
        (" Photo : Jean Dupont/AFP", "Jean Dupont/AFP", "caption.label-credit"),
        (" Crédit : Jean Dupont", "Jean Dupont", "caption.label-credit"),
        (" Crédito: Juan Pérez/EFE", "Juan Pérez/EFE", "caption.label-credit"),
        (" Imagen: Juan Pérez", "Juan Pérez", "caption.label-credit"),
        (" Imagem: João Silva/Reuters", "João Silva/Reuters", "caption.label-credit"),
        (" Beeld: ANP", "ANP", "caption.label-credit"),
        (" Фото: Иван Петров/ТАСС", "Иван Петров/ТАСС", "caption.label-credit"),
        (" Image credit: NASA", "NASA", "caption.label-credit"),
        (" Image source: NASA", "NASA", "caption.label-credit"),
        (" Image credit: © Jane Doe", "Jane Doe", "caption.label-credit"),
        (" © Jane Doe/Reuters", "Jane Doe/Reuters", "caption.copyright-credit"),
        (" ©Anna Weber", "Anna Weber", "caption.copyright-credit"),
        (" AP Photo/Efrem Lukatsky", "AP Photo/Efrem Lukatsky", "caption.agency-first"),
        (" / Reuters", "Reuters", "caption.slash-credit"),
    ],
)
def test_inline_credits_in_many_languages(suffix: str, credit: str, rule: str) -> None:
    found = match_caption(TEXT + suffix)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (TEXT, credit, rule)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Foto: Anna Weber/dpa", "Anna Weber/dpa"),
        ("Bildrechte: picture alliance", "picture alliance"),
        ("© Jane Doe/Reuters", "Jane Doe/Reuters"),
    ],
)
def test_a_credit_line_alone(line: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None and (found.text, found.credit) == (None, credit)


@pytest.mark.parametrize(
    "line",
    [
        "© 2025 The Daily Example. All rights reserved.",
        "Copyright © 2024 Example Media",
        "© 2025",
        "The minister said: “We will not give up.”",
        "Read the full report: a guide to the new rules",
        "Docker Hardened Images: Security Independently Validated by Researchers",
        "Fotos: So schön war das Sommerfest in der Altstadt",
    ],
)
def test_footers_and_sentences_are_no_credit(line: str) -> None:
    assert match_caption(line) is None


@pytest.mark.parametrize(
    ("printed", "credit"),
    [
        ("Apple, Inc.", "Apple, Inc."),
        ("Photo by J. Smith.", "J. Smith"),
        ("Photo: Getty Images.", "Getty Images"),
        ("Reuters.", "Reuters"),
    ],
)
def test_a_credit_keeps_the_period_of_an_abbreviation(printed: str, credit: str) -> None:
    # A sentence's full stop goes; the period of "Inc." is part of the name.
    assert clean_credit(printed) == credit


@pytest.mark.parametrize(
    ("suffix", "credit", "rule"),
    [
        (" | Photo by Lisa Jennings", "Lisa Jennings", "caption.photo-by"),
        (" Photograph by Richard Hayden.", "Richard Hayden", "caption.photo-by"),
        (" Image via Ben Paulos.", "Ben Paulos", "caption.photo-by"),
        (
            " Photo Credit: Screenshot from the website",
            "Screenshot from the website",
            "caption.label-credit",
        ),
        (" Al Goldis, Associated Press", "Al Goldis, Associated Press", "caption.name-agency"),
        (" Alex Wong | Getty Images", "Alex Wong | Getty Images", "caption.name-agency"),
        # Name words are read up to 31 characters (a bound that keeps the pattern from
        # backtracking through a whole line of dotted capitals): long names still fit.
        (
            " Jean-Christophe Vanderstraeten-Lindqvist, Associated Press",
            "Jean-Christophe Vanderstraeten-Lindqvist, Associated Press",
            "caption.name-agency",
        ),
        (" (NASA/JPL-Caltech/ASU)", "NASA/JPL-Caltech/ASU", "caption.paren-slash"),
    ],
)
def test_credits_of_unlabelled_web_pages(suffix: str, credit: str, rule: str) -> None:
    found = match_caption(TEXT + suffix)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (TEXT, credit, rule)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Photo by Solen Feyissa on Unsplash", None, "Solen Feyissa on Unsplash"),
        ("Grumpy Cow Studios | Getty Images", None, "Grumpy Cow Studios | Getty Images"),
        ("Christopher Tays Submitted photo", "Christopher Tays", "Submitted photo"),
    ],
)
def test_web_credit_lines(line: str, text: str | None, credit: str) -> None:
    found = match_caption(line)
    assert found is not None and (found.text, found.credit) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        "He said the photo by his friend was the best of the year.",
        "She was joined by colleagues from Reuters",
        "Trump, Reuters",
        # Alone, a name and a news agency is a byline as often as a credit: a wire's
        # byline writes both alike ("JANE DOE, ASSOCIATED PRESS"); only a print credit
        # sets the wire apart in capitals (test_a_print_credit_alone_sets_the_wire_in_capitals).
        "By Pan Deng, Reuters",
        "JANE DOE, ASSOCIATED PRESS",
        "Jane Doe, Associated Press",
        "Jane Doe | Reuters",
        "The picture by the river was taken in 2019",
        "Speeds of 50 km/h (about 31 mph) are allowed in the city.",
    ],
)
def test_sentences_naming_photos_or_agencies_are_no_credit(line: str) -> None:
    assert match_caption(line) is None


@pytest.mark.parametrize(
    ("label", "caption", "credit"),
    [
        ("Credit:", "cyclists on the new lane along the harbour.", "Jane Doe for the Courier"),
        # The New York Times's "Credit..." over its credit
        ("Credit...", "Cyclists on the new lane along the harbour.", "Jane Doe for The Courier"),
    ],
)
def test_credit_label_alone_takes_the_next_line_and_the_caption_above(
    label: str, caption: str, credit: str
) -> None:
    prose = (
        "The city council voted on Tuesday to expand the network of protected bike lanes, "
        "adding forty kilometres of new routes over the next three years."
    )
    text = "\n".join(
        [
            "City council approves new bike lanes",
            prose,
            caption,
            label,
            credit,
            prose.replace("Tuesday", "Monday"),
        ]
    )
    article = newsparse.parse(text + "\n")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert all("Jane Doe" not in b.text and "Credit" not in b.text for b in article.body)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (TEXT + " Courtesy Kestnergesellschaft.", "Courtesy Kestnergesellschaft"),
        (TEXT + " Image courtesy the artist.", "courtesy the artist"),
        ("Studio Light and Shade | Getty Images", "Studio Light and Shade | Getty Images"),
    ],
)
def test_courtesy_credits_and_agency_names_with_small_words(line: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None and found.credit == credit


def test_a_courtesy_sentence_is_no_credit() -> None:
    assert (
        match_caption("We thank them. Courtesy of everyone here is needed to keep it clean.")
        is None
    )


@pytest.mark.parametrize(
    ("line", "text", "credit", "rule"),
    [
        # A photographer, the outlet that hired them, the agency: every part is the credit.
        (
            "Sam Lee/City Herald/Getty Images",
            None,
            "Sam Lee/City Herald/Getty Images",
            "caption.agency-end",
        ),
        (
            "Ana Ruiz | Bloomberg | Getty Images",
            None,
            "Ana Ruiz | Bloomberg | Getty Images",
            "caption.name-agency",
        ),
        # A source handed out through an agency, alone or after the caption.
        (
            "State Department of Health via AP",
            None,
            "State Department of Health via AP",
            "caption.via-agency",
        ),
        (
            "A nurse checks a patient. Studio One/Stock Pictures via Getty Images",
            "A nurse checks a patient.",
            "Studio One/Stock Pictures via Getty Images",
            "caption.via-agency",
        ),
    ],
)
def test_credits_of_several_parts(line: str, text: str | None, credit: str, rule: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (text, credit, rule)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that names an agency is no credit; nor is a byline's "Name, Reuters".
        "The footage was first distributed via AP",
        "Jane Doe, Reuters",
        "Jane Doe | Reuters",
    ],
)
def test_agency_names_that_are_no_credit(line: str) -> None:
    assert match_caption(line) is None


@pytest.mark.parametrize(
    ("suffix", "credit"),
    [
        # Labels in capitals (print style) and in more languages.
        (" PHOTO: REUTERS", "REUTERS"),
        (" FOTO: EFE", "EFE"),
        (" Crédit photo : Jean Dupont / AFP", "Jean Dupont / AFP"),
        (" Crédits photos : AFP", "AFP"),
        (" Fotografía: EFE", "EFE"),
        (" Fotó: MTI", "MTI"),
        (" Zdjęcie: PAP", "PAP"),
        (" Kuva: Lehtikuva", "Lehtikuva"),
    ],
)
def test_credit_labels_in_capitals_and_other_languages(suffix: str, credit: str) -> None:
    found = match_caption(TEXT + suffix)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (TEXT, credit, "caption.label-credit")


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("A desk by the window. Photographer: Jane Doe", "A desk by the window.", "Jane Doe"),
        ("Fotograf: Hans Meier", None, "Hans Meier"),
        # The picture library after a bar stays part of the credit.
        ("Photographer: Studio One | Source: Unsplash", None, "Studio One | Source: Unsplash"),
        ("Foto: Ana Ruiz | Fuente: EFE", None, "Ana Ruiz | Fuente: EFE"),
    ],
)
def test_photographer_label_and_picture_source(line: str, text: str | None, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (text, credit, "caption.label-credit")


@pytest.mark.parametrize(
    ("line", "text", "credit", "rule"),
    [
        # A caption labelled as one at the start of its line; the label is not its text.
        (
            "Image caption, Crowds gather in the square",
            "Crowds gather in the square",
            None,
            "caption.caption-label",
        ),
        # Glued to its text by the copy.
        (
            "Media captionWho is the new mayor?",
            "Who is the new mayor?",
            None,
            "caption.caption-label",
        ),
        (
            "Pie de foto, Manifestantes en Madrid",
            "Manifestantes en Madrid",
            None,
            "caption.caption-label",
        ),
        # A credit after the labelled text is still read.
        (
            "Image caption, Crowds gather in the square. Photo: Reuters",
            "Crowds gather in the square.",
            "Reuters",
            "caption.label-credit",
        ),
        ("Image source, Getty Images", None, "Getty Images", "caption.source-label"),
        ("Fuente de la imagen, Reuters", None, "Reuters", "caption.source-label"),
        # Every label of the source line, whatever its first letter (lines are sorted by it).
        ("Crédito, EFE", None, "EFE", "caption.source-label"),
        ("Автор фото, Getty Images", None, "Getty Images", "caption.source-label"),
        # A label before a full-width colon, or a spaced one, as before an ASCII colon.
        ("Delegates meet. Photo：Xinhua", "Delegates meet.", "Xinhua", "caption.label-credit"),
        ("Delegates meet. Foto : EFE", "Delegates meet.", "EFE", "caption.label-credit"),
    ],
)
def test_caption_and_source_labels(
    line: str, text: str | None, credit: str | None, rule: str
) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (text, credit, rule)


@pytest.mark.parametrize(
    "line",
    ["Image captions help blind readers", "Image caption", "Crédito, el banco subió los tipos."],
)
def test_words_of_a_label_that_are_no_label(line: str) -> None:
    assert match_caption(line) is None


# --- captions a text dump prints without a credit (issue 12) ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Figure 2: Torque against speed for the three motors.",
        "Fig. 3. The test rig in the lab",
        "Image 4: A simple agent loop",
        "FIGURE 1. Sales by quarter",
        "Abb. 1: Der neue Hafen bei Nacht",
        "Abbildung 2 – Die Brücke im Bau",
        "Illustration 3 : la nouvelle gare",
        "Imagen 1. La plaza mayor al amanecer",
        "Figura 2: O novo terminal do porto",
        "Рис. 3. Схема нового моста",
        "图1：北京的新机场航站楼",
    ],
)
def test_a_figure_number_labels_a_caption(line: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (line, None, "caption.figure-label")


@pytest.mark.parametrize(
    "line",
    [
        # The number is part of a sentence, not a label.
        "Figure 1 shows how sales grew over the year.",
        "Image 2 of the series was never printed",
        "Photo 4",
        "Figures: the council's budget in detail",
        "In Figure 2: nothing",
    ],
)
def test_a_figure_word_in_a_sentence_is_no_label(line: str) -> None:
    assert match_caption(line) is None


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # An artwork's caption: no full stop before the sign, a long credit after it.
        (
            "Lina Berg, Harbour at Dusk, 1937 © Lina Berg Archive",
            "Lina Berg, Harbour at Dusk, 1937",
            "Lina Berg Archive",
        ),
        (
            "From the series Salt Flats, 1982-83 © Tomas Ruiz, VG Bild-Kunst, Bonn, "
            "Courtesy Galerie Nord and the estate of the artist",
            "From the series Salt Flats, 1982-83",
            "Tomas Ruiz, VG Bild-Kunst, Bonn, Courtesy Galerie Nord and the estate of the artist",
        ),
        (
            "Mara Vos, Untitled, 1990. Gelatin silver print. © Mara Vos. Courtesy of the artist "
            "and Galerie Nord, Berlin.",
            "Mara Vos, Untitled, 1990. Gelatin silver print.",
            "Mara Vos. Courtesy of the artist and Galerie Nord, Berlin",
        ),
        # Several owners: the credit runs from the first sign.
        (
            "Right: Lina Berg, Harbour 1938 © Studio Nord, © Harbour Trust, © Ana Ruiz",
            "Right: Lina Berg, Harbour 1938",
            "Studio Nord, © Harbour Trust, © Ana Ruiz",
        ),
    ],
)
def test_an_artworks_copyright_credit(line: str, text: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (text, credit, "caption.copyright-credit")


@pytest.mark.parametrize(
    "line",
    [
        # A footer's notice: a second sentence, a company, a year, the rights.
        "Example Homes is run by Example Group (EXG:ASX) © Example Group Ltd. By using this "
        "site you agree to our terms.",
        "Definitions from the Example Unabridged Dictionary, © Example House, Inc. 2023",
        "Idioms from the Example Dictionary copyright © 2002, 2001 by Example Publishing.",
        "The whole site and its pictures © Example Media. All rights reserved.",
        # Fewer than four words before the sign.
        "Photo https://example.com/p ©Example Studio",
    ],
)
def test_notices_with_a_copyright_sign_are_no_caption(line: str) -> None:
    assert match_caption(line) is None


def test_a_credit_glued_to_its_caption() -> None:
    found = match_caption("Officials inspect the market after the outbreakCredit: The Daily Wire")
    assert found is not None
    assert (found.text, found.credit) == (
        "Officials inspect the market after the outbreak",
        "The Daily Wire",
    )
    # Code is not a glued credit: a capital must follow.
    assert match_caption("const hasCredit: boolean") is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Courtesy of the artist", "Courtesy of the artist"),
        ("Courtesy of brand", "Courtesy of brand"),
        ("Courtesy of the wonderful Ana Ruiz.", "Courtesy of the wonderful Ana Ruiz"),
        ("Courtesy: Studio Nord", "Courtesy: Studio Nord"),
    ],
)
def test_a_courtesy_credit_alone(line: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (None, credit, "caption.courtesy")


@pytest.mark.parametrize(
    "line",
    ["Courtesy Pay", "Courtesy of everyone here is needed to keep it clean.", "Courtesy matters"],
)
def test_courtesy_words_that_are_no_credit(line: str) -> None:
    assert match_caption(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Image 3 of 8", True),
        ("Photo 1 of 12", True),
        ("Bild 2 von 6", True),
        ("Foto 4 de 9", True),
        ("Фото 1 из 5", True),
        ("5/5", False),
        ("1 of 3", False),
        ("Image 3 of 8 in our guide to the city", False),
    ],
)
def test_a_gallery_position(line: str, expected: bool) -> None:
    assert is_gallery_position(line) is expected


FULL = "Rescue teams search the flooded village of Lenz on Tuesday, March 3, 2026. More rain is due. less"
SHORT = "Rescue teams search the flooded village of Lenz on Tuesday, March 3, 2026. More ... more"


def test_a_caption_printed_whole_and_collapsed() -> None:
    assert full_of_truncated(SHORT, FULL) == FULL.removesuffix(" less")
    # The whole one is never the cut one.
    assert full_of_truncated(FULL, SHORT) is None
    # An event's description cut short over its whole text has no toggle after the whole.
    assert full_of_truncated(SHORT, FULL.removesuffix(" less")) is None
    # Nor is a line a cut copy of itself.
    assert full_of_truncated(SHORT, SHORT) is None


_PROSE = (
    "The regional council approved the new flood barrier on Monday after two years of "
    "debate, and work on the first section is to start in the spring."
)
_PROSE2 = (
    "Engineers say the barrier will protect about four thousand homes along the river, "
    "although some residents still fear the cost will rise before it is finished."
)


_INTRO = (
    "The river has flooded the lower town three times in ten years, and the damage each "
    "time ran to millions, according to the council's own figures."
)


def _parse(*lines: str) -> newsparse.Article:
    """A dump of a headline, an opening paragraph and ``lines``."""
    return newsparse.parse("\n\n".join(["Council approves flood barrier", _INTRO, *lines]) + "\n")


def test_a_gallery_slides_caption_leaves_the_body() -> None:
    caption = "Workers lay the first stones of the barrier near the old mill"
    article = _parse(_PROSE, "Image 1 of 4", caption, _PROSE2)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


def test_a_gallery_box_s_counters_and_buttons_leave_the_body() -> None:
    # The counter over a caption that its credit made one, and the box's one-word button
    # under a counter: neither is a heading of the article.
    caption = "Workers lay the first stones of the barrier near the old mill."
    article = _parse(
        _PROSE,
        "Image 1 of 4",
        caption,
        "Photo: Ana Ruiz, AP",
        "Image 1 of 4",
        "Caption",
        _PROSE2,
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Ana Ruiz, AP")]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


def test_a_collapsed_caption_is_one_caption_with_its_credit() -> None:
    article = _parse(_PROSE, FULL, SHORT, "Photo: Ana Ruiz, AP", _PROSE2)
    assert [(c.text, c.credit) for c in article.captions] == [
        (FULL.removesuffix(" less"), "Ana Ruiz, AP")
    ]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


def test_a_collapsed_caption_with_its_credit_inside() -> None:
    full = FULL.replace(" less", " (AP Photo/Ana Ruiz) less")
    article = _parse(_PROSE, full, SHORT, _PROSE2)
    assert [(c.text, c.credit) for c in article.captions] == [
        (FULL.removesuffix(" less"), "AP Photo/Ana Ruiz")
    ]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


def test_a_figure_caption_leaves_the_body_and_a_sentence_stays() -> None:
    figure = "Figure 1: The planned barrier along the river"
    sentence = "Figure 2 shows where the second section will run."
    article = _parse(_PROSE, figure, sentence, _PROSE2)
    assert [(c.text, c.credit) for c in article.captions] == [(figure, None)]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, sentence, _PROSE2]


def test_a_courtesy_credit_alone_leaves_the_line_above_in_the_body() -> None:
    # "Courtesy of ..." may credit an image with no caption: the sentence above it is
    # as often the article's (precise before complete).
    sentence = "The old mill still stands by the river."
    article = _parse(_PROSE, sentence, "Courtesy of the River Trust", _PROSE2)
    assert [(c.text, c.credit) for c in article.captions] == [(None, "Courtesy of the River Trust")]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, sentence, _PROSE2]


@pytest.mark.parametrize(
    "line",
    [
        "Analysis: Talks bring stability to the region",
        "2025.01.01 00:38 GMT+8",
        "Delegates meet in Busan. Photo: Jane Doe/Reuters",
        "Delegates meet in Busan. Image credit : NASA",
        "Delegates meet in BusanCredit: The Daily Wire",
        "Photographer: Studio One | Source: Unsplash",
        "Crédits photos : AFP",
        "Фото: Иван Петров/ТАСС",
        "Note: the figures are provisional",
        "Courtesy of the artist",
        "Figure 3: The new bridge",
        "Images by Getty Images and US Presswire",
        # A long credit after the sign: the sign is still within the line's end.
        "Mara Vos, Untitled, 1990. Gelatin silver print. © Mara Vos. Courtesy of the artist "
        "and Galerie Nord, Berlin, Studio Weiss, Hamburg, and Ana Ruiz, Madrid",
    ],
)
def test_the_cheap_gate_drops_no_caption(line: str) -> None:
    # A copy of the patterns skips the necessary-condition gate: same answer either way.
    assert match_caption(line) == match_caption(line, tuple(list(CAPTION_PATTERNS)))


# --- the strings a pattern needs before its hint is tried (issue 15) -----------------


def test_a_pattern_is_tried_only_when_a_string_it_needs_occurs() -> None:
    pattern = CaptionPattern(
        "caption.test", re.compile(r"^(?P<text>.*?)\s*(?P<credit>@\w+)$"), None, ("@",)
    )
    found = match_caption("A harbour at dusk. @janedoe", (pattern,))
    assert found is not None and (found.text, found.credit) == ("A harbour at dusk.", "@janedoe")
    skipped = CaptionPattern("caption.test", pattern.regex, None, ("#",))
    assert match_caption("A harbour at dusk. @janedoe", (skipped,)) is None


@given(st.text(alphabet=st.sampled_from("PhotoCreditBild |Source:："), max_size=40))
def test_the_strings_needed_are_needed_by_the_hints(end: str) -> None:
    assert any(p.needs for p in CAPTION_PATTERNS)
    for pattern in CAPTION_PATTERNS:
        if pattern.needs and pattern.hint is not None and pattern.hint.search(end):
            assert any(n in end for n in pattern.needs)


@pytest.mark.parametrize(
    ("line", "text", "credit", "rule"),
    [
        # Labels of news pages in more languages, after the caption's sentence or alone.
        (
            "Người dân đi bộ trên phố. Ảnh: Reuters",
            "Người dân đi bộ trên phố.",
            "Reuters",
            "caption.label-credit",
        ),
        ("Ảnh: Nguyễn Văn An", None, "Nguyễn Văn An", "caption.label-credit"),
        ("İstanbul’da yağmur. Fotoğraf: AA", "İstanbul’da yağmur.", "AA", "caption.label-credit"),
        ("दिल्ली में बारिश। फोटो: पीटीआई", "दिल्ली में बारिश।", "पीटीआई", "caption.label-credit"),
        ("東京駅前の広場。写真：共同通信", "東京駅前の広場。", "共同通信", "caption.label-credit"),
        # Polish print style and a French or Dutch wire after the word, no colon.
        (
            "Ludzie na placu Zamkowym. Fot. PAP/Jan Nowak",
            "Ludzie na placu Zamkowym.",
            "PAP/Jan Nowak",
            "caption.label-credit",
        ),
        (
            "Des manifestants à Paris, le 5 mai. PHOTO AFP",
            "Des manifestants à Paris, le 5 mai.",
            "AFP",
            "caption.label-credit",
        ),
        (
            "Fietsers op de nieuwe brug. Foto ANP",
            "Fietsers op de nieuwe brug.",
            "ANP",
            "caption.label-credit",
        ),
        # East Asian credits: in brackets, after an equals sign or a slash.
        (
            "北京の公園で花見をする人たち（写真：ロイター）",
            "北京の公園で花見をする人たち",
            "ロイター",
            "caption.cjk-label",
        ),
        (
            "游客在公园赏花。（图片来源：视觉中国）",
            "游客在公园赏花。",
            "视觉中国",
            "caption.cjk-label",
        ),
        ("游客在公园赏花。图/新华社", "游客在公园赏花。", "新华社", "caption.cjk-label"),
        (
            "시민들이 공원을 걷고 있다. 사진=연합뉴스",
            "시민들이 공원을 걷고 있다.",
            "연합뉴스",
            "caption.cjk-label",
        ),
        (
            "시민들이 공원을 걷고 있다 /사진=뉴스1",
            "시민들이 공원을 걷고 있다",
            "뉴스1",
            "caption.cjk-label",
        ),
        ("[사진 제공=서울시]", None, "서울시", "caption.cjk-label"),
        # A Chinese photographer: "摄" after a reporter, a space or a slash.
        (
            "游客在公园赏花。新华社记者 王强 摄",
            "游客在公园赏花。",
            "新华社记者 王强",
            "caption.cjk-shot-by",
        ),
        (
            "游客在公园赏花。（本报记者张伟摄）",
            "游客在公园赏花。",
            "本报记者张伟",
            "caption.cjk-shot-by",
        ),
        ("游客在公园赏花。王强/摄", "游客在公园赏花。", "王强", "caption.cjk-shot-by"),
        # Handed out or from the files (Chinese), a Korean wire's credit in brackets.
        ("游客在公园赏花。新华社发（李鑫 摄）", "游客在公园赏花。", "李鑫", "caption.cjk-shot-by"),
        ("游客在公园赏花。（受访者供图）", "游客在公园赏花。", "受访者", "caption.cjk-shot-by"),
        ("游客在公园赏花。视觉中国供图", "游客在公园赏花。", "视觉中国", "caption.cjk-shot-by"),
        ("游客在公园赏花。（资料图片）", "游客在公园赏花。", "资料图片", "caption.cjk-shot-by"),
        (
            "시민들이 공원을 걷고 있다. [AP=연합뉴스]",
            "시민들이 공원을 걷고 있다.",
            "AP=연합뉴스",
            "caption.cjk-label",
        ),
        (
            "시민들이 걷고 있다. [연합뉴스 자료사진]",
            "시민들이 걷고 있다.",
            "연합뉴스 자료사진",
            "caption.cjk-label",
        ),
        (
            "Il sindaco inaugura il ponte. Foto Ansa",
            "Il sindaco inaugura il ponte.",
            "Ansa",
            "caption.label-credit",
        ),
        # The New York Times' credits: an ellipsis after "Credit", glued or not, and a
        # photographer "for" or "/" the paper.
        (
            "A man walks in the rain.Credit...Jane Doe for The Harbour Times",
            "A man walks in the rain.",
            "Jane Doe for The Harbour Times",
            "caption.label-credit",
        ),
        ("Credit… Jane Doe", None, "Jane Doe", "caption.label-credit"),
        (
            "A man walks in the rain. Jane Doe for The Harbour Times",
            "A man walks in the rain.",
            "Jane Doe for The Harbour Times",
            "caption.name-agency",
        ),
        ("Jane Doe/The Harbour Times", None, "Jane Doe/The Harbour Times", "caption.name-agency"),
        # Hebrew, Persian, Greek and Japanese labels; traditional Chinese credits.
        ("הפגנה בתל אביב. צילום: רויטרס", "הפגנה בתל אביב.", "רויטרס", "caption.label-credit"),
        ("تظاهرات در تهران. عکس: ایسنا", "تظاهرات در تهران.", "ایسنا", "caption.label-credit"),
        (
            "Πολίτες στην Αθήνα. Φωτογραφία: Eurokinissi",
            "Πολίτες στην Αθήνα.",
            "Eurokinissi",
            "caption.label-credit",
        ),
        ("東京駅前の広場。写真提供：東京都", "東京駅前の広場。", "東京都", "caption.label-credit"),
        (
            "遊客在公園賞花。（記者王小明／攝影）",
            "遊客在公園賞花。",
            "記者王小明",
            "caption.cjk-shot-by",
        ),
        (
            "遊客在公園賞花。中央社記者王小明攝",
            "遊客在公園賞花。",
            "中央社記者王小明",
            "caption.cjk-shot-by",
        ),
        ("遊客在公園賞花。圖／翻攝自臉書", "遊客在公園賞花。", "翻攝自臉書", "caption.cjk-label"),
        (
            "Fietsers op de nieuwe brug. Beeld ANP",
            "Fietsers op de nieuwe brug.",
            "ANP",
            "caption.label-credit",
        ),
        (
            "Warga berjalan di Jakarta. (ANTARA FOTO/Jane Doe/foc.)",
            "Warga berjalan di Jakarta.",
            "ANTARA FOTO/Jane Doe/foc",
            "caption.paren-agency",
        ),
        # A wire first and a person after the slash, alone under the caption.
        ("REUTERS/Ann Wang", None, "REUTERS/Ann Wang", "caption.agency-first"),
        ("REUTERS/Stringer", None, "REUTERS/Stringer", "caption.agency-first"),
        ("(AP Photo/Jane Doe)", None, "AP Photo/Jane Doe", "caption.agency-first"),
        ("Getty Images / Jane Doe", None, "Getty Images / Jane Doe", "caption.agency-first"),
        # Any label's credit in brackets: neither the caption nor the credit keeps one.
        ("A man walks (Credit: Jane Doe)", "A man walks", "Jane Doe", "caption.paren-credit"),
        ("(Credit: Jane Doe)", None, "Jane Doe", "caption.paren-credit"),
        ("Người dân đi bộ (Ảnh: Reuters)", "Người dân đi bộ", "Reuters", "caption.paren-credit"),
        ("Un hombre camina (Imagen: EFE)", "Un hombre camina", "EFE", "caption.paren-credit"),
        ("Un homme marche [Crédit photo : AFP]", "Un homme marche", "AFP", "caption.paren-credit"),
        # A dash after a credit label of two words.
        (
            "The office mood board. Photo credits - upper left Studio North, bottom Jane Doe",
            "The office mood board.",
            "upper left Studio North, bottom Jane Doe",
            "caption.label-credit",
        ),
        ("Image credit — Jane Doe", None, "Jane Doe", "caption.label-credit"),
        # The photographer, the outlet and the agency that handed the photo out.
        (
            TEXT + " Jane Doe, The Harbour Times/Redux",
            TEXT,
            "Jane Doe, The Harbour Times/Redux",
            "caption.name-agency",
        ),
        (
            "Jane Doe, The Harbour Times/Redux",
            None,
            "Jane Doe, The Harbour Times/Redux",
            "caption.name-agency",
        ),
    ],
)
def test_credits_of_news_pages_in_more_languages(
    line: str, text: str | None, credit: str, rule: str
) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (text, credit, rule)


@pytest.mark.parametrize(
    "line",
    [
        # "拍摄" is to film: no photographer's credit.
        "这部电影在北京拍摄",
        "记者在现场拍摄",
        # A label after a word is part of a sentence: "上图：" is no credit label.
        "上图：新华社",
        # "Fot." needs a name after it; "Foto" without a colon only with a wire.
        "Ludzie na placu. Fot.",
        "We took the photo AP style.",
        "Mensen op straat. Foto van de dag",
        "Photo - the best of the year",
        "Photo credits -",
        # Offered pictures and a file picture inside a sentence; a Korean dateline.
        "我们提供图",
        "他喜欢摄影",
        # A poll, a menu, a protocol: one word after the slash, or no wire before it.
        "Reuters/Ipsos",
        "File/Edit",
        "TCP/IP",
        "Mensen op de brug. Beeld van de dag",
        "这是一张资料图",
        "(서울=연합뉴스) 홍길동 기자 = 시민들이 공원을 걷고 있다.",
        # Alone, "for The ..." is a contributor's byline as often; "credit..." a sentence.
        "Jane Doe for The Harbour Times",
        "He gave credit... Where it was due",
    ],
)
def test_look_alikes_of_the_new_labels_are_no_credit(line: str) -> None:
    assert match_caption(line) is None


def test_a_print_credit_alone_sets_the_wire_in_capitals() -> None:
    found = match_caption("Patrick Semansky, ASSOCIATED PRESS")
    assert found is not None
    assert (found.text, found.credit, found.rule) == (
        None,
        "Patrick Semansky, ASSOCIATED PRESS",
        "caption.name-agency",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Above: A ferry leaves the old harbour at dawn.",
        "Left: The mayor opens the bridge on Tuesday",
        "Im Bild: Die Bürgermeisterin bei der Eröffnung der Brücke",
        "На фото: участники форума в Москве",
        "Na zdjęciu: prezydent podczas wizyty w Gdańsku",
        "Sur la photo : le maire inaugure le pont",
        "En la imagen: el alcalde inaugura el puente",
        "图为游客在北京参观故宫。",
    ],
)
def test_a_line_that_says_what_the_photo_shows_is_a_caption(line: str) -> None:
    # The label stays part of the text, as a figure's number does.
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit, found.rule) == (line, None, "caption.lead-label")


@pytest.mark.parametrize(
    "line",
    [
        "Above: see",  # fewer than three words after the label
        "Pictured: Art Deco Rivera",  # a product page's item
        "Video: 4K/30p with no crop",  # a camera's specifications
        "Below: the five steps we took",
        "Links: one two three four",
        "Time left: three days and counting",
    ],
)
def test_other_leading_labels_are_no_caption(line: str) -> None:
    assert match_caption(line) is None


def test_a_credit_after_the_lead_label_is_read() -> None:
    found = match_caption("Im Bild: Die Bürgermeisterin bei der Eröffnung. Foto: dpa")
    assert found is not None
    assert (found.text, found.credit) == ("Im Bild: Die Bürgermeisterin bei der Eröffnung.", "dpa")


@pytest.mark.parametrize("label", ["Credit:", "Credit...", "Credit…"])
def test_a_credit_label_alone(label: str) -> None:
    assert is_credit_label(label)


def test_a_numbered_heading_over_a_credit_alone_stays_a_heading() -> None:
    # A list of trips, each a numbered heading over its photo's credit and its text.
    prose = (
        "Discover the canyons, the desert parks and the old mining towns of the west on a "
        "ten-day trip with fifteen meals and nine nights of rooms included."
    )
    text = "\n".join(
        [
            "The best trips of the year",
            prose,
            "1. Desert National Parks.",
            "Getty Images / Jane Doe",
            prose.replace("ten-day", "twelve-day"),
            "2. Islands Of New England.",
            "Getty Images / John Roe",
            prose.replace("ten-day", "eight-day"),
        ]
    )
    article = newsparse.parse(text + "\n")
    assert [c.credit for c in article.captions] == [
        "Getty Images / Jane Doe",
        "Getty Images / John Roe",
    ]
    assert all(c.text is None for c in article.captions)
    body = [b.text for b in article.body]
    assert "1. Desert National Parks." in body and "2. Islands Of New England." in body
    assert not any("Getty" in t for t in body)


@pytest.mark.parametrize("label", _CREDIT_LABELS)
def test_each_credit_label_reads_the_same_in_every_rule(label: str) -> None:
    # One list of labels feeds the caption patterns, the colon check and the credit's
    # cleaning: a label added there works in all three.
    for line in (f"{TEXT} {label}: Reuters", f"{TEXT} ({label}: Reuters)"):
        found = match_caption(line)
        assert found is not None, line
        assert (found.text, found.credit) == (TEXT, "Reuters")
    assert clean_credit(f"{label}: Jane Doe") == "Jane Doe"
    assert clean_credit(f"{label.lower()} : Jane Doe") == "Jane Doe"


@pytest.mark.parametrize(
    "label", ["Photo Credit", "Image Source", "Crédit Photo", "Crédits Photos"]
)
def test_a_label_of_several_words_in_title_case(label: str) -> None:
    found = match_caption(f"{TEXT} {label}: Jane Doe")
    assert found is not None
    assert found.credit == "Jane Doe"
