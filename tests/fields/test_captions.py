"""Caption credits (newsparse._fields.captions)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._fields.captions import clean_credit, match_caption

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
        # Alone, a name and a news agency is a byline as often as a credit.
        "By Pan Deng, Reuters",
        "Patrick Semansky, ASSOCIATED PRESS",
        "Jane Doe | Reuters",
        "The picture by the river was taken in 2019",
        "Speeds of 50 km/h (about 31 mph) are allowed in the city.",
    ],
)
def test_sentences_naming_photos_or_agencies_are_no_credit(line: str) -> None:
    assert match_caption(line) is None


def test_credit_label_alone_takes_the_next_line_and_the_caption_above() -> None:
    prose = (
        "The city council voted on Tuesday to expand the network of protected bike lanes, "
        "adding forty kilometres of new routes over the next three years."
    )
    text = "\n".join(
        [
            "City council approves new bike lanes",
            prose,
            "cyclists on the new lane along the harbour.",
            "Credit:",
            "Jane Doe for the Courier",
            prose.replace("Tuesday", "Monday"),
        ]
    )
    article = newsparse.parse(text + "\n")
    captions = [(c.text, c.credit) for c in article.captions]
    assert captions == [("cyclists on the new lane along the harbour.", "Jane Doe for the Courier")]
    assert all("Jane Doe" not in b.text for b in article.body)


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
