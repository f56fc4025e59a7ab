"""Who says it: names, speakers and claimants from reporting verbs; modality and negation.

A reporting verb ("said", "told", "according to", "estimates") is found outside the quoted
words; the noun phrase next to it is the source: a name with its title and role ("Maria Lopez,
a professor at the University of Lisbon"), a description ("the official") or a pronoun.
`PersonIndex` resolves a pronoun to the nearest compatible named person earlier in the article,
a role ("the governor") to the person the article gave that role, and a document ("the
lawsuit says") to whoever the article says issued it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from firsthand.claims.words import is_plural_noun
from firsthand.model import LEADING_FUNCTION_WORDS, ORGANISATION_WORDS, name_part
from firsthand.timestamps import MONTHS, WEEKDAYS

HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Rev|Hon|Supt|Insp)\.?"
TITLE_WORDS = (
    "President|Vice President|Senator|Sen|Representative|Rep|Congressman|Congresswoman|"
    "Governor|Gov|Secretary|Minister|Prime Minister|Chancellor|Judge|Justice|Mayor|Speaker|"
    "Ambassador|General|Commissioner|Director|Chairman|Chairwoman|Chair|Professor|Sheriff|"
    "Chief|Officer|Detective|Attorney General|Leader|King|Queen|Prince|Princess|Pope|Sir|Lord|"
    "Lady|Dame|Mr|Mrs|Ms|Miss|Dr|Prof|Lt|Gen|Col|Sgt|Capt|Adm|Rev|Hon|Supt|Insp|Sgt|Pastor|"
    "Father|Sister|Brother|Coach|Agent|Deputy|Lieutenant|Colonel|Captain|Sergeant|Admiral"
)
# Never from inside a word ("eBay" is not "Bay"); a brand may open in lower case or digits
# ("eBay", "9to5Mac"); a slash between letters is inside one name ("Re/code", "AC/DC").
_NAME_INSIDE = r"(?:[\w'’.-]|/(?=[A-Za-z]))*[\w.]"
# ... and an Arabic article joined by a hyphen opens one: "al-Arabiya", "el-Sisi".
# ... and a web address names its site in lower case: "..., mirror.co.uk reported".
WEB_ADDRESS = r"[a-z][a-z\d-]*(?:\.[a-z][a-z\d-]*)*\.(?:com|co\.uk|org|net|co|tv|fr|de|in|ie|au)\b"
WEB_ADDRESS_NAME = re.compile(WEB_ADDRESS)
CAP_WORD = (
    rf"(?<!\w)(?:[A-Z]{_NAME_INSIDE}|[A-Z]|[a-z\d]{{1,4}}[A-Z]{_NAME_INSIDE}|{WEB_ADDRESS}|"
    rf"(?:al|el|ad|as|ash|at|az|ar|an|ul|ud)-[A-Z]{_NAME_INSIDE})"
)
GAP = r"[ \t\u00a0]+"  # names never run across a line break
# A broadcaster's or product's number ends its name: "France 3", "Channel 4", "France 24"; not
# a date's day ("November 5"), a figure ("3.5", "24%") or a count ("Iraq 3 times").
_DATE_WORDS = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept."),
    *("Sep.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    *("Saturday", "Sunday"),
)
NAME_NUMBER = (
    "".join(rf"(?<!{re.escape(word)} )" for word in _DATE_WORDS)
    + r"(?<=[a-z] )\d{1,2}(?![\w%]|[.,:/-]\d)(?!\s+(?:times|days?|weeks?|months?|years?|hours?|"
    r"minutes?|percent|per|of|to|or|and)\b)"
)
NAME = (
    # ("&" joins one firm's or outlet's name: "Procter & Gamble", "Headlines & Global News")
    rf"{CAP_WORD}(?:{GAP}(?:(?:de|da|del|der|van|von|bin|al|la|le|di|du|&){GAP})?{CAP_WORD}){{0,5}}"
    rf"(?:{GAP}{NAME_NUMBER})?"
)
PARTY = r"(?:\s*\([A-Z][\w.]*-[\w. ]+\)|,\s+[A-Z]-[A-Z][\w.]*,?)?"
# ... nor a verb: "The US has not yet confirmed" is a clause, its subject "The US"
COMMON_WORD = (
    r"(?!(?:he|she|they|it|who|that|which|and|or|but|as|when|while|after|before|because|if|"
    r"over|on|in|at|to|from|is|are|was|were|has|have|had|will|would|could|can|may|might|also|"
    r"should|must|did|does|not|never)\b)[\w'’-]+"
)
ROLE = (
    # not a clause of its own: "the White House, which released it", "the Red Cross, citing",
    # "said Hatchfield, because she did not want to ..."
    r"(?!(?:which|citing|adding|saying|noting|quoting|referring|according|because|although|"
    r"though|since|while|whereas|when|if|unless|but|and|so|"
    # a sentence adverb is no role: "Mashable, however, reported"
    r"however|meanwhile|instead|too|also|nevertheless|nonetheless|therefore|likewise|"
    # nor a phrase of time: "Apple CEO Tim Cook, during a visit to ..., told"
    r"during|after|before)\b)"
    r"(?:a|an|the|who|whose|his|her|its|their|one|chief|former|then|now|[a-z][\w'’-]*|"
    r"[A-Z][\w'’-]*\s+of)\b"  # "a professor at ...", "Democrat of California"
)

# "Data show", but not "his own Fox News show" or "a TV show": after a determiner or a medium
# word, "show" is the programme, and its host is no source.
# ... nor after "to": "a picture purporting to show her head" is what a picture seems to show.
_SHOW_VERB = (
    "".join(
        rf"(?<!\b{word} )"
        for word in ("the", "a", "his", "her", "their", "own", "TV", "talk", "News", "to", "radio")
    )
    + "shows?"
)
# "Per Kuo, sales will ...", "..., per the New York Times.": "per" before a name, opening the
# sentence or after a comma closing it, is "according to" (not "per cent", "$5 per share", the
# name "Per").
PER = (
    r"(?:^|(?<=[.!?]\s)|(?<=\n))Per(?=\s+(?:the\s+)?[A-Z][^,.;:!?]{0,60},)|"
    r"(?<=,\s)per(?=\s+(?:the\s+)?[A-Z][^,;:!?]{0,60}(?:[.!?]|$))"
)
PER_WORD = re.compile(PER)
CITING_TAIL = re.compile(r",\s+(?:according\s+to|per)\b")
CITING_WORDS = ("according to", "citing", "per")
# Verbs that pass judgement on something, the quoted words being the judgement ("Schumer
# denounced the offer as “not a compromise”").
JUDGING_VERB = (
    r"(?:denounced|denounces|dismissed|dismisses|condemned|condemns|decried|decries|derided|"
    r"derides|blasted|blasts|slammed|slams|criticized|criticised|criticizes|criticises|"
    r"labeled|labelled|labels|branded|brands|hailed|hails|praised|praises|panned|pans)"
)
# A judging verb takes an object, never an inverted subject: in "“...,” derided him as" the
# speaker stands before the verb, not after it.
JUDGING = re.compile(JUDGING_VERB)
REPORTING_VERB = (
    r"said|says|say|told|tells|added|adds|wrote|writes|tweeted|tweets|posted|stated|states|"
    r"explained|explains|argued|argues|noted|notes|insisted|insists|asked|asks|claimed|"
    # "a small claims court", "the claims process": the noun modifying another, no verb
    r"claims(?!\s+(?:court|courts|tribunal|process|adjusters?|handlers?|department|system)\b)|"
    r"declared|declares|continued|recalled|responded|replied|announced|announces|acknowledged|"
    r"admitted|revealed|complained|cautioned|warned|warns|urged|urges|suggested|suggests|conceded|"
    r"testified|concluded|predicted|predicts|estimated|estimates|reported|reports|observed|"
    r"remarked|countered|lamented|quipped|joked|boasted|vowed|promised|pledged|stressed|"
    r"emphasized|emphasised|maintained|contended|confirmed|denied|denies|alleged|alleges|"
    r"charged|accused|saying|telling|adding|calling|called|calls|describing|described|"
    rf"writing|tweeting|found|finds|{_SHOW_VERB}|showed|wrote|says|explaining|arguing|noting|"
    rf"warning|insisting|accusing|urging|arguing|declaring|[Aa]ccording to|[Cc]iting|{PER}|"
    # "when X pointed out “...”", "as X put it, “...”" ("put it" only before punctuation or
    # a quotation: "he put it on the table" says nothing)
    r"pointed out|points out|point out(?=\s*,|\s+that\b)|put it(?=\s*(?:[,.:;—]|\ufffc|$))|"
    # an outlet retelling a story: "The Daily Mail picks up the story: ..."
    r"(?:picks|picked|takes|took)\s+up\s+the\s+(?:story|tale)|"
    # a verb judging something "as" the quoted words: they are the judge's ("Schumer denounced
    # the offer as “not a compromise”"); only then, not "X criticized Y, who said “...”", and
    # not in the passive ("branded by users as ‘hairgate’")
    rf"{JUDGING_VERB}(?!\s+by\b)(?=(?:\s+[\w.'’-]+){{1,6}}?\s+as\s+(?:an?\s+)?\ufffc)"
)
# A verb never opens after a hyphen: "the no-show", "a self-described expert".
SPEECH = re.compile(rf"(?<![\w-])(?:{REPORTING_VERB})\b")
# Verbs that call what follows them false: base, third person and past tense, then the -ing
# form. A finite one makes a denial of reports its denier's claim (CLAIM_VERB); any form
# before a word of saying makes that word a noun, its object ("denying reports", NOUN_BEFORE),
# and so does "debunk" ("debunked the report"), which CLAIM_VERB does not take.
DENIAL_VERBS = (
    ("deny", "denies", "denied", "denying"),
    ("dismiss", "dismisses", "dismissed", "dismissing"),
    ("reject", "rejects", "rejected", "rejecting"),
    ("refute", "refutes", "refuted", "refuting"),
    ("dispute", "disputes", "disputed", "disputing"),
)
DEBUNK = ("debunk", "debunks", "debunked", "debunking")
DENIAL_FINITE = "(?:" + "|".join(form for forms in DENIAL_VERBS for form in forms[:3]) + ")"
DENIAL_ANY = "(?:" + "|".join(form for forms in (*DENIAL_VERBS, DEBUNK) for form in forms) + ")"
# Only these make a non-quoted sentence somebody's claim ("Police said 20 died").
CLAIM_VERB = re.compile(
    rf"(?<![\w-])(?:said|says|say|told|tells|reported|reports|estimated|estimates|found|finds|{_SHOW_VERB}|"
    # ("claimed the lives of 25" is a death toll, no claim)
    r"showed|announced|stated|claimed(?!\s+(?:the\s+)?(?:lives?|life)\b)|confirmed|alleged|"
    r"claims(?!\s+(?:court|courts|tribunal|process|adjusters?|handlers?|department|system)\b)|"
    rf"alleges|predicted|predicts|[Aa]ccording to|[Cc]iting|{PER}|wrote|writes|added|noted|warned|"
    r"insisted|testified|"
    # "As Bustle and Cosmopolitan point out, ...", "X pointed out that ..."
    r"(?:pointed|points|(?<!should\s)(?<!would\s)(?<!must\s)(?<!to\s)point)\s+out"
    r"(?=\s*,|\s+that\b)|"
    # an analyst's or agency's own expectation is its claim: "Kuo expects that", "the bank
    # forecasts growth", "Kuo also anticipates", "Kuo notes that"
    r"expects|anticipates|forecasts(?!\s*[,.;:!?)]|\s+(?:of|for)\b)|notes(?=\s+that\b)|"
    # a newsroom's progressive: "CNBC's Jon Fortt is reporting that ..." (see PROGRESSIVE_BEFORE)
    # ... or closing the sentence: "..., The Wall Street Journal is reporting."
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))reporting(?=\s+that\b|\s*[.!]?\s*$)|"
    # "Apple responded by saying that ...", "Flynn stepped down, saying that ...": the clause
    # subject's words. Not a participle after a noun ("an article saying that", "quoted the
    # ministry as saying that"): the noun says it.
    r"(?:(?<=\bby\s)|(?<=,\s))(?:saying|stating)(?=\s+that\b)|"
    # a denial of reports or of a 'that' clause is its denier's claim ("Boko Haram has denied
    # claims that ..."); "denied bail", "rejected the offer", "that notion." claim nothing
    rf"{DENIAL_FINITE}"
    r"(?=\s+(?:that\b(?![,.;:]|\s+\w+[,.;:])|(?:(?:the|these|those|such|media|press|recent|"
    r"earlier)\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?)\b)))\b"
)
SKIPPABLE = (
    # "producers had this to say": the idiom stands between the speaker and the verb
    r"(?:had\s+(?:this|the\s+following)\s+to\s+)?"
    # "The unnamed journalist went on to say": the phrase stands before the verb too
    r"(?:(?:went|goes|go|going)\s+on\s*to\s+)?"
    # ("the British daily said": "daily", "weekly", "ally" are the noun, not an adverb; and
    # an adverb is lower case: in "In his report, Cringely says" "Cringely" is the name)
    r"(?:(?:(?!(?:daily|weekly|monthly|quarterly|ally|family)\b)[a-z]\w*ly|also|later|then|had|has|"
    r"have|previously|once|earlier|further|himself|herself|"
    r"themselves|itself|again|still|repeatedly|first)\s+){0,2}"
)
# Each tried in turn right before a reporting verb; the nearest kind of source wins.
# "it said in a statement": a body's pronoun (resolved to the body named just before).
LEFT_PRONOUN = re.compile(rf"(?P<pronoun>\b(?:he|she|they|it|He|She|They|It))\s*,?\s*{SKIPPABLE}$")
# "the Syrian Observatory for Human Rights", "the Institute for the Study of War", "the
# Office of the Director of National Intelligence": one name across of/for (and "the"), and
# after them across "and" when a body's name goes on ("the Department of Health and Human
# Services", "the Committee for the Promotion of Virtue and the Prevention of Vice"), not a
# person's ("the head of Hamas and Mahmoud Abbas").
BODY_NAME = (
    rf"(?:[Tt]he\s+)?{NAME}(?:{GAP}(?:of|for){GAP}(?:the{GAP})?{NAME}(?:{GAP}(?:(?:of|for)"
    rf"{GAP}(?:the{GAP})?{NAME}|and{GAP}(?:the{GAP}{NAME}|{CAP_WORD}(?:{GAP}{CAP_WORD}){{0,3}}"
    rf"(?<=[a-z]s)(?!\w)))){{0,3}})?"
)
LEFT_NAME = re.compile(
    # ... and an age after it: "Nicola Dawson, 48, who ..." (the age is no role)
    rf"(?P<name>{BODY_NAME}{PARTY})"
    rf"(?:,\s+\d{{1,3}}(?=,))?"
    rf"(?:,\s+(?P<role>{ROLE}[^,;:“”\"«»\ufffc]{{0,120}}(?:,\s+[^,;:“”\"«»\ufffc]{{1,60}})?),)?"
    rf"\s*,?\s*{SKIPPABLE}$"
)
# "outgoing ambassador Nikolay Mladenov, who told the Security Council": the name a relative
# pronoun right before the verb stands for is the verb's subject.
LEFT_RELATIVE = re.compile(rf"(?P<name>{BODY_NAME}{PARTY}),?\s+(?:who|which)\s+{SKIPPABLE}$")
# A comparison with an estimate closing the clause before "according to".
COMPARISON_BEFORE = re.compile(
    r",\s+(?:in\s+line\s+with|compared\s+(?:with|to)|versus|vs\.?|above|below|ahead\s+of|"
    r"short\s+of|beating|topping|missing)\s+[^,;]{0,80}\b(?:estimates?|forecasts?|"
    r"expectations?|consensus|projections?)\b[^,;]{0,40},\s*$"
)
NAME_BEFORE_APPOSITIVE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<name>{NAME}{PARTY}),\s+$"
)
COUNTING_DETERMINER = r"(?:the|an?|one|two|three|four|five|several|some|many|multiple)"
INTERPOSED_CITING = re.compile(r",\s*(?:citing|according\s+to)\s[^,;:.]{1,80},\s*$")
# (the quotation right after the verb, its "that" or its addressee and a comma or colon)
QUOTATION_AFTER_VERB = re.compile(
    r"\w+(?:(?:\s+[^\s\ufffc,.;:]+){1,4}?\s*[,:]|\s*[,:]?|\s+that)\s*\ufffc"
)
# An anonymous plural without a determiner: "sources", "medical sources", "survivors' testimonies".
BARE_PLURAL = re.compile(rf"(?!{COUNTING_DETERMINER}\s)(?:[^\s]+\s+){{0,2}}[a-z]+s$")
# "KLAS-TV in Las Vegas is reporting": the place says where the source is, not who it is (only
# as the subject opening the sentence: in "X, a candidate for Senate in New Jersey, said" the
# place is inside a role).
LEFT_LOCATED = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>(?:[Tt]he\s+)?{NAME}){GAP}(?:in|at){GAP}(?:the{GAP})?{NAME}\s*,?\s*{SKIPPABLE}$"
)
# "FBI officials said", "Senate Democrats argue": a name qualifying a plural noun.
# "Leelah from Kings Mill, Ohio, wrote", "Ms Clarke-Murphy from Newfoundland in Canada told",
# "Colleen Clarke-Murphy of Heart's Desire, Newfoundland in Canada said": where the person is
# from is no source ("of" only before a list of places, not "Bank of America said").
LEFT_FROM_PLACE = re.compile(
    # (not a name inside a role: "a Republican from Utah", "Members of Parliament from X")
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\bof\s)"
    rf"(?P<name>{NAME}){GAP}(?:from{GAP}{NAME}(?:,{GAP}{NAME})*|of{GAP}{NAME}(?:,{GAP}{NAME})+)"
    rf"(?:{GAP}in{GAP}{NAME})?\s*,?\s*{SKIPPABLE}$"
)
# "Icy Ng, a 22-year-old design student at Hong Kong Polytechnic University said": a role left
# unclosed before the verb still describes the name before it; the body in it is no source.
LEFT_UNCLOSED_ROLE = re.compile(
    # (only a name opening its clause: not "In a statement to ABC News, a spokesperson ...")
    rf"(?:^|(?<=[.!?:;,—–]\s)|(?<=\n))(?P<name>{NAME}),\s+(?P<role>(?:a|an)\s+[^,;:.\ufffc]{{1,100}}?\b(?:at|of|in|for|with|"
    rf"from)\s+(?:the\s+)?{NAME})\s+{SKIPPABLE}$"
)
# (nor the tail of a longer name: "the Joint| Chiefs of Staff, Gen. Martin Dempsey")
WORD_OF_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
# "Another protester – a student named Alexandra Wong – said": the name given speaks.
LEFT_NAMED = re.compile(rf"\b(?:named|called){GAP}(?P<name>{NAME})\s*[–—-]?\s*,?\s*{SKIPPABLE}$")
LEFT_GROUP = re.compile(rf"(?P<common>{NAME}(?:{GAP}[a-z][\w'’-]*){{1,2}})\s*,?\s*{SKIPPABLE}$")
LEFT_COMMON = re.compile(
    rf"(?P<common>\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|[Mm]ost)\s+(?:{COMMON_WORD}\s+){{0,5}}?"
    rf"{COMMON_WORD})\s*,?\s*{SKIPPABLE}$"
)
# Plural nouns for people who speak as a group: "aides said", "they" may stand for them.
GROUP_NOUN = (
    r"(?:officials|aides|lawmakers|legislators|members|leaders|senators|representatives|"
    r"advisers|advisors|spokesmen|spokeswomen|spokespeople|critics|supporters|opponents|"
    r"activists|protesters|protestors|organizers|organisers|residents|workers|employees|"
    r"officers|authorities|investigators|prosecutors|lawyers|attorneys|plaintiffs|defendants|"
    r"parents|students|teachers|experts|analysts|economists|scientists|researchers|doctors|"
    r"voters|executives|staffers|strategists|sources|witnesses|campaigners|"
    r"negotiators|diplomats|administrators|managers|owners|farmers|families|victims|"
    r"survivors|villagers|police|Democrats|Republicans|Dems|conservatives|liberals|"
    r"progressives|observers|watchers|insiders)"
)
# "this person said", "those officials say": an anonymous source named again (only people:
# "this month", "this week" are times). Never "that", which opens clauses.
# ... and a piece or an outlet named again: "This report says that X says ..." (the report).
LEFT_DEMONSTRATIVE = re.compile(
    rf"(?P<common>\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?:person|source|official|individual|insider|"
    rf"man|woman|people|{GROUP_NOUN}|report|article|story|post|site|website|study|survey|"
    rf"statement|paper|outlet|blog)s?)\s*,?\s*{SKIPPABLE}$"
)
# A bare plural of people opening the clause: "“...,” aides said", "Senior officials say".
LEFT_BARE_GROUP = re.compile(
    rf"(?:^|[,;:\ufffc]|\n)\s*(?:(?:which|whom|where|that)\s+)?(?P<common>(?:(?!(?:and|or|but|the|"
    rf"a|an|which|whose|who|that|these|those)\b)(?:[A-Z][a-z]+|[a-z]+){GAP})?(?:{GROUP_NOUN}|media))\s*,?\s*"
    rf"{SKIPPABLE}$"
)
# A report of a report: "aides said Mr. Ryan told his colleagues ...".
NESTED_REPORT = re.compile(
    rf"\s+(?:that\s+)?(?:(?P<pronoun>he|she)|(?P<name>{NAME}{PARTY}))\s+{SKIPPABLE}"
    rf"(?:told|said|says|tells|wrote|writes|warned|argued|insisted)\b"
)
# Lower-case words that may stand before a name after an inverted verb: "explained
# newly-minted Speaker John Boehner", "said former Gov. Jeb Bush".
# ... and one lower-case noun of a person's trade: "according to journalist Daniel Simone",
# "said spokesman Tom Neumayr" (agent suffixes, not "reports" or "data"; not "under", "later").
NAME_MODIFIERS = (
    r"(?:(?:former|then|[a-z]+-[a-z-]+)\s+){0,2}"
    r"(?:(?!(?:under|after|over|other|either|neither|never|ever|whether|together|rather|"
    r"further|later|earlier|for|or|nor|per|her|their|our|your)\s)"
    r"[a-z]+(?:ist|or|er|man|woman|person|yst|ian|ess)\s+(?=[A-Z]))?"
    # ... or the kind of body the name is: "according to industry research firm IDC"
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:firm|company|group|agency|website|site|newspaper|daily|"
    r"magazine|tabloid|broadcaster|network|channel|consultancy|publication|outlet|institute|"
    r"think\s+tank)\s+(?=[A-Z]))?"
)
# A role never opens with a verb: "X, according to Y, could reach ..." goes on with the clause.
AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does)"
AUXILIARY_WORD = re.compile(rf"\b{AUXILIARY}\b")
# A verb in what follows a name, outside a relative clause ("a Democrat who is chairman of"):
# the main clause, not the name's role.
CLAUSE_ROLE = re.compile(
    rf"(?:(?!\b(?:who|whose|which|that)\b).)*?\b(?:{AUXILIARY}|do|\w+n['’]t)(?!\w)"
)
# A place written "City, State," inside a role, before the unit of a body it locates: "president
# of the Kansas City, Mo., branch of the NAACP" (the commas do not end the role).
PLACE_IN_ROLE = (
    r",\s+[A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.)?,(?=\s+(?:branch|chapter|office|bureau|division|"
    r"affiliate|campus|district|headquarters|local)\b)"
)
RIGHT_SOURCE_TEMPLATE = (
    rf"\s*(?:(?P<pronoun>(?:he|she)\b)|{NAME_MODIFIERS}(?P<name>{BODY_NAME}{PARTY})(?:,\s+(?!{AUXILIARY}\b)(?P<role>{ROLE}(?:[^,;:.“”\"«»\ufffc]|(?<=\b[A-Z])\.|{PLACE_IN_ROLE}){{0,120}}){{role_end}})?"
    # (also an anonymous source counted or bare: "according to one of the sources", "according
    # to people familiar with the matter", "according to industry analysts")
    rf"|(?P<common>(?:{COUNTING_DETERMINER}\s+|(?=(?:[a-z][\w-]*\s+){{0,2}}(?:people|persons|"
    rf"{GROUP_NOUN})\b))[^,;:.“”\"«»\ufffc]{{1,60}}?)(?=[,;:.\ufffc]|\s+(?:in|on|at|during|"
    rf"after|before|who|when|that|to)\b|$))"
)
RIGHT_SOURCE = re.compile(RIGHT_SOURCE_TEMPLATE.replace("{role_end}", ""))
# "According to X, ROLE, the clause": an opening source's role must close with a comma, or
# it is the main clause ("According to the Herald, the fines could reach $2 million.").
OPENING_RIGHT_SOURCE = re.compile(RIGHT_SOURCE_TEMPLATE.replace("{role_end}", "(?=,)"))
# "was also arrested and charged with": coordinated participles share the passive.
PASSIVE_BEFORE = re.compile(
    # (contracted too: "I'm told", "We're told" are unnamed sources, no speaker)
    r"(?:\b(?:is|are|was|were|be|been|being)|['’](?:m|re))\s+"
    r"(?:(?:\w+ly|also|later|then|first|already|never)\s+)?"
    r"(?:[a-z]+ed\s+(?:and|or)\s+)?$"
)
# The auxiliary of a progressive "is reporting that": the subject stands before it.
PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
REFLEXIVE_AFTER = re.compile(r"\s+(?:him|her|them|it|my|your|our)sel(?:f|ves)\b")
# A possessive or determiner right before a word of saying makes it a noun or an adjective
# ("TechCrunch's claims", "the reports", "the recently revealed Batmobile"); so does a verb
# that takes reports as its object or a preposition ("denied claims that", "amid reports").
NOUN_BEFORE = re.compile(
    r"(?:['’]s|\b(?i:the|a|an|his|her|its|their|these|those|such|my|our|your|"
    rf"{DENIAL_ANY}|amid|despite|following|over|about|of|no|any|every|each|many|several|multiple))"
    r"\s+(?:\w+ly\s+)?$"
)
# A word of saying in -s before a verb is a plural noun, its subject: "reports are
# unconfirmed", "claims have surfaced"; so it is before "from" ("phone calls from their
# managers").
VERB_AFTER_NOUN = re.compile(r"\s+(?:are|were|have|had|remain|remained|from)\b")
# After a preposition a word of saying in -s is a plural noun ("according to reports received
# by", "in claims"); "to say", "to deny" stay infinitives.
PREPOSITION_BEFORE_NOUN = re.compile(r"\b(?i:to|in|on|from|with|by|for|at)\s+(?:\w+ly\s+)?$")
# Nothing but a conjunction between the clause start and "according to".
CLAUSE_OPENING = re.compile(
    r"(?:^|[.:;!?])[^\w\ufffc]*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)[^\w\ufffc]+)?$"
)
# Right after the start of a clause: the text start, a comma, colon, semicolon or quotation.
CLAUSE_BOUNDARY = re.compile(r"(?:^|[,;:\ufffc])\s*$")
SUBJECT = re.compile(rf"(?P<pronoun>\b(?:he|she|they|He|She|They)\b)|(?P<name>{NAME}{PARTY})")
# "by the Academy" too: the agent of "a statement released by the Academy" released it.
PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|in|at|to|from|with|by|of|for|about|against|over|under|than|like)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A reporting verb that follows a quotation or opens the clause takes its source after it.
# (not the full stop of an abbreviation: "Iraq's ambassador to the U.N. told")
INVERTED = re.compile(r"(?:\ufffc\s*,?|^|(?<!\b[A-Z])\.|[:;]|\ufffc\s*—)\s*$")
# "HP plans to split, reported The Wall Street Journal on Sunday": a verb of saying right after
# a comma, then a name, inverts too (also after a single mark the quote finder left as an
# apostrophe: "‘To fix ... managers,’ wrote Forbes’ Robert X Cringely").
COMMA_INVERTED = re.compile(r",[’']?\s*$")
# "Saudi daily Ajel quoted the airline's manager Abdul Rahman Al Fahd as saying": the one
# quoted speaks (the newspaper is the reuse stage's origin).
QUOTED_AS_SAYING = re.compile(
    rf"\bquoted\s+(?!by\b|in\b)(?:(?P<object>him|her|them)|(?:[^,;:.\ufffc]{{0,80}}?\s)?(?P<name>{NAME}{PARTY}))"
    r",?\s+as\s+saying$"
)
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# A quotation right after "according to", up to the comma or end that closes the clause.
QUOTED_SOURCE = re.compile(r"\s+(?P<quoted>\ufffc+)(?=\s*(?:[,.;]|$))")
# "was quoted as saying", "was quoted by The Post as saying": the subject speaks.
PASSIVE_QUOTED = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+quoted"
    r"(?:\s+(?:by|in)\s+[^,;:.\ufffc]{1,60}?)?\s+as\s+saying$"
)
# After the inverted name only the sentence's end or a short time or place phrase closing the
# clause: "... on Sunday, citing ...", not "asked Mr. Clinton last summer to explore ...", and not
# a quotation ("said Trump “put forth ...”" is what Romney said Trump did).
# A day word closes it too ("..., reports Headlines & Global News today."), and so does a noun
# for the outlet's piece, whose owner is the source ("..., says the Times of India report.").
AFTER_INVERTED_NAME = re.compile(
    r"(?:\s+(?:report|story|article|website|newspaper|piece))?"
    r"\s*(?:$|[,.;:!?—]|(?:on|in|at|late|early|last|this|during|after|when)\b"
    r"(?:\s+[\w'’.-]+){0,4}?\s*(?:$|[,.;:!?—])|(?:today|yesterday|tonight)\s*(?:$|[,.;:!?—]))"
)
# "according to CNN.": an acronym is written without a full stop of its own ("U.S." has two).
ACRONYM_END = re.compile(r"(?<![\w.])[A-Z]{2,}\.$")
ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.)+|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|St)\.)$")
# Verbs of saying only: ", told CNN" and ", asked Mr. Clinton" name the listener.
INVERTING_VERBS = frozenset(
    (
        *("said", "says", "reported", "reports", "wrote", "writes", "added", "adds", "noted"),
        *("notes", "explained", "stated", "tweeted", "announced", "continued", "replied"),
        *("responded", "warned", "insisted", "argued", "claimed", "claims"),
    )
)
# A relative clause ahead of a source: "a nurse who treated some of those wounded in the
# attack said", "the Observatory, which monitors events in Syria, reported": the source found
# inside it is the clause's object, and the noun the clause describes speaks. A comma inside
# ends the clause ("X, who met Obama, and Smith said": Smith speaks); a subject after the
# pronoun makes it the object's clause ("the airdrop, which the AP corroborated and the
# Observatory confirmed": the Observatory speaks), and so does a preposition before it
# ("during which time she said"); a "that" or a verb of saying inside it opens what was said
# ("a book, which reported that Mattis told staffers": Mattis speaks).
RELATIVE_BEFORE = re.compile(
    r"(?<!\bduring )(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bby )(?<!\bfor )(?<!\bwith )"
    r"\b(?:who|which)\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|I|we|you|he|she|"
    r"they|it|many|some|most|several|few|all|both|no|one|two|three)\b|[A-Z\d])(?:(?!\b(?:that|said|says|told|reported|wrote)\b)[^,;:.!?\ufffc\n])*?[a-z]\s+$"
)
AFTER_QUOTE_INVERTED = re.compile(rf"\ufffc\s*,?\s+[a-z]+ed\s+(?P<name>{NAME}{PARTY})")
CONJUNCTION_AFTER_COMMA = re.compile(r",\s+(?:and|but|while|whereas)\b")
ATTRIBUTION_REACH = 80  # characters from the comma to the verb of a closing attribution
SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’)\ufffc]?\s+|\n\s*)$")
SENTENCE_END = re.compile(r"(?<=\w\w[.!?])\s+(?=[A-Z]|[a-z\d]{1,4}[A-Z])")
TRAILING = re.compile(r"(?:\s+[\w.'’-]+){0,4}[.!?]?\s*$")
# Also capitalised: "According to the Times, ..." opens many sentences.
ACCORDING = re.compile(rf"\b(?:[Aa]ccording to|[Cc]iting|{PER})\b")
QUOTED_RUN = re.compile("\ufffc+")
DATA_FROM = re.compile(
    rf"\b(?:data|figures|statistics|numbers|estimates|records|a report|a study|a survey|"
    rf"research|an analysis|a poll)\s+(?:from|by)\s+(?P<name>(?:the\s+)?{NAME})"
)
TITLE_PREFIX = re.compile(rf"^(?:(?:{TITLE_WORDS})\.?\s+)+")
HONORIFIC_GENDER = re.compile(r"^(?:(Mr)|(Mrs|Ms|Miss))\.?\s")
# A bare "say" in a question or after "not to" tells what might or should be said, not what
# was ("asked what should she say", "told her not to say Merry Christmas").
UNSAID_BEFORE = re.compile(
    r"(?:\b(?:should|would|could|can|will|might|must|may|shall)\s+(?:he|she|they|I|we|you|it)|"
    r"\bnot\s+to|"
    # "Hard to say, because ...", "Needless to say": an adjective opening the sentence
    r"(?:^|[.!?]\s+|\n)[A-Z][a-z]+\s+to)\s+$"
)
ORDER_AFTER = re.compile(r"\s+(?:him|her|them|me|us|you|[a-z]+)\s+(?:not\s+)?to\s+[a-z]")
# A participle opening its sentence before a phrase and a comma is a clause about the subject
# that follows, not a name: "Agitated at the groom's family for hiding the truth, Indira ...",
# "Stunned by the news, she ..." (not "Mohammed at the rally said", which has no comma).
PARTICIPLE_OPENING = re.compile(
    r"[A-Z][a-z]{3,}ed\s+(?:at|by|with|in|on|about|over|from|for|to|through|after|into|as)\b"
    r"[^,.;:!?]{0,100},"
)
# A word of approximation opening a sentence before a count is capitalised but names no one:
# "Close to three dozen House Democrats have signed", "About 200 protesters said".
APPROXIMATE_COUNT = re.compile(
    r"(?:Close\s+to|About|Around|Almost|Roughly|Upwards\s+of|Up\s+to)\s+(?:\d|(?:a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|half)\b)"
)
NON_NAMES = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|I|We|You|God)$"
)
# A sentence adverb or a discourse word opening a sentence is capitalised but names no one
# ("Hopefully the situation will ... — reports ...", "It's what ... announced", "Neither knew
# ..."): the adverb suffixes (-fully, -ently, -ately, -edly, ...) are not those of names
# ("Kelly", "Beverly"); the function words are those a sentence opens with.
NOT_A_SOURCE = re.compile(
    r"[A-Z][a-z]+(?:al|ful|ous|ent|ant|ate|ed|ing|ive|ab|ib|ic|less|ual|ar)ly|"
    # a negated participle is an adjective ("Unconfirmed reports", "Unnamed sources")
    r"Un[a-z]{3,}(?:ed|ing)|"
    # quantifiers opening a sentence ("Many of the reports ..."), whose noun comes after "of"
    r"(?:Many|Most|Some|Several|Few|All|Each|Much|One|"
    r"Over|Neither|Either|Both|Within|Among|Here|Nope|Yes|No|Perhaps|Maybe|Thus|Hence|Otherwise|"
    r"Halfway|Midway|Needless|Due|"
    # a contraction opens a clause, never a name ("I've told you", "We'll see")
    r"(?:I|You|We|They|He|She|It)['’](?:ve|ll|re|d|m|s)|"
    r"Nevertheless|Nonetheless|Furthermore|Therefore|Likewise|Regardless|Besides|"
    # a determiner opening the phrase ("Another fighter said"), and a word in capitals for
    # emphasis ("has NOT actually claimed"): neither names anyone
    r"Another|Other|Every|Any|NOT|NEVER|NO|ALL|ONLY|ALWAYS|REALLY|VERY|ALSO|STILL|JUST|EVER|EVEN)"
)

FORECAST = re.compile(
    # "Will" before a capitalised word is a first name ("Will Artino scored"), not the future
    r"\b(?:(?-i:will|Will(?!\s+[A-Z]))|won't|shall|"
    # an adverb may sit between: "was initially expected to", "is now likely to"
    r"(?:is|are|was|were)(?:\s+(?:\w+ly|also|now|still))?\s+(?:expected|anticipated|likely|set|"
    r"poised) to|"
    # a passive expectation: "units are expected in Q1 2015"
    r"(?:is|are|was|were)(?:\s+(?:\w+ly|also|now|still))?\s+(?:expected|anticipated)\s+"
    r"(?:in|by|on|at|this|next)\b|"
    r"anticipates|"
    # what someone is getting ready for has not happened: "was preparing for the vote"; a
    # schedule is a fact of its own ("is scheduled to wrap up Wednesday" = "wraps up Wednesday")
    r"(?:is|are|was|were)(?:\s+\w+ly)?\s+preparing (?:for|to)|"
    r"expects?|is projected|are projected|projected to|projects|forecasts?|forecasted|predicts?|"
    # "could not be reached", "would not comment": what did not happen, not a forecast
    # (not the noun: "the 27-year-old's plan to marry", "hatched their plan to display")
    r"predicted|could(?!\s+(?:not|neither|never)\b)|"
    r"(?<!['’]s\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bthe\s)(?<!\ba\s)"
    r"plans? to|"
    # ("would-be" is an adjective: "his would-be wife")
    r"aims? to|would(?!-)|(?:is|are) to be|"
    # "is due to appear", not "is due to the weather"
    r"(?:is|are) due to(?!\s+(?:the|a|an|its|their|his|her|this|that)\b))\b",
    re.IGNORECASE,
)
HEDGED = re.compile(
    # ("the alleged rape cases": an adjective hedges its noun, not the sentence)
    r"\b(?:reportedly|allegedly|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bany\s)(?<!\bits\s)"
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bthese\s)(?<!\bthose\s)alleged|"
    # a claim passed on as a claim keeps its distance: "The Wall Street Journal claims that"
    # (not the noun: "denied claims that", "Smith's claims that")
    r"(?<!\bthe\s)(?<!['’]s\s)(?<!\bof\s)(?<!\bamid\s)(?<!\bthese\s)(?<!\bdenied\s)"
    r"(?<!\bdenies\s)(?<!\brejected\s)(?<!\bdismissed\s)claims\s+that|claimed\s+that|"
    r"purportedly|apparently|supposedly|may have|might have|"
    r"could have|(?-i:may)|might|is believed|are believed|was believed|were believed|is thought|"
    # the writer's own guess, an impersonal passive, unnamed reports: "is probably relieved",
    # "..., it has been claimed", "According to reports, ...", "Reports indicate that"
    r"probably|presumably|it\s+has\s+been\s+(?:claimed|alleged|suggested|reported)|"
    r"according\s+to\s+(?:some\s+|media\s+|local\s+|news\s+|press\s+|unconfirmed\s+)?reports"
    r"(?!\s+(?:in|by|from|of)\b)|"
    r"(?<![\w'’]\s)reports\s+(?:indicate|suggest)|"
    # "suspected" hedges as a verb ("is suspected of", "suspected that"), not as an adjective
    # that says what a person or thing is taken for ("suspected Chinese romeo Fei Lin")
    r"(?:is|are|was|were|been|being)\s+suspected|suspected(?=\s+(?:of|that|to)\b)|"
    r"are thought|unconfirmed|unverified|rumou?red|possibly|perhaps|it is claimed|"
    # "it would seem odd", "It would appear the Saudis might": the writer's hedge, no forecast
    r"would\s+(?:seem|appear)|"
    r"appears? to|appeared to|seems? to|seemed to|believed to|(?:is|are|was|were) said to|"
    # "was supposed to have been dead", "is presumed dead": what others take for true
    r"(?:is|are|was|were) (?:supposed to have|presumed)|"
    # "is reported to have been killed", "a reported $326 million": an unnamed report's word
    r"(?:is|are|was|were) reported to|(?:a|an|the) reported(?=\s+(?:[$€£¥]|\d))|"
    # a condition on the report's truth: "If it is confirmed, he is among the first ...",
    # "if true", "if the reports are accurate" (not a counterfactual "if this were accurate")
    r"if\s+(?:(?:it|this|that|so|they|the\s+reports?|the\s+claims?)\s+(?:is|are|was|proves?|"
    r"turns?\s+out)\s+(?:to\s+be\s+)?)?(?:confirmed|true|verified|accurate|correct))\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|no longer|denied|denies|deny|denying|"
    r"refused|refuses|refute|refutes|refuted|refuting|\w+n't|\w+n’t|cannot|"
    # "dismissed claims that ...": what follows is the rejected claim, not the speaker's
    r"(?:dismiss|reject)(?:ed|es|s|ing)?\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:\w+\s+)?"
    r"(?:claims?|reports?|allegations?|suggestions?|accusations?|rumou?rs?))\b(?!\s+only\b)",
    re.IGNORECASE,
)
SPACES = re.compile(r"\s+")
PLACEHOLDER = "\ufffc"  # neither a word character nor a space


@dataclass
class Source:
    """Who a reporting verb points at: surface text, its kind, and where it stands."""

    text: str
    kind: str  # "name", "pronoun" or "common"
    start: int


def strip_to_name(phrase: str) -> str:
    """The bare name of a source phrase: no role, party, leading "the" or title."""
    name = name_part(phrase)
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = LEADING_FUNCTION_WORDS.sub("", name)
    return TITLE_PREFIX.sub("", name).strip()


def comparable_name(phrase: str) -> str:
    """A source phrase normalised for comparison across articles: "the Labor Ministry" ->
    "labor ministry", "Sen. Ted Cruz (R-Texas), a Republican" -> "ted cruz"."""
    return SPACES.sub(" ", strip_to_name(phrase)).lower()


def _capitalised(name: str) -> bool:
    """ "Smith", "the FBI", "iPhone", "9to5Mac", "al-Hassan": a name, not a lower-case phrase."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    return re.match(rf"[a-z\d]{{0,4}}-?[A-Z]|{WEB_ADDRESS}", bare) is not None


def _source(match: re.Match[str], offset: int) -> Source | None:
    groups = match.groupdict()
    if groups.get("name"):
        # A name never runs across a sentence end: "Kim Jong-un. The" -> "The" (rejected).
        # (A title's full stop counts too, which drops the title: "Rep. Duncan Hunter".)
        name = SENTENCE_END.split(match.group("name") + _name_tail(match))[-1]
        name = LEADING_FUNCTION_WORDS.sub("", name).strip().rstrip(",")
        # "According to the Herald's report": the owner is the source.
        name = name.removesuffix("'s").removesuffix("’s")
        if name and re.match(rf"[Tt]he\s+{re.escape(name)}", match.group("name")):
            name = match.group("name")[:4] + name  # keep "the" of "The Mirror" in the surface
        if name.endswith(".") and (len(name.split()[-1]) > 4 or ACRONYM_END.search(name)):
            name = name[:-1]  # a full stop, not an abbreviation ("Jr.", "D-Ga.")
        name = _without_common_opener(name, match.string, match.start("name"))
        if not name or NON_NAMES.match(name) or not _capitalised(name) or _not_a_source(name):
            return None
        if (
            PARTICIPLE_OPENING.match(match.string, match.start("name"))
            or APPROXIMATE_COUNT.match(match.string, match.start("name"))
        ) and SENTENCE_OPENING.search(
            match.string, max(0, match.start("name") - 4), match.start("name")
        ):
            return None
        # A relative clause after the role tells what the person does, it is no part of who
        # they are: "Denise Sooley-Critch, an area volunteer| who works on her own to ...".
        role = RELATIVE_TAIL.split(groups.get("role") or "")[0].strip().rstrip(",") or None
        # "Sen. Kamala Harris of California": the place is a role; "Bank of America" stays.
        person, of, place = name.partition(" of ")
        if of and len(strip_to_name(person).split()) > 1 and not ORGANISATION_WORDS.search(person):
            name, role = person, f"of {place}" + (f", {role.strip()}" if role else "")
        text = f"{name}, {role.strip()}" if role else name
        return Source(text, "name", offset + match.start("name"))
    if groups.get("pronoun"):
        return Source(match.group("pronoun").lower(), "pronoun", offset + match.start("pronoun"))
    common = groups.get("common")
    # ("A survey toward the end of last year suggested": a stretch of time says nothing)
    if (
        common
        and not common.lower().startswith(("the same", "a number", "a lot"))
        and not (TIME_STRETCH.match(common))
    ):
        return Source(common.strip(), "common", offset + match.start("common"))
    return None


TIME_STRETCH = re.compile(r"(?i:the|an?)\s+(?:end|start|beginning|middle|rest|course|turn)\s+of\b")
RELATIVE_TAIL = re.compile(r"(?:^|\s+)(?:who|whose|which|that)\s")


def _name_tail(match: re.Match[str]) -> str:
    """The capitalised words that go on after a name cut at NAME's length, when no role or
    party follows it: "Pentagon Press Secretary Rear Adm. John| Kirby"."""
    if match.groupdict().get("role") or match.groupdict().get("common"):
        return ""
    tail = NAME_TAIL.match(match.string, match.end("name"))
    return tail.group() if tail else ""


def _not_a_source(name: str) -> bool:
    """ "Hopefully", "It" (of "It's"), "Over": an adverb or a function word, not a name."""
    return bool(NOT_A_SOURCE.fullmatch(name) or LEADING_FUNCTION_WORDS.fullmatch(name + " "))


# A greeting, a family word or a tabloid epithet before a name is no part of it: "Hi Tanya,",
# "Poor Alex says", "Dad Derek Nash and his partner", "Bemused Mr Nash".
GREETING = re.compile(r"Hi|Hello|Hey|Dear")
EPITHET = re.compile(
    rf"{GREETING.pattern}|Poor|Little|Tiny|Brave|Bemused|Proud|Heartbroken|Devastated|Tragic|"
    r"Dad|Daddy|Mum|Mummy|Mom|Mommy|Grandma|Granny|Grandpa|Grandad"
)


def _without_common_opener(name: str, text: str, at: int) -> str:
    """ "Current HP" -> "HP", "Articulate" -> "": a capitalised first word at a sentence start
    that the text also writes in lower case is an ordinary word, not part of a name."""
    first, _, rest = name.partition(" ")
    if rest and EPITHET.fullmatch(first):
        # the one greeted is addressed, never the speaker: "Hi Tanya, I confirmed ..."
        return "" if GREETING.fullmatch(first) else rest
    if not SENTENCE_OPENING.search(text, max(0, at - 4), at):
        return name
    if first.islower() or first.lower() in ("the", "a", "an"):
        return name
    if not re.search(rf"\b{re.escape(first.lower())}\b", text):
        return name
    return rest


def find_source(outside: str, verbs: re.Pattern[str] = SPEECH) -> Source | None:
    """The source named by the first reporting verb of `outside` (quotes blanked out)."""
    found = _first_source(outside, verbs)
    if found is not None and found.kind == "pronoun" and found.text in ("he", "she"):
        # 'He said, “...” Buress said.': a name closing the quotation in the same sentence says
        # who the pronoun is; resolving "he" from earlier text may pick someone else.
        named = AFTER_QUOTE_NAME.search(outside, found.start)
        source = _source(named, 0) if named else None
        if source is not None and source.kind == "name":
            return source
    return found


def _first_source(outside: str, verbs: re.Pattern[str]) -> Source | None:
    data = DATA_FROM.search(outside)
    if data and verbs is CLAIM_VERB:
        return Source(data.group("name"), "name", data.start("name"))
    quoted = [m.span() for m in QUOTED_RUN.finditer(outside)]
    found_verbs = list(verbs.finditer(outside))
    if quoted:
        found_verbs.sort(key=lambda v: _distance(v.span(), quoted))
    else:
        # "..., the Observatory said.": a closing attribution covers everything before it.
        found_verbs.sort(key=lambda v: _trailing_first(outside, v))
    # "..., his henchmen revealed today, saying only that ...": a participle right after a
    # finite reporting verb's clause has that verb's subject, so that verb is read first.
    finite = [v for v in found_verbs if not v.group().endswith("ing")]
    found_verbs.sort(key=lambda v: _participle_after_finite(outside, v, finite))
    conduit = _speaker_before_conduit(outside, found_verbs)
    if conduit:
        return conduit
    for verb in found_verbs:
        word = verb.group().lower()
        before = outside[max(0, verb.start() - 160) : verb.start()]
        progressive = word == "reporting"
        if PASSIVE_BEFORE.search(before) and not progressive:
            continue  # "if the findings are confirmed", "was reported killed": no source
        if NOUN_BEFORE.search(before) or (
            word.endswith("s") and PREPOSITION_BEFORE_NOUN.search(before)
        ):
            continue  # "TechCrunch's claims", "the reports": a noun, not a verb of saying
        if word.endswith("s") and VERB_AFTER_NOUN.match(outside, verb.end()):
            continue  # "reports are unconfirmed": the noun
        if REFLEXIVE_AFTER.match(outside, verb.end()):
            continue  # "who revealed himself as 'Deep Throat'": no statement is reported
        if word in ("say", "tell") and UNSAID_BEFORE.search(before):
            continue  # "what should she say", "told her not to say X": nothing was said
        if word in ("told", "tells", "tell", "telling") and ORDER_AFTER.match(outside, verb.end()):
            continue  # "he told her not to say ...": an order, no statement
        found = _quoted_as_saying(outside, verb.end()) if word == "saying" else None
        if found:
            return found
        if word in INVERTING_VERBS and COMMA_INVERTED.search(before):
            found = _comma_inverted_source(outside, verb.end())
            if found:
                return found
        if word == "according to" and QUOTED_SOURCE.match(outside, verb.end()):
            return _quoted_source(outside, verb.end())
        if word == "according to" and COMPARISON_BEFORE.search(before):
            continue  # "..., in line with the analyst estimate of $3.95, according to X": X's
            # is the estimate, not the statement before it
        if word in CITING_WORDS or (INVERTED.search(before) and not JUDGING.fullmatch(word)):
            opening = word in CITING_WORDS and _opens_clause(outside, verb.start())
            found = _right_source(outside, verb.end(), opening)
            if _cites_anonymous(word, found):
                found = None
            if found:
                return found
            if word in CITING_WORDS:
                continue
        elif not word.endswith("ing") or progressive:
            # "aides said Mr. Ryan told his colleagues “...”": Ryan's words, retold. A claim
            # is the outer reporter's ("Townsend said Mr. Trump told them that ...").
            nested = NESTED_REPORT.match(outside, verb.end()) if verbs is SPEECH else None
            if nested:
                found = _source(nested, 0)
                if found:
                    return found
            auxiliary = PROGRESSIVE_BEFORE.search(before) if progressive else None
            # "The New York Post, citing sources at the network, reported": the subject stands
            # before the interposed citing phrase
            interposed = INTERPOSED_CITING.search(before)
            found = _left_source(
                outside,
                verb.start()
                - len(auxiliary.group() if auxiliary else "")
                - len(interposed.group() if interposed else ""),
            )
            relative = (
                found
                and found.kind != "pronoun"
                and _last_match(RELATIVE_BEFORE, outside, found.start, max(0, found.start - 160))
            )
            if relative:
                found = _left_source(outside, relative.start())
            if found:
                return found
        # A participle ("..., saying that", "..., calling her tenure “...”") has its clause's
        # subject, which opens the clause; a name deeper in it is an object ("The bill ... of
        # the House and Senate, allows ..., saying that"; "took a swipe at Hillary Clinton,
        # calling ...": Clinton is the one called, not the speaker).
        found = _clause_subject(outside, verb.start(), opening_only=word.endswith("ing"))
        if found:
            return found
    # Any verb right after a quotation: "“...,” summarized Senor", "“...” Senor wrote."
    after_quote = AFTER_QUOTE_SOURCE.search(outside) or AFTER_QUOTE_INVERTED.search(outside)
    return _source(after_quote, 0) if after_quote else None


def _speaker_before_conduit(outside: str, verbs: list[re.Match[str]]) -> Source | None:
    """ "Kuo ... says the Apple Watch will be released in March, according to MacRumors": a
    named speaker with a verb of his own speaks; the closing outlet only passed it on (the
    reuse stage reads it as the conduit)."""
    # ("citing" is not one: "the AP reported, citing a security official" names the deeper
    # source, which the citing verb's reading finds)
    citing = [verb for verb in verbs if verb.group().lower() in ("according to", "per")]
    if not citing:
        return None
    # A titled or described person cited is the source itself, no conduit: "have asked for
    # changes, according to Sen Dick Durbin, D-Ill."
    cited = _right_source(outside, citing[0].end(), _opens_clause(outside, citing[0].start()))
    if cited is None or "," in cited.text or TITLE_PREFIX.match(strip_to_name(cited.text) + " "):
        return None
    for verb in verbs:
        word = verb.group().lower()
        if word in CITING_WORDS or word.endswith("ing") or not CLAIM_VERB.fullmatch(verb.group()):
            continue
        before = outside[max(0, verb.start() - 160) : verb.start()]
        if INVERTED.search(before) or NOUN_BEFORE.search(before) or PASSIVE_BEFORE.search(before):
            continue
        found = _left_source(outside, verb.start())
        # only a name opening its clause, not one inside a phrase or a relative clause ("Tan
        # Shen, 26, of Chengdu said", "The woman, who ... in Macerata, Italy, said")
        if (
            found
            and found.kind == "name"
            and CLAUSE_BOUNDARY.search(outside, max(0, found.start - 12), found.start)
            and not re.search(r"\b(?:who|which|of)\b", outside[: found.start])
        ):
            found.text = CITING_TAIL.split(found.text)[0]  # not "Cornyn, according to X"
            return found
    return None


def _left_source(outside: str, at: int) -> Source | None:
    """The source right before a verb at `at`: the nearest kind of source wins."""
    for pattern in (
        LEFT_NAMED,
        LEFT_PRONOUN,
        LEFT_POSTMODIFIED,
        LEFT_RELATIVE,
        LEFT_LOCATED,
        LEFT_FROM_PLACE,
        LEFT_UNCLOSED_ROLE,
        LEFT_NAME,
        LEFT_GROUP,
        LEFT_COMMON,
        LEFT_DEMONSTRATIVE,
        LEFT_BARE_GROUP,
    ):
        left = pattern.search(outside, max(0, at - 160), at)
        role_given = left is not None and left.groupdict().get("role")
        if left and pattern in (LEFT_NAME, LEFT_GROUP, LEFT_COMMON) and not role_given:
            left = _person_of_role(outside, at, left)
        if left and pattern is LEFT_POSTMODIFIED:
            # "Dr. Matthew Schulman, a board-certified plastic surgeon in New York, told": the
            # name the phrase is an appositive of comes first and is the source.
            named = LEFT_NAME.search(outside, max(0, at - 160), at)
            left = None if named and named.start() <= left.start() else left
        if left and pattern is LEFT_COMMON and OBJECT_OF_VERB.search(outside, 0, left.start()):
            continue  # "the man who recorded the alleged gunfire nearby said": an object
        if (
            left
            and pattern is LEFT_FROM_PLACE
            and (
                ORGANISATION_WORDS.search(left.group("name"))
                or WORD_OF_NAME_BEFORE.search(outside, max(0, left.start() - 40), left.start())
            )
        ):
            continue  # "the University of California, Berkeley said": one body's name
        found = _source(left, 0) if left else None
        if left and found and found.kind == "name" and pattern is LEFT_NAME:
            role_of = ROLE_OF_NAME_BEFORE.search(outside, max(0, found.start - 80), found.start)
            if role_of:  # "Iraq's ambassador to the United Nations says": the ambassador
                start = role_of.start("common")
                # ... unless a name stands before as the role's appositive ("Jack Levin, the
                # chief executive of yFrog, ..., said"): that person speaks
                named = NAME_BEFORE_APPOSITIVE.search(outside, max(0, start - 80), start)
                if named:
                    return _source(named, 0)
                return Source(outside[start : left.end("name")].strip(), "common", start)
        if found and pattern is LEFT_RELATIVE and not QUOTATION_AFTER_VERB.match(outside, at):
            # only the speaker of a quotation the relative clause introduces ("Nikolay
            # Mladenov, who told the Security Council, “...”", also after a preposition: "a
            # call from Sen. Amy Klobuchar, who tweeted that “...”"); a relative clause's claim
            # is no claim of the sentence ("pushed back against critics who said ...")
            continue
        if found and (pattern is not LEFT_GROUP or _is_group(found.text) or _is_medium(found.text)):
            return found
    return None


def _person_of_role(outside: str, at: int, left: re.Match[str]) -> re.Match[str]:
    """ "Dr. Verity Nye, Ocean and Earth Science researcher at Southampton University, told":
    the name before the verb ends a role that opens in capitals (which LEFT_NAME's role does
    not take); the person the role describes speaks, not the body it names."""
    person = LEFT_PERSON_WITH_ROLE.search(outside, max(0, at - 200), at)
    found_at = left.start("name" if left.groupdict().get("name") else "common")
    if person and person.start("role") <= found_at < person.end("role"):
        return person
    return left


def _quoted_as_saying(outside: str, end: int) -> Source | None:
    """Who speaks in "X quoted Y as saying" (Y, or the person "him" stands for) and in "Y was
    quoted as saying" (Y); `end` is where "saying" ends."""
    window = max(0, end - 200)
    active = QUOTED_AS_SAYING.search(outside, window, end)
    if active and active.end() == end:
        if active.group("object"):
            pronoun = OBJECT_PRONOUNS[active.group("object").lower()]
            return Source(pronoun, "pronoun", active.start("object"))
        return _source(active, 0)
    passive = PASSIVE_QUOTED.search(outside, window, end)
    if passive and passive.end() == end:
        found = _left_source(outside, passive.start())
        if found and PREPOSITION_BEFORE.search(outside, max(0, found.start - 10), found.start):
            # "Jose Millan with the Nicaraguan Institute ... was quoted": Millan is
            return _clause_subject(outside, passive.start())
        return found
    return None


def colon_subject(outside: str) -> Source | None:
    """The subject of a clause that hands over to a quotation with a colon and no reporting
    verb: "Biden was quick to retort: “...”" -> Biden. `outside` ends at the quotation."""
    body = outside.rstrip(PLACEHOLDER + " \n")
    if not body.endswith(":"):
        return None
    clause_start = max(body.rfind(mark, 0, len(body) - 1) for mark in ".;!?\n") + 1
    found = _clause_subject(body[clause_start:], len(body) - clause_start)
    return offset_source(found, clause_start)


def offset_source(source: Source | None, by: int) -> Source | None:
    """`source` moved `by` characters on: from a slice's offsets to the whole text's."""
    if source is not None:
        source.start += by
    return source


def bare_attribution(sentence: str) -> bool:
    """ "Mr. Lopez said." / "he added in a statement:": a sentence that only says who spoke,
    not "Murray says the law doesn't reflect Seattle's values." """
    verbs = list(SPEECH.finditer(sentence))
    return bool(verbs) and (
        TRAILING.match(sentence, verbs[-1].end()) is not None or sentence.rstrip().endswith(":")
    )


def is_speaker_phrase(source: Source) -> bool:
    """A name, a pronoun, a quoted source or a phrase headed by a noun for people, media or
    documents ("the Intersex Society", "she", "The Comcast agent"), not any noun phrase a
    verb happened to follow ("an example of a video")."""
    return source.kind != "common" or SPEAKER_HEAD.search(source.text) is not None


# Nouns for what happens or is done, which never claim anything: "The impending move, first
# reported by ..., set off", "resulting in an 11-hour delay", "charge 20 per cent on the sale of".
EVENT_NOUN = re.compile(
    r"(?:move|moves|plan|plans|delay|delays|sale|sales|deal|deals|decision|change|changes|split|"
    r"breakup|incident|incidents|attack|attacks|meeting|process|acquisition|merger|separation|"
    r"launch|vote|arrest|crash|accident|flight|flights|shooting|trip|visit|operation)"
)
# The head of a noun phrase: its last word before a preposition that begins a modifier.
PREPOSITION_WORD = r"\b(?:of|for|to|from|in|on|at|with|by)\b"
HEAD_BEFORE_MODIFIER = re.compile(
    rf"^(?:(?!{PREPOSITION_WORD}).)*?([\w-]+)(?=\s+{PREPOSITION_WORD}|$)"
)


def names_an_event(phrase: str) -> bool:
    """ "The impending move", "the sale of ancient items": a phrase headed by an event noun."""
    head = HEAD_BEFORE_MODIFIER.match(phrase.strip())
    return head is not None and EVENT_NOUN.fullmatch(head.group(1).lower()) is not None


# "..., al-Arabiya television reported.": a name before a noun for a medium is that outlet.
MEDIUM_HEAD = re.compile(
    r"\s(?:television|TV|radio|newspaper|daily|channel|website|blog|agency|magazine|network|"
    r"broadcaster|station|tabloid|weekly)$"
)


def _is_medium(phrase: str) -> bool:
    return MEDIUM_HEAD.search(phrase) is not None


def _is_group(phrase: str) -> bool:
    last = phrase.split()[-1]
    return last.islower() and is_plural_noun(last)


def cited_source(outside: str) -> Source | None:
    """The source an "according to X" / "citing X" names, if any."""
    match = ACCORDING.search(outside)
    if match is None:
        return None
    if match.group().lower() == "according to" and QUOTED_SOURCE.match(outside, match.end()):
        return _quoted_source(outside, match.end())
    found = _right_source(outside, match.end(), _opens_clause(outside, match.start()))
    return None if _cites_anonymous(match.group().lower(), found) else found


def _cites_anonymous(word: str, found: Source | None) -> bool:
    """ "the Post reported, citing sources": bare anonymous sources a citer names say less than
    the citer, who stays the source."""
    return (
        word == "citing"
        and found is not None
        and found.kind == "common"
        and BARE_PLURAL.match(found.text) is not None
    )


def _quoted_source(outside: str, at: int) -> Source:
    """'according to “a person with knowledge of the matter”,': the quoted phrase is the
    source (resolved to its words by the caller, which has the text). ("citing “three
    people”" stays with who cites them, as an unquoted "citing" does.)"""
    quoted = QUOTED_SOURCE.match(outside, at)
    assert quoted is not None
    return Source(quoted.group("quoted"), "quoted", quoted.start("quoted"))


def _opens_clause(outside: str, at: int) -> bool:
    return CLAUSE_OPENING.search(outside, max(0, at - 160), at) is not None


def closing_attribution(outside: str) -> int:
    """Where a closing attribution (", a spokesman said Friday evening.") starts, or the
    length of `outside` when there is none."""
    closing = [v for v in CLAIM_VERB.finditer(outside) if TRAILING.match(outside, v.end())]
    if closing:
        comma = outside.rfind(",", 0, closing[-1].start())
        near = comma >= 0 and closing[-1].start() - comma <= ATTRIBUTION_REACH
        # ", and the mayor said 30 were hurt.": a clause of its own, not an attribution.
        if near and not CONJUNCTION_AFTER_COMMA.match(outside, comma):
            return comma
    return len(outside)


def _participle_after_finite(
    outside: str, verb: re.Match[str], finite: list[re.Match[str]]
) -> bool:
    if not verb.group().endswith("ing") or verb.group().lower() == "citing":
        return False
    return any(
        other.end() <= verb.start()
        and other.group().lower() != "according to"
        and SHORT_CLAUSE_REST.fullmatch(outside, other.end(), verb.start()) is not None
        for other in finite
    )


def _trailing_first(outside: str, verb: re.Match[str]) -> tuple[bool, int]:
    """Sort key: closing attributions first, the last of them first ("..., reports say.")."""
    trailing = TRAILING.match(outside, verb.end()) is not None
    return (not trailing, -verb.start() if trailing else verb.start())


def _distance(span: tuple[int, int], quoted: list[tuple[int, int]]) -> int:
    """How far a verb stands from the nearest quotation (0 when there is none)."""
    if not quoted:
        return span[0]
    return min(max(start - span[1], span[0] - end, 0) for start, end in quoted)


def _right_source(outside: str, at: int, opening: bool = False) -> Source | None:
    """The source after a verb; `opening` when the verb opens its clause ("According to X,")."""
    appositive = ROLE_THEN_NAME.match(outside, at)
    if appositive:  # "said Obama's campaign press secretary, Ben LaBolt": the name, not Obama
        found = _source(appositive, 0)
        if found and OWNED_BY_PRONOUN.match(appositive.group("role")):
            found.text = name_part(found.text)  # "its founder": whose is not said here
        return found
    owned = _owned_name(outside, at)
    if owned:
        return owned
    right = (OPENING_RIGHT_SOURCE if opening else RIGHT_SOURCE).match(outside, at)
    if right and right.group("name") and not right.group("role"):
        decided, head = _modifier_head(outside, right, opening)
        if decided:
            return head
    found = _source(right, 0) if right else None
    if found and found.kind == "common" and AUXILIARY_WORD.search(found.text):
        return None  # "“...,” said the split may be made public": a clause, not a speaker
    if found and found.kind == "common" and right and PIECE.fullmatch(found.text):
        return _publisher(outside, right.end()) or found
    if found and right and right.group("role") and CLAUSE_ROLE.match(right.group("role")):
        # "Now, according to Reuters, the watch will start at $500": the clause, not a role
        found.text = name_part(found.text)
    return found


# "Forbes' Robert X Cringely", "CNBC's Jon Fortt" closing the clause: the person speaks.
OWNER_THEN_NAME = re.compile(
    rf"\s*(?P<owner>(?:the\s+)?{CAP_WORD}(?:{GAP}{CAP_WORD}){{0,3}})(?:['’]s|(?<=s)['’]){GAP}"
    rf"(?P<name>{NAME}{PARTY})(?=\s*(?:$|[,.;:!?—]))"
)
# A piece of writing names no one; where it appeared does: "according to a report in Forbes",
# "an article on 'Uprooted Palestinians' blog".
PIECE = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:report|article|story|post|blog\s+post|column|piece|"
    r"interview|op-ed|editorial|feature|investigation)"
)
# ... "in" a publication; "on" one only when it is a site ("on Syria" is what it is about).
PUBLISHED_IN = re.compile(
    rf"\s+(?:in\s+(?P<name>(?:the\s+)?{NAME})|on\s+(?:(?P<quoted>\ufffc+)|"
    rf"(?P<site>(?:the\s+)?{NAME}))(?=\s+(?:blog|website|site)\b))"
)


def _publisher(outside: str, at: int) -> Source | None:
    """The publication a piece at `at` appeared in, if named right after it."""
    published = PUBLISHED_IN.match(outside, at)
    if published is None:
        return None
    if published.group("quoted"):
        return Source(published.group("quoted"), "quoted", published.start("quoted"))
    site = published.group("site")
    if site:
        return Source(site, "name", published.start("site"))
    return _source(published, 0)


def _owned_name(outside: str, at: int) -> Source | None:
    """ "wrote Forbes' Robert X Cringely": the writer, with his paper as his role."""
    owned = OWNER_THEN_NAME.match(outside, at)
    found = _source(owned, 0) if owned else None
    if owned and found and "," not in found.text:
        found.text = f"{found.text}, {owned.group('owner')}"
    return found


def _modifier_head(outside: str, right: re.Match[str], opening: bool) -> tuple[bool, Source | None]:
    """A name right before lower-case words only modifies them (a nationality, a place, an
    owner); the phrase's head says who the source is: the name after a role ("according to
    Argentine historian Daniel Balmaceda", "French website iGen.fr"), the people ("according
    to Kremlin sources"), or no one ("according to Argentinian folklore": a tradition claims
    nothing). (True, source) when the head decided, (False, None) when the name stands."""
    end = right.end("name")
    # "“...,” said Trump's offer was a “bad deal”": the owner of the subject of what was
    # said is what it is about; only a person or a piece of his speaks ("Trump's aide said").
    if POSSESSIVE_END.search(right.group("name")) and CLAUSE_AFTER_OWNER.match(outside, end):
        return True, None
    role = MODIFIED_NAME.match(outside, end)
    if role:
        return True, _right_source(outside, role.end(), opening)
    people = PREMODIFIED_NOUN.match(outside, end)
    if people:
        start = right.start("name")
        general = GENERAL_AFTER.match(outside, people.end())
        return True, Source(outside[start : (general or people).end()], "common", start)
    return TRADITION_AFTER.match(outside, end) is not None, None


def _comma_inverted_source(outside: str, at: int) -> Source | None:
    """The name after an inverting verb that follows a comma, when nothing but a time, a place
    or the sentence's end comes after it: ", reported The Wall Street Journal on Sunday", but
    not "Brad Woodhouse, said Mr. Steele was ..." (Steele is what was said about)."""
    owned = _owned_name(outside, at)
    if owned:
        return owned
    # "..., claims KGI Securities analyst Ming Chi Kuo": the person the role names speaks
    role = INVERTED_ROLE.match(outside, at)
    right = RIGHT_SOURCE.match(outside, role.end() if role else at)
    if right is None or not AFTER_INVERTED_NAME.match(outside, right.end()):
        return None
    common = right.group("common")
    # A common noun closes the sentence, or it is the verb's object ("wrote an open letter:").
    if common and not (
        INVERTED_COMMON.fullmatch(common) and INVERTED_COMMON_END.match(outside, right.end())
    ):
        return None
    found = _source(right, 0)
    if found and not outside[right.end() :].strip() and not ABBREVIATION_END.search(found.text):
        found.text = found.text.removesuffix(".")  # ", said Lau.": the sentence's full stop
    if found and right.group("role") and right.group("role").startswith(("who ", "whose ")):
        found.text = name_part(found.text)  # ", who also predicts ...": a clause, not a role
    if found and role and found.kind == "name" and "," not in found.text:
        found.text = f"{found.text}, {SPACES.sub(' ', role.group()).strip()}"
    return found


def _clause_subject(outside: str, before: int, opening_only: bool = False) -> Source | None:
    """The person or pronoun of the clause ahead of `before` that can be its subject: the
    first one opening a clause ("After reporter Michael Scotto finished, Grimm stormed back
    and said" -> Grimm), else the first one not after a preposition."""
    issued = _last_match(STATEMENT_FROM, outside, before)
    if issued:  # "The Academy released a statement from the producers:": the producers speak
        found = _right_source(outside, issued.end())
        owned = POSSESSED_SOURCE.match(outside, issued.end())
        if found is None and owned:  # "a statement from her doctor"
            found = Source(owned.group("common"), "common", owned.start("common"))
        if found:
            return found
    candidates: list[tuple[bool, Source]] = []
    verb_subjects: list[Source] = []  # candidates a finite verb follows: "Rubio attacked"
    opened_by_modifier = -1  # where a name starts whose modifier opened the clause
    for match in SUBJECT.finditer(outside, 0, before):
        preceding = outside[max(0, match.start() - 10) : match.start()]
        if PREPOSITION_BEFORE.search(preceding):
            continue
        if PARTY_APPOSITIVE.match(outside, match.start()):
            continue  # a role, not a subject: "Peter Welch, Democrat of Vermont, calling"
        found, name_ahead = _subject_phrase(outside, match)
        window = max(0, (found.start if found else match.start()) - 12)
        opens = CLAUSE_BOUNDARY.search(outside, window, match.start()) is not None
        if name_ahead is not None:
            opened_by_modifier = name_ahead if opens else -1
            continue
        opens = opens or match.start() == opened_by_modifier
        if found and not found.text.split()[0].endswith("ing"):
            candidates.append((opens, found))
            if FINITE_VERB_AFTER.match(outside, match.end()):
                verb_subjects.append(found)
    opening = [found for opens, found in candidates if opens]
    if opening:
        return opening[0]
    if opening_only:
        # A participle's subject is its main clause's: with no name opening the clause, the
        # first name or definite role a finite verb follows ("Close to three dozen House
        # Democrats have signed ..., calling"; "In Wednesday's speech the senator also took a
        # swipe at Hillary Clinton, calling ...": the article resolves the role to its
        # holder); a name after a preposition or before no verb is an object.
        roles = [
            Source(role.group(), "common", role.start())
            for role in DEFINITE_ROLE.finditer(outside, 0, before)
            if not PREPOSITION_BEFORE.search(outside, max(0, role.start() - 10), role.start())
            and FINITE_VERB_AFTER.match(outside, role.end())
        ]
        return min(verb_subjects + roles, key=lambda found: found.start, default=None)
    return candidates[0][1] if candidates else None


def _subject_phrase(outside: str, match: re.Match[str]) -> tuple[Source | None, int | None]:
    """The subject a SUBJECT match stands for, and where the name starts that it only
    modifies ("New York plastic surgeon Matthew Schulman": the surgeon is). A possessor is not
    the subject ("Joan Rivers's personal doctor, Gwen Korovin,": Korovin is; without a name,
    "Joan Rivers' personal throat doctor"), nor is a place or nationality before a noun ("The
    Tampa massage therapist", "North Korean state media"), nor a caption label."""
    if not match.group("name"):
        return _source(match, 0), None
    end = match.end()
    name = LEADING_FUNCTION_WORDS.sub("", match.group("name"))  # "But Iraq's" -> "Iraq's"
    if not name.strip():
        return None, None
    start = end - len(name)
    # One word only: "Greta Van Susteren: You say ..." is a transcript's speaker label.
    if (
        " " not in name.strip()
        and CAPTION_LABEL_AFTER.match(outside, end)
        and SENTENCE_OPENING.search(outside, max(0, start - 4), start)
    ):
        return None, None
    appositive = ROLE_THEN_NAME.match(outside, start)
    if appositive:
        return _source(appositive, 0), None
    possessive = bool(POSSESSIVE_END.search(match.group("name"))) or outside.startswith(
        ("'", "’"), end
    )
    noun = (POSSESSED_NOUN if possessive else PREMODIFIED_NOUN).match(outside, end)
    if noun is None:  # "FreedomWorks’ website said": no person to take instead of the owner
        return _source(match, 0), None
    ahead = NAME_AHEAD.match(outside, noun.end())
    if ahead and not possessive:
        return None, ahead.end()
    named = NAME_WORDS.match(outside, ahead.end()) if ahead else None
    if named:  # "Bush's brother Jeb said": the name after the possessed noun is the person
        return Source(named.group(), "name", named.start()), None
    determiner = DETERMINER_BEHIND.search(outside, max(0, start - 30), start)
    start = determiner.start() if determiner else start
    return Source(outside[start : noun.end()].strip(), "common", start), None


# Modals that do not make the statement a forecast or a hedge; `modality` reads past them.
NON_STATEMENT_MODAL = re.compile(
    # a refusal is a present fact: "would not comment", "She won't talk to me"
    r"\b(?:won't|won’t|wouldn't|wouldn’t|(?:will|would)\s+not)(?=\s+(?:\w+ly\s+)?(?:comment|say|"
    r"confirm|disclose|elaborate|discuss|reveal|provide|give|identify|speculate|respond|talk|"
    r"speak|answer|let|allow|listen|accept|budge|admit)\b)|"
    # a relative clause says what kind of person or thing, in the past or hypothetically:
    # "finding someone that would do it", "one who would give her"
    r"(?:(?<=\bwho )|(?<=\bwhich )|(?<=\bthat ))(?:would|could)\b|"
    # what no one would do is a past refusal: "no one would do it", "no reasonable doctor would"
    r"(?:(?<=\bnobody )|(?<=\bno ))(?:[\w‘’'-]+\s+){0,2}would\b|"
    # a purpose clause: "saved up for two years so she could have the surgery"
    r"(?<=\bso )(?:that\s+)?(?:he|she|they|it|we|I|you|[A-Z][\w'’-]+)\s+(?:could|would|can|might|"
    r"may)\b|"
    # a hope or a purpose: "in the hope that the gesture would provide protection"
    # ... or a fear: "in the fear that more tear gas will be distributed", "stoked fears that"
    r"\b(?:in\s+the\s+(?:hopes?|fears?)|hop(?:e|es|ed|ing)|fears?|fear(?:ed|ing)|in\s+order)\s+that\s+"
    r"[^,;.!?]{0,80}?\b(?:would|could|will|"
    r"might)\b|"
    # what the writer judges of a deed is no forecast: "It's appalling that outlets would
    # spread ...", "strange that he would say"
    r"\b(?:appalling|shocking|surprising|sad|strange|odd|disgusting|outrageous|ridiculous|"
    r"unfortunate|disappointing|absurd|amazing|incredible|unbelievable|ironic|telling)\s+that\s+"
    r"[^,;.!?]{0,60}?\bwould\b|"
    # a wish in polite form is a present one: "would like to present its condolences"
    r"\bwould\s+(?:like|love)\s+to\b|"
    # a reported question asks what would happen: "wondered how the word would be applied"
    # ... and so does what a fact shows: "indicating just how expensive the model will be"
    # (and a noun for the question: "set off speculation about whether the separation could")
    r"\b(?:wonder(?:s|ed)?|asked|asks|ask|unclear|unsure|questioned|(?:speculation|questions|"
    r"doubts|debate|uncertainty)(?:\s+[^.;!?]{0,40}?)?\s+(?:about|over|as\s+to)|"
    r"(?:indicat|show|reveal|explain)(?:es|s|ed|ing)?)\s+(?:just\s+|exactly\s+)?(?:how|why|whether|if|"
    r"what|when|where|who)\b[^.;!?]{0,80}?\b(?:would|will|could)\b|"
    # a counterfactual: "had he died, there would be a frenzy", "if it had ..., it would"
    # (an inverted "had" has its subject after it: not "X, who shot him, had been interviewed")
    r"(?:(?:^|(?<=[,;:]\s))[Hh]ad\s+(?=(?:he|she|they|it|we|I|you|the|a|an|this|that|[A-Z][\w'’-]*)\b)|"
    r"\b[Ii]f\s+[^,;.!?]{0,60}?\bhad\s+)(?:[\w'’.-]+\s+){0,3}?(?:[a-z]+ed|been|known|gone|done|"
    r"taken|died|seen)\b[^.;!?]{0,80}?\bwould\b|"
    # the future of a past that came: "I knew something like this would happen"
    # ... and what someone believed or decided then: "believing their tomb would draw crowds",
    # "China decided it would select", "realized I would have to wait"
    r"\b(?:knew|had\s+known|always\s+known|believed|believing|thought|thinking|assumed|"
    r"decided|deciding|realized|realised)\s+(?:that\s+)?[^,;.!?]{0,60}?\bwould\b|"
    # a superlative's relative clause measures what was had, no hedge: "the best present I
    # could have had", "the worst thing anyone could ever imagine"
    r"\b(?:best|worst|greatest|biggest|nicest|happiest|only)\s+(?:[a-z]+\s+){0,3}?(?:I|we|you|"
    r"he|she|they|anyone|anybody|one)\s+(?:could|would|might)(?:\s+(?:ever|possibly|have))*\b|"
    # a past conditional tells what did not (or did) happen, no forecast: "she would not have
    # been able to see", "it would have cost him his seat"
    r"\bwould(?:n['’]t|\s+not)?\s+have\s+(?:been|[a-z]+ed|had|done|gone|seen|known|made|"
    r"taken|given)\b|"
    # Future in the past: a person's declared intent in a past report is what they declared,
    # a past fact of the story ("announced that she would happily marry", "declaring he would
    # willingly take"), not the writer's forecast. Only a person's ("he", "she", "I"): "said
    # Apple would ship in March", "said they would help" (weapons) stay forecasts of things.
    r"\b(?:said|announced|declared|promised|vowed|agreed|decided|replied|insisted|announcing|"
    r"declaring|promising|vowing|saying|(?:told|telling)\s+(?:him|her|them|us|me))\s+"
    r"(?:that\s+)?(?:he|she|I)\s+would\b"
)
TRADITION = (
    r"(?:folklore|folktales?|legends?|myths?|mythology|traditions?|beliefs?|superstitions?|"
    r"customs?|lore|prophec(?:y|ies)|rules?)"
)
# Words whose modals are not the statement's own:
NOT_THE_CLAIM = re.compile(
    # the noun "forecast" names a past estimate: "downgraded its earnings forecast", "profits
    # below analysts' forecasts" (the verb stays: "the bank forecasts growth of 2%")
    r"\b(?:(?:its|their|his|her|our|the|a|an|this|that|these|those|[\w]+['’]s?)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}|(?:earnings|growth|profit|revenue|sales|weather|economic|budget|"
    r"inflation|price|production|demand|output|GDP)\s+)forecasts?\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:for|"
    r"of|by|and|or|was|were|is|are|had|has|to|in|on|at|from|with)\b)|"
    # what a legend, belief or rule holds, told as such: "adopted him due to a folktale that
    # says he will turn into a werewolf", "According to Argentine folklore, the seventh son
    # will ...": the content's future is the tradition's, the telling is a fact
    rf"\b(?:[Aa]ccording\s+to\s+(?:[\w'’-]+\s+){{0,2}}?{TRADITION}\b|{TRADITION}"
    r"(?:(?:\s+[\w'’-]+){0,5}?\s+(?:that|which))?\s+(?:says?|said|holds?|held|states?|stated|"
    r"goes|went|dictates?|dictated|maintains?|maintained|has\s+it|had\s+it)\b)[^;]*|"
    # plans denied or already made public are a fact, no forecast: "does not have plans to",
    # "there are no plans to", "announced plans to break itself up", "had dropped plans to"
    r"\b(?:no|not\s+have|n['’]t\s+have|not\s+had|n['’]t\s+had|(?!need)[a-z]+ed)\s+(?:any\s+)?"
    r"plans?\s+to\b|"
    # habitual past: "families would often give up their seventh-born sons"
    r"\bwould(?=\s+(?:often|usually|sometimes|always|regularly|routinely|frequently|typically|"
    r"occasionally|commonly|traditionally)\b)|"
    # a clause conceded before the main one, or a modal of the reader's: "Although the story
    # may now seem fanciful, ...", "despite what you may have read": the main clause is the
    # claim. Not a concession after it ("..., though a raid is reportedly underway"): that is
    # a second statement, with its own hedge.
    r"(?:^|(?<=[.!?:;“\"]))\s*(?:Although|Though|Even\s+though|Even\s+if|Despite\s+what)\b"
    r"[^,;.!?—]*(?=,)|"
    # an expectation passed on as advice is what was said, not the sentence's forecast: "only
    # saying to expect the device in early 2015", "told fans to expect delays"
    r"\b(?:saying|said|says|telling\s+\w+|told\s+\w+|urging\s+\w+|urged\s+\w+)\s+to\s+expect\b|"
    # a relative clause describing a person hedges that description, not the sentence: "The
    # grumpy passenger, who appeared to be traveling alone, barked" (not one with a figure,
    # which is a value of the mention: "who is said to earn almost $5m a year")
    r",\s+who\s+[^,;.!?\ufffc\d$€£]{1,80},|"
    r"\byou\s+(?:may|might)(?=\s+(?:not\s+)?(?:have\s+|be\s+)?(?:read|heard|seen|thinking|think|"
    r"thought|knows?|known|ask|wondering|wonder|expect|imagine|remember|recall|notice|noticed|"
    r"recogni[sz]e|want)\b)"
)
# Past ability in a narrative: "At first all I could see was some faint movement", "we could
# hear them": a person's could before a verb of perceiving or bodily ability, in a sentence told
# in the past, reports what happened. "Investors could see losses" (a noun subject, no past) stays
# a forecast.
_PERSONAL_PRONOUNS = ("I", "we", "We", "he", "He", "she", "She", "they", "They", "you")
PAST_ABILITY = re.compile(
    "(?:" + "|".join(rf"(?<=\b{pronoun} )" for pronoun in _PERSONAL_PRONOUNS) + ")"
    r"could(?=\s+(?:only\s+|just\s+|barely\s+|hardly\s+|still\s+|not\s+)?(?:see|hear|feel|"
    r"smell|sense|make\s+out|tell|watch|breathe|move|speak|walk|stand|sleep|remember|believe)\b)"
)
# A past tense in the sentence that is not a verb of saying ("was", "had", "rose", "lurked").
PAST_NARRATIVE = re.compile(r"\b(?:was|were|had|did|saw|heard|felt|thought|[a-z]{2,}ed)\b")
# "said that would ...": after a verb, "that" is the subject of what was said, not a relative
# pronoun, and the modal stays.
THAT_AFTER_VERB = re.compile(rf"\b(?:{REPORTING_VERB}|[a-z]+ed)\s+$")


def modality(text: str) -> str:
    """ "hedged", "forecast" or "asserted": see `framing`."""
    return framing(text)[0]


def framing(text: str) -> tuple[str, list[tuple[int, int]]]:
    """ "hedged", "forecast" or "asserted", and the offsets in `text` of the words that make it
    so (every hedge of a hedged text, every forecast of a forecast; none when asserted): from
    the modals and hedges of the statement itself, not from a relative or purpose clause, a
    refusal, past ability in a narrative, a question among statements, or a quoted fragment
    (see `undecided_quotes`), which the caller blanks out."""
    # Every step blanks what it drops with as many characters, so offsets stay the text's.
    # A question asks, it neither forecasts nor hedges: "If we don't, who else will?"
    text = QUESTION.sub(lambda match: "_" * len(match.group()), text)
    text = NON_STATEMENT_MODAL.sub(_unless_after_verb, text)
    text = NOT_THE_CLAIM.sub(lambda match: "_" * len(match.group()), text)
    if _is_past_narrative(text):
        text = PAST_ABILITY.sub("_____", text)
    for kind, pattern in (("hedged", HEDGED), ("forecast", FORECAST)):
        cues = [match.span() for match in pattern.finditer(text)]
        if cues:
            return kind, cues
    return "asserted", []


# A question: from a sentence, clause or quotation start to its question mark.
QUESTION = re.compile(r"(?:^|(?<=[.!?:;\n\"“”]))[^.!?:;\n\"“”]*\?(?=\s|$|[\"”’')])")


def _is_past_narrative(text: str) -> bool:
    return any(not SPEECH.fullmatch(verb.group()) for verb in PAST_NARRATIVE.finditer(text))


def _unless_after_verb(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 40) : match.start()]
    if before.endswith("that ") and THAT_AFTER_VERB.search(before[:-5] + " "):
        return match.group()
    return "_" * len(match.group())


def undecided_quotes(
    text: str, outside: str, quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The quotations (offsets into `outside`) that do not decide the sentence's modality: a
    fragment inside the narrator's own clause ("they heard Korovin make a statement to the
    effect that Rivers “will think this is funny”") is what was once said, not the statement.
    A quotation decides when it is a sentence of its own (a capital first letter), opens its
    sentence, follows a colon, "and" or "but", or a reporting verb a few words before it
    ("said it “will close”")."""
    undecided: list[tuple[int, int]] = []
    for start, end in quotes:
        first_letter = re.search(r"[^\W\d_]", text[start:end])
        if first_letter and first_letter.group().isupper():
            continue
        sentence = max(outside.rfind(mark, 0, start) for mark in ".!?\n") + 1
        before = outside[sentence:start].rstrip(" ,")
        if not WORD_OR_QUOTE.search(before) or before.endswith(":"):
            continue
        words = before.split()
        if words[-1] in ("and", "but", "or") and len(words) > 1 and PLACEHOLDER in words[-2]:
            # "“will think this is funny” or “would love this”": as the quotation before it
            if undecided and undecided[-1][1] <= start:
                undecided.append((start, end))
            continue
        # "and “could be signed this week”" goes on with the main clause's predicate
        if words[-1] in ("and", "but") or SPEECH.search(" ".join(words[-8:])):
            continue
        undecided.append((start, end))
    return undecided


WORD_OR_QUOTE = re.compile(r"[\w\ufffc]")


def is_negated(text: str) -> bool:
    return NEGATION.search(text) is not None


@dataclass
class Person:
    name: str
    start: int
    subject: bool


@dataclass
class PersonIndex:
    """Named people of one article, in order, for pronoun, surname and role resolution."""

    people: list[Person] = field(default_factory=list)
    by_surname: dict[str, str] = field(default_factory=dict)
    # full names the article introduces as children ("5-year-old Alex Nash", "Alex Nash, 5,")
    minors: set[str] = field(default_factory=set)
    # surname -> every full name with it, in order ("Alex Nash", "Derek Nash", "Tanya Nash")
    bearers: dict[str, list[str]] = field(default_factory=dict)
    # full name -> the gender its own full mention gives ("Mrs Jane Smith", "his father, X")
    named_gender: dict[str, str] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    # full name -> the roles the article gives that person ("governor", "press secretary")
    roles: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
    outside_quotes: str = ""
    # full name -> the role phrase of the article's introduction ("Obama campaign
    # spokeswoman", "a Republican of Idaho"), and the party code given anywhere ("D-Md.")
    descriptions: dict[str, str] = field(default_factory=dict)
    parties: dict[str, str] = field(default_factory=dict)
    # names the article writes after "in"/"near" ("protesters in Mong Kok"): places, which
    # "he" or "she" never stands for
    places: set[str] = field(default_factory=set)
    # full name -> the kinship noun the article gives ("her mother, Carla Alcorn" -> "mother")
    kin: dict[str, str] = field(default_factory=dict)
    # full name -> the genders of "Mr"/"Mrs" before its surname alone
    honorific_votes: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, outside_quotes: str, sentences: list[tuple[int, int]]) -> PersonIndex:
        index = cls(
            sentence_starts=[start for start, _ in sentences], outside_quotes=outside_quotes
        )
        for match in PERSON_NAME.finditer(outside_quotes):
            for at, raw in _within_sentences(match):
                index._add(outside_quotes, at, raw)
        # A sentence opening with a role ("The president opted not to ...") has that named
        # person as its subject, for the pronouns after it.
        described: list[Person] = []
        for start, end in sentences:
            opening = SUBJECT_DESCRIPTION.match(outside_quotes, start, end)
            if opening:
                at = opening.start("description")
                name = index.holder_of_opening(opening.group("description"), at)
                if name:
                    described.append(Person(name, at, True))
        if described:
            index.people = sorted(index.people + described, key=lambda person: person.start)
        index._gender_from_pronouns()
        # A name with a gender is a person even after "in" ("in Mr. Cowan's view").
        index.places = {
            person.name
            for person in index.people
            if person.name not in index.gender
            and PLACE_PREPOSITION_BEFORE.search(
                outside_quotes, max(0, person.start - 40), person.start
            )
            and not MENTION_THEN_POSSESSIVE.match(outside_quotes, person.start)
        }
        return index

    def _gender_from_pronouns(self) -> None:
        """A person the article gives no honorific, kin or role noun takes the gender of the
        pronouns that follow the name before anyone else is named ("Burton says she hopes", "He
        is not eligible" after "Manson is serving"): without it "she told CNN" may go to a man
        named later than the woman. Only a clear majority of such pronouns counts."""
        votes = {name: list(genders) for name, genders in self.honorific_votes.items()}
        text = self.outside_quotes
        for person, following in zip(self.people, [*self.people[1:], None], strict=False):
            name_end = person.start + len(person.name)
            if person.name in self.gender or not person.subject:
                continue  # "a plot to marry Manson after he died": an object's pronoun may not be
            sentence = bisect_right(self.sentence_starts, person.start)
            # the rest of its sentence and the next one, up to the next person named
            next_start = (
                self.sentence_starts[sentence]
                if sentence < len(self.sentence_starts)
                else len(text)
            )
            reach = min(next_start, following.start) if following else next_start
            pronoun = GENDERED_PRONOUN.search(text, name_end, reach)
            # ... or the pronoun that opens the next sentence ("Manson applied ... He was")
            if pronoun is None and (following is None or following.start > next_start):
                pronoun = GENDERED_PRONOUN.match(text, next_start)
            if pronoun:
                votes.setdefault(person.name, []).append("m" if pronoun.group("male") else "f")
        for name, genders in votes.items():
            male = genders.count("m")
            if male >= 2 * (len(genders) - male):
                self.gender[name] = "m"
            elif len(genders) - male >= 2 * male:
                self.gender[name] = "f"

    def _add(self, outside_quotes: str, at: int, raw: str) -> None:
        stripped = LEADING_QUANTIFIER.sub("", LEADING_FUNCTION_WORDS.sub("", raw))
        first, _, rest = stripped.partition(" ")
        stripped = rest if rest and EPITHET.fullmatch(first) else stripped
        if PER_WORD.match(outside_quotes, at):  # "Per Kuo, ...": the citing word is no name
            stripped = stripped.removeprefix("Per").lstrip()
        at, raw = at + len(raw) - len(stripped), stripped
        modified = PREMODIFIED_NOUN.match(outside_quotes, at + len(raw))
        if modified and NAME_AHEAD.match(outside_quotes, modified.end()):
            return  # "New York plastic surgeon Matthew Schulman": a place, not a person
        words = raw.split()
        if not words or ORGANISATION_WORDS.fullmatch(words[-1]) or " of " in raw:
            return
        if PHOTO_CREDIT_NAME.search(raw):
            return  # "AP Photo/Hani Mohammed": a picture's credit, no one the story names
        if WORK_TITLE_END.search(raw) or any(word[0].isdigit() for word in words):
            return  # "The Cosby Show", "Nov 11" (an embed's date): a work or a date, no person
        if MEDIUM_BEFORE_NAME.search(outside_quotes, max(0, at - 40), at):
            return  # "the fake news site Hip-Hop Hangover": an outlet, never "she" or "he"
        gender_match = HONORIFIC_GENDER.match(raw)
        honorific = ("m" if gender_match.group(1) else "f") if gender_match else None
        title, name = split_title(raw)
        titled = bool(title)
        name = name.strip().removesuffix("’s").removesuffix("'s")
        if name.endswith(".") and len(name.split()[-1]) > 4:
            name = name[:-1]  # the full stop of "... with Bernie Sanders.", not an initial
        parts = name.split()
        if not parts or any(NON_NAMES.match(p) for p in parts):
            return
        if len(parts) < 2 and not titled and parts[0] not in self.by_surname:
            return
        named = [p for p in parts if p not in NAME_SUFFIXES]  # "Trump Jr." has surname Trump
        surname = named[-1] if named else parts[-1]
        # A full name is that person ("Diane Foley" is not "James Foley", named before her),
        # unless it ends a longer name already given or one ends it ("Trump Jr." of "Donald
        # Trump Jr."); a surname alone is the first person introduced with it.
        given_name = len([p for p in named if not p.islower()]) > 1
        # "Under Godane", "Actor Tom Hanks": a first word the article also writes in lower case
        # is no given name.
        common_first = re.search(rf"\b{re.escape((named or parts)[0].lower())}\b", outside_quotes)
        same = [
            p.name
            for p in self.people
            if p.name.endswith(" " + name) or name.endswith(" " + p.name)
        ]
        if given_name and same:
            full = same[0]
        elif given_name and not common_first:
            full = name
        else:
            full = self.surname_holder(surname, honorific) or name
        end = at + len(raw)
        sentence_start = self._sentence_start(at)
        prefix = outside_quotes[sentence_start:at]
        if given_name and _is_minor(prefix, outside_quotes, end):
            self.minors.add(full)
        # News style calls a child by the given name and an adult by the surname (with "Mr"):
        # "Nash told Sky News" is the father, not the 5-year-old introduced before him.
        holder = self.by_surname.get(surname)
        if given_name and full not in self.bearers.setdefault(surname, []):
            self.bearers[surname].append(full)
        if given_name and (holder is None or (holder in self.minors and full not in self.minors)):
            self.by_surname[surname] = full
        if honorific and given_name:
            self.gender[full] = honorific
        elif honorific:
            # "the prospect of becoming Mrs Manson": a surname alone may be someone else's;
            # it counts as one cue among the pronouns after the name
            self.honorific_votes.setdefault(full, []).append(honorific)
        roles = self.roles.setdefault(full, [])
        roles += [r for r in _roles(raw, outside_quotes, end) if r not in roles]
        if full not in self.descriptions:
            described = _informative(title) or _role_beside(prefix, outside_quotes, end)
            if described:
                self.descriptions[full] = described
        # "His mother Khadijah Kamara", "Diane Foley, his mother,": a kinship noun the text puts
        # next to the name says which gender "she" or "he" may stand for (never the name itself).
        kinship = KINSHIP_BEFORE_NAME.search(prefix) or KINSHIP_AFTER_NAME.match(
            outside_quotes, end
        )
        # Only a name written in full with its honorific or kinship ("Mrs Jane Smith", "The
        # boy's father, Derek Nash") says which bearer of a surname is which: a surname alone
        # may have been resolved to the wrong one, and a role may describe someone else.
        own_gender = honorific or (_gender_of([kinship.group("kin")]) if kinship else None)
        kin = kinship or KIN_BEFORE_NAME.search(prefix)
        if kin and full not in self.kin:
            self.kin[full] = _kin_noun(kin.group("kin"))
        if given_name and own_gender and full not in self.named_gender:
            self.named_gender[full] = own_gender
        if full not in self.gender:
            gender = _gender_of(
                [
                    title,
                    *map(" ".join, roles),
                    self.descriptions.get(full) or "",
                    kinship.group("kin") if kinship else "",
                ]
            )
            if gender:
                self.gender[full] = gender
        party = PARTY_AFTER.match(outside_quotes, end)
        if party and full not in self.parties:
            self.parties[full] = party.group("code").strip()
        # "Of Obama, he said": after a preposition a name is not the subject. A role written
        # before the name belongs to the subject ("New York plastic surgeon Matthew Schulman").
        role = ROLE_BEFORE_NAME.search(prefix) or KINSHIP_BEFORE_NAME.search(prefix)
        prefix = prefix[: role.start()] if role else prefix
        subject = SUBJECT_PREFIX.fullmatch(prefix) and not PREPOSITION_BEFORE.search(prefix)
        self.people.append(Person(full, at, bool(subject)))

    def _sentence_start(self, at: int) -> int:
        starts = self.sentence_starts
        return starts[max(0, bisect_right(starts, at) - 1)] if starts else 0

    def described(self, name: str, description: str | None = None) -> str:
        """ "Lis Smith" -> "Lis Smith, Obama campaign spokeswoman": the name with the role and
        party the article gave that person where it introduced them, so that a speaker found
        from "he said" or "Smith said" says as much as the introduction did; else with the
        `description` that pointed at them ("the Republican senator")."""
        extras = [self.descriptions.get(name) or description, self.parties.get(name)]
        parts = [name]
        for extra in extras:
            if extra and extra.rstrip(".") not in ", ".join(parts):
                parts.append(extra)
        return ", ".join(parts)

    def identify(self, phrase: str, gender: str | None = None) -> str:
        """A named source as read next to its verb, as the reader should see it: the full name
        with its role. "Smith" -> "Lis Smith, Obama campaign spokeswoman"; "House Majority
        Leader Steny Hoyer" -> "Steny Hoyer, House Majority Leader". A phrase that carries its
        own role after a comma ("Brendan Buck, a spokesman for ...") is kept as written."""
        if "," in phrase:  # the party code, when the article gives it elsewhere
            party = self.parties.get(self.full_name(name_part(phrase)))
            written = self.full_name(phrase)
            return f"{written}, {party}" if party and party.rstrip(".") not in written else written
        title, name = split_title(_without_opening(phrase))
        honorific = HONORIFIC_GENDER.match(title.split()[-1] + " ") if title else None
        if honorific:
            gender = "m" if honorific.group(1) else "f"
        full = self.full_name(name, gender)
        own = _informative(title)
        if own:
            return f"{full}, {own}"
        described = self.described(full)
        # Not a person the article named, or nothing to add: kept as written ("The Herald"),
        # but a surname the article resolved is that person ("Bemused Mr Nash" -> Derek Nash).
        if described != full or full != name:
            return described
        return self.full_name(phrase, gender)

    def full_name(self, phrase: str, gender: str | None = None) -> str:
        """ "Mr. Schiff" -> "Adam Schiff" when the article named him in full earlier. With the
        `gender` the text gives the surname ("Mr", "Nash said he ..."), a bearer known to be of
        the other gender is not that person: "Tanya Nash" is never "Nash ... he"."""
        parts = strip_to_name(phrase).split()
        if len(parts) != 1 or "," in phrase:
            return phrase
        return self.surname_holder(parts[0], gender) or phrase

    def surname_holder(self, surname: str, gender: str | None = None) -> str | None:
        """Whom a surname alone stands for: the first adult introduced with it; of `gender`,
        when the text says it and another bearer has it ("Miss Somers" with Luke and Lucy
        Somers named). A role's gender may be wrong ("the attorney for the unidentified man"),
        so a lone bearer stays whoever the text says. None when no one was named with it."""
        chosen = self.by_surname.get(surname)
        known = self.named_gender
        if chosen is None or gender is None or known.get(chosen, gender) == gender:
            return chosen
        fitting = [
            name for name in self.bearers.get(surname, []) if known.get(name, gender) == gender
        ]
        adults = [name for name in fitting if name not in self.minors]
        return (adults or fitting or [chosen])[0]

    def holder(self, description: str, before: int) -> str | None:
        """The named person a definite role points at: "the governor" -> the latest person
        before `before` the article called governor ("Gov. Mike Pence"); "the press
        secretary" -> "Jay Carney" of "Jay Carney, the White House press secretary"."""
        words = _described_role(description)
        if not words:
            return None
        for person in reversed(self.people):
            if person.start < before and any(
                _fills(role, words) for role in self.roles.get(person.name, [])
            ):
                return person.name
        return None

    def author(self, description: str, before: int) -> str | None:
        """Who issued the document a description names: "the ad says" -> "The Romney
        campaign" of "The Romney campaign retorted with an ad"; "the lawsuit" -> "Nebraska"
        of "the lawsuit from Nebraska and Oklahoma". The latest such mention before `before`."""
        described = DOCUMENT_DESCRIPTION.fullmatch(description)
        if described is None:
            return None
        noun = _document_kind(described.group("noun"))
        authors = [
            m
            for pattern in DOCUMENT_AUTHOR
            for m in pattern.finditer(self.outside_quotes, 0, before)
            if _document_kind(m.group("noun")) == noun
        ]
        if not authors:
            return None
        latest = max(authors, key=lambda m: m.start("noun"))
        author = SENTENCE_END.split(latest.group("author"))[-1]  # never across a sentence end
        return LEADING_FUNCTION_WORDS.sub("", author).strip() or None

    def introduced(self, description: str, before: int) -> str | None:
        """The unnamed source a definite role points at when no named person holds it: "the
        spokesperson" -> "A spokesperson for Google", the latest such role introduced with
        "a"/"an" before `before`, when that introduction says whose it is (a capitalised
        word: "a Pentagon spokesman", "an official at the Treasury"); else None."""
        words = _described_role(description)
        if len(words) != 1 or CAPITALISED_WORD.search(description, 1):
            return None  # "the press secretary", "the FSA official" say enough already
        for match in reversed(list(INDEFINITE_ROLE.finditer(self.outside_quotes, 0, before))):
            head = match.group("head").lower()
            if ROLE_SYNONYMS.get(head, head) == words[0]:
                phrase = match.group("phrase")
                return phrase if CAPITALISED_WORD.search(phrase, 1) else None
        return None

    def organisation(self, description: str, before: int) -> str | None:
        """The named body a definite description points at: "the campaign" -> "Obama
        campaign", "the department" -> "State Department": the latest name before `before`
        whose head noun is the description's."""
        described = ORGANISATION_DESCRIPTION.fullmatch(description)
        if described is None:
            return None
        noun = re.escape(described.group("noun"))
        named = re.compile(rf"(?:{CAP_WORD}{GAP}){{1,4}}(?i:{noun})\b")
        found = None
        for match in named.finditer(self.outside_quotes, 0, before):
            # (never across a sentence end: "... criticised Ryan. A group of")
            name = LEADING_FUNCTION_WORDS.sub("", SENTENCE_END.split(match.group())[-1])
            if len(name.split()) > 1:  # "The company" names nothing; "Kraft Foods company" does
                found = name
        # "The NAACP adopted ... the group said": a noun that says no kind of body stands for
        # the body named last, as "it" does
        if found is None and GENERIC_BODY_NOUN.fullmatch(described.group("noun")):
            body = self._latest_body(before)
            # ... when the body was a clause's subject ("The NAACP adopted"), not a place or an
            # object ("a message posted on Facebook"), and no group of people was named after
            # it ("A group of 90 professors")
            people = _last_match(GROUP_OF, self.outside_quotes, before)
            text = self.outside_quotes
            if (
                body
                and FINITE_VERB_AFTER.match(text, body[0].end())
                and not PREPOSITION_BEFORE_NOUN.search(
                    text, max(0, body[0].start() - 12), body[0].start()
                )
                and not (people and people.start() > body[0].start())
            ):
                return body[1]
        return found

    def holder_of_opening(self, words: str, at: int) -> str | None:
        """The holder of the longest role that opens `words` ("The president opted not")."""
        parts = words.split()
        for size in range(len(parts), 1, -1):
            name = self.holder(" ".join(parts[:size]), at)
            if name:
                return name
        return None

    def body(self, before: int) -> str | None:
        """The body "it" at `before` stands for: the latest named organisation ("IBM", "the
        Union of Commissioners") in its sentence or the four before ("it" is handed on:
        "IBM has denied ... The firm said ... It said ... 'Not 10,000,' it said"), else None."""
        latest = self._latest_body(before)
        return latest[1] if latest else None

    def _latest_body(self, before: int) -> tuple[re.Match[str], str] | None:
        """The match and the name of the body `body` finds."""
        sentence = bisect_right(self.sentence_starts, before) - 1
        reach = self.sentence_starts[max(0, sentence - 4)] if sentence >= 0 else 0
        found = None
        for match in BODY.finditer(self.outside_quotes, reach, before):
            name = LEADING_FUNCTION_WORDS.sub("", match.group()).removesuffix("’s")
            name = name.removesuffix("'s").strip()
            bare = strip_to_name(name)
            if self.outside_quotes.startswith(("$", "€", "£"), match.end()):
                continue  # "US$21 billion": a currency's code
            if OWNED_MODIFIER.search(self.outside_quotes, max(0, match.start() - 8), match.start()):
                continue  # "its PC operation": a modifier of what the body owns, no body
            # (an outlet named with its medium: "Slate magazine")
            medium = _is_medium(name + " " + self.outside_quotes[match.end() :].split(" ", 2)[1])
            if ORGANISATION_WORDS.search(bare) or re.fullmatch(r"[A-Z]{2,6}", bare) or medium:
                found = (match, name)
        return found

    def resolve(
        self, pronoun: str, before: int, preferred: list[str], quoted: str = ""
    ) -> str | None:
        """The named person a pronoun at `before` points at: the subject of its own sentence
        ("Ryan hammered Obama for what he called ..."), else the speaker of the quotation just
        before, else the latest sentence subject nearby, else the nearest earlier name; all of
        compatible gender, none a place, and none the speaker's own relative in `quoted` (a
        quotation saying "my mom" is not the mother's)."""
        if pronoun == "they":
            return self.group(before, preferred)
        if pronoun == "it":
            return self.body(before)
        wanted = {"he": "m", "she": "f"}.get(pronoun)
        if wanted is None:
            return None
        sentence_start = self._sentence_start(before)
        opening = OPENING_PRONOUN.match(self.outside_quotes, sentence_start)
        if opening and opening.start("pronoun") < before and opening["pronoun"].lower() == pronoun:
            # "He described North Korea ..., when he called it ...": the same pronoun later in
            # a sentence it opened stands for the same person, not a name between (an object)
            return self.resolve(pronoun, opening.start("pronoun"), preferred, quoted)
        # A pronoun opening its sentence never stands for a name later in that sentence: "He
        # was quoted by Mr Magnier as saying" is not Magnier, "He told Smith" not Smith.
        # (only a name in the pronoun's own clause: "..., he said, referring to ..., which Mr.
        # Trump threatened" may be him)
        later = set()
        if not self.outside_quotes[sentence_start:before].strip(OPENING_MARKS):
            clause = CLAUSE_AFTER_PRONOUN.match(self.outside_quotes, before)
            clause_end = before + len(clause.group()) if clause else before
            later = {p.name for p in self.people if before < p.start < clause_end}
        earlier = [p for p in reversed(self.people) if p.start < before and p.name not in later]
        preferred = [name for name in preferred if name not in later]
        own_kin = {_kin_noun(noun) for noun in FIRST_PERSON_KIN.findall(quoted)}
        # (never an organisation, by the head word of its name: "she told CBC" after "told
        # Canada's CBC News" is the woman; "Secretary of State Hillary Clinton" is a person)
        compatible = [
            p
            for p in earlier
            if self.gender.get(p.name, wanted) == wanted
            and p.name not in self.places
            and self.kin.get(p.name) not in own_kin
            and not (p.name not in self.gender and ORGANISATION_WORDS.fullmatch(p.name.split()[-1]))
        ]
        for person in compatible:
            if person.start < sentence_start:
                break
            if person.subject:
                return person.name
        for name in preferred:
            if (
                self.gender.get(name, wanted) == wanted
                and not GROUP_NAME.fullmatch(name)
                and name not in self.places
                and self.kin.get(name) not in own_kin
            ):
                return name
        for person in compatible:
            if person.subject and before - person.start < SUBJECT_REACH:
                return person.name
        return compatible[0].name if compatible else None

    def group(self, before: int, preferred: list[str]) -> str | None:
        """The group "they" at `before` stands for: the speaker of the quotation just before when
        that is a group ("Senate Democrats"), else the latest group of people that is the
        subject of a clause in this sentence or the one before. None when there is no such
        group nearby: "they" may stand for anything plural."""
        for name in preferred:
            if GROUP_NAME.fullmatch(name) or " and " in name:  # a group, or "Pelosi and Schumer"
                return name
        sentence = bisect_right(self.sentence_starts, before) - 1
        reach = self.sentence_starts[max(0, sentence - 1)] if sentence >= 0 else 0
        latest = _last_match(GROUP_SUBJECT, self.outside_quotes, before, reach)
        if latest is None:
            return None
        return LEADING_QUANTIFIER.sub("", LEADING_FUNCTION_WORDS.sub("", latest.group("group")))


def _last_match(
    pattern: re.Pattern[str], text: str, before: int, start: int = 0
) -> re.Match[str] | None:
    """The last match of `pattern` in `text[start:before]`."""
    matches = list(pattern.finditer(text, start, before))
    return matches[-1] if matches else None


# "In July Tesla spokeswoman Alexis Georgeson said": the month opens the sentence, not the role.
_DATE_OPENER = re.compile(
    rf"^(?:{'|'.join(sorted(word.capitalize() for word in MONTHS | WEEKDAYS))})\.?,?\s+"
)


NAME_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))
# Role words that say who a person is ("Diane Foley, his mother", "spokeswoman Jen Psaki"):
# "she said" after them points at that person, not at the man named before.
FEMALE_ROLE = re.compile(
    r"\b(?:spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|woman|mother|wife|"
    r"daughter|sister|grandmother|aunt|niece|actress|queen|princess|lady|girl|girlfriend|widow|"
    r"fiancée|mum|mom|stepmother|stepdaughter|granddaughter)\b",
    re.IGNORECASE,
)
MALE_ROLE = re.compile(
    r"\b(?:spokesman|congressman|chairman|businessman|councilman|man|father|husband|son|"
    r"brother|grandfather|uncle|nephew|actor|king|prince|boy|boyfriend|widower|fiancé|dad|"
    r"stepfather|stepson|grandson)\b",
    re.IGNORECASE,
)

KINSHIP_NOUN = (
    r"(?:mother|father|wife|husband|daughter|son|sister|brother|aunt|uncle|niece|nephew|"
    r"grandmother|grandfather|grand(?:daughter|son)|widow|widower|girlfriend|boyfriend|"
    r"fianc[eé]e?|step(?:mother|father|daughter|son)|mum|mom|dad)"
)
# Whose relative, then the kinship noun, right before the name: "His mother Khadijah Kamara",
# "the victim's father, John Smith,", "Foley's mother Diane Foley"; the relative is the
# subject of the clause the name opens.
KINSHIP_BEFORE_NAME = re.compile(
    rf"(?:(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)|{CAP_WORD}(?:['’]s|(?<=s)['’])|"
    rf"(?<![\w'’-])[Tt]he{GAP}[\w-]+(?:['’]s|(?<=s)['’]))"
    rf"(?:{GAP}(?:late|former|estranged|elder|older|younger|eldest|youngest|twin|"
    rf"\d+-year-old)){{0,2}}{GAP}(?P<kin>{KINSHIP_NOUN}),?{GAP}$"
)
# ... or as an appositive after it: "Diane Foley, his mother, said".
KINSHIP_AFTER_NAME = re.compile(
    rf",\s+(?:(?:his|her|their|its|our|my)|the{GAP}[\w-]+['’]s?|{CAP_WORD}['’]s?)"
    rf"(?:{GAP}[a-z][\w-]*){{0,2}}?{GAP}(?P<kin>{KINSHIP_NOUN})\b"
)


# Whose relative, with any modifiers, right before the name ("her devout Christian mother,
# Carla Alcorn"): which relative the person is, for "my mom" in a quotation (not for gender).
KIN_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|{CAP_WORD}['’]s?)(?:{GAP}[\w-]+){{0,3}}?"
    rf"{GAP}(?P<kin>{KINSHIP_NOUN}),?{GAP}$"
)
# "my mom" inside a quotation: the speaker is the mother's child, not the mother.
FIRST_PERSON_KIN = re.compile(rf"\b[Mm]y\s+(?:late\s+)?({KINSHIP_NOUN})\b")
# Subject pronouns only: "his"/"her" after a name often stand for someone else ("Manson
# married her").
SAME_KIN = {"mom": "mother", "mum": "mother", "dad": "father", "fiance": "fiancé"}


def _kin_noun(noun: str) -> str:
    """'Mom' -> 'mother': one word for each relative, to compare a quotation's "my mom" with
    the article's "his mother, X"."""
    return SAME_KIN.get(noun.lower(), noun.lower())


GENDERED_PRONOUN = re.compile(r"\b(?:(?P<male>[Hh]e)|[Ss]he)\b")
# "protesters in Mong Kok", "a rally near Admiralty": a name after these is a place.
PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:in|near|across|throughout|around|outside|inside)\s+(?:the\s+)?"
    r"(?:[a-z]+(?:ly|ed|ern|al|ic|ous)\s+){0,2}$"  # "in densely populated Mong Kok"
)
MENTION_THEN_POSSESSIVE = re.compile(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?(?!\w)")

CLAUSE_AFTER_PRONOUN = re.compile(r"[^,;:.!?\ufffc\n]{1,80}")
# What may stand before a pronoun that still opens its sentence: '“...,” he said'.
OPENING_MARKS = " \t\n,\"“”'‘’\ufffc—–-"
# "He" or "she" opening a sentence, maybe after a conjunction: "But he said".
OPENING_PRONOUN = re.compile(
    rf"[{re.escape(OPENING_MARKS)}]*(?:(?:But|And|So|Then|Still|Yet)\s+)?(?P<pronoun>[Hh]e|[Ss]he)\b"
)
# A noun for an outlet or a work right before a name: "satire site Hip Hop Hangover".
MEDIUM_BEFORE_NAME = re.compile(
    r"\b(?:site|website|blog|newspaper|magazine|tabloid|outlet|channel|network|station|"
    r"show|series|sitcom|app|podcast|band)\s+$"
)
# The head noun of a work's title: "The Cosby Show", "the Harry Potter Series".
WORK_TITLE_END = re.compile(
    r"\s(?:Show|Series|Film|Movie|Album|Book|Novel|Sitcom|Podcast|Awards?|Festival|Tour)\W*$"
)
PHOTO_CREDIT_NAME = re.compile(r"\b(?:Photo|Picture|Image|Pic)s?\s*/")
COURTESY_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?$")
# An age under 18 or a child noun right before the name ("5-year-old Alex Nash", "schoolboy
# Tom Smith"), or the age after it ("Alex Nash, 5,"): the person is a child.
CHILD_BEFORE_NAME = re.compile(
    r"(?i:\b(?:(?P<age>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]old|schoolboy|schoolgirl|toddler|"
    r"baby|little\s+(?:boy|girl)|(?:young|teenage)\s+(?:son|daughter)|pupil))\s+$"
)
CHILD_AGE_AFTER_NAME = re.compile(r",\s+(?P<age>\d{1,2}),")
ADULT_AGE = 18


def _is_minor(prefix: str, text: str, end: int) -> bool:
    before = CHILD_BEFORE_NAME.search(prefix)
    age = before.group("age") if before else None
    if before and (age is None or not age.isdigit() or int(age) < ADULT_AGE):
        return True
    after = CHILD_AGE_AFTER_NAME.match(text, end)
    return bool(after and int(after.group("age")) < ADULT_AGE)


def _gender_of(roles: list[str]) -> str | None:
    """ "f" or "m" when the roles given to a person say so, and say only one of them."""
    text = " ".join(roles)
    female, male = FEMALE_ROLE.search(text), MALE_ROLE.search(text)
    if bool(female) == bool(male):
        return None
    return "f" if female else "m"


def _without_opening(phrase: str) -> str:
    """The phrase without the words that open its sentence: 'But', 'In', a month or weekday."""
    return _DATE_OPENER.sub("", LEADING_FUNCTION_WORDS.sub("", phrase))


def split_title(raw: str) -> tuple[str, str]:
    """ "House Majority Leader Steny Hoyer" -> ("House Majority Leader", "Steny Hoyer"): the
    words up to the last title word that a name follows, and the name. "Martin Luther King
    Jr." is no title: a name suffix never stands alone."""
    last = _last_match(TITLE_BEFORE_NAME, raw, len(raw))
    if last is None or NAME_SUFFIX.fullmatch(raw[last.end() :].strip()):
        return "", raw
    # "the Justice Department", "General Assembly": a title word before the head of a body's
    # name is a word of that name, and no person follows it
    if ORGANISATION_WORDS.fullmatch(raw[last.end() :].split()[-1]):
        return "", raw
    return raw[: last.end()].strip(), raw[last.end() :]


def _informative(title: str) -> str | None:
    """A title run that says more than a rank ("House Majority Leader", "Texas Governor"),
    not "Sen." or "Vice President", which the name's own title already says. Words before a
    courtesy title are an adjective, no role ("Bemused Mr Nash", "Poor Mrs Smith")."""
    title = LEADING_FUNCTION_WORDS.sub("", title).strip()
    if COURTESY_TITLE_END.search(title):
        return None
    return title if title and not TITLE_PREFIX.fullmatch(title + " ") else None


def _role_beside(prefix: str, outside_quotes: str, end: int) -> str | None:
    """The role phrase written next to a name: before it ("Obama campaign spokeswoman Lis
    Smith", "BuzzFeed's editor in chief, Ben Smith,") or after it (", a spokeswoman for the
    Obama campaign,", ", Democrat of Vermont"). `prefix` is the sentence up to the name."""
    before = ROLE_BEFORE_NAME.search(prefix)
    if before is None:
        before = ROLE_APPOSITIVE_BEFORE.search(prefix)
        if before is not None and not outside_quotes.startswith(",", end):
            before = None  # "the chairman, Smith said": an appositive closes with a comma
    if before is not None:
        role = before.group("role")
        if OWNED_BY_PRONOUN.match(role):
            return None  # "Its director, Ilse Marrow": a director of what, the speaker cannot say
        # "The company's chief, X" -> "the company's chief"; "But White House spokesman" -> no "But"
        determiner = DETERMINER_OPENING.match(role)
        if determiner:
            return determiner.group().lower() + role[determiner.end() :]
        return _without_opening(role).strip() or None
    after = ROLE_AFTER_NAME.match(outside_quotes, end)
    return after.group("role").strip() if after else None


def _document_kind(noun: str) -> str:
    """ "suit" and "lawsuit", "ad" and "advertisement" name the same document."""
    noun = noun.lower()
    return DOCUMENT_SYNONYMS.get(noun, noun)


def _within_sentences(match: re.Match[str]) -> list[tuple[int, str]]:
    """A run of capitalised words cut where a sentence ends inside it ("Republicans. But"),
    but not after a title ("Sen. Cruz") or an initial ("John A. Boehner")."""
    pieces: list[tuple[int, str]] = []
    at = 0
    text = match.group()
    for end in NAME_SENTENCE_END.finditer(text):
        if TITLE_PREFIX.fullmatch(text[at : end.start()].split()[-1] + " "):
            continue
        pieces.append((match.start() + at, text[at : end.start()]))
        at = end.end()
    pieces.append((match.start() + at, text[at:]))
    return pieces


def _roles(raw: str, outside_quotes: str, end: int) -> list[tuple[str, ...]]:
    """The roles a name's own words and its neighbours give: titles before it ("Gov.",
    "Press Secretary"), and an appositive after it (", the White House press secretary,")."""
    title = TITLE_RUN.search(raw)
    appositive = APPOSITIVE_ROLE.match(outside_quotes, end)
    found = [_role_words(m.group("role")) for m in (title, appositive) if m]
    return [role for role in found if role]


def _role_words(role: str) -> tuple[str, ...]:
    """ "Gov." -> ("governor",); "White House press secretary" -> (..., "press", "secretary")."""
    words = [w.lower() for w in WORD_RUN.findall(role)]
    return tuple(ROLE_SYNONYMS.get(w, w) for w in words)


def _described_role(description: str) -> tuple[str, ...]:
    """The role words of "the press secretary"; party, place and term words describe the
    holder, not the role, and are left out ("the Republican senator", "the four-term
    congressman")."""
    described = ROLE_DESCRIPTION.fullmatch(description)
    if described is None:
        return ()
    kept = " ".join(w for w in described.group("role").split() if w.islower() and "-" not in w)
    return _role_words(kept)


def _fills(role: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """ "the press secretary" fits ("white", "house", "press", "secretary"); "the president"
    does not fit ("vice", "president"): the heads agree, every word asked for is in the role
    and the role has no rank word that was not asked for."""
    return (
        bool(role)
        and role[-1] == wanted[-1]
        and set(wanted) <= set(role)
        and not (set(role) - set(wanted)) & RANK_WORDS
    )


PERSON_NAME = re.compile(rf"(?:\b(?:{TITLE_WORDS})\.?\s+)*{NAME}")
BODY = re.compile(BODY_NAME)
# What may stand between a sentence start and its subject: punctuation, quotations, a
# conjunction, a short opening phrase, or an opening adverbial up to a comma ("In his
# interview with Fox News, Ryan ...").
SUBJECT_PREFIX = re.compile(
    r"[\W\ufffc]*(?:(?:[A-Z][\w'’]*|but|and|so|then|still|also)[\W\ufffc]+){0,2}"
    # an opening phrase closed by a comma, also one naming a place or show: "On The View, host"
    r"(?:(?:[a-z]|(?:On|In|At|During|After|Before|From)\s)[^,;:\ufffc]{0,60},\s+)?"
)
SUBJECT_REACH = 600
# A sentence end inside a run of capitalised words: a full stop after a lower-case word.
NAME_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])")
WORD_RUN = re.compile(r"[A-Za-z][\w-]*")
TITLE_RUN = re.compile(rf"(?P<role>(?:\b(?:{TITLE_WORDS})\.?\s+)+)(?=[A-Z])")
APPOSITIVE_ROLE = re.compile(
    r",\s+(?:the|a|an)\s+(?P<role>(?:[^,;:.()\ufffc]|(?<=\b[A-Z])\.){1,80}?)"
    r"\s*(?=[,;:]|(?<![A-Z])\.|(?<=[A-Z]\.)(?=\s|$)|$)"
)
# Common past tenses not ending in -ed: "Tea Party leaders met", "Trump met women".
IRREGULAR_PAST = (
    r"(?:met|took|gave|made|sent|won|lost|hit|led|left|saw|got|let|put|ran|fought|bought|"
    r"brought|caught|thought|kept|held|paid|built|became|began|hired|fired)"
)
# A group of people named as such: "Senate Democrats", "White House aides", "the protesters".
GROUP = rf"(?:[Tt]he{GAP})?(?:{CAP_WORD}{GAP}){{0,3}}{GROUP_NOUN}\b"
GROUP_NAME = re.compile(GROUP)
# ... as the subject of a clause: followed by a verb ("Senate Democrats said", "Republicans
# argue", "the aides have"), not as an object ("a bill giving military members a pathway").
GROUP_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<group>{GROUP})(?=\s*,?\s+(?:\w+ly\s+)?(?:{AUXILIARY}|{REPORTING_VERB}|"
    rf"could|would|will|can|may|might|should|must|want|believe|fear|worry|hope|plan|need|"
    rf"agree|oppose|support|argue|insist|contend|complain|warn|claim|note|urge|vow|demand|"
    rf"accuse|{IRREGULAR_PAST}|[a-z]+ed)\b)"
)
# "Both Democrats", "Many Republicans": how many of a group, not which, so no word of its name.
LEADING_QUANTIFIER = re.compile(r"^(?:Both|All|Many|Most|Some|Several|Few|Other)\s+(?=[A-Z])")
DETERMINER_OPENING = re.compile(r"(?:The|A|An)(?=\s)")
OWNED_MODIFIER = re.compile(r"\b(?:its|their|his|her|our)\s+$")
OWNED_BY_PRONOUN = re.compile(r"\s*(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s")
TITLE_BEFORE_NAME = re.compile(rf"\b(?:{TITLE_WORDS})\b\.?{GAP}(?=[A-Z])")
NAME_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV)\.?")
# What a person is or does, as the head of a role phrase: "Obama campaign spokeswoman",
# "the company's chief security officer", "BuzzFeed's editor in chief".
ROLE_NOUN = (
    r"(?:spokes(?:man|woman|person)|organi[sz]er|secretary|director|leader|chair(?:man|woman)?|"
    r"president|editor|officer|aide|advis[eo]r|strategist|lawyer|attorney|official|founder|"
    r"co-founder|executive|manager|analyst|economist|professor|candidate|nominee|activist|"
    r"lawmaker|senator|governor|mayor|whip|chief|head|commissioner|sheriff|minister|"
    r"ambassador|representative|treasurer|counsel|pollster|consultant|journalist|reporter|"
    r"columnist|host|commentator|member|researcher|correspondent|coordinator|campaigner|"
    r"deputy|administrator|superintendent|prosecutor|judge|staffer|operative|negotiator|envoy|"
    r"delegate|legislator|congress(?:man|woman)|council(?:man|woman|lor)|owner|partner|"
    # professions and plain persons that introduce a name: "plastic surgeon Matthew Schulman",
    # "her personal doctor, Gwen Korovin", "Florida woman Jasmine Tridevil"
    r"doctor|physician|surgeon|nurse|therapist|specialist|expert|scientist|woman|man|"
    # scholars: "Argentine historian Daniel Balmaceda", "said the historian"
    r"historian|scholar|academic|author|writer|folklorist|astronomer|[a-z]+ologist|"
    # a child's school and carers: "Alex's teacher said" is the teacher, not Alex
    r"teacher|head\s?teacher|headmaster|headmistress|principal|coach|tutor|carer|"
    # heads of a business: "Playboy boss Hugh Hefner", "media mogul X"
    r"boss|tycoon|mogul|magnate)"
)
# A lower-case word inside a role phrase: not a function word, a reporting verb or a past
# participle ("said senior adviser X", "met with campaign manager X" are no roles).
ROLE_MODIFIER = (
    rf"(?!(?:the|a|an|and|or|but|to|of|for|with|by|at|in|on|from|as|that|who|which|when|"
    rf"while|after|before|than|then|also|now|still|just|even|only|already|has|had|have|is|was|"
    rf"were|are|will|would|because|"
    rf"although|though|since|if|unless|whereas|where|how|why|what|{REPORTING_VERB})"
    rf"\b)(?![a-z]+ed\b)[a-z][\w'’-]*"
)
ROLE_PHRASE = rf"(?:{CAP_WORD}{GAP}){{0,4}}(?:{ROLE_MODIFIER}{GAP}){{0,3}}{ROLE_NOUN}\b"
# Right before the name: "St. Louis Tea Party organizer Bill Hennessy".
# (not from a verb's participle: "Alhakim is replacing outgoing ambassador X" -> "outgoing
# ambassador")
ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?P<role>{ROLE_PHRASE}){GAP}$"
)
# An appositive opening the clause: "Obama's current campaign press secretary, Ben LaBolt,".
ROLE_APPOSITIVE_BEFORE = re.compile(
    rf"(?:^|[,;:(\ufffc]|\n)\s*(?P<role>(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir){GAP})?"
    rf"{ROLE_PHRASE}(?:{GAP}(?:in|of|for|at|to){GAP}(?:the{GAP})?[\w'’.-]+(?:{GAP}[\w'’.-]+){{0,2}}?)?)"
    rf",\s+$"
)
PARTY_OF_PLACE = rf"(?:Democrat|Republican|Independent)\s+(?:of|from)\s+{NAME}"
# "Peter Welch, Democrat of Vermont,": that appositive describes the name before it.
PARTY_APPOSITIVE = re.compile(rf"(?<=,\s){PARTY_OF_PLACE}")
# After the name: ", a spokeswoman for the Obama campaign,", ", Democrat of Vermont,".
# A clause is no appositive: ", the fines could reach $2 million." has a verb; a relative
# clause after the role ("a Republican who ...") is left out.
ROLE_AFTER_NAME = re.compile(
    rf",\s+(?P<role>(?:the|a|an)\s+(?:(?!\b(?:{AUXILIARY}|could|would|will|can|may|might|"
    rf"should|must|said|says|who|which|that)\b)(?:[^,;:.()\ufffc]|(?<=\b[A-Z])\.)){{1,80}}?|"
    rf"{PARTY_OF_PLACE})"
    # (an abbreviation's full stops are no end: "the Iraqi envoy to the U.N.")
    rf"(?=\s*[,;:)]|\s*(?<![A-Z])\.|(?<=[A-Z]\.)(?=\s|$)|\s+(?:who|which|that)\b|$)"
)
# A role and a preposition before a name: the name is what the role is of, the role's holder
# is the subject ("Iraq's ambassador to the United Nations", "the U.N. envoy to Iraq").
ROLE_OF_NAME_BEFORE = re.compile(
    rf"(?P<common>(?:(?:[Tt]he|[Aa]n?|{CAP_WORD}['’]s?){GAP})?(?:(?:{CAP_WORD}|{ROLE_MODIFIER})"
    rf"{GAP}){{0,3}}?{ROLE_NOUN}){GAP}(?:to|of|for|at|with){GAP}$"
)
# A party code after a name: "Rep. Elijah Cummings, D-Md.", "Nancy Pelosi (D-Calif.)".
PARTY_AFTER = re.compile(r"(?:\s*\(|,\s+)(?P<code>[DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?=\)|,|\s|$)")
# "its founder, Jane Smith", "Obama's current campaign press secretary, Ben LaBolt": a
# possessive role, then the name it introduces.
ROLE_THEN_NAME = re.compile(
    # "the Central Mat-Su fire chief, James Steele": a role with its organisation, then a name
    rf"\s*(?P<role>(?:its|his|her|their|{CAP_WORD}(?:{GAP}{CAP_WORD}){{0,3}}(?:'s|’s|(?<=s)['’])|"
    rf"the(?:{GAP}{CAP_WORD}){{1,4}})"
    rf"(?:{GAP}{ROLE_MODIFIER}){{0,3}}{GAP}(?:{ROLE_NOUN}|{KINSHIP_NOUN})\b(?:{GAP}in{GAP}chief)?),\s+"
    rf"(?P<name>{NAME}{PARTY})"
)
# An unnamed holder of a role, introduced: "a spokesperson for Google", "a Pentagon spokesman".
INDEFINITE_ROLE = re.compile(
    rf"(?P<phrase>\b[Aa]n?(?:{GAP}(?!(?:and|or|who|that)\b)[\w'’-]+){{0,3}}?{GAP}"
    rf"(?P<head>{ROLE_NOUN})(?:{GAP}(?:for|of|at|with|in){GAP}(?:the{GAP})?{NAME})?)"
    r"(?![\w'’-])"
)
CAPITALISED_WORD = re.compile(r"\b[A-Z]")
# "the senator", "the former governor" followed by a verb: a role standing as a subject.
DEFINITE_ROLE = re.compile(rf"\b[Tt]he(?:{GAP}{ROLE_MODIFIER}){{0,2}}{GAP}{ROLE_NOUN}\b")
# Nouns for who may speak or be the source of a claim: people, groups, media and documents.
PERSON_NOUN = (
    rf"(?:{ROLE_NOUN}s?|{GROUP_NOUN}|[a-z]*(?:men|women|person|people)|sources?|insiders?|"
    rf"{KINSHIP_NOUN}s?|parents|"
    r"friends?|relatives?|neighbou?rs?|doctors?|surgeons?|media|newspapers?|daily|dailies|"
    r"agency|agencies|station|broadcaster|outlets?|television|network|government|"
    r"ministry|military|army|police|regime|girl|boy|teenager|student|resident|native|"
    # armed groups speak as such: "according to Kurdish forces", "a rebel commander said"
    # (not in GROUP_NOUN: "they" after a battle is rarely the fighters)
    r"forces|troops|soldiers|fighters|militants|rebels|militias?|commanders?)"
)
# (not an auxiliary: in '“a person with knowledge of the matter”, Microsoft is in talks' the
# name is the clause's subject, not a speaker)
# ... and a noun for a person ('“Don't say it,” the man shouted'): a quotation's own
# attribution, so it is not the speaker of the quotation before.
AFTER_QUOTE_SOURCE = re.compile(
    rf"\ufffc\s*,?\s+(?:(?P<pronoun>he|she|they)\s+|(?P<name>{NAME}{PARTY})\s+|"
    rf"(?P<common>(?:the|a|an)\s+(?:(?![a-z]+ed\b)[a-z]+\s+)?(?:{PERSON_NOUN}))\s+)"
    r"(?!(?:is|was|has|does)\b)[a-z]+(?:ed|s)\b"
)
# ... a name only, ending its sentence: '“...” Buress said.' (not '“...” Smith said he ...').
AFTER_QUOTE_NAME = re.compile(
    rf"\ufffc\s*,?\s+(?P<name>{NAME}{PARTY})\s+(?:said|says|wrote|writes|added|adds)\s*[.!]?\s*$"
)
SPEAKER_NOUN = (
    rf"(?:{PERSON_NOUN}|(?:report|statement|study|survey|letter|poll|filing|document|memo|"
    r"dossier)s?)"
)
# A phrase that ends with such a noun: "The Comcast agent", "the initial report".
SPEAKER_HEAD = re.compile(rf"\b(?i:{SPEAKER_NOUN})$")
# "New York plastic surgeon Matthew Schulman", "The Tampa massage therapist", "North Korean
# state media": a place or nationality before a noun for people is a modifier of that noun,
# never a source of its own; what follows it (after the end of the name) is checked.
# The words between are nouns and adjectives, not a verb ("Trump met women", "Obama loves
# people"): no third-person -s, -ing form or common irregular past tense (IRREGULAR_PAST).
PREMODIFIER_WORD = rf"(?!{IRREGULAR_PAST}\b)(?!(?!news\b)[a-z]*(?:[^s']s|ing)\b){ROLE_MODIFIER}"
# A finite verb right after a phrase makes it a clause's subject: "Rubio attacked", "the
# senator also took", "House Democrats have signed".
FINITE_VERB_AFTER = re.compile(
    rf"\s+{SKIPPABLE}(?:{AUXILIARY}|{IRREGULAR_PAST}|[a-z]{{2,}}ed|[a-z]{{2,}}[^s'’\W]s)\b"
)
PREMODIFIED_NOUN = re.compile(rf"(?:{GAP}{PREMODIFIER_WORD}){{0,2}}{GAP}{PERSON_NOUN}\b(?!['’-])")
NAME_TAIL = re.compile(rf"(?:{GAP}{CAP_WORD})+(?=[,.;:!?\s]|$)")
# "Argentine historian Daniel Balmaceda", "British-born jihadist Mohammed Emwazi": lower-case
# words (no verb) between a name and a name make the first a modifier of the second.
# A role (and the body it serves) between an inverted verb and a name: ", says KGI
# Securities analyst Ming Chi Kuo", ", claims senior analyst Jane Doe".
INVERTED_ROLE = re.compile(
    rf"\s*(?:{NAME}{GAP})?(?:{PREMODIFIER_WORD}{GAP}){{0,2}}{ROLE_NOUN}{GAP}(?={NAME})"
)
MODIFIED_NAME = re.compile(rf"(?:{GAP}{PREMODIFIER_WORD}){{1,3}}{GAP}(?={NAME})")
# "attorney general", "surgeon general": the role goes on after its noun.
GENERAL_AFTER = re.compile(rf"{GAP}general\b")
# What a tradition or a belief holds is no one's statement: "according to Argentinian folklore".
TRADITION_AFTER = re.compile(
    rf"(?:{GAP}{PREMODIFIER_WORD}){{0,2}}{GAP}(?:folklore|legends?|customs?|traditions?|myths?|"
    r"mythology|beliefs?|superstitions?|lore|scriptures?|wisdom)\b"
)
# ... not a day or month: "Nigerian officials Friday announced"
NAME_AHEAD = re.compile(rf"{GAP}(?!{NON_NAMES.pattern[1:-1]}\b)(?={CAP_WORD})")
# The determiner and a modifier before such a name: "A 21-year-old Florida woman".
DETERMINER_BEHIND = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?$"
)
# "Joan Rivers' personal throat doctor": whose it is; the noun after is the subject.
POSSESSED_NOUN = re.compile(
    rf"(?:(?<=s)['’]|['’]s)?(?:{GAP}{PREMODIFIER_WORD}){{0,3}}{GAP}{PERSON_NOUN}\b(?!['’-])"
)
NAME_WORDS = re.compile(NAME)
POSSESSIVE_END = re.compile(r"(?:['’]s|(?<=s)['’])$")
# The possessed noun then a finite verb: "[Trump's] offer was", "[Obama's] plan would".
CLAUSE_AFTER_OWNER = re.compile(
    rf"(?:{GAP}[a-z][\w-]*){{1,2}}{GAP}(?:{AUXILIARY}|could|would|will|can|might|should|must)\b"
)
# A caption label before a colon at a sentence start ("Con artist: The ...", "Liar: Hessler
# was ...", "UPDATE 6:30pm: Apple has ..."): a label, not a name; what a quotation follows
# ("Biden: “...”") stays a speaker.
CAPTION_LABEL_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w'’-]*){0,2}(?:[ \t]+\d[\w.]*(?::\d\d\w*)?)?:[ \t]+(?=[A-Z\d])"
)
# "a source close to the death investigation", "his henchmen in Pyongyang", "five people
# familiar with the talks": the people are the source, not what they are close to or where.
LEFT_POSTMODIFIED = re.compile(
    rf"(?<![\w'’-])(?P<common>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne|[Ss]ome|[Tt]wo|"
    rf"[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]any|\d+){GAP})?(?:{ROLE_MODIFIER}{GAP}){{0,2}}"
    rf"(?<![\w'’-])(?i:{PERSON_NOUN}){GAP}(?:(?:close{GAP}to|familiar{GAP}with|with{GAP}knowledge{GAP}of|"
    rf"briefed{GAP}on|in|inside|on){GAP}(?:{COMMON_WORD}{GAP}){{0,4}}?{COMMON_WORD}|"
    # (capitalised too, opening the sentence: "Activists in Al Raqqa have posted")
    # ... and whose they are, a name right after "of": "friends of Rehana have told", "members
    # of Congress say" (not "director of communications Christy Feig": her name is the source)
    rf"of{GAP}(?:the{GAP})?{NAME}))\s*,?\s*{SKIPPABLE}$"
)
# A name opening its clause, then a role with a preposition before a body, closing with a comma
# before the verb: "Dr. Verity Nye, Ocean and Earth Science researcher at Southampton
# University,", "Julian Fantino, Canada’s Minister of Veterans Affairs,".
LEFT_PERSON_WITH_ROLE = re.compile(
    rf"(?:^|[.;:!?(—\ufffc\n][\s,]*)(?![Tt]he\s|An?\s)(?P<name>{NAME}{PARTY}),\s+"
    rf"(?P<role>(?:(?!\b(?:{AUXILIARY}|said|says|told|who|which|that)\s+[a-z])"
    rf"[^,;:“”\"«»\ufffc()]|\([^()]{{1,30}}\)){{1,80}}?\s(?:at|of|for|from|with|in|to)\s"
    rf"[^,;:“”\"«»\ufffc()]{{1,60}}),\s*{SKIPPABLE}$"
)
# "..., said a report on Tuesday", "..., said a spokesman for the company.": a short phrase
# for a speaker or document after an inverting verb, without a verb of its own.
INVERTED_COMMON = re.compile(
    rf"{COUNTING_DETERMINER}\s+(?:(?!{AUXILIARY}\b)[\w'’-]+\s+){{0,3}}?{SPEAKER_NOUN}"
    rf"(?:\s+(?:for|of|from|with|close\s+to|familiar\s+with|knowledgeable\s+about|briefed\s+on)\s+(?:(?!{AUXILIARY}\b)[\w'’.-]+\s+){{0,3}}?"
    rf"(?!{AUXILIARY}\b)[\w'’.-]+)?"
)
# A past-tense verb right before a noun phrase makes it that verb's object.
OBJECT_OF_VERB = re.compile(r"\b(?!(?:need|feed|seed|speed|breed|bleed)\b)[a-z]{2,}ed\s+$")
# What may stand between a finite verb and its participle: "revealed today, saying".
SHORT_CLAUSE_REST = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*,\s*")
INVERTED_COMMON_END = re.compile(
    r"\s*(?:(?:on|in|at|late|early|last|this)\b(?:\s+[\w'’.-]+){0,4}?)?\s*(?:$|[.!?])"
)
# A statement someone passed on: "released a statement from the producers", "issued a
# statement by its founder": the one it is from speaks, not the one who released it.
STATEMENT_FROM = re.compile(
    r"\b(?:released|issued|put out|shared|published|distributed|posted|read out|read)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|message|note)\s+"
    r"(?:from|by|on behalf of|signed by)\s+"
)
POSSESSED_SOURCE = re.compile(
    r"(?P<common>(?:his|her|its|their)\s+[a-z][\w-]*(?:\s+(?!(?:[a-z]+ing|and|or|who|that|which|"
    r"to|in|on|at|for|about|from|with)\b)[a-z][\w-]*)?)\b"
)
# Documents that "say" things for whoever issued them.
DOCUMENT = (
    r"(?P<noun>letter|statement|report|ad|advertisement|lawsuit|suit|complaint|resolution|memo|"
    r"filing|petition|release|study|survey)"
)
DOCUMENT_SYNONYMS = {"suit": "lawsuit", "advertisement": "ad"}
DOCUMENT_DESCRIPTION = re.compile(rf"[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}{DOCUMENT}")
# One name or two: "Nebraska and Oklahoma", "Nancy Pelosi (D-Calif.) and Chuck Schumer".
AUTHOR = rf"{NAME}{PARTY}(?:{GAP}and{GAP}{NAME}{PARTY})?"
DOCUMENT_AUTHOR = (
    # "The Romney campaign retorted with an ad", "Sen. Mark Warner released a statement"
    re.compile(
        rf"(?P<author>{AUTHOR}(?:{GAP}(?!{AUXILIARY}\b)[a-z]+)?)\s+(?:{AUXILIARY}\s+)?(?:\w+ly\s+)?"
        rf"(?:released|issued|sent|"
        rf"filed|published|ran|adopted|brought|signed|unveiled|posted|put out|retorted with|"
        rf"responded with)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT}\b"
    ),
    # "the lawsuit from Nebraska and Oklahoma", "a letter signed by Georgetown faculty"
    re.compile(rf"\b{DOCUMENT}\s+(?:\w+\s+)?(?:from|by)\s+(?P<author>(?:the\s+)?{AUTHOR})"),
)
# "the campaign", "the department": a body the article may have named ("the Obama campaign").
ORGANISATION_DESCRIPTION = re.compile(
    r"[Tt]he\s+(?P<noun>campaign|administration|department|ministry|agency|committee|company|"
    r"firm|union|party|commission|council|office|court|board|group|organi[sz]ation|coalition|"
    r"association|foundation|institute|university|network|bank|embassy|government)"
)
# Nouns that say a body is one without saying what kind ("the group", not "the ministry").
GENERIC_BODY_NOUN = re.compile(r"group|organi[sz]ation")
GROUP_OF = re.compile(r"\b[Gg]roup\s+of\b")
# A sentence's first words when it opens with "The": "The president opted not to ...".
SUBJECT_DESCRIPTION = re.compile(r"[^\w\ufffc]*(?P<description>The(?:\s+[\w-]+){1,4})")
# "the governor", "the White House press secretary", "the four-term congressman".
ROLE_DESCRIPTION = re.compile(r"[Tt]he\s+(?P<role>(?:[\w-]+\s+){0,3}[a-z]+)")
ROLE_SYNONYMS = {
    "gov": "governor", "sen": "senator", "rep": "representative",
    "congressman": "representative", "congresswoman": "representative", "prof": "professor",
    "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
    "capt": "captain", "adm": "admiral", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
}  # fmt: skip
# Words that say which holder of a title, not what the title is; a role with one of them
# does not fit a description without it ("Vice President" is not "the president").
RANK_WORDS = {"vice", "deputy", "assistant", "associate", "former", "acting", "under", "ex"}
