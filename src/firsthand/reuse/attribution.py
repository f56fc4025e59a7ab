"""Attribution chains read from the text: who an article says its information comes from.

Finds "according to X", "citing X", "X reported", "as reported by X", "quoted by X",
"told X" / "told the X reporter", "X contributed to this report" and wire datelines
"CITY (X) -", where X is a named organisation or publication. People are speakers and
claimants, handled by the claims stage; they are not origins here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from firsthand.model import LEADING_FUNCTION_WORDS, Article, Mention, surname
from firsthand.reuse.units import overlaps

# "news360", "News24", "tv9": a medium word and a number make a brand, whatever the case.
_MEDIUM_NUMBER_WORD = r"(?:news|tv|radio|media)\d+"

# A capitalised word, "U.S."-style initials, or a dotted name ("FoxNews.com"); a final
# full stop is left out, so a name never runs across a sentence end.
# A broadcaster's channel number may lead its brand ("9News", "7News"): digits fused onto a
# capitalised word are one name, not a number before "News".
# A brand may spell its digits apart ("9to5 Mac", "9 to 5 Mac" for "9to5Mac"): a number joined
# by "to" to another before a capitalised word is part of the name.
# A name starts at a word's start ("Gen.fr" is no name inside "iGen.fr"); one in a hyphenated
# adjective ("a non-China-related project") is left to `is_origin_name`.
_CAPITAL = (
    # ("iGen.fr", "eWeek": a brand may open with one small letter before its capital)
    r"(?<!\w)(?:[A-Z]\.(?:[A-Z]\.)+|(?:\d[a-z\d]*(?=[A-Z])|\d+ ?to ?\d+ (?=[A-Z])|"
    r"[a-z](?=[A-Z][a-z]))?"
    r"[A-Z][\w&'’-]*(?:[./][A-Za-z][\w&'’-]*)*"  # "Re/code"
    # the same brand in lower case, as web copy writes it ("9to5mac"): letters between digits
    r"|\d+[a-z]+\d+[a-z]{2,}\b"
    # a medium word fused with a number, written in lower case ("news360", "news24", "tv9")
    rf"|{_MEDIUM_NUMBER_WORD}\b)"
)
_LINK = r"(?:(?:of|for) (?:the )?|(?:de|du|des|la|&) )"
# A middle initial ("Robert S. Mueller") only between two words of a name.
# "The Mail on Sunday", "The Independent on Sunday": a paper's Sunday edition is named by its
# day; only after a newsroom head word, so "told Reuters on Sunday" keeps "Reuters".
_SUNDAY_EDITION = (
    r"(?:(?:(?<=Mail)|(?<=Independent)|(?<=Express)|(?<=Mirror)|(?<=Herald)|(?<=Post)|"
    r"(?<=Times)|(?<=Telegraph)|(?<=Star)|(?<=Sun)) on Sunday\b)"
)
# A broadcaster's channel or frequency after its brand: "FOX 13", "ABC 7", "News 96.5".
_CHANNEL = (
    r"(?:(?<=FOX)|(?<=Fox)|(?<=ABC)|(?<=CBS)|(?<=NBC)|(?<=News)|(?<=NEWS)|(?<=Channel))"
    r" \d{1,3}(?:\.\d)?(?![\d,.]*\s*(?:%|percent|per cent|minutes|hours|days|years|people))\b"
)
# A site credited by its web address, as web copy writes it in lower case ("aina.org reports",
# "bikyamasr.com"): a top-level domain, not a file name or "e.g.", ends it.
_LOWER_DOMAIN = (
    r"(?<![\w./@-])[a-z][a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|news|gov|edu|co\.uk|"
    r"co|io|tv|fm|uk|fr|de|ru|in|au|ca|ie|it|es|nl|ch|pk|ng|za|ke|ph|sg|nz|il|ae|lb|eg|tr|af|us)"
    r"(?![\w/@-]|\.\w)"
)
# A broadcaster named by a brand and a channel number, credited as the one who reports
# ("France 3 reported", "according to Channel 4,", "reported France 24."): the number is part of
# the name only where the credit ends at it; "according to Section 3 of" is no broadcaster.
_NUMBERED = (
    r"(?: \d{1,2}(?!\.\d)(?=\s*(?:[,.;:)]|$)|\s+(?:reported|reports|has reported|said|says|wrote|"
    r"writes|noted|notes)\b)"
    # or where a newsroom noun follows ("the Emirates 247 news website", "the France 24 channel")
    r"| \d{1,3}(?=\s+(?:news\s+)?(?:website|site|channel|newspaper|daily|station)\b))"
)
_NAME = (
    rf"(?:{_LOWER_DOMAIN}|(?:[Tt]he )?{_CAPITAL}(?: {_LINK}?(?:[A-Z]\. )?{_CAPITAL})*"
    # "FOX 2 News", "ABC 7 Eyewitness News": the brand goes on after its channel number
    rf"{_SUNDAY_EDITION}?(?:{_CHANNEL}(?: {_CAPITAL})*|{_NUMBERED})?)"
)
# Words for a publication of information: a name next to one of them names a document.
_DOCUMENT = (
    r"(?:report|investigation|analysis|analyses|study|studies|survey|data|dataset|database|"
    r"figures|statistics|findings|review|audit|poll|census|records|documents|estimate|"
    r"assessment|story|stories|article|reporting|index)s?"
)
_DETERMINERS = (
    r"(?:(?:a|an|the|new|recent|latest|its|their|his|her|preliminary|official|internal|"
    r"leaked|annual|an? earlier|exclusive|\w+-(?:month|year|week)|[a-z]+)\s+){0,3}"
)
# "published in January by X", "released on Monday by X", "compiled by X", "from X"
_BY = (
    r"(?:(?:published|released|compiled|issued|obtained|commissioned|produced|prepared|"
    r"conducted|carried out)(?:\s+(?:in|on|last|this|earlier)\s+\w+)?\s+)?(?:by|from)"
)
# "the newspaper The Meridian Herald", "the broadcaster X": the noun says X is a newsroom.
_NEWSROOM_NOUN = (
    r"(?:newspaper|paper|news outlet|outlet|broadcaster|news agency|wire service|magazine|"
    r"news site|website|tabloid|daily|weekly|channel|radio station|TV station|station|"
    r"affiliate)"
)
_NEWSROOM_CALLED = rf"(?:(?:the|a|an)\s+(?:\w+\s+)?{_NEWSROOM_NOUN}\s+)"
# After a name, only nouns that say newsroom by themselves: "the White House website" is not one.
_NEWSROOM_AFTER = (
    r"(?:newspaper|paper|news outlet|news agency|wire service|magazine|news site|news website|"
    r"tabloid|daily|broadcaster|TV station|radio station|TV channel|news channel)"
)
_TOLD_VERB = (
    r"\b(?:told|tells|telling|[Ii]n an interview with|[Ss]peaking to|said to|"
    # "Simone spoke with the NY Post": an interview given to a newsroom
    r"(?:spoke|speaking|talked|talking) (?:with|to)|"
    # "has revealed this to MacRumors": the object of what was told may stand between
    r"(?:revealed|confirmed|admitted|explained)(?: (?:this|that|it|the news))? to|"
    # "assured The Daily Mirror that ...": told a newsroom, to reassure
    r"(?:re)?assured|[Ii]n a statement to) "
)
_TOLD = rf"{_TOLD_VERB}(?:(?:a|an|the)\s+)?"
# What may stand between "told" (or "according to") and the newsroom: a possessive place, or a
# newsroom noun with up to two adjectives ("told Orlando's Real Radio", "told South Korea's largest
# newspaper Chosun Ilbo", "in an interview with local radio station X", "told Orlando radio
# station X").
_NOUN_PHRASE = rf"(?:(?:[a-z]+\s+|{_CAPITAL}\s+){{0,3}}{_NEWSROOM_NOUN}\s+)"
_DESCRIBED = rf"(?:{_CAPITAL}(?: {_CAPITAL})*['’]s\s+{_NOUN_PHRASE}?|{_NOUN_PHRASE})"
# ", a labour rights group," between a name and its verb
_APPOSITIVE = r"(?:,[^,.;:\"“”]{1,80},)?"

_CONTRIBUTED = (
    rf"(?P<name>{_NAME}) contributed (?:reporting )?(?:to )?this (?:report|story|article)"
)
_WEEKDAY = f"(?:{'|'.join(calendar.day_name)})"
_RELATIVE_DAY = r"(?:today|tonight|yesterday|this (?:morning|afternoon|evening))"
# What a newsroom's people produce, after its name: "a BBC correspondent", "a Benzinga report".
_NEWSROOM_WORK = (
    r"(?:report|story|article|investigation|analysis|interview|correspondent|reporter|"
    r"journalist|editor)"
)
_COMES_FROM = (
    r"\b(?:[Nn]ews|[Rr]eports?|[Ss]tory|[Ww]ord|[Rr]umou?rs?)(?: of [^.;:\n]{1,80}?)? "
    r"(?:comes?|came|originally came|originates?|originated) from "
)
_PATTERNS = (
    (
        "according to",
        rf"\b[Aa]ccording (?:to )?{_DETERMINERS}{_DOCUMENT}\s+{_BY}\s+(?P<name>{_NAME})",
        True,
    ),
    # ("according the news website X": a "to" left out is still the credit)
    ("according to", rf"\b[Aa]ccording (?:to )?(?P<name>{_NAME})", False),
    # "according to a Saturday Benzinga report", "according to a BBC correspondent", "a Daily
    # Mail news report"
    (
        "according to",
        rf"\b[Aa]ccording (?:to )?an? (?:{_WEEKDAY}\s+)?(?P<name>{_NAME})\s+(?:news\s+)?"
        rf"{_NEWSROOM_WORK}\b",
        False,
    ),
    # "according to a story on the website MacRumors": a piece a newsroom published there
    (
        "according to",
        r"\b[Aa]ccording (?:to )?(?:a|an|the) (?:\w+ )?(?:story|article|report|post|piece) "
        r"(?:on|in) "
        rf"(?:the )?(?:(?:web)?site |blog |newspaper |magazine )?(?P<name>{_NAME})",
        False,
    ),
    # "according to the news site Pando Daily", after the plain form (see "told" below)
    (
        "according to",
        rf"\b[Aa]ccording (?:to )?(?:(?:a|an|the)\s+)?{_DESCRIBED}(?P<name>{_NAME})",
        False,
    ),
    ("citing", rf"\b[Cc]iting {_DETERMINERS}{_DOCUMENT}\s+{_BY}\s+(?P<name>{_NAME})", True),
    ("citing", rf"\b[Cc]iting (?:(?:a|an|the)\s+)?(?P<name>{_NAME})", False),
    (
        "reported by",
        # "first reported Sunday by X", "which was revealed by X last December"
        rf"\b(?:first |originally |previously |earlier )?(?:reported|revealed|disclosed) "
        rf"(?:(?:on|last|this|earlier) \w+ |{_WEEKDAY} )?by (?P<name>{_NAME})",
        False,
    ),
    # "as reported on the RT website", "first reported in the Guardian": where it ran
    (
        "reported by",
        r"\b(?:[Aa]s|[Ww]as|[Ww]ere|first|originally) reported (?:on|in) (?:the )?"
        rf"(?P<name>{_NAME})",
        False,
    ),
    (
        "reports",
        # "Brian Stelter from CNN just reported": the newsroom after a reporter's name;
        # "the Emirates247 news website reported": the newsroom before what it is.
        rf"(?:{_CAPITAL}(?: {_CAPITAL})* (?:of|from|at) )?(?P<name>{_NAME})"
        rf"(?:\s+{_NEWSROOM_AFTER})?\s+"
        r"(?:first |originally |previously |earlier |just |also )?"
        r"(?:reported|reports|report|has reported|had reported|is reporting|was reporting|"
        r"revealed|has revealed|disclosed|wrote|writes|notes|noted|cited|tweeted|claims|"
        # "X hears from sources that": the newsroom told by its sources
        r"hears|heard|has heard|has learned|has learnt)\b",
        False,
    ),
    (
        # "..., reports PandoDaily.": the credit after the claim, closing the sentence
        "reports",
        r",\s+(?:reports|reported|writes|wrote|notes|noted) (?:the )?"
        rf"(?P<name>{_NAME})(?=(?:\s+(?:on|in|last|this|earlier) \w+|\s+{_RELATIVE_DAY})?"
        r"\s*(?:[.;!?]|$))",
        False,
    ),
    # "Writes RT.com on Jan. 2: “...”": the credit opening a sentence, over the passage quoted
    (
        "reports",
        r"(?m)(?:^|(?<=[.!?] ))(?:Writes|Wrote|Reports|Reported|Notes|Noted) (?:the )?"
        rf"(?P<name>{_NAME})(?:,? (?:on|in|last|this) [\w.]+(?: \d{{1,2}})?)?\s*[:,]",
        False,
    ),
    (
        "said in a report",
        rf"(?P<name>{_NAME}){_APPOSITIVE}\s+(?:said|says|found|wrote|estimated|estimates)\s+in\s+"
        rf"(?:a|an|its|their)\s+(?:\w+\s+)?{_DOCUMENT}\b",
        True,
    ),
    (
        "document by",
        rf"\b{_DOCUMENT}\s+{_BY}\s+{_NEWSROOM_CALLED}?(?P<name>{_NAME})",
        True,
    ),
    (
        "document of a newsroom",
        rf"\b{_DOCUMENT}\s+(?:of|in)\s+{_NEWSROOM_CALLED}(?P<name>{_NAME})",
        True,
    ),
    # Not "the Kingdom's media report", "Britain's press reports": a place's press is its
    # newsrooms, unnamed; the place publishes nothing.
    (
        "possessive document",
        rf"(?P<name>{_NAME})['’]s?\s+(?!(?:[\w-]+\s+)?(?:media|press|newspapers)\s)"
        rf"(?:[\w-]+\s+){{0,2}}{_DOCUMENT}\b",
        True,
    ),
    # "a story in Quartz Sunday", "Vox published a story headlined": a newsroom's piece the
    # article retells ("According to the story, ..." then refers back to it)
    (
        "story in",
        r"\b(?:[Aa]n?|[Tt]he|[Ii]ts) (?:\w+ )?(?:story|article|piece|post|report) "
        rf"(?:published |posted |that ran )?(?:in|on|by) (?:the )?(?P<name>{_NAME})",
        False,
    ),
    (
        "story in",
        rf"(?P<name>{_NAME}) (?:published|posted|ran) (?:an?|its) (?:\w+ )?"
        r"(?:story|article|piece|post|report)\b",
        False,
    ),
    ("quoted by", rf"\bquoted by (?:(?:a|an|the)\s+)?(?P<name>{_NAME})", False),
    # "quoted by the Saudi Arabic language daily 'Ajel'": the newsroom after what it is, its
    # name maybe in quotation marks
    (
        "quoted by",
        rf"\bquoted by (?:(?:a|an|the)\s+)?{_DESCRIBED}[‘'\"“]?(?P<name>{_NAME})",
        False,
    ),
    # "Robert Cringely, a technology blogger, wrote on Forbes.com", "wrote in the Washington
    # Post": a writer's piece the newsroom published; only a newsroom ("wrote on Twitter" is none).
    # Not a writer's career ("a journalist who has written for TIME", "wasn't writing for X"),
    # nor a place on a site that is no newsroom's piece ("writing on the X Media forum").
    (
        "wrote in",
        r"(?<!\bwho )(?<!\bnot )(?<!n't )\b(?:wrote|writes|writing|blogged|posted) (?:on|in|for) "
        # "wrote on BBC's Doctor Who website": a newsroom's programme or page, not its piece
        r"(?:the )?(?!(?:[\w&.-]+ ){0,3}[\w&.-]+['’]s\b)"
        rf"(?P<name>{_NAME})(?!\s+(?:forum|page|account|wall|feed)s?\b)",
        False,
    ),
    # "Saudi daily Ajel quoted the airline's manager as saying", "X, which quotes a source",
    # "X, quoting officials,": the newsroom relays a source; only a newsroom is an origin.
    (
        "quoted",
        # ("The Associated Press (AP) quoted X": its initials may follow the name)
        rf"(?P<name>{_NAME})(?:\s+{_NEWSROOM_AFTER})?(?:\s+\([A-Z]{{2,6}}\))?"
        r"(?:,\s+(?:which\s+)?|\s+)(?:quoted|quotes|quoting)\b",
        False,
    ),
    ("per", rf"\b[Pp]er (?:the\s+)?(?P<name>{_NAME})", False),
    # "News of the cuts comes from veteran reporter Robert X. Cringely", "The report comes from
    # Forbes": a copular credit naming who published the news, after a description of them.
    ("comes from", rf"{_COMES_FROM}(?:(?:a|an|the)\s+)?(?P<name>{_NAME})", True),
    # after a description that ends in what the party is: "veteran Silicon Valley reporter X"
    (
        "comes from",
        rf"{_COMES_FROM}(?:(?:a|an|the)\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+) ){{0,5}}?"
        rf"(?P<trade>{_NEWSROOM_WORK}|{_NEWSROOM_NOUN}|blogger|columnist|writer|contributor|blog) "
        rf"(?P<name>{_NAME})",
        True,
    ),
    ("told", rf"{_TOLD}(?P<name>{_NAME})", False),
    # After the plain form, which keeps "told CNN's Don Lemon" as CNN's.
    ("told", rf"{_TOLD}{_DESCRIBED}(?P<name>{_NAME})", False),
    # "told Saudi daily, Ajel,", "Speaking to the Saudi daily, Ajel,": the name set off by
    # commas after what it is
    (
        "told",
        rf"{_TOLD}(?:{_CAPITAL}\s+){{1,2}}{_NEWSROOM_NOUN},\s+(?P<name>{_NAME})(?=\s*[,.;:])",
        False,
    ),
    ("told", rf"\bin an? (?P<name>{_NAME}) interview\b", False),  # "in a CNN interview"
    ("contributed", _CONTRIBUTED, False),
    # A republisher's notes: the whole article is another publisher's text, and the note
    # itself says the named party publishes ("originally appeared at Radio Free Europe/Radio
    # Liberty" names a newsroom whatever its words), hence read as naming a document.
    (
        "originally appeared",
        r"\b[Tt]his (?:article|story|post|piece|report|column) (?:originally|first) "
        r"(?:appeared|was published|ran) (?:at|in|on|by) "
        rf"(?:(?:the )?(?:website|site|pages) of )?(?P<name>{_NAME})",
        True,
    ),
    # without "This article", what first appeared may be a video or a picture: newsrooms only
    (
        "originally appeared",
        r"\b(?:originally|first) (?:appeared|published|ran) (?:at|in|on|by) "
        rf"(?:(?:the )?(?:website|site|pages) of )?(?P<name>{_NAME})",
        False,
    ),
    (
        # "Reprinted with the permission of RFE/RL", "Republished with permission from X"
        "reprinted",
        r"\b(?:[Rr]eprinted|[Rr]epublished|[Rr]eproduced|[Pp]ublished) (?:here )?with "
        rf"(?:the )?(?:kind )?permission (?:of|from) (?:the )?(?P<name>{_NAME})",
        True,
    ),
    (
        # "This story appeared in Saturday's edition of the Daily Mail."
        "edition of",
        r"\b[Tt]his (?:story|article|piece|report|column|post|interview) (?:first |originally )?"
        r"(?:appeared|was published|ran) (?:in|on) (?:(?:\w+['’]s|the|an?) )?(?:[\w-]+ )?"
        rf"(?:edition|issue) of (?:the )?(?P<name>{_NAME})",
        True,
    ),
    # "[With AFP]" on a line of its own: the article is written with the agency's copy.
    ("with credit", rf"(?m)^[\[(]\s*[Ww]ith (?P<name>{_NAME})\s*[\])]\.?$", False),
    # A republisher's pointers to its source: "(via CNN)", "From CNN:" opening a quoted
    # passage, "Read the full report at TechCrunch."
    # "via" set off by a bracket or punctuation, or news that "comes via" X: "available via
    # Apple TV" names a device and "[Image via ABC News]" credits a picture.
    (
        "via",
        rf"(?m)(?:^|[(\[]|[,:–—-] ?|\b(?:comes|came|coming) )[Vv]ia (?:the )?(?P<name>{_NAME})",
        False,
    ),
    ("via", rf"(?m)^From (?:the )?(?P<name>{_NAME}):", False),
    # "9to5Mac:" alone on a line over a quoted block: the newsroom whose words follow
    ("via", rf"(?m)^(?:the )?(?P<name>{_NAME}):[ \t]*\n\s*[\"“]", False),
    # "As Bustle and Cosmopolitan point out,": each newsroom named credits the point
    (
        "reports",
        rf"\b[Aa]s (?P<name>{_NAME})(?=(?: and {_NAME})? (?:points?|pointed) out\b)",
        False,
    ),
    ("reports", rf"(?<=\band )(?P<name>{_NAME})(?= point(?:ed)? out\b)", False),
    # "Here are the particulars, from The Odessa American:", "Below, more on the soldiers from
    # the AP:" closing the line above the passage taken; not "More from X:" over a newsroom's
    # own links, nor "a statement from ESPN:" (a party's statement, not a report)
    (
        "via",
        rf"(?m)(?:,|\b(?:on|about) [^\n:]{{1,60}}) from (?:the )?(?P<name>{_NAME}):[ \t]*$",
        False,
    ),
    (
        "via",
        r"\b[Rr]ead (?:more|(?:the )?(?:full |original |whole |complete )?"
        rf"(?:report|story|article|piece|interview)) (?:at|on|in) (?:the )?(?P<name>{_NAME})",
        False,
    ),
    # "[h/t NYDN, image via AP]", "h/t New York Daily News", "Hat tip: Snopes": the hat tip
    # credits whom the story was taken from (the picture's credit after it credits a picture)
    (
        "via",
        rf"(?:\b[Hh]/[Tt]|\bHT|\b[Hh]at [Tt]ip(?: to)?)\b:? (?:the )?(?P<name>{_NAME})",
        False,
    ),
    # "... feeling great.\" - Daily Mirror" closing the text: the newsroom the piece is from
    (
        "source",
        rf"[.!?\"”’)]\s*[-–—]\s*(?:the )?(?P<name>{_NAME})\s*\Z",
        False,
    ),
    # "BEIRUT (Reuters) -", and "Nov 5 (Reuters) -" with the date first, as wire copy opens
    (
        "dateline",
        rf"(?m)^{_CAPITAL}(?:,? (?:{_CAPITAL}|\d{{1,2}}(?:st|nd|rd|th)?)){{0,4}} "
        rf"\((?P<name>{_NAME})\)\s*[-—–]",
        False,
    ),
    # "Speaking to our sister publication Mirror Online": a newsroom of the same house that
    # the article retells.
    (
        "sister publication",
        r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir|[Aa]|[Tt]he) sister (?:publication|paper|newspaper|title|"
        rf"site|website|station|channel|network|magazine|outlet) (?P<name>{_NAME})",
        False,
    ),
)
PATTERNS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (label, re.compile(pattern), names_document) for label, pattern, names_document in _PATTERNS
)
"""(label, pattern, whether the phrase names a document). An origin is a publisher of
information that others retell: a party named next to a document (a report, study, data...)
published one; without a document, only a newsroom is an origin. Other parties (people,
places, officials said to assert something) are claimants, which the align stage handles."""

# Head words of publication and broadcaster names ("The Meridian Herald", "Fox News").
_NEWSROOM_HEADS = {
    "times",
    "post",
    "news",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "independent",
    "chronicle",
    "observer",
    "daily",
    "magazine",
    "radio",
    "tv",
    "television",
    "network",
    "press",
    "review",
    "star",
    "sun",
    "mail",
    "express",
    "mirror",
    "globe",
    "bulletin",
    "wire",
    "channel",
    "broadcasting",
    "media",
    "weekly",
    "today",
    "reporter",
    "examiner",
    "inquirer",
    "dispatch",
    "courier",
    "register",
    "sentinel",
    "ledger",
    "insider",
    "online",  # "Kent Online", "MailOnline", "National Review Online"
}
_MEDIA_WORDS = {"tv", "television", "radio", "press", "media", "network", "channel", "wire"}
"""A medium named alone ("the TV personality") is no newsroom; "the Times", "the Post" and
"the News", short for a paper's name, are."""
_NEWSROOM_WORDS = {"news", "press", "broadcasting"}
"""Words that mark a newsroom anywhere in its name ("Xinhua News Agency", "Press Association");
'agency' alone does not (a government or recruitment agency)."""
WIRE_AGENCIES = {
    "ap",
    "associated press",
    "reuters",
    "afp",
    "agence france-presse",
    "bloomberg",
    "upi",
    "united press international",
    "xinhua",
    "tass",
    "kyodo",
    "ansa",
    "efe",
    "dpa",
    "anadolu",
    "yonhap",
    "press association",
    "pa media",
}
"""The news agencies that sell copy to other newsrooms: their credit marks wire text."""
NEWSROOM_ACRONYMS = {
    "abc",
    "ani",
    "ard",
    "bbc",
    "cbc",
    "cbs",
    "cctv",
    "cgtn",
    "cna",
    "cnbc",
    "cnn",
    "crn",
    "ctv",
    "dw",
    "espn",
    "et",
    "ew",
    "ft",
    "ians",
    "irib",
    "irna",
    "isna",
    "itn",
    "jta",
    "itv",
    "kbs",
    "kcna",
    "lbc",
    "mbc",
    "msnbc",
    "nbc",
    "ndtv",
    "nhk",
    "npr",
    "nrk",
    "nydn",
    "nyt",
    "orf",
    "pbs",
    "pti",
    "rfa",
    "rfe",
    "rfe/rl",
    "rfi",
    "rnz",
    "rt",
    "rtbf",
    "rte",
    "rtl",
    "rtve",
    "sabc",
    "sbs",
    "scmp",
    "srf",
    "svt",
    "thr",
    "time",
    "tmz",
    "tve",
    "tvnz",
    "voa",
    "wsj",
    "yle",
    "ytn",
    "zdf",
}
"""Broadcasters and papers best known by their initials. Any other acronym (EU, FBI, DNC, ILO)
names a body that asserts things, a claimant, unless the text spells it out as a newsroom."""
# US broadcast call signs: four letters starting with K (west) or W (east), "KTVI", "WVLK".
_NAME_LINKS = {"of", "for", "de", "du", "des", "la", "and", "&"}
"""Words inside a name that its initials leave out."""
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")  # "KTVI", "WCVB-TV"
# The newsroom noun ends its phrase ("X, a radio station in Y"), not "X, the magazine's founder".
_NOUN_ENDS = r"(?=\s*[,.;:)]|\s+(?:that|which|who|based|in|of|owned|run)\b)"


_DATELINE_CREDIT = re.compile(rf"\((?P<name>{_NAME})\)\s*(?:—|–|--|-)\s*$")
_REMOVED_CREDITS: dict[str, tuple[str, tuple[re.Pattern[str], ...]]] = {
    "dateline": ("dateline", (_DATELINE_CREDIT,)),
    # ingest takes "[With AFP]" for a picture's credit; it credits the article's copy
    "photo-credit": ("with credit", (re.compile(rf"^[\[(]\s*[Ww]ith (?P<name>{_NAME})\s*[\])]$"),)),
    "credit-line": (
        "contributed",
        (re.compile(_CONTRIBUTED), re.compile(rf"^Contributing:\s*(?P<name>{_NAME})")),
    ),
}
"""Segments ingest removed that name a newsroom, by removal reason: the attribution's label and
the patterns that read the newsroom."""
CREDIT_LINES = frozenset(label for label, _ in _REMOVED_CREDITS.values())
"""Labels of attributions read from datelines and credit lines: metadata a copy carries along."""
REPUBLICATION = frozenset(
    ("originally appeared", "reprinted", "edition of", "with credit", "source")
)
"""Labels of notes that credit the whole article to another publisher: the article is that
publisher's text, so none of it is the republisher's own reporting."""
# First person of a newsroom: what only the newsroom that reported a story writes of itself.
# A copy that keeps these words verbatim carries them too and so decides nothing.
NEWSROOM_VOICE = re.compile(
    # ("this paper" is as often a scientific paper)
    r"\b(?:[Tt]his|[Oo]ur) (?:newspaper|publication|newsroom)\b|\b[Oo]ur paper\b"
    r"|\b[Oo]ur (?:own |\w+ ){0,2}(?:reporters?|correspondents?|investigation|"
    r"requests? for (?:a )?comment)\b"
    r"|\b(?<!open )[Oo]ur (?:[\w-]+ ){0,2}sources?\b(?! code)"
    r"|\b(?:told|telling|tells|spoke to|speaking to|contacted by) us\b"
    # "they sent us this statement": the newsroom received it
    r"|\b(?:sent|sends|gave|emailed|e-mailed|provided) us\b"
    r"|\b[Ww]e (?:can (?:now )?reveal|have (?:obtained|learned|learnt))\b"
)
# "The Mail on Sunday has obtained", "X understands", "X's request for comment": the article's
# own outlet as the one that found, was told or asked.
OUTLET_FINDS = re.compile(
    rf"(?P<name>{_NAME}) (?:has (?:obtained|learned|learnt|seen|established|been told)|"
    r"can (?:now )?reveal|understands|['’]s requests? for (?:a )?comment)\b"
)
# "Source: Wall Street Journal, CNBC" closing an article: a list of newsrooms it retells.
# "Source: Wall Street Journal, CNBC", "VIA: Benzinga", "Via G for Games" on a line of its own
# ("SOURCE MacRumors": in capitals the label needs no colon)
# "With files from Associated Press and Bloomberg", "With reporting from Reuters": a closing
# line naming the newsrooms whose copy went into the article.
# ("SOURCE-Salon-": the label and the name set off by dashes instead of a colon)
_SOURCE_LINE = re.compile(
    r"(?m)^(?:[Ss]ources?:|SOURCES?[:-]?|(?:[Vv]ia|VIA):?|[\[(]?[Ww]ith (?:files|(?:additional )?"
    r"reporting|wire reports?|information) (?:from|by)(?: the)?)"
    r"[ \t]*(?P<names>[^\n]{2,120}?)[\])]?[.-]?[ \t]*$"
)
# "Source: https://site.wordpress.com/2015/...", "- See more at: http://site.com/...#sthash":
# a footer pointing at the page the text was taken from (share widgets add "See more at" to
# copied text); the site is the origin, named by its host.
_URL_SOURCE_LINE = re.compile(
    r"(?m)^[-–—]?[ \t]*(?:[Ss]ources?|SOURCES?|[Ss]ee more at|[Rr]ead more at|[Oo]riginal "
    r"(?:article|source|post|story)(?: at)?|[Vv]ia|VIA)[ \t]*:?[ \t]*(?:https?://)?(?:www\.)?"
    r"(?P<host>[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6})(?:[/#?]\S*)?[ \t]*$"
)
# A newsroom's name alone on a line: the credit above or below a piece the article carries
# ("Sputnik News" between the article's comment and the copied piece).
# It stands as a paragraph of its own, at the text's start or end or between blank lines:
# a name under "Enlarge" or among a page's link lines is a picture credit or a link.
_NAME_LINE = re.compile(
    rf"(?:\A|\n[ \t]*\n|\n(?=[^\n]*\s*\Z))[ \t]*"
    rf"(?P<name>(?:[Tt]he )?{_CAPITAL}(?: {_CAPITAL}){{0,3}})[ \t]*(?=\n[ \t]*\n|\s*\Z)"
)
_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
# "PandoDaily", "HuffPost", "AppleInsider": a brand that fuses a newsroom head word onto its name
# (not a medium: "FireWire" and "WordPress" are no newsrooms); "9News": a channel number fused on.
# "TOLOnews", "KTVUnews": a brand in capitals runs on into a head word in lower case.
_FUSED_HEAD = re.compile(
    r"^(?:(?:[A-Z]\w*[a-z]|\d+)(?P<head>[A-Z][a-z]+)|[A-Z]{2,}(?P<lower_head>[a-z]{3,}))$"
)
_MEDIUM_NUMBER = re.compile(_MEDIUM_NUMBER_WORD, re.IGNORECASE)
# Sites where anyone posts: their address names where a video or post sits, not a newsroom.
_PLATFORM_DOMAINS = frozenset(
    f"{site}.com"
    for site in (
        "youtube", "facebook", "twitter", "instagram", "vimeo", "liveleak", "reddit", "tumblr",
        "google", "dailymotion", "pinterest", "flickr", "imgur", "polldaddy", "vine", "tiktok",
    )
)  # fmt: skip
# "RT.com", "Entertainment.ie", "iGen.fr", "news.co.uk": a site named by its web address.
_WEB_DOMAIN = re.compile(r"\w\.(?:com|org|net|info|news|[a-z]{2})(?:\.[a-z]{2})?$")


def looks_like_newsroom(name: str, outlets: Iterable[str] = (), text: str = "") -> bool:
    """A publication or broadcaster: a newsroom head word, a web domain, a newsroom's
    initials or call sign, a wire agency, a known newsroom (data/newsrooms.txt), one of the
    story's own outlets, or a name that
    `text` calls a newsroom ("the newspaper X", "X, a radio station", "X News Agency (X)")."""
    lowered = name.lower().removesuffix(" on sunday")  # the Sunday edition of a paper
    tokens = lowered.split()
    if not tokens or lowered in _MEDIA_WORDS or lowered == "online":
        return False  # a medium alone names no newsroom ("Online, users celebrated ...")
    if re.sub(r"^www\.", "", lowered) in _PLATFORM_DOMAINS:
        return False  # "Via youtube.com" under an embed: the platform publishes anyone's posts
    brand, _, channel = lowered.rpartition(" ")
    if re.fullmatch(r"\d{1,3}(?:\.\d)?", channel) and (
        brand in _STATION_BRANDS or looks_like_newsroom(name.rpartition(" ")[0], outlets, text)
    ):
        # "FOX 13", "ABC 7", "News 96.5", "WCVB-TV Channel 5": a station by brand and channel
        return True
    return (
        not _NEWSROOM_HEADS.isdisjoint(tokens[-1].split("-"))  # "Las Vegas Review-Journal"
        or not _NEWSROOM_WORDS.isdisjoint(tokens)
        or _WEB_DOMAIN.search(lowered) is not None
        or _fused_head(name) in _NEWSROOM_HEADS - _MEDIA_WORDS
        or (name.isupper() and lowered in NEWSROOM_ACRONYMS)
        or _CALL_SIGN.fullmatch(name) is not None
        or _MEDIUM_NUMBER.fullmatch(lowered) is not None
        or lowered in WIRE_AGENCIES
        or lowered in _known_newsrooms()
        or lowered in {clean_name(o).lower() for o in outlets}
        or _called_newsroom(name, text)
    )


# Things numbered like channels that are no broadcaster: "according to Article 5", "Phase 2".
_NUMBERED_THINGS = {
    "article", "section", "chapter", "table", "figure", "fig", "phase", "stage", "level",
    "category", "rule", "clause", "part", "page", "flight", "room", "gate", "terminal", "route",
    "round", "game", "week", "day", "year", "grade", "class", "type", "step", "item", "exhibit",
    "appendix", "volume", "vol", "issue", "episode", "season", "no", "number", "apollo",
    "windows", "version", "iphone", "galaxy", "district", "ward", "unit", "division", "group",
    "team", "squad", "tier", "zone", "block", "building", "floor", "lot", "box", "act", "scene",
}  # fmt: skip


def _numbered_broadcaster(name: str) -> bool:
    """'France 3', 'Channel 4', 'BBC Radio 4': a capitalised brand and a channel number, which
    the patterns take as a name only where it is credited (`_NUMBERED`); not a date ('Nov 5')
    nor a numbered thing ('Article 5')."""
    numbered = re.fullmatch(r"(?P<brand>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*) \d{1,2}", name)
    if numbered is None:
        return False
    first = numbered["brand"].split()[0].lower()
    return first not in _NUMBERED_THINGS and first not in _CALENDAR_WORDS | _MONTH_ABBREVIATIONS


def _fused_head(name: str) -> str:
    fused = _FUSED_HEAD.match(name)
    return (fused["head"] or fused["lower_head"]).lower() if fused else ""


@cache
def _known_newsrooms() -> frozenset[str]:
    """Newsrooms whose names say nothing about news ("TechCrunch", "Politico", "Haaretz"),
    trimmed and lower-cased as `clean_name` leaves a name found in text."""
    listed = resources.files("firsthand.reuse").joinpath("data", "newsrooms.txt")
    lines = listed.read_text("utf-8").splitlines()
    return frozenset(
        clean_name(line).lower() for line in lines if line.strip() and not line.startswith("#")
    )


# Frames only a publisher fills: sources tip it ("sources told X", "X hears from sources",
# "Speaking to X, these sources say"), its reporter is "at" it ("Mark Gurman at X"), a
# republisher closes with "[via X]". A brand the rules do not know ("9to5Mac") is a newsroom
# where its own text casts it so.
# Sources tip reporters too ("a source tells Michael Carney"): only a name spelled as no word
# or person is ("9to5Mac", "MacRumors": a digit, a capital inside) is taken for a brand there.
_TIP_FRAMES = (
    r"\b(?:[Ss]ources?|[Ii]nsiders?|[Tt]ipsters?)(?: (?:have|had|has))? (?:told|tell|tells) "
    r"(?:the )?{name}\b(?!['’])",
    r"\b{name} (?:hears|heard|has heard|has learned|has learnt|learned|learnt) from\b",
    r"\b{name} is reporting that\b",
    r"\b[Ss]peaking to (?:the )?{name}, (?:\w+ )?sources\b",
)
_BRAND_SHAPE = re.compile(r"\d|[a-z][A-Z]")
_PUBLISHER_FRAMES = (
    r"\b(?:reporter|correspondent|editor|journalist|blogger|writer)s? (?:[A-Z][\w'’-]+ ){{1,3}}"
    r"(?:at|of|from) (?:the )?{name}\b(?!['’])",
    r"[\[(][Vv]ia (?:the )?{name}[\])]",
    # "the timepiece blog Grail Watch", "Apple blog 9to5mac"; not "on her blog Lana said"
    r"(?:\b(?:[Tt]he|[Aa]n?)(?: [\w-]+){{0,2}}|\b[A-Z][\w-]+) blog {name}\b",
)


def _called_newsroom(name: str, text: str) -> bool:
    """The text calls `name` a newsroom, before it ("the newspaper X"), after it ("X, a radio
    station", "the X news website"), casts it as a publisher (`_PUBLISHER_FRAMES`), or spells
    out its initials."""
    escaped = re.escape(name)
    # ("the daily 'Ajel'", "Saudi daily, Ajel, ...": quoted, or set off by commas after a
    # noun with a capitalised modifier; "the newspaper, Bary, 23," is a back-reference, then
    # the sentence's subject)
    if re.search(
        rf"\b{_NEWSROOM_NOUN}(?:\s+(?:[Tt]he\s+)?{escaped}\b|\s+[‘'\"“]{escaped}[’'\"”])|"
        rf"\b[A-Z][\w-]+\s+{_NEWSROOM_NOUN},\s+{escaped}\s*[,.;:]",
        text,
    ):
        return True
    frames = _PUBLISHER_FRAMES + (_TIP_FRAMES if _BRAND_SHAPE.search(name) else ())
    if f"{name.lower()}.com" not in _PLATFORM_DOMAINS and any(
        re.search(frame.format(name=escaped), text) for frame in frames
    ):
        return True
    appositive = rf"\b{escaped},\s+(?:the|a|an)\s+(?:[\w-]+\s+)?{_NEWSROOM_NOUN}{_NOUN_ENDS}"
    # "the Emirates247 news website reported", not "a South Korean newspaper, Munhwa Ilbo," nor
    # "the South Korean daily JoongAng": there the newsroom is the name after the noun.
    after = rf"(?<!\b[Aa] )(?<!\b[Aa]n )\b{escaped}\s+{_NEWSROOM_AFTER}\b(?!,?\s+[A-Z])"
    # A nationality before the noun is an adjective ("the American news channel", "Saudi daily").
    # ("South Korean": a compass word may lead it)
    adjective = re.fullmatch(
        r"(?:(?:North|South|East|West|Central)(?:ern)? )?"
        r"(?:[A-Z][a-z]+(?:an|ish|ese|i|ic)|French|Dutch|Greek|Swiss|Thai)",
        name,
    )
    if re.search(appositive, text) or (adjective is None and re.search(after, text)):
        return True
    if not name.isupper() or len(name) < 2:
        return False
    # A newsroom's initials, spelled out in brackets after its name; or "wrote DM" where the
    # text names the Daily Mail, unless the text uses the initials more often than the name:
    # then they name what it is about ("HP" the company beside one The Huffington Post).
    if any(
        initials(clean_name(spelled)) == name.lower() and looks_like_newsroom(spelled)
        for spelled in re.findall(rf"({_NAME})\s*\(\s*{escaped}\s*\)", text)
    ):
        return True
    uses = len(re.findall(rf"\b{escaped}\b", text))
    return any(
        initials(spelled) == name.lower()
        and looks_like_newsroom(spelled)
        and uses <= len(re.findall(rf"\b{re.escape(spelled)}\b", text))
        for spelled in {clean_name(found) for found in re.findall(_NAME, text)}
        if " " in spelled
    )


def initials(name: str) -> str:
    """'Korean Central News Agency' -> 'kcna': first letters, lower case, links left out."""
    return "".join(word[0] for word in name.lower().split() if word not in _NAME_LINKS)


_TITLES = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Senator|Rep|Representative|Gov|Governor|President|Vice|"
    r"Secretary|Judge|Justice|Gen|General|Col|Lt|Sgt|Adm|Prime|Minister|Chancellor|King|"
    r"Queen|Prince|Princess|Pope|Rev|Sheriff|Mayor|Chief|Officer|Attorney|Speaker|Professor|"
    r"Prof|Ambassador|Commissioner|Director|Spokesman|Spokeswoman|Spokesperson)\b\.?"
)
_TITLE_INSIDE = re.compile(
    r"\b(?:CEO|Chairman|Chairwoman|Chair|Leader|Whip|Secretary|Director|President|Minister|"
    r"Founder|Anchor|Host|Editor|Correspondent|Spokesman|Spokeswoman|Adviser|Advisor)"
    r" [A-Z]"
)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr)\.?\s+"
_CALENDAR_WORDS = {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
_MONTH_ABBREVIATIONS = {w.lower() for w in (*calendar.month_abbr, *calendar.day_abbr, "Sept") if w}
_POSSESSIVE = re.compile(r"['’]s?\b.*$")
_LOWER_CASE_TAIL = re.compile(
    # ("9 to 5 Mac": "to" between two numbers is part of the brand)
    r"\s+(?!(?:of|for|the|and|de|du|des|la|le|al|bin|van|von|der|del|da|di|on Sunday)\b)"
    r"(?!to \d)"
    r"[a-z].*$"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*|[\"“]\s*)$")
_RELATIVE_DAYS = {"today", "tonight", "yesterday", "tomorrow"}
# A word that doubles as a verb ("Smith reports from Atlanta") names a document only after a
# determiner ("a report from Amnesty").
_VERBAL_DOCUMENT = re.compile(r"(?:report|reports|reporting)\s+from\b")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|these|those|new|latest|recent|annual|"
    r"official|earlier|preliminary|final|internal|leaked)\s+(?:[\w-]+\s+){0,2}$"
)
# Records and documents "from" a party are what it holds (subpoenas for documents from X), and
# an article or story "by" a person is a journalist's byline: neither party published it.
_HELD_DOCUMENT = re.compile(r"\b(?:records|documents)\s+from\b")
_BYLINE = re.compile(r"\b(?:article|story|stories|column|reporting)s?\s+by\b")
# An investigation is a process (the FBI's investigation into X) unless a newsroom ran it or
# the sentence gives what it found: only then does it publish information.
_INVESTIGATION = re.compile(r"\binvestigations?\b")
_FINDING_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:found|finds|showed|shows|revealed|reveals|concluded|concludes|"
    r"documented|documents|uncovered|established|published|estimated|says|said)\b"
)


# What kind of newsroom a name is, for back-references ("the paper" is no network): the words
# of its name, and the nouns the text gives it ("the newspaper X", "X, a radio station").
_KIND_NOUNS = {
    "print": r"(?:news)?paper|tabloid|daily",
    "broadcast": r"broadcaster|network|channel|station",
    "agency": r"news agency|wire service",
    "magazine": r"magazine",
    "web": r"(?:web)?site|blog",
}
# The head words that say paper; "Daily" says so anywhere in the name ("Daily Beast").
_PRINT_WORDS = _NEWSROOM_HEADS - {
    *_MEDIA_WORDS,
    "news",
    "magazine",
    "review",
    "today",
    "reporter",
    "insider",
    "weekly",
    "online",
}
_BROADCAST_WORDS = {"radio", "tv", "television", "network", "channel", "broadcasting"}
_BROADCASTER_ACRONYMS = {
    "abc", "ard", "bbc", "cbc", "cbs", "cctv", "cgtn", "cnbc", "cnn", "ctv", "dw", "espn",
    "fox", "irib", "itn", "itv", "kbs", "lbc", "mbc", "msnbc", "nbc", "ndtv", "nhk", "npr",
    "nrk", "orf", "pbs", "rfa", "rfe", "rfi", "rnz", "rt", "rtbf", "rte", "rtl", "rtve",
    "sabc", "sbs", "sky", "srf", "svt", "tve", "tvnz", "voa", "yle", "ytn", "zdf",
}  # fmt: skip
"""Broadcasters by their initials (and "Fox", "Sky"), also as the first word ("NBC News")."""
_STATION_BRANDS = _BROADCASTER_ACRONYMS | _NEWSROOM_WORDS | {"channel", "cw"}
_AGENCY_ACRONYMS = {"ani", "ians", "irna", "isna", "jta", "kcna", "pti"}
"""News agencies among NEWSROOM_ACRONYMS, which sell copy like the WIRE_AGENCIES."""


def _newsroom_kinds(name: str, text: str = "") -> frozenset[str]:
    """'print', 'broadcast', 'agency', 'magazine' and/or 'web': what `name`'s words say, or
    what `text` calls it; empty when nothing says ("TechCrunch")."""
    lowered = name.lower()
    words = re.split(r"[\s/-]+", lowered)
    head = _fused_head(name) or words[-1]  # "PandoDaily" is a daily
    kinds = set()
    if head in _PRINT_WORDS or "daily" in words:
        kinds.add("print")
    if (
        not _BROADCAST_WORDS.isdisjoint(words)
        or words[0] in _BROADCASTER_ACRONYMS
        or _CALL_SIGN.fullmatch(name)
    ):
        kinds.add("broadcast")
    if lowered in WIRE_AGENCIES or lowered in _AGENCY_ACRONYMS or "agency" in words:
        kinds.add("agency")
    if "magazine" in words:
        kinds.add("magazine")
    if _WEB_DOMAIN.search(lowered):
        kinds.add("web")
    escaped = re.escape(name)
    for kind, nouns in _KIND_NOUNS.items():
        called = (
            rf"\b(?:{nouns})\s+(?:[Tt]he\s+)?{escaped}\b|\b{escaped}\s+(?:news\s+)?(?:{nouns})\b|"
            rf"\b{escaped},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns}){_NOUN_ENDS}"
        )
        if text and re.search(called, text):
            kinds.add(kind)
    if name.isupper() and text:  # "Middle East News Agency (MENA)"
        for spelled in re.findall(rf"({_NAME})\s*\(\s*{escaped}\s*\)", text):
            if initials(clean_name(spelled)) == lowered:
                kinds |= _newsroom_kinds(clean_name(spelled))
    return frozenset(kinds)


@dataclass(frozen=True)
class Attribution:
    name: str
    """the origin as written, trimmed of 'the' and possessives ("Meridian Herald")"""
    start: int
    end: int
    """span of the whole attribution phrase in Article.text"""
    pattern: str


def clean_name(raw: str) -> str:
    """'The Meridian Herald's' -> 'Meridian Herald'; 'Harbourlight Rights Watch, a labour
    rights group' -> 'Harbourlight Rights Watch'; 'A Fox News poll released Monday' -> 'Fox
    News' (a name ends at its first lower-case word but a link); 'CBS News Tuesday' -> 'CBS
    News' (a day or month after it dates the statement); trailing punctuation dropped."""
    name = _POSSESSIVE.sub("", raw.strip().split(",")[0])
    name = re.sub(r"^(?:[Tt]he|An?)\s+", "", name)
    name = re.sub(r"^\S+-[a-z]+\s+(?=[A-Z])", "", name)  # "London-based Sunday Times"
    name = _LOWER_CASE_TAIL.sub("", name)
    head, _, last = name.rpartition(" ")
    if head and last.lower() in _CALENDAR_WORDS and not head.endswith(" on"):
        name = head
    return name.strip(" .,;:-—–‘’'\"“”")  # ("daily 'Ajel'": a name in quotation marks)


def _is_person(name: str, text: str, speakers: set[str]) -> bool:
    """People carry titles, or their surname recurs alone ("Smith said", "Mr. Smith")."""
    if name[:1].isdigit():
        return False  # "9to5Mac", "7News": no person's name starts with a number
    if _TITLES.match(name) or _TITLE_INSIDE.search(name):
        return True
    tokens = name.split()
    last = tokens[-1]
    if last.lower() in speakers or re.search(_HONORIFIC + re.escape(last) + r"\b", text):
        return True
    if len(tokens) == 1 and re.search(rf"\b(?!The\b)[A-Z][a-z]+ {re.escape(last)}\b", text):
        # "according to Trump" where the text also says "Donald Trump" / "President Trump"
        return True
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return False
    alone = re.compile(rf"(?<!{re.escape(tokens[-2])} )(?<!the )\b{re.escape(last)}\b")
    return bool(alone.search(text))


def _is_common_word(name: str, text: str) -> bool:
    """A one-word 'name' that the article also writes in lower case is a common noun."""
    if " " in name or name.isupper():
        return False
    return bool(re.search(rf"\b{re.escape(name.lower())}\b", text))


def _drop_sentence_opener(name: str, text: str, start: int) -> str:
    """'As FoxNews.com' -> 'FoxNews.com': at a sentence start, a leading function word, or a
    capitalised first word that the text also writes in lower case, opens the sentence, not
    the name (mid-sentence, 'the New York Times' keeps 'New' although the text says 'new')."""
    if not _SENTENCE_START.search(text[max(0, start - 4) : start]):
        return name
    # after an opening function word the name starts: "A New York Times report" keeps "New"
    # (`clean_name` may have taken the article off already)
    stripped = LEADING_FUNCTION_WORDS.sub("", name)
    if stripped != name or not text.startswith(name.split(" ")[0], start):
        return stripped
    first, _, rest = name.partition(" ")
    return rest if rest and _is_common_word(first, text) else name


def _publishes(match: re.Match[str], name: str, text: str, outlets: Sequence[str]) -> bool:
    """The document in `match` is a publication by `name`, not a correspondent's location
    ("reports from Atlanta"), papers it holds, a journalist's byline, or an investigation as
    a process ("the FBI's investigation")."""
    phrase = match.group(0)
    if _VERBAL_DOCUMENT.match(phrase) and not _DETERMINER_BEFORE.search(
        text[max(0, match.start() - 40) : match.start()]
    ):
        return False
    if _HELD_DOCUMENT.search(phrase):
        return False
    if looks_like_newsroom(name, outlets, text):
        return True
    if _BYLINE.search(phrase):
        return False
    return (
        not _INVESTIGATION.search(phrase) or _FINDING_AFTER.search(text[match.end() :]) is not None
    )


def is_origin_name(name: str, article: Article, speakers: set[str], outlets: Sequence[str]) -> bool:
    """A name that can publish something: not a date, a common word or a person."""
    if (
        len(name) < 2
        or not (
            name[0].isupper()
            or name[0].isdigit()
            or _WEB_DOMAIN.search(name)
            or _MEDIUM_NUMBER.fullmatch(name)
        )
        or name.lower() in _RELATIVE_DAYS
        or name.lower() in _CALENDAR_WORDS  # "Sunday" alone, though "the Sunday paper" is one
        # "China-related", "US-based": a name in a hyphenated adjective names no publisher
        or re.search(r"-[a-z]+$", name) is not None
    ):
        return False
    if looks_like_newsroom(name, outlets, article.text):
        return True
    if name.lower() in _CALENDAR_WORDS or name.split()[0].lower() in _CALENDAR_WORDS:
        return False
    if _is_common_word(name, article.text):
        return False
    return not _is_person(name, article.text, speakers)


# "Playboy boss Hugh Hefner", "Apple's chief executive Tim Cook", "Fox News spokesman X": an
# organisation before a person's title names the person's employer, not a source of news; the
# newsroom's journalists ("Fox News reporter X") do report for it, so their titles are not here.
_EMPLOYER_TITLE = (
    r"(?:['’]s)?(?:\s+[a-z-]+)?\s+(?:boss|chief|founder|co-founder|owner|CEO|chairman|"
    r"chairwoman|chair|executive|president|head|director|manager|spokesman|spokeswoman|"
    r"spokesperson|mogul|tycoon|magnate|heir|employee|staffer|lawyer|publisher)s?\s+[A-Z]"
)
_EMPLOYER_TITLE_AT = re.compile(_EMPLOYER_TITLE)
# The credited newsroom reported after the article's own: the article claims to be first, so
# the name is no source ("when Reuters reported the first headline after we did").
_FOLLOWED_US = re.compile(
    r"[^.!?\n]{0,80}?\b(?:after|behind) (?:we did|we had|we reported|we had reported|"
    r"we first reported|us|our (?:report|story|article))\b"
)
_RECEIVED_BY_US = r"\b(?:sent|sends|gave|emailed|e-mailed|provided|told) us\b"
# A reporter (first name and surname) named with the newsroom: "Mark Roe of 9to5Mac" publishes
# for 9to5Mac; "The Times of India" is no reporter.
_REPORTER_OF = re.compile(
    r"^(?P<person>[A-Z][a-z]+ [A-Z][a-z]+) (?:of|from|at) (?:the )?(?P<newsroom>.+)$"
)
# "Israel's Army Radio", "Britain's Daily Mail": an owner or place, then the newsroom it owns;
# "CNN's Don Lemon" keeps CNN, which is tried first.
_OWNED_NAME = re.compile(r"^.+?['’]s (?P<owned>[A-Z0-9].*)$")


def _speaker_surnames(mentions: Iterable[Mention]) -> set[str]:
    return {surname(m.speaker).lower() for m in mentions if m.speaker and surname(m.speaker)}


@dataclass(frozen=True)
class _Description:
    """A definite description in a credit that names a newsroom credited before ("the paper")."""

    nouns: str
    kinds: frozenset[str]
    """the kinds of newsroom it can name; "" stands for a newsroom of unknown kind"""
    rivals: re.Pattern[str]
    """what else the words name ("a paper in Nature", "the FBI"): between the newsroom and the
    description, the description may mean that instead, so it is left unresolved"""
    spoken_to: bool = True
    """a newsroom one can talk to ("told the paper"); a document is not ("told the story")"""


_UNKNOWN_KIND = frozenset({""})
# Any other party said to publish: never an antecedent, but "the blog" after it may be its.
_PUBLISHER_KIND = frozenset({"publisher"})
_ANY_KIND = frozenset({"print", "broadcast", "agency", "magazine", "web", "", "publisher"})
_DESCRIPTIONS = (
    _Description(
        r"(?:news)?paper|tabloid|daily",
        frozenset({"print", ""}),
        re.compile(r"(?i)\b(?:news)?papers?\b|\btabloids?\b"),
    ),
    _Description(r"magazine", frozenset({"magazine", ""}), re.compile(r"(?i)\bmagazines?\b")),
    _Description(
        r"network|broadcaster|(?:TV |television |radio )?(?:channel|station)",
        frozenset({"broadcast", ""}),
        re.compile(r"(?i)\b(?:networks?|broadcasters?|channels?|stations?)\b"),
    ),
    # "the agency" is as often a government body ("the FBI ... the agency said"): only a news
    # agency, with no other body named in between.
    _Description(
        r"(?:news )?agency|wire service",
        frozenset({"agency"}),
        re.compile(
            r"(?i:\b(?:agenc(?:y|ies)|wire services?|department|ministry|bureau|office|"
            r"commission|administration|authority|service)\b)|\b[A-Z]{2,6}\b"
        ),
    ),
    _Description(
        r"(?:news )?(?:web)?site|blog",
        frozenset({"web", "print", "magazine", "", "publisher"}),
        re.compile(r"(?i)\b(?:(?:web)?sites?|blogs?)\b"),
    ),
    _Description(
        r"publication",
        frozenset({"print", "magazine", "web", "", "publisher"}),
        re.compile(r"(?i)\bpublications?\b"),
    ),
    _Description(r"(?:news |media )?outlet", _ANY_KIND, re.compile(r"(?i)\boutlets?\b")),
    _Description(
        r"report",
        _ANY_KIND,
        re.compile(
            r"(?i)\b(?:reports?|stud(?:y|ies)|surveys?|analys[ie]s|polls?|audits?|"
            r"investigations?|findings|documents?|memos?|filings?)\b"
        ),
        spoken_to=False,
    ),
    _Description(
        r"article|story|piece",
        _ANY_KIND,
        re.compile(r"(?i)\b(?:articles?|stor(?:y|ies)|pieces?|posts?|columns?|editorials?)\b"),
        spoken_to=False,
    ),
)
_DESCRIBED_NOUNS = "|".join(d.nouns for d in _DESCRIPTIONS)
_CREDIT_VERB = (
    r"(?:reported|reports|said|says|noted|notes|wrote|writes|claimed|claims|speculated|"
    r"speculates|stated|states|revealed|reveals|explained|explains|quoted|quotes|cited|cites|"
    r"alleged|alleges|suggested|suggests|learned|confirmed|confirms|described|describes|"
    r"detailed|details|indicated|indicates|mentioned|mentions|found|finds|asserted|asserts|"
    r"argued|argues|concluded|concludes|predicted|predicts|understands|"
    # "added" says something unless it adds a thing ("the report added another jolt")
    r"add(?:s|ed)(?!\s+(?:a|an|another|fuel|weight|credence|more|to)\b)|"
    r"(?:went|goes) on(?: to (?:say|add|claim|detail|describe|note|report|explain))?)"
)
# The description is what the credit names, not the start of a longer name ("according to the
# report issued by the Department", "according to the daily 'Dnevni avaz'").
_DESCRIPTION_ENDS = r"(?=['’]s\b|\s*[,.;:!?)\]]|\s*$|\s+(?:which|and|but)\b)"
_CREDITED_TO = re.compile(
    r"\b(?:[Aa]ccording to|[Pp]er|(?:reported|quoted|cited) by) the "
    rf"(?P<noun>{_DESCRIBED_NOUNS}){_DESCRIPTION_ENDS}"
)
# "told the paper that", not "told the newspaper Chosun Ilbo" (the named form reads it)
_SPOKEN_TO = re.compile(rf"{_TOLD_VERB}the (?P<noun>{_DESCRIBED_NOUNS})(?![\w-])(?!\s+[A-Z])")
# "the site notes", "the report also says", "The site's sources also indicate"
_SAYS = re.compile(
    rf"\b[Tt]he (?P<noun>{_DESCRIBED_NOUNS})(?:['’]s sources?)?"
    rf" (?:(?:also|then|further|later|previously|has|had|have) )?{_CREDIT_VERB}\b"
)
# The description opens a clause: it is the one who says ("..., the paper said", "who the
# article says"), not an object ("unable to confirm the report, said").
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.!?,;:\"“”‘’'(\[—–-]|\b(?:that|and|but|as|while|who|whom|which|so|because|where|"
    r"when|what|how|since|though|although))\s*$"
)


@dataclass(frozen=True)
class _Newsroom:
    """A newsroom named in the text, credited (an attribution) or only mentioned."""

    start: int
    end: int
    name: str
    kinds: frozenset[str]
    credited: bool


def _same_newsroom(name: str, other: str) -> bool:
    """'Post' and 'Washington Post': one name ends the other, word by word."""
    words, other_words = name.lower().split(), other.lower().split()
    shorter, longer = sorted((words, other_words), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def _back_references(
    text: str, found: Sequence[Attribution], outlets: Sequence[str]
) -> list[Attribution]:
    """Credits to a newsroom by a definite description ("the paper reported", "according to
    the report", "told the station"): each names the newsroom credited most recently before it
    whose kind fits (a paper is not "the network"), written as that credit wrote it so both
    join one origin. Unresolved when nothing was credited before, or when something else the
    words may name comes in between: another newsroom of that kind, only mentioned ("said to
    the Guardian"), a scientific paper, a police report, a government agency. Datelines and
    credit lines are left out: they credit the article's own wire."""
    spans = [(a.start, a.end) for a in found]
    references = []
    for match in sorted(
        (
            match
            for pattern in (_CREDITED_TO, _SPOKEN_TO, _SAYS)
            for match in pattern.finditer(text)
        ),
        key=lambda match: match.start(),
    ):
        start, end = match.span()
        description = next(d for d in _DESCRIPTIONS if re.fullmatch(d.nouns, match["noun"]))
        if any(start < s_end and s_start < end for s_start, s_end in spans):
            continue
        if match.re is _SPOKEN_TO and not description.spoken_to:
            continue
        if match.re is _SAYS and not _CLAUSE_OPENS.search(text[max(0, start - 12) : start]):
            continue
        references.append((match, description))
    if not references:
        return []
    newsrooms = [
        _Newsroom(a.start, a.end, a.name, _newsroom_kinds(a.name, text) or _UNKNOWN_KIND, True)
        for a in found
        if a.pattern not in CREDIT_LINES and looks_like_newsroom(a.name, outlets, text)
    ]
    if not newsrooms:
        return []
    first = min(n.start for n in newsrooms)
    newsrooms += _uncredited_sources(text, outlets, first, references[-1][0].start())
    resolved: list[Attribution] = []
    for match, description in references:
        antecedent = _antecedent(text, match.start(), description, newsrooms)
        if antecedent is not None:
            start, end = match.span()
            newsrooms.append(_Newsroom(start, end, antecedent.name, antecedent.kinds, True))
            resolved.append(Attribution(antecedent.name, start, end, "back-reference"))
    return resolved


# A party said to publish ("NK Leadership Watch has written", "a New York article"): when it
# is no newsroom the rules know, "the blog" or "the report" after it may be its.
_PUBLISHER = re.compile(
    rf"(?P<name>{_NAME})(?:(?:['’]s?)? (?:[\w-]+ )?"
    r"(?:article|report|story|post|piece|blog|column)\b|"
    r" (?:has |have |had )?(?:also )?(?:reported|reports|wrote|writes|written|published|"
    r"publishes|posted|posts|noted|notes)\b)"
)


_NAMED = re.compile(_NAME)
_LEAD_IN = 200
"""Characters before a mention where a credit may introduce it ("X reports that:")."""
_DESCRIBED_HEAD = re.compile(
    rf"\s+(?:[a-z]+\s+){{0,2}}(?:{_NEWSROOM_NOUN}|blog)\s+(?P<name>{_NAME})"
)


def _uncredited_sources(text: str, outlets: Sequence[str], start: int, end: int) -> list[_Newsroom]:
    """Newsrooms named between `start` and `end` without a credit, and other parties said to
    publish there."""
    sources = []
    kinds_of: dict[str, frozenset[str] | None] = {}
    for match in _NAMED.finditer(text, start, end):
        name = _drop_sentence_opener(clean_name(match.group()), text, match.start())
        if name not in kinds_of:
            # "The" of "The newspaper said" is no name, though the text calls it a newspaper.
            newsroom = looks_like_newsroom(name, outlets, text) and not _is_common_word(name, text)
            kinds_of[name] = (_newsroom_kinds(name, text) or _UNKNOWN_KIND) if newsroom else None
        kinds = kinds_of[name]
        if kinds is not None:
            sources.append(_Newsroom(match.start(), match.end(), name, kinds, False))
    for match in _PUBLISHER.finditer(text, start, end):
        name = _drop_sentence_opener(clean_name(match["name"]), text, match.start())
        if name and not _is_common_word(name, text):
            sources.append(_Newsroom(match.start(), match.end(), name, _PUBLISHER_KIND, False))
    return sources


_APPOSITION = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}")


def _antecedent(
    text: str, position: int, description: _Description, newsrooms: Sequence[_Newsroom]
) -> _Newsroom | None:
    """The newsroom credited last before `position` that `description` can name, unless a
    rival meaning of its words, or a newsroom of that kind only mentioned, comes after it."""
    credited = [n for n in newsrooms if n.credited]
    # "according to a 2013 article in The Daily Courier, her hometown newspaper": an
    # appositive describing the credited newsroom is that newsroom, no rival
    rivals = [
        rival.start()
        for rival in description.rivals.finditer(text, 0, position)
        if not any(
            n.start <= rival.start() < n.end
            or _APPOSITION.fullmatch(text, n.end, rival.start()) is not None
            for n in credited
        )
    ]
    earlier = sorted(
        (n for n in newsrooms if n.start < position), key=lambda n: (n.start, n.credited)
    )
    for newsroom in reversed(earlier):
        if any(rival >= newsroom.end for rival in rivals):
            return None
        if not newsroom.kinds & description.kinds:
            continue
        if newsroom.credited:
            return newsroom
        # A newsroom credited before, named again ("the Post's editor"), is named last; another
        # one only mentioned may be what the description means.
        same = [
            n
            for n in credited
            if n.start <= newsroom.start and _same_newsroom(n.name, newsroom.name)
        ]
        return max(same, key=lambda n: n.start) if same else None
    return None


def _source_line_credits(
    text: str, outlets: Sequence[str], taken: Sequence[tuple[int, int]]
) -> list[Attribution]:
    """Every newsroom of a "Source:" line, each with its own span. Only newsrooms: "Source:
    Census Bureau" under a chart names where a figure comes from, not the article's source."""
    credits = [
        Attribution(line["host"].lower(), line.start(), line.end(), "source")
        for line in _URL_SOURCE_LINE.finditer(text)
        if not overlaps(taken, line.start(), line.end()) and looks_like_newsroom(line["host"])
    ]
    for line in _NAME_LINE.finditer(text):
        name = clean_name(line["name"])
        first = name.split()[0] if name else ""
        # A short line may be a heading ("Fake News", "IN MEDIA", "With News Wire Services"):
        # only a name that says newsroom by its own words or is a known one, whose first word
        # the text does not also use as a common word, and no photo credit ("AFP PHOTO/X").
        if (
            name
            and "/" not in name
            and (not name.isupper() or " " not in name)
            and not _is_common_word(first, text)
            and not LEADING_FUNCTION_WORDS.match(name)
            and looks_like_newsroom(name, outlets)
            and not overlaps(taken, line.start("name"), line.end("name"))
            # under "Here's one of the documents:", the credit of a picture
            and not text[: line.start("name")].rstrip().endswith(":")
        ):
            credits.append(Attribution(name, line.start("name"), line.end("name"), "name line"))
    for line in _SOURCE_LINE.finditer(text):
        start = line.start("names")
        names = _LIST_SEPARATOR.split(line["names"])
        if not all(re.fullmatch(_NAME, name) for name in names):
            continue  # a sentence, not a list of names
        for name in names:
            at = text.index(name, start)
            start = at + len(name)
            if looks_like_newsroom(clean_name(name), outlets, text) and not overlaps(
                taken, at, start
            ):
                credits.append(Attribution(clean_name(name), line.start(), start, "source"))
    return credits


def _credit_list(name: str, outlets: Sequence[str], text: str) -> list[str]:
    """'CBS News/CBSDC/AP' -> the three newsrooms a dateline credits together; 'RFE/RL', a
    newsroom by itself, stays one name."""
    if "/" not in name or looks_like_newsroom(name, outlets, text):
        return [name]
    return [clean_name(part) for part in name.split("/")]


def _not_a_source(name: str, text: str, mention: Mention) -> bool:
    """The claimant `name` of `mention` is a person's employer ("Playboy boss Hugh Hefner"),
    followed the article ("Reuters reported it after we did"), or is the article's own
    newsroom receiving a statement ("Yahoo Finance reached out to IBM and they sent us this
    statement:", the sentence before the quote)."""
    said = text[mention.start : mention.end]
    for named in re.finditer(rf"\b{re.escape(name)}\b", said):
        if _EMPLOYER_TITLE_AT.match(said, named.end()) or _FOLLOWED_US.match(said, named.end()):
            return True
    before = text[max(0, mention.start - 300) : mention.end]
    return re.search(rf"\b{re.escape(name)}\b[^.!?\n]*{_RECEIVED_BY_US}", before) is not None


def find_attributions(
    article: Article, mentions: Sequence[Mention] = (), outlets: Iterable[str] = ()
) -> list[Attribution]:
    """Origins the article credits, each with the span that says so: newsrooms it credits,
    and parties named as the publisher of a document ("a report by X", "X's study").

    `outlets` are the story's outlet names, which count as newsrooms. A claimant from the
    claims stage (`mention.claimant`) is added only when it is a newsroom the patterns
    missed ("the Herald" in "..., the Herald said"); its evidence span is the mention.
    """
    speakers = _speaker_surnames(mentions)
    outlets = list(outlets)
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    for label, pattern, names_document in PATTERNS:
        for match in pattern.finditer(article.text):
            name = _drop_sentence_opener(
                clean_name(match.group("name")), article.text, match.start("name")
            )
            # "a report by Apple blog 9to5mac", "Manchester TV station WMUR": the name before a
            # newsroom noun describes the newsroom named after it, the head of the phrase; but
            # a newsroom's name then "the ..." starts a new phrase ("Time magazine the People's
            # Protection Units"), and "the Times newspaper Sunday" is a date
            head = _DESCRIBED_HEAD.match(article.text, match.end("name"))
            if head is not None and (
                clean_name(head["name"]).lower() in _CALENDAR_WORDS
                or (
                    re.match(r"[Tt]he ", head["name"]) is not None
                    and looks_like_newsroom(name, outlets, article.text)
                )
            ):
                head = None
            if head is not None:
                name = clean_name(head["name"])
            if label == "dateline" and len(parts := _credit_list(name, outlets, article.text)) > 1:
                if not overlaps(taken, match.start(), match.end()):
                    taken.append(match.span())
                    found += [
                        Attribution(part, match.start(), match.end(), label)
                        for part in parts
                        if looks_like_newsroom(part, outlets, article.text)
                    ]
                continue
            if (
                not names_document
                and not looks_like_newsroom(name, outlets, article.text)
                # only where credited: "France 3 reported", not any "Word 80" a claimant names
                and not _numbered_broadcaster(name)
            ):
                owned = _OWNED_NAME.match(match.group("name"))
                name = clean_name(owned.group("owned")) if owned else ""
                if not name or not looks_like_newsroom(name, outlets, article.text):
                    continue
            if names_document and not _publishes(match, name, article.text, outlets):
                continue
            reporter = _REPORTER_OF.match(name)
            if reporter and (
                looks_like_newsroom(reporter["newsroom"], outlets, article.text)
                or _is_person(reporter["person"], article.text, speakers)
            ):
                name = reporter["newsroom"]  # "a report from Jane Roe of the Herald"
            start, end = match.start(), max(match.end(), head.end() if head else 0)
            if overlaps(taken, start, end):
                continue
            if _EMPLOYER_TITLE_AT.match(article.text, match.end("name")):
                continue  # "according to Playboy founder Hugh Hefner": the person's employer
            if _FOLLOWED_US.match(article.text, end):
                continue  # "Reuters reported the headline after we did": it followed us
            # "veteran reporter Robert X. Cringely": one who publishes by trade, person or not
            by_trade = "trade" in pattern.groupindex and name[:1].isupper()
            if not by_trade and not is_origin_name(name, article, speakers, outlets):
                continue
            taken.append((start, end))
            found.append(Attribution(name, start, end, label))
    found += _source_line_credits(article.text, outlets, taken)
    named = {a.name.lower() for a in found}
    lead_end = article.text.find("\n")
    for segment in article.removed:
        # Ingest keeps "BOSTON (AP) -", "(CNN) --" and "AFP contributed to this report." out of
        # the text, as metadata: the newsroom they name credits the whole article, shown on
        # its lead.
        label, patterns = _REMOVED_CREDITS.get(segment.reason, ("", ()))
        for credit in (c for pattern in patterns for c in pattern.finditer(segment.text)):
            for name in _credit_list(clean_name(credit.group("name")), outlets, article.text):
                if name.lower() not in named and looks_like_newsroom(name, outlets, article.text):
                    named.add(name.lower())
                    end = lead_end if lead_end > 0 else len(article.text)
                    found.append(Attribution(name, 0, end, label))
    for mention in mentions:
        if mention.article_id != article.id or not mention.claimant:
            continue
        name = clean_name(mention.claimant)
        # "according to a report in The Times of India" read as claimant "Times": a shorter
        # name of a credit already read in the same sentence is that credit
        # as is the last word of a credit just before it ("News" after "FOX 2 News reports
        # that:" over the quoted passage)
        within = [
            text
            for a in found
            if mention.start - _LEAD_IN <= a.start < mention.end
            for text in (a.name, article.text[a.start : a.end])
        ]
        if (
            name.lower() not in named
            and not any(re.search(rf"\b{re.escape(name)}\b", other) for other in within)
            and not _not_a_source(name, article.text, mention)
            and looks_like_newsroom(name, outlets, article.text)
            and is_origin_name(name, article, speakers, outlets)
        ):
            named.add(name.lower())
            found.append(Attribution(name, mention.start, mention.end, "claimant"))
    # (before back-references: "the site claims" after it names no listener)
    quotes = [quote.span() for quote in _INLINE_QUOTE.finditer(article.text)]
    found = [a for a in found if not _told_within_content(a, article.text, quotes)]
    found += _back_references(article.text, found, outlets)
    found.sort(key=lambda a: a.start)
    return found


# A closed curly quotation with no straight quote mark in it: straight quotes, opened and
# closed alike, are often mispaired (spaced out by tokenised text, or a curly one closed by a
# straight one), which would put a plain '" Gaskin told the Timaru Herald.' inside one.
_INLINE_QUOTE = re.compile(r"“[^”\"\n]*”")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s|\n")
# "According to X, ..." opening the sentence's content, whoever X is (a site the rules do not
# know as a newsroom too).
_CREDITED_CONTENT = re.compile(r"\b[Aa]ccording to [^,.;:]{1,60},")


def _told_within_content(
    attribution: Attribution, text: str, quotes: Sequence[tuple[int, int]]
) -> bool:
    """A newsroom named as the listener inside what another party is credited with, not a
    credit of the article's: "According to A, B told X that ...", "a report claims she
    “revealed to X that ...”". The told words are A's (or the quoted report's) content; the
    article took them from A, not from X (rumour and debunk coverage retells such claims)."""
    if attribution.pattern != "told":
        return False
    if any(start < attribution.start < end for start, end in quotes):  # (`_INLINE_QUOTE`)
        return True
    opens = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, attribution.start)), default=0)
    return _CREDITED_CONTENT.search(text, opens, attribution.start) is not None
