"""Each cleaning rule on the debris it names, and on real sentences that look a little like it."""

from __future__ import annotations

import pytest

from firsthand.ingest import rules


@pytest.mark.parametrize(
    "line",
    [
        "Home > World > Europe",
        "Home » Sport",
        "News | World | Politics | Business | Opinion",
        "Tags: Politics, Afghanistan, Republican Party",
        "Filed under: Courts",
        "Home News Sport Business Culture Opinion",
    ],
)
def test_navigation(line: str) -> None:
    assert rules.is_navigation(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sales rose > 5% in the quarter, the company said.",
        "The vote was 52/48 in favour.",
        "Obama Wins Second Term As President",
        "Politics and business mixed at the dinner.",
    ],
)
def test_navigation_keeps_text(line: str) -> None:
    assert not rules.is_navigation(line)


@pytest.mark.parametrize(
    "line", ["DSC_0412-steele-rnc.jpg", "Image: fire_warehouse.JPEG (1200x800)", "hero.webp"]
)
def test_image_file_name(line: str) -> None:
    assert rules.is_image_file_name(line)


def test_image_file_name_keeps_text() -> None:
    assert not rules.is_image_file_name(
        "Investigators said the leaked file, report.pdf, was shared by a contractor."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Jane Roe/Reuters",
        "(Photo by Alex Wong/Getty Images)",
        "Photograph: AP",
        "Image copyright Getty Images",
        "Image caption Protesters gathered outside parliament",
        "John Smith/AFP via Getty Images",
        "© 2024 Example Media",
    ],
)
def test_photo_credit(line: str) -> None:
    assert rules.is_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo identification will be required at polling stations, officials told Reuters.",
        "The photographs were published by the newspaper on Sunday.",
    ],
)
def test_photo_credit_keeps_text(line: str) -> None:
    assert not rules.is_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "FILE - In this Aug. 21, 2012, file photo, the company logo is seen outside its offices.",
        "FILE PHOTO: The logo of the company is seen at its headquarters.",
        "In this Wednesday, July 25, 2012 photo, the leader waves to the crowd.",
        "In this undated handout photo released by the army, a soldier stands guard.",
        "Firefighters try to put out the flames on Monday. (AP Photo/Jane Doe)",
        "The minister on his way to court (Picture: Example Agency)",
        # fnc1-test:2057, fnc1-train:2207, fnc1-train:1342: a tabloid caption has no full stop
        # and points at the picture
        "It is understood that Jihadi John has been moved to the ISIS stronghold of Raqqa in "
        "Syria, pictured",
        "Jihadi John, who also murdered David Haines, left, is believed to live in the Syrian "
        "town of Al Bukamal",
        "Khairullah Khairkhwa (left) and Abdul Haq Wasiq (right)",
        "Bad night: Chandler (left) claims she was with Phelps (right) the night he was arrested",
        "Pictured are Navy Explosive Ordnance Disposal technicians preparing unexploded ordnance",
    ],
)
def test_caption(line: str) -> None:
    assert rules.debris_reason(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "In this case, the photo was fake.",
        "He said the images were doctored (see photo).",
        "The photographs were published by the newspaper on Sunday.",
        # a sentence of the article ends with its full stop, whatever it points at
        "Jihadi John, who also murdered David Haines, left, is believed to live in Al Bukamal.",
        "The raid is believed to have injured the ISIS leader (pictured).",
    ],
)
def test_caption_keeps_text(line: str) -> None:
    assert rules.debris_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("SHOCK LOSS: Harbour singer dead at 81", "label-line"),
        ("TEARFUL APOLOGY: Dock boss breaks down in court", "label-line"),
        ("Grief: A dock worker leaves the harbour office after the hearing", "label-line"),
        ("Scroll down for video", "player-prompt"),
        ("Unfortunately, your browser does not support IFrames.", "player-prompt"),
        ("Watch the full interview below, via Harbour News:", "player-prompt"),
        # FNC-1 competition_test bodies 2150 and 2381: a player's placeholder, a pointer at a
        # lost embed
        (
            "Video loading            Watch next        Watch this video again  Watch Next",
            "player-prompt",
        ),
        ("Here Is The Tweet Reporting The News:", "player-prompt"),
        (
            "Here are larger views of the images from the scene, apologies for the quality:",
            "player-prompt",
        ),
        # bodies 631, 556, 943: calls, a sign-off and a sponsor's offer
        ("ON A MOBILE DEVICE? CLICK HERE TO WATCH THE VIDEO.", "promo-call"),
        ("Stay tuned for more updates on this story at 21WIRE.", "promo-call"),
        (
            "Read this whitepaper to discover best practices that drive brand affinity, repeat "
            "business and",
            "promo-call",
        ),
        # body 439: an embedded post whose signature is glued to its link
        (
            "Oil back close to $82 a barrel after Saudi blast. Pic from @NusantarWitness "
            "pic.twitter.com/uKV59sAz8U— Andrew Critchlow (@baldersdale) November 5, 2014",
            "embedded-post",
        ),
    ],
)
def test_label_lines_and_player_prompts(line: str, reason: str) -> None:
    assert rules.debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Price: $399",  # a short list of facts
        "Source: Harbour Gazette",  # a credit that reuse reads
        "Harbour: The port reopened on Monday after a week of strikes.",  # ends as a sentence
        "Q: Why did the port close for a week in March?",
    ],
)
def test_label_lines_keep_facts_credits_and_sentences(line: str) -> None:
    assert rules.debris_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Sorry we are not currently accepting comments on this article.",
        "Comments are closed.",
        "ADD A COMMENT",
        "Be the first to comment",
        "You must be logged in to post a comment.",
    ],
)
def test_comment_notice(line: str) -> None:
    assert rules.debris_reason(line) == "comment-notice"


@pytest.mark.parametrize(
    "line",
    [
        "He posted a comment on Facebook.",
        "The firm declined to comment.",
        "Comments from the minister angered the unions.",
    ],
)
def test_comment_notice_keeps_text(line: str) -> None:
    assert rules.debris_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "The Associated Press contributed to this report.",
        "Harbour Gazette's Jane Roe and John Doe contributed reporting to this story.",
        "Contributing: Associated Press",
    ],
)
def test_credit_line(line: str) -> None:
    assert rules.debris_reason(line) == "credit-line"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # fnc1-test:40 and fnc1-test:661: a whole embedded tweet on one line, signed at its end
        (
            "Did not forget about Dre. pic.twitter.com/fWNDpFhfYr — Dave Morin (@davemorin) "
            "September 9, 2014",
            "embedded-post",
        ),
        (
            "@JaneRoe Big props to you — John Doe (@johndoe) September 15, 2014",
            "embedded-post",
        ),
        # fnc1-test:8: a promo line in capitals and bold; fnc1-test:40: link prompts
        ("**CLICK HERE TO SEE MORE CREATURES IN DISGUISE**", "promo-call"),
        ("WATCH THE VIDEO BELOW", "promo-call"),
        (
            "Click here to sign up for TechFlash, the free daily email newsletter about "
            "founders and funders in the region.",
            "promo-call",
        ),
        ("Click here to see a scan of the full page (PDF)", "promo-call"),
        # fnc1-test:40: how to reach the writer
        ("To contact the author of this post, please email jane@example.com.", "contact-line"),
        ("Contact the reporter at jane@example.com", "contact-line"),
        ("Send news tips to tips@example.com", "contact-line"),
        # fnc1-test:2226: a product widget's calls and the desk's status line
        (
            "Instantly compare products side by side and see which one is best for you!",
            "promo-call",
        ),
        ("Try it now →", "promo-call"),
        ("Developing...", "promo-call"),
        # fnc1-train:2347, fnc1-train:1697
        ("More to come.", "promo-call"),
        ("This story is developing...", "promo-call"),
        # fnc1-test:809: related headlines glued to their heading when the line breaks were lost
        (
            "RelatedIs Isis Executioner 'Jihadi John' an Anonymous Hacktivist?Steven Sotloff "
            "Beheading: 'Justice Will Be Served' Obama Warns IsisSteven Sotloff: Video Appears to "
            "Show Isis Beheading of US JournalistTributes Pour in for US Journalist Beheaded by "
            "Jihadist with 'British Accent'",
            "related-link",
        ),
    ],
)
def test_posts_promos_and_contact_lines(line: str, reason: str) -> None:
    assert rules.debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Get out!",
        "Check it out!",
        "Related reports said the strike killed ten commanders.",
        "Developing countries have been hit hardest by the outbreak.",
    ],
)
def test_reader_calls_and_status_lines_keep_text(line: str) -> None:
    assert rules.debris_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Morin wrote on Twitter (@davemorin) on September 9, 2014 that he had not forgotten.",
        "Watch the video below.",
        "He tried to contact the reporter, but she did not answer.",
        "Clicking here twice, users found, opened the hidden menu.",
        "NASA SAYS THE PROBE IS SAFE",
        "Readers can contact the author through the newspaper's website, the editor said.",
    ],
)
def test_posts_promos_and_contact_lines_keep_text(line: str) -> None:
    assert rules.debris_reason(line) is None


@pytest.mark.parametrize(
    "line", ["12,345 views", "Views: 5678", "Read 3 times", "1.2k views · 4 comments"]
)
def test_view_counter(line: str) -> None:
    assert rules.is_view_counter(line)


def test_view_counter_keeps_text() -> None:
    assert not rules.is_view_counter("The video had 12,345 views by Monday evening.")


@pytest.mark.parametrize(
    "line", ["Link to main version", "View the full site", "Switch to desktop version"]
)
def test_main_version_link(line: str) -> None:
    assert rules.is_main_version_link(line)


def test_main_version_link_keeps_text() -> None:
    assert not rules.is_main_version_link("Read the full version of the report, he urged voters.")


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Share: Facebook Twitter Email",
        "Tweet",
        "Subscribe to our newsletter for daily updates.",
        "Follow us on Twitter",
        "Sign up for breaking news alerts",
        "Subscribe",
        "Subscribe to the Ledger",
    ],
)
def test_share_or_subscribe(line: str) -> None:
    assert rules.is_share_or_subscribe(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 3% on Monday.",
        "Email records show the minister knew of the plan.",
        "Follow-up inspections found no violations, the agency said.",
        "Subscribe to the view that prices will fall, and you lose money.",
    ],
)
def test_share_or_subscribe_keeps_text(line: str) -> None:
    assert not rules.is_share_or_subscribe(line)


@pytest.mark.parametrize(
    "line", ["Read more: Republicans weigh their options", "See also: Timeline of the war"]
)
def test_related_link(line: str) -> None:
    assert rules.is_related_link(line)


def test_related_link_keeps_text() -> None:
    assert not rules.is_related_link("More than 300 people were evacuated.")


@pytest.mark.parametrize("line", ["Advertisement", "ADVERTISEMENT", "Story continues below"])
def test_advertisement(line: str) -> None:
    assert rules.is_advertisement(line)


def test_cookie_notice() -> None:
    assert rules.is_cookie_notice("We use cookies to improve your experience. Accept all")
    assert not rules.is_cookie_notice("The bakery sold 4,000 cookies at the fair on Sunday.")


@pytest.mark.parametrize(
    "line",
    [
        "June 12, 2012",
        "Updated 4: 08 p. m. ET",
        "Published: July 2, 2010 | Updated: 9:56 AM ET",
        "12 / 23 / 12 06: 03 PM ET",
        "Thursday 29 July 2004 08. 23 BST",
        "5 hours ago",
    ],
)
def test_timestamp(line: str) -> None:
    assert rules.is_timestamp(line)


@pytest.mark.parametrize("line", ["She was 85.", "2013", "In May 2013 the plant closed."])
def test_timestamp_keeps_text(line: str) -> None:
    assert not rules.is_timestamp(line)


@pytest.mark.parametrize(
    ("paragraph", "prefix"),
    [
        ("WASHINGTON — Michael Steele drew criticism.", "WASHINGTON — "),
        ("AUGUSTA, Me. — Paul LePage said.", "AUGUSTA, Me. — "),
        ("LONDON, March 5 (Reuters) - Shares fell.", "LONDON, March 5 (Reuters) - "),
        ("(CNN) — The storm weakened.", "(CNN) — "),
    ],
)
def test_dateline_prefix(paragraph: str, prefix: str) -> None:
    assert rules.dateline_prefix(paragraph) == prefix


@pytest.mark.parametrize(
    "paragraph",
    [
        "Washington — a city of monuments — is quiet.",
        "NATO — the alliance — said nothing.",
        "The mayor — who was re-elected — spoke.",
    ],
)
def test_dateline_prefix_keeps_text(paragraph: str) -> None:
    assert rules.dateline_prefix(paragraph) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By JANE ROE and JOHN DOE, The Example Times", "Jane Roe and John Doe"),
        ("By Jane Roe | Reuters", "Jane Roe"),
        ("by Mary-Kate O'Neil", "Mary-Kate O'Neil"),
        ("(Reporting by Jane Roe; Editing by John Doe)", "Jane Roe"),
        # A wire story's closing credit line names its writer first when no reporter is given.
        ("(Writing by Jane Roe; Editing by John Doe)", "Jane Roe"),
        ("(Additional reporting by Jane Roe in Paris)", "Jane Roe"),
    ],
)
def test_byline_author(line: str, author: str) -> None:
    assert rules.byline_author(line) == author


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the fire had spread to 300 acres.",
        "By the end of the year, prices had doubled.",
        "By March the talks had collapsed.",
    ],
)
def test_byline_keeps_text(line: str) -> None:
    assert rules.byline_author(line) is None


def test_link_block_heading_and_items() -> None:
    assert rules.is_block_heading("Recently added")
    assert rules.is_block_heading("Most read:")
    assert rules.is_link_list_item("Storm knocks out power to thousands")
    assert not rules.is_link_list_item(
        "The storm knocked out power to thousands of homes across the region on Sunday night."
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # fnc1-test:1110: a photographer and agency, and a gallery's "Enlarge" glued to a caption
        ("Godofredo Vasquez/USA TODAY Sports", "photo-credit"),
        ("[+] EnlargeWayne Tinkle", "photo-credit"),
        # fnc1-test:637: a caption ending in its credit
        ("A closer look at the hairball doctors removed Picture: EUROPICS", "caption"),
        # fnc1-train:402: a caption's bracketed picture note
        (
            "Police are linking two incidents in which a man hit women for sneezing "
            "(Library image)",
            "caption",
        ),
        # fnc1-test:1241, fnc1-test:2019: a comment count and a count that lost its label
        ("Comments (73)", "view-counter"),
        ("8", "view-counter"),
        # fnc1-test:2117, fnc1-test:762, fnc1-test:1703: pointers at other pages
        ("Read more from the BBC Magazine on the politics of parties", "related-link"),
        (
            "Related roundups: MacBook Air, Apple Watch , Tags: KGI Securities, Ming-Chi Kuo",
            "related-link",
        ),
        ("Special: GMO Food: It's Worse Than We Thought . . .", "related-link"),
        # fnc1-test:2117: a call for readers' stories
        (
            "Have you ever committed a kids party faux pas? Email England@bbc.co.uk with your "
            "tale of breaking the rules",
            "contact-line",
        ),
        # fnc1-test:238: a syndication pointer
        ("Click for more from The Daily Mirror.", "promo-call"),
        # fnc1-train:1446: a video prompt
        ("Watch the segment below, via CNN:", "player-prompt"),
        # fnc1-test:2117, fnc1-test:1297: a section's byline heading, an embed's markup
        ("Analysis: Clive Coleman, BBC legal correspondent", "page-note"),
        ("<noframe>Twitter: Tyson Alger - Guy saw scorpion on his shoulder</noframe>", "page-note"),
        # fnc1-test:2019, basil:ae243a95-b2c2-410c-9e2b-b083b4b8eb48_2: correction notes
        (
            "Feb. 16, 10:29 a.m.: An earlier version of this article identified Cole Cosgrove "
            "as a spokeswoman for Alaska Airlines.",
            "correction",
        ),
        ("Correction: December 1, 2010", "correction"),
        # fnc1-test:1241: an ad's click-through address
        ("http://kvors.com/click/?s=88377&c=89569&subid=21987", "bare-link"),
    ],
)
def test_credits_counts_pointers_and_page_notes(line: str, reason: str) -> None:
    assert rules.debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # fnc1-train:648: a correction quoted by the story is its text
        "The Oct. 20 Washington Post story's correction reads: \"Correction: An earlier version "
        'of this story reported that the original post was from CCTV."',
        "Analysis of the data by Smith, the agency's economist, found no change.",
        "Read the statement in full, the spokesman said.",
        "He scored 10 points in the last quarter.",
        "Watch out for ice on the roads tonight, police said.",
    ],
)
def test_credits_counts_pointers_and_page_notes_keep_text(line: str) -> None:
    assert rules.debris_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # fnc1-test:1510, fnc1-test:222, fnc1-test:579: tabloid captions with labels of two
        # or three words, one after the picture's credit in capitals
        (
            "Emergency surgery: The boy was rushed to hospital where doctors tried to save him",
            "label-line",
        ),
        (
            "Toxic fumes: Fury continues to grow over the police's heavy-handed attempts to "
            "disperse protesters, including the widespread use of tear gas",
            "label-line",
        ),
        (
            "CORCORAN STATE PRISON Hospital Treatment: Manson, pictured here in prison in 2009, "
            "has been treated for the last two months",
            "label-line",
        ),
        # fnc1-test:1879: a caption ending in its photographer's and agencies' credit
        (
            "Pro-democracy protestersput their hands up in the air in fron of the police in Hong "
            "Kong on September 28, 2014. (Alex Ogle/AFP/Getty Images)",
            "caption",
        ),
        # fnc1-test:2082, fnc1-test:918: a gallery's counter, a style sheet's rule
        ("PHOTO GALLERY | 1 of 38 IMAGES", "page-note"),
        (
            "@media only screen and (min-width : 500px) {.ethanmobile { display: none; }}",
            "page-note",
        ),
        # fnc1-test:1082: a bracketed related link, a link's anchor closing its line
        ("[ Related: Salvation Army Documents Show LGBTQ Discrimination ]", "related-link"),
        ("To read Leelah's sad and eye-opening note in full, CLICK HERE.", "promo-call"),
        # fnc1-test:1138, fnc1-test:1723: pointers down the page and at a picture
        ("Scroll down to read Leelah's letter", "player-prompt"),
        ("Here's a promotional photo of the gold model:", "player-prompt"),
        # fnc1-test:1514: an embedded post whose signature was lost
        (
            ".@attorneycrump Will you please show this to #MikeBrown's parents &let them know "
            "that he changed the WORLD! #HongKong pic.twitter.com/3u4FOSnp7x",
            "embedded-post",
        ),
        # fnc1-test:1942, fnc1-test:150: helpline boxes
        (
            "If you've been affected by the issues in this article, please call the Samaritans "
            "on 08457 90 90 90.",
            "helpline",
        ),
        (
            "Editor’s Note: If you or a young person you know is LGBT and thinking about "
            "suicide, please call The Trevor Lifeline at 1-866-488-7386.",
            "helpline",
        ),
        # fnc1-test:739: a syndicator's note naming the original headline
        ("Originally published as Crazed aunt cuts off boy’s penis", "credit-line"),
    ],
)
def test_captions_widgets_and_boxes(line: str, reason: str) -> None:
    assert rules.debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # fnc1-test:2553: a line ending in a colon introduces what follows
        "One level deeper: If Trump follows through and announces publicly he plans to "
        "withdraw from the Paris deal, an administration official laid out three ways he could "
        "do that:",
        # ecb+ 23_11ecbplus: a speaker and a colon open a quotation
        "He said: \"I can't speak for the first death, but in this case it looks like to be a "
        'lack of experience. "',
        "Told Howell: 'I hope we showed you this was investigated thoroughly, and that every "
        "possible suspect was investigated and excluded",
        # basil d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2: a headline in title case
        "Mo Cowan Senate: Deval Patrick Names Former Chief Of Staff To Replace John Kerry",
        # fnc1-train:1642: an appeal of the story names a helpline, not a crisis line
        "Anyone with any information about the case is being asked to contact the Scottish "
        "SPCA helpline at 0300 999 999.",
        # fnc1-test:67: a quotation that goes on ("..., he said")
        "'Everybody is required to have the same high level of combat competence,'",
        "This article originally appeared on Newser: Hermaphrodite Cat Getting Gender Surgery",
    ],
)
def test_captions_widgets_and_boxes_keep_text(line: str) -> None:
    assert rules.debris_reason(line) is None


def test_a_republication_note_with_a_link_stays_for_reuse() -> None:
    # fnc1-train:515: reuse reads the credit from the text
    line = (
        "(This article originally appeared on tech.qq.com on 03/02/2015. For original Chinese, "
        "click here.)"
    )
    assert rules.debris_reason(line) is None


def _example_lines() -> set[str]:
    """Every string the parametrized tests of this module give."""
    lines: set[str] = set()
    for test in list(globals().values()):
        for mark in getattr(test, "pytestmark", []):
            if mark.name != "parametrize":
                continue
            for values in mark.args[1]:
                for value in values if isinstance(values, tuple) else (values,):
                    if isinstance(value, str):
                        lines.add(value)
    return lines


def _first_rule_that_fires(line: str) -> str | None:
    words = rules.word_count(line)
    for reason, rule, max_words in rules.LINE_RULES:
        if len(line) <= rules.MAX_DEBRIS_CHARS and words <= max_words and rule(line):
            return reason
    return None


def test_lines_ending_as_sentences_skip_no_rule_that_fires() -> None:
    """`debris_reason` skips the rules for a line that ends as a sentence without a mark any
    rule needs: each example here, also ended as a sentence and made long, must get the reason
    that trying every rule in turn gives."""
    padding = " and officials said on Monday that they would meet again later in the week"
    for example in _example_lines():
        for line in (example, example + ".", example + "!", example + padding + ".", " " + example):
            assert rules.debris_reason(line) == _first_rule_that_fires(line), line
