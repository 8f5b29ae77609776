"""The generic parser's byline and date of a text dump, where the header shows
neither next to the headline: signed under the article, printed once in the
dump with their label, glued to the deck, or set beside a job title."""

from __future__ import annotations

import datetime as dt

import newsparse
from articles import HEADLINE, PROSE, dump, rule

URL = "https://news.example.org/city/council-approves-new-bike-lanes"
MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion"]
FOOTER = ["Share this article", "Facebook", "Twitter", "About us", "Contact", "Privacy policy"]


#: An article long enough that what stands under it is far from its headline.
LONG = PROSE * 3


def parse(text: str) -> newsparse.Article:
    article = newsparse.parse(text, url=URL)
    assert article.parser == "generic"
    assert article.title == HEADLINE
    return article


# --- signed under the last paragraph -------------------------------------------------


def test_byline_and_date_signed_under_the_article() -> None:
    text = dump(
        MENU, HEADLINE, LONG, "Written by Moses Kim and Kate Shokurova", "April 8, 2024", FOOTER
    )
    article = parse(text)
    assert article.authors == ("Moses Kim", "Kate Shokurova")
    assert article.date == dt.date(2024, 4, 8)
    assert rule(article, "authors") == "byline.signature"
    assert rule(article, "date") == "date.signature"
    # The signature is no part of the body.
    assert all("Written by" not in b.text for b in article.body)


def test_bare_date_under_the_article_without_a_signature_is_not_taken() -> None:
    """A date alone under the prose may be a related story's: no label, no byline, no date."""
    text = dump(MENU, HEADLINE, LONG, "Another story from the city", "April 8, 2024", FOOTER)
    assert parse(text).date is None


def test_signed_update_is_no_publication_date() -> None:
    text = dump(MENU, HEADLINE, LONG, "Von Hans Müller", "Aktualisiert am 3. Mai 2024", FOOTER)
    article = parse(text)
    assert article.authors == ("Hans Müller",)
    assert article.date is None


# --- printed once, with its label -----------------------------------------------------


def test_date_labelled_published_once_past_a_box_of_links() -> None:
    text = dump(
        MENU, HEADLINE, LONG[:6], "Read also", "Bike lanes in the north", LONG[6:],
        "Try our newsletter", "Posted on 03 Jul 2025", "cycling city council", FOOTER,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2025, 7, 3)
    assert rule(article, "date") in ("date.signature", "date.published-once")


def test_two_dates_labelled_published_give_none() -> None:
    """``Posted on`` twice with two dates: a list's or the comments', not the article's."""
    text = dump(
        MENU, HEADLINE, LONG, *FOOTER, "Recent posts",
        "Bike lanes in the north", "Posted on 03 Jul 2025",
        "A new bridge for the harbour", "Posted on 12 Jun 2025",
    )  # fmt: skip
    assert parse(text).date is None


def test_french_publication_label_under_the_article() -> None:
    text = dump(MENU, HEADLINE, LONG, *FOOTER, "Publié le 3 novembre 2025 à 14h05")
    assert parse(text).date == dt.date(2025, 11, 3)


def test_publication_label_then_the_author_after_the_date() -> None:
    """``Posted on the 15/12/2025 at 19:00 by @jane``: the line is no date line (a
    handle follows), yet its label says the date is the publication's."""
    text = dump(MENU, HEADLINE, LONG, "Posted on the 15/12/2025 at 19:00 by @jane", FOOTER)
    article = parse(text)
    assert article.date == dt.date(2025, 12, 15)
    assert rule(article, "date") == "date.published-once"


def test_publication_label_alone_over_the_date_under_the_article() -> None:
    text = dump(MENU, HEADLINE, LONG, "Publish date", "15 November 2018", FOOTER)
    article = parse(text)
    assert article.date == dt.date(2018, 11, 15)
    assert rule(article, "date") == "date.published-once"


def test_two_labels_over_dates_give_none() -> None:
    """Two ``Published`` / date pairs: the parts of a collection, not one article."""
    text = dump(
        MENU, HEADLINE, LONG, "Step 1", "Published", "15 November 2018",
        "Step 2", "Published", "8 October 2020", FOOTER,
    )  # fmt: skip
    assert parse(text).date is None


def test_categories_after_the_date_under_the_headline() -> None:
    """A theme's line under the headline: the date, the last version glued to it, and the
    categories; the earlier date is the publication's."""
    line = "Posted on November 25, 2024December 3, 2024 in Health, Nutrition, Research, News"
    article = parse(dump(MENU, HEADLINE, line, PROSE))
    assert article.date == dt.date(2024, 11, 25)
    assert rule(article, "date") == "date.published-lead"


def test_an_updated_lead_is_not_the_publication() -> None:
    line = "Updated on November 25, 2024 in Health, Nutrition, Research, News"
    assert parse(dump(MENU, HEADLINE, line, PROSE)).date is None


def test_by_line_printed_once_over_an_author_box() -> None:
    bio = (
        "Lisa has written about city budgets and local transport for twenty years, and she "
        "edits the weekly newsletter on the region's public services."
    )
    text = dump(MENU, HEADLINE, LONG, "Written by Lisa Greene-Lewis", bio, FOOTER)
    article = parse(text)
    assert article.authors == ("Lisa Greene-Lewis",)
    assert rule(article, "authors") == "byline.once"


def test_lone_label_over_the_name_under_the_article() -> None:
    text = dump(MENU, HEADLINE, LONG, "Article written by:", "Doris Munoz, MD", FOOTER)
    assert parse(text).authors == ("Doris Munoz",)


def test_by_lines_of_two_people_under_the_article_give_no_author() -> None:
    text = dump(
        MENU, HEADLINE, LONG, "More stories", "Bike lanes in the north", "By Jane Doe",
        "A new bridge for the harbour", "By John Roe", FOOTER,
    )  # fmt: skip
    assert parse(text).authors == ()


# --- next to the headline -----------------------------------------------------------


def test_by_line_glued_after_the_deck() -> None:
    deck = (
        "The council wants protected lanes on every main road by 2028. "
        "By Lisa Jennings on Dec. 19, 2025"
    )
    article = parse(dump(MENU, HEADLINE, deck, "Facebook", PROSE))
    assert article.authors == ("Lisa Jennings",)
    assert article.date == dt.date(2025, 12, 19)


def test_name_and_job_title_on_the_date_line() -> None:
    article = parse(dump(MENU, HEADLINE, "Aaron Ricadela | Senior Writer | July 2, 2025", PROSE))
    assert article.authors == ("Aaron Ricadela",)
    assert article.date == dt.date(2025, 7, 2)


def test_name_over_its_job_title_over_the_date() -> None:
    """The job title next to the date is no name (``Full-Stack Drupal/PHP Developer``)."""
    text = dump(
        MENU, HEADLINE, "Daniel Rodriguez", "Full-Stack PHP Developer", "January 11th 2023", PROSE
    )
    article = parse(text)
    assert article.authors == ("Daniel Rodriguez",)
    assert article.date == dt.date(2023, 1, 11)


def test_label_alone_without_colon_over_the_name() -> None:
    article = parse(
        dump(MENU, HEADLINE, "Author", "Danielle Vilaplana", "Published: 10 Oct 2025", PROSE)
    )
    assert article.authors == ("Danielle Vilaplana",)
    assert article.byline == "Danielle Vilaplana"  # the label is not the byline's


def test_name_and_outlet_under_a_deck_read_as_prose() -> None:
    deck = (
        "Need a new plan for the weekend? These ten routes are open to cyclists from "
        "Saturday, and most of them are free."
    )
    article = parse(dump(MENU, HEADLINE, deck, "BRIAN TRUITT   USA TODAY", PROSE))
    assert article.authors == ("Brian Truitt",)
    assert article.source == "USA Today"


def test_two_dates_glued_on_the_byline_line_earlier_is_published() -> None:
    article = parse(dump(MENU, HEADLINE, "July 13, 2024October 10, 2020 by Rishabh Dev", PROSE))
    assert article.authors == ("Rishabh Dev",)
    assert article.date == dt.date(2020, 10, 10)
    assert article.updated == dt.date(2024, 7, 13)


def test_info_line_with_a_comment_count_and_an_update() -> None:
    """``109 Comments | Jane Doe | Last Updated: …``: the count is chrome, the date an update."""
    line = "109 Comments | Jill Winger |    Last Updated: March 11, 2019"
    article = parse(dump(MENU, line, HEADLINE, PROSE))
    assert article.authors == ("Jill Winger",)
    assert article.updated == dt.date(2019, 3, 11)
    assert article.date is None


def test_authors_label_with_names_and_their_job_under_the_article() -> None:
    line = "Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators"
    article = parse(dump(MENU, HEADLINE, LONG, line, FOOTER))
    assert article.authors == ("Julie Weisenhorn", "Natalie Hoidal")


def test_name_under_the_headline_printed_again_over_its_bio() -> None:
    bio = (
        "Bence is a software developer who writes about audio plugins, game engines and "
        "the tools that build them, and he speaks at conferences about both."
    )
    text = dump(
        MENU, HEADLINE, "Bence Kovács", "Introduction", LONG * 3, "Bence Kovács", bio, FOOTER
    )
    assert parse(text).authors == ("Bence Kovács",)


def test_heading_printed_again_without_a_bio_is_no_name() -> None:
    text = dump(
        MENU, HEADLINE, "Key Findings", "Introduction", LONG, "Key Findings", LONG[0], FOOTER
    )
    assert parse(text).authors == ()


# --- an author box under the article ------------------------------------------------


def test_name_over_its_bio_under_the_article() -> None:
    bio = (
        "Lina is a content writer with a passion for city planning, and she covers "
        "transport and housing for the weekly edition."
    )
    article = parse(dump(MENU, HEADLINE, LONG, "Lina Jameela", bio, FOOTER))
    assert article.authors == ("Lina Jameela",)
    assert rule(article, "authors") == "byline.author-box"


def test_name_over_a_job_line_over_a_first_person_bio() -> None:
    bio = "Hi, I'm Roberta! I have worked as a digital marketer for a host of online businesses."
    text = dump(MENU, HEADLINE, LONG, "Roberta Phillips", "Marketing Manager", bio, FOOTER)
    assert parse(text).authors == ("Roberta Phillips",)


def test_product_under_the_article_is_no_author_box() -> None:
    blurb = "Crush CLI is a fast coding assistant, built by a developer team with plugins."
    product = "Aritic PinPoint is a marketing automation tool for every small business."
    assert parse(dump(MENU, HEADLINE, LONG, "Crush CLI", blurb, FOOTER)).authors == ()
    assert parse(dump(MENU, HEADLINE, LONG, "Aritic PinPoint", product, FOOTER)).authors == ()


def test_boxes_of_two_people_give_no_author() -> None:
    text = dump(
        MENU, HEADLINE, LONG,
        "Lina Jameela", "Lina is a content writer who covers transport for the weekly edition.",
        "Cai Ellis", "Cai is an editor who has covered the city council for ten years now.",
        FOOTER,
    )  # fmt: skip
    assert parse(text).authors == ()


def test_name_and_its_job_glued_under_the_headline() -> None:
    """``Jane DoeFounder at Acme``: the markup's two spans, a name and its job."""
    text = dump(MENU, HEADLINE, "Mateusz HabernyFounder at Oakywood", "Table of contents", PROSE)
    assert parse(text).authors == ("Mateusz Haberny",)


# --- which of the cluster's dates --------------------------------------------------------

PROSE_PT = [
    "A Câmara Municipal aprovou na noite de segunda-feira, por ampla maioria, um plano que "
    "prevê quarenta quilômetros de novas ciclovias protegidas no centro da cidade.",
    "Os defensores do plano dizem que ele vai reduzir o número de mortes no trânsito e "
    "tornar a bicicleta uma opção real para ir ao trabalho, enquanto os comerciantes temem.",
]


def test_slashes_read_day_first_on_a_page_in_a_day_first_language() -> None:
    """``03/11/2025`` is 3 November in Portuguese prose (the update is relative)."""
    text = dump(MENU, HEADLINE, "Por Ana Souza", "03/11/2025 14h05 Atualizado há 2 horas", PROSE_PT)
    article = parse(text)
    assert article.date == dt.date(2025, 11, 3)
    assert article.updated is None


def test_slashes_in_english_prose_are_left_unread() -> None:
    """In English either order is printed: ``03/11/2025`` gives no date."""
    article = parse(dump(MENU, HEADLINE, "By Jane Doe", "03/11/2025", PROSE))
    assert article.date is None
    assert parse(dump(MENU, HEADLINE, "By Jane Doe", "25/11/2025", PROSE)).date == dt.date(
        2025, 11, 25
    )


def test_the_day_over_the_headline_is_no_update() -> None:
    """A masthead's day over the headline, the article's date under it: the day is
    neither the date nor an update."""
    text = dump(
        MENU, "November 3, 2025", HEADLINE, "By Jane Doe", "November 3, 2025 2:05 PM EST", PROSE
    )
    article = parse(text)
    assert article.date == dt.datetime(
        2025, 11, 3, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.updated is None


def test_a_second_date_line_of_the_same_day_is_no_update() -> None:
    text = dump(MENU, HEADLINE, "By Jane Doe", "March 3, 2025", "Share", "March 3, 2025", PROSE)
    article = parse(text)
    assert article.date == dt.date(2025, 3, 3)
    assert article.updated is None


def test_a_later_second_date_line_is_the_update() -> None:
    text = dump(MENU, HEADLINE, "By Jane Doe", "March 3, 2025", "March 5, 2025", PROSE)
    article = parse(text)
    assert article.date == dt.date(2025, 3, 3)
    assert article.updated == dt.date(2025, 3, 5)


def test_a_date_inside_a_line_under_the_headline_beats_the_day_over_it() -> None:
    text = dump(
        MENU, "Monday, November 3, 2025", HEADLINE, "By Jane Doe",
        "LONDON - Nov 2, 2025 - 14:05 GMT", PROSE,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.datetime(2025, 11, 2, 14, 5, tzinfo=dt.timezone.utc)
    assert rule(article, "date") == "date.in-line"


def test_a_date_inside_a_line_beats_a_related_list_date_line_further_down() -> None:
    text = dump(
        MENU, HEADLINE, "Nissan November 20, 2019 13:42", "More stories like this one",
        "A new bridge for the harbour", "November 16, 2016", PROSE,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2019, 11, 20)
    assert rule(article, "date") == "date.in-line"


def test_a_date_line_shaped_as_a_sentence_under_the_lead() -> None:
    """``… 1:35 a.m.`` ends like a sentence: the line is dates alone all the same."""
    text = dump(
        MENU, HEADLINE, PROSE[0], "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", PROSE[1:]
    )
    article = parse(text)
    assert article.date == dt.date(2019, 11, 20)
    assert article.updated == dt.date(2019, 11, 20)
    assert all("Updated" not in b.text for b in article.body)


def test_publication_and_update_labelled_once_under_the_article() -> None:
    line = "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m."
    article = parse(dump(MENU, HEADLINE, LONG, line, FOOTER))
    assert article.date == dt.date(2019, 11, 19)
    assert rule(article, "date") == "date.published-once"


def test_a_sentence_opening_with_a_label_and_a_date_is_not_read() -> None:
    sentence = "Posted on March 3, 2019, the first report of the council said that it would act."
    assert parse(dump(MENU, HEADLINE, LONG, sentence, FOOTER)).date is None


def test_an_agency_and_its_date_under_the_headline_is_a_credit_line() -> None:
    """``Associated Press November 19, 2019, 9:02 AM``: the source and the date, and no
    headline (the line is a credit's, however title-like)."""
    text = dump(MENU, HEADLINE, "Associated Press November 19, 2019, 9:02 AM", PROSE)
    article = parse(text)
    assert article.source == "Associated Press"
    assert article.authors == ()
    assert article.date == dt.date(2019, 11, 19)
    assert rule(article, "source") == "byline.outlet-and-date"


def test_a_person_and_a_date_is_no_outlet_credit() -> None:
    text = dump(MENU, HEADLINE, "Jane Doe November 19, 2019", PROSE)
    article = parse(text)
    assert article.authors == ("Jane Doe",)
    assert rule(article, "authors") != "byline.outlet-and-date"


def test_the_byline_over_the_date_lines_over_the_headline() -> None:
    """The date lines between a byline and the headline do not push it out of the
    cluster: ``Author`` / name / ``Published: …`` / ``Updated: …`` / headline."""
    text = dump(
        MENU, "Author", "Jane Doe", "Published: 10-30-2025", "Updated: 11-25-2025", HEADLINE,
        PROSE,
    )  # fmt: skip
    article = parse(text)
    assert article.authors == ("Jane Doe",)
    assert article.date == dt.date(2025, 10, 30)
    assert article.updated == dt.date(2025, 11, 25)


def test_the_labelled_publication_beats_a_date_inside_a_line_away_from_the_headline() -> None:
    """``2022-04-12 Link to a list of tools`` under the deck is a list's line; the one
    ``Published on`` line of the dump is the article's date."""
    deck = "How the council chose the routes, and what comes next for the city."
    text = dump(
        MENU, HEADLINE, deck, "2022-04-12 Link to a list of tools", PROSE,
        "Published on 2021-01-18T19:55", FOOTER,
    )  # fmt: skip
    article = parse(text)
    assert article.date == dt.date(2021, 1, 18)
    assert rule(article, "date") == "date.published-once"


def test_a_date_inside_the_line_under_the_headline_stands() -> None:
    text = dump(
        MENU, HEADLINE, "September 29, 2025/Jane Doe", PROSE, "Published: Jul 15, 2019", FOOTER
    )
    article = parse(text)
    assert article.date == dt.date(2025, 9, 29)


def test_a_tweet_set_into_the_prose_gives_no_date() -> None:
    """An embedded tweet's signature under two paragraphs is the tweet's date."""
    text = dump(
        MENU, HEADLINE, PROSE[:2], "Smoke from the fires has reached the city centre",
        "— Jane Doe (@janedoe) November 1, 2019", PROSE[2:],
    )  # fmt: skip
    assert parse(text).date is None


def test_a_tweet_under_the_first_paragraph_gives_no_date() -> None:
    """Nearer the headline than two paragraphs, the signature's handle says it is a tweet's."""
    text = dump(
        MENU, HEADLINE, PROSE[:1], "Smoke from the fires has reached the city centre",
        "— Jane Doe (@janedoe) November 1, 2019", PROSE[1:],
    )  # fmt: skip
    assert parse(text).date is None


# --- a name over its job title over a date inside a line -------------------------------


def test_name_over_its_job_and_handle_over_a_date_inside_a_line() -> None:
    # The date line carries a place after the time, so it is read late, by the cluster;
    # the name two lines over it, past its job title and handle, is the byline.
    article = parse(
        dump(
            MENU,
            HEADLINE,
            "The council had debated the plan for more than two years before the vote on Tuesday.",
            "Lena Brandt",
            "Science reporter @lenabrandt",
            "Wednesday 20 November 2019 11:42, UK",
            "Image: Cyclists ride along a new lane in the city centre",
            PROSE,
            FOOTER,
        )
    )
    assert article.authors == ("Lena Brandt",)
    assert article.date == dt.date(2019, 11, 20)  # (no zone is printed: the day alone)


def test_a_menu_item_over_a_dated_line_is_no_byline() -> None:
    # Without a job title between them, only the line right over the date could be
    # the name: a menu's item two lines up is not.
    article = parse(
        dump(
            MENU,
            HEADLINE,
            "Fast Bikes",
            "Bike reviews",
            "13/06/2014 Lena Brandt All, Books, Kit Reviews",
            PROSE,
            FOOTER,
        )
    )
    assert "Fast Bikes" not in article.authors


# --- a two-digit year with a time after it ---------------------------------------------


def test_a_two_digit_year_after_on_in_the_byline_under_the_headline() -> None:
    article = parse(dump(MENU, HEADLINE, "By Jane Doe On 11/13/19 at 4:00 PM EST", PROSE, FOOTER))
    assert article.date == dt.datetime(
        2019, 11, 13, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.authors == ("Jane Doe",)


def test_a_two_digit_year_after_the_byline_and_a_dash() -> None:
    article = parse(dump(MENU, HEADLINE, "By Jane Doe - 11/19/19 06:56 AM EST", PROSE, FOOTER))
    assert article.date == dt.datetime(
        2019, 11, 19, 6, 56, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.authors == ("Jane Doe",)


def test_published_and_updated_glued_to_the_time_under_the_headline() -> None:
    article = parse(
        dump(
            MENU,
            HEADLINE,
            "Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago",
            PROSE,
            FOOTER,
        )
    )
    assert article.date == dt.datetime(
        2019, 11, 20, 4, 29, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.updated is None  # relative: not made absolute
    assert article.subtitle is None


def test_a_desk_credit_and_a_date_with_an_update_without_its_year() -> None:
    line = "By News Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"
    article = parse(dump(MENU, HEADLINE, line, PROSE, FOOTER))
    assert article.date == dt.datetime(
        2019, 11, 18, 14, 26, tzinfo=dt.timezone(dt.timedelta(hours=-10))
    )
    assert article.updated is None  # no year: not made absolute
    assert rule(article, "date") == "info.date"


# --- a long line under the headline that opens with a publication label ---------------


def test_a_long_posted_line_under_the_headline() -> None:
    line = "Posted by jdoe on Friday November 1, 2019 @08:00PM from the wider-lanes-ahead dept."
    article = parse(dump(MENU, HEADLINE, line, PROSE, FOOTER))
    assert article.date == dt.date(2019, 11, 1)  # no zone: the day alone
    assert rule(article, "date") == "date.labelled-under-title"


def test_a_glued_posted_line_of_one_day_under_the_headline() -> None:
    line = (
        "Posted byJane DoeNovember 1, 2019November 1, 2019Posted inCity, Transport, Cycling & "
        "Walking, Council NewsTags:bike lanes, council, city centre, budget"
    )
    article = parse(dump(MENU, HEADLINE, line, PROSE, FOOTER))
    assert article.date == dt.date(2019, 11, 1)


def test_a_posted_line_of_two_days_under_the_headline_gives_none() -> None:
    line = (
        "Posted by jdoe on Friday November 1, 2019 and on Monday November 4, 2019 in the "
        "weekly review of the council's transport committee"
    )
    assert parse(dump(MENU, HEADLINE, line, PROSE, FOOTER)).date is None


def test_a_date_over_a_reading_time_in_bits_over_the_headline() -> None:
    """``•`` / ``4`` / ``min read``: lines without a letter do not push the date line out
    of the headline's cluster."""
    article = parse(dump(MENU, "April 17, 2024", "•", "4", "min read", HEADLINE, PROSE, FOOTER))
    assert article.date == dt.date(2024, 4, 17)


def test_a_list_date_over_the_headline_is_no_bit_of_a_line() -> None:
    """A related list's ``12/04/2025`` over the headline counts as a line: the list's
    earlier dates stay out of the cluster (no second date line, no update)."""
    article = parse(
        dump(
            MENU, "Recent News", "Board names two new members for one-year terms", "12/17/2025",
            "Exams look for volunteers to test new questions", "12/16/2025",
            "Former president of the society dies at 80", "12/04/2025", HEADLINE, PROSE, FOOTER,
        )
    )  # fmt: skip
    assert article.updated is None
