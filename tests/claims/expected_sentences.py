# ruff: noqa: E501  (a table of real sentences, one per line)
"""Hand-written expected outputs for real sentences from ../shared/data (cited by doc id).

Each case names the article ("basil:<doc_id>", "ecbplus:<doc_id>", "newswcl50:<doc_id>",
"fnc1-train:<body id>", "fnc1-test:<body id>") and one sentence of it, exactly as in the text.
The expectations were written by reading the sentence, not by running the code:

- values: each listed value must be among the values of the mention(s) covering the sentence,
  with every listed field equal (numbers to 0.1 %);
- not_values: no value may match any of these;
- speaker / claimant: the name must occur in the field (case-insensitive); None = field empty;
- kind, modality, negated: equal to the covering mention's;
- xfail: a known miss, with the reason (the test fails if it starts passing).
"""

from __future__ import annotations

from typing import Any

Case = dict[str, Any]


def q(low: float | None, high: float | None = ..., **fields: Any) -> dict[str, Any]:  # type: ignore[assignment]
    """A quantity; `high` defaults to `low` (an exact figure)."""
    return {"kind": "quantity", "low": low, "high": low if high is ... else high, **fields}


def v(kind: str, **fields: Any) -> dict[str, Any]:
    return {"kind": kind, **fields}


def num(low: float) -> dict[str, Any]:
    """Any value reading this number as a count or amount."""
    return {"kind": "quantity", "low": low}


CASES: list[Case] = [
    # --- figures: counts, money, units, qualifiers, ranges -------------------------------------
    {
        "doc": "fnc1-train:2280",
        "text": "Prosecutors have criminally charged more than 15 people in connection with supporting Islamic militant groups.",
        "kind": "figure",
        "values": [q(15, None, counted="person", qualifier="more than")],
    },
    {
        "doc": "fnc1-train:1144",
        "text": "An amateur psychologist seems to have been at work as a vandal on the streets of Seattle, painting a penis on a £1.5million supercar which some might say functioned as a substitute for the real, fleshy thing.",
        "values": [q(1.5e6, unit="GBP")],
        "modality": "hedged",
    },
    {
        "doc": "fnc1-test:549",
        "text": "Hugh Hefner was presumed to be dead of natural causes, Sunday, December 28, 2014.",
        "values": [v("date")],
        "modality": "hedged",
    },
    # "suspected" before a name says what the man is taken for; it hedges nothing he is said
    # to have suffered
    {
        "doc": "fnc1-test:778",
        "text": "Police are looking for the married lovers of suspected Chinese romeo Fei Lin, 41, after four masked men burst into his flat and cut off his penis at Niqiao village near Wenling city, in east China’s Zhejiang province.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-train:1538",
        "text": "A website is reporting that the Batmobile, from the upcoming Batman v. Superman flick, has gone missing in Detroit… and is presumed stolen.",
        "modality": "hedged",
    },
    {
        "doc": "ecbplus:10_7ecb",
        "text": "The Nationals offered him the same deal as the Angels, the Orioles have made an offer between $140 and $150 million over seven years, and nobody knows for sure what the Red Sox have offered.",
        "values": [q(140e6, 150e6, unit="USD"), q(7, unit="year")],
        "xfail": "'over' before a duration is read as a lower bound; here it means 'during'",
        "negated": True,
    },
    {
        "doc": "ecbplus:41_9ecb",
        "text": "Umm Ibrahim said she had lost an eight-year-old daughter and two sons, 11 and 14.",
        "values": [v("age", low=8), q(2, counted="son")],
        "claimant": "Umm Ibrahim",
    },
    {
        "doc": "ecbplus:11_4ecb",
        "text": "Previously, Turkmenistan had a People's Council whose 2,507 members had to be approved by the country's late ruler, Saparmurat Niyazov, who died in 2006 after 21 years in power.",
        "values": [q(2507, counted="member"), v("year", date="2006"), q(21, unit="year")],
    },
    {
        "doc": "fnc1-train:188",
        "text": "Ferrari told GrindTV that the fish took an artificial bait on the surface, and the fight from a boat lasted 40 minutes.",
        "values": [q(40, unit="minute")],
        "claimant": "Ferrari",
    },
    {
        "doc": "ecbplus:41_9ecbplus",
        "text": "The organization has dropped 420 tons of food staples to the refugees, and is in connection with the U. N.'s World Food Program.",
        "values": [q(420, unit="ton")],
    },
    {
        "doc": "ecbplus:5_1ecbplus",
        "text": "They missed the postseason in 2004, breaking a streak of 21 consecutive years in the playoffs, and were wracked by dissension.",
        "values": [v("year", date="2004"), q(21, unit="year")],
    },
    {
        "doc": "fnc1-train:1020",
        "text": "He tells Josh he's just trying to get enough to buy something to eat and Josh shocks him with the $100.",
        "values": [q(100, unit="USD")],
    },
    {
        "doc": "ecbplus:5_1ecbplus",
        "text": "Cheeks was a second-round draft choice of the 76ers in 1978 and played for 11 seasons with the team.",
        "values": [v("year", date="1978"), q(11, counted="season")],
        "not_values": [num(76)],
    },
    {
        "doc": "ecbplus:31_4ecb",
        "text": "Josh Heytvelt added 15 points and 12 boards in the win for the Bulldogs.",
        "values": [q(15, counted="point"), q(12, counted="board")],
    },
    {
        "doc": "ecbplus:18_9ecbplus",
        "text": "Police officers chased Mr. LaCalamita for about 30 miles at speeds of up to 120 miles an hour on Interstate 75 before apprehending him near Bay City.",
        "values": [
            q(27, 33, unit="mile", qualifier="about"),
            q(None, 120, unit="mile", per="hour", qualifier="up to"),
        ],
        "not_values": [num(75)],
    },
    {
        "doc": "ecbplus:31_13ecb",
        "text": "The record will show this in no small part because at least 20 sportswriters were diligently typing behind the home basket, writing versions of the same words at the very same moment.",
        "values": [q(20, None, counted="sportswriter", qualifier="at least")],
    },
    {
        "doc": "ecbplus:12_15ecb",
        "text": "They are taking the vessels to pirate controlled regions in Somalia, with an estimated 1,500 pirates.",
        "values": [q(1350, 1650, counted="pirate", qualifier="an estimated")],
    },
    {
        "doc": "ecbplus:37_12ecbplus",
        "text": "The epicenter of the quake, which originated six miles beneath the surface, was located 34 miles west of the town of Bireun, near the western coast of Sumatra island, according to the U. S. Geological Survey.",
        "values": [q(6, unit="mile"), q(34, unit="mile")],
        "claimant": "Geological Survey",
    },
    {
        "doc": "fnc1-train:188",
        "text": "The Mirror and NT News reported that the biggest wels catfish ever recorded was a 9.1-footer from the Po Delta, but they differ on its weight—one reporting it as 308 pounds, the other as 317 pounds.",
        "values": [q(308, unit="pound"), q(317, unit="pound")],
        "claimant": "NT News",
    },
    {
        "doc": "ecbplus:7_8ecb",
        "text": "The champion finished the job 44 seconds into the seventh round when he followed up a left jab with a hook over the top to put Rahman in the corner before referee Tony Weeks stepped in to stop the fight.",
        "values": [q(44, unit="second"), v("ordinal", low=7)],
    },
    {
        "doc": "newswcl50:5_M",
        "text": "A petition signed by more than 1.8 million people last year urging the British government to cancel any state visit triggered a debate in Parliament.",
        "values": [
            q(1.8e6, None, counted="person", qualifier="more than"),
            v("year", relative=True, date=None),
        ],
    },
    {
        "doc": "ecbplus:41_9ecbplus",
        "text": "The bombs did not do any damage and, according to Isaacs, one bomb landed just 5 feet away from a boy, but did not explode.",
        "values": [q(5, unit="foot", qualifier="just")],
        "claimant": "Isaacs",
        "negated": True,
    },
    {
        "doc": "ecbplus:31_8ecbplus",
        "text": "Doug McDermott put on a show as usual, scoring 23 points and becoming the school's all-time leader in points scored.",
        "values": [q(23, counted="point")],
    },
    {
        "doc": "fnc1-train:1923",
        "text": "The story went global on Thursday, generating hundreds of stories online.",
        "values": [v("magnitude", low=200, high=999, counted="story")],
    },
    {
        "doc": "ecbplus:44_6ecb",
        "text": "EDS has about 50 employees in Building 6000 at the South Charleston Technology Park.",
        "values": [q(45, 55, counted="employee", qualifier="about")],
        "not_values": [num(6000), v("year", low=6000)],
    },
    {
        "doc": "ecbplus:31_4ecb",
        "text": "Jerel McNeal posted 16 points for the Golden Eagles (14-2, 3-0 Big East), winners in six straight games.",
        "values": [q(16, counted="point"), q(6, counted="game")],
    },
    {
        "doc": "ecbplus:29_10ecb",
        "text": "Manning connected with Dominic Rhodes on a 10-yard scoring pass in the third quarter, which was countered by Montell Owens's two-yard run to give the Jaguars a 24-14 lead.",
        "values": [q(10, unit="yard"), q(2, unit="yard"), v("ordinal", low=3)],
    },
    {
        "doc": "fnc1-train:969",
        "text": "(IraqiNews.com) On Monday several Members of Parliament from Diwaniyah Province confirmed that ISIS killed over 300 soldiers using chlorine gas for the first time in Saqlawiyah, north of Fallujah.",
        "values": [q(300, None, counted="soldier", qualifier="over")],
    },
    {
        "doc": "ecbplus:36_3ecb",
        "text": "About 800 people live in the community in southeastern B.C., where members of the Fundamentalist Church of Jesus Christ of Latter Day Saints practice multiple marriage.",
        "values": [q(720, 880, counted="person", qualifier="about")],
    },
    {
        "doc": "ecbplus:43_12ecbplus",
        "text": "In a bold move to boost its position in next-generation servers, AMD will acquire low-power server specialist SeaMicro for $334 million, the companies said today.",
        "values": [q(334e6, unit="USD")],
        "claimant": "the companies",
        "modality": "forecast",
    },
    {
        "doc": "fnc1-train:2408",
        "text": "Witnesses reported the flights were at a low altitude and only lasted five to 10 minutes before landing, the Observatory said.",
        "values": [q(5, 10, unit="minute")],
        "claimant": "Observatory",
    },
    {
        "doc": "ecbplus:19_2ecbplus",
        "text": "Since the shooting, over 50 arrests have been made over four nights of protesting where community members are expressing outrage and demanding justice.",
        "values": [q(50, None, counted="arrest", qualifier="over"), q(4, counted="night")],
        "xfail": "'over' before a duration is read as a lower bound; here it means 'during'",
    },
    {
        "doc": "ecbplus:4_11ecb",
        "text": "Soon, with co-author James Swanson, I embarked on the adventure of writing her biography, sitting down with her for hundreds of hours while she told us her story.",
        "values": [v("magnitude", low=200, high=999, unit="hour")],
    },
    {
        "doc": "fnc1-train:500",
        "text": "In a press conference on Monday, al-Bredi revealed that IS have killed 300 Iraqi soldiers with chlorine gas.",
        "values": [q(300, counted="soldier")],
    },
    {
        "doc": "fnc1-train:1376",
        "text": "Nearly a month later, the number had jumped from four terrorists allegedly apprehended to 10.",
        "values": [q(4, counted="terrorist"), q(10)],
        "modality": "hedged",
    },
    {
        "doc": "fnc1-train:537",
        "text": "If the bodies are confirmed to be those of the students, it would be one of the worst slaughters that Mexico has witnessed since the drug war intensified in 2006, leaving 80,000 people dead to date.",
        "values": [q(80000, counted="person"), v("year", date="2006")],
        "not_values": [num(1)],
        "modality": "forecast",
    },
    {
        "doc": "fnc1-test:1696",
        "text": "While the iPhone 6 is outselling the 6 Plus, the larger handset is holding its own in the phablet market, accounting for 41 percent of large-screened smartphone sales in the past three months.",
        "values": [q(41, unit="percent"), q(3, unit="month")],
        "not_values": [num(6)],
    },
    {
        "doc": "fnc1-train:2420",
        "text": "The photo in question appears to show a worker at one such place, sitting in front of what look like around 100 iPhone 5c units.",
        "values": [q(90, 110, qualifier="around")],
        "not_values": [num(1), num(5)],
        "modality": "hedged",
    },
    {
        "doc": "fnc1-train:562",
        "text": "Based on current pricing for Apple's silicon iPhone 6 cases, which come in at $35, Munster sees elastomer Apple Watch straps to start in a similar $29 to $35 range, while leather bands could be priced between $49 to $59.",
        "values": [q(35, unit="USD"), q(29, 35, unit="USD"), q(49, 59, unit="USD")],
        "not_values": [num(6)],
        "modality": "forecast",
    },
    {
        "doc": "fnc1-test:12",
        "text": "A 4-inch version of the iPhone 6 is said to be in development as a replacement for the entry-level iPhone 5c.",
        "values": [q(4, unit="inch")],
        "not_values": [num(6), num(5)],
        "modality": "hedged",
    },
    {
        "doc": "fnc1-train:2349",
        "text": "The University of Westminster was one of the 21 university institutions which have been found to promote gender segregation.",
        "values": [q(21, counted="institution")],
        "not_values": [num(1)],
    },
    {
        "doc": "fnc1-test:1086",
        "text": "Denmark has pledged seven F-16 fighter jets — four operational planes and three reserve jets along with pilots and support staff for 12 months.",
        "values": [q(7), q(4, counted="plane"), q(3, counted="jet"), q(12, unit="month")],
        "not_values": [num(16)],
    },
    {
        "doc": "fnc1-train:2448",
        "text": "He’s also authored six books and his online biography reveals the state-run Xinhua news agency in 2006 identified him as the No. 1 “anti-China expert” in the world.",
        "kind": "figure",
        "values": [q(6, counted="book"), v("year", date="2006")],
        "not_values": [num(1)],
    },
    {
        "doc": "fnc1-train:1865",
        "text": "Jihadists have stolen several commercial jetliners in Libya, raising concerns with intelligence officials about 9/11-style terror strikes as the 13th anniversary approaches, some reports say.",
        "values": [v("magnitude", low=3, high=9, counted="jetliner"), v("ordinal", low=13)],
        "not_values": [num(9), num(11)],
        "claimant": "some reports",
    },
    {
        "doc": "newswcl50:6_R",
        "text": "Kenia Elizabeth Avila, 35, appeared shaken after the volunteer attorneys told her Friday that temperatures may be cold in temporary holding cells and that she could be separated from her three children, ages 10, 9 and 4.",
        "values": [v("age", low=35), q(3, counted="child"), v("age", low=10)],
        "modality": "hedged",
    },
    {
        "doc": "ecbplus:22_12ecbplus",
        "text": "Police identified the victims as Tanya Renee Wilson, 47; LaTonya Sharon Brown, 36; and Bryant A. Dalton, 39, all of Philadelphia.",
        "values": [v("age", low=47), v("age", low=36), v("age", low=39)],
    },
    {
        "doc": "fnc1-train:551",
        "text": "Abdel Majed Abdel Bary, a 23-year-old London hip-hop artist, has emerged as one of the main suspects in the investigation into the beheading of journalist James Foley, London's Sunday Times quoted counterterrorism officials.",
        "values": [v("age", low=23)],
        "not_values": [num(1), num(23)],
    },
    {
        "doc": "fnc1-train:551",
        "text": "The Mirror reported that Abu Hussain Al-Britani, 20, a computer hacker from Birmingham, and Abu Abdullah al-Britani, 23, from Portsmouth, are also being investigated.",
        "values": [v("age", low=20)],
        "claimant": "The Mirror",
    },
    {
        "doc": "fnc1-train:444",
        "text": "Police said the woman had been identified as 24-year-old Li Zhenghua.",
        "values": [v("age", low=24)],
        "claimant": "Police",
    },
    {
        "doc": "fnc1-test:2083",
        "text": "A 9-year-old girl gave this heartfelt letter to her teacher after he came out as gay http://t.co/8ZErlBCfuS pic.twitter.com/JFfIRBnX4P",
        "values": [v("age", low=9)],
        "not_values": [num(8)],
    },
    {
        "doc": "ecbplus:14_6ecb",
        "text": "They were initially sent to Banstead Baptist Church after the blaze broke out about 8.40pm.",
        "values": [v("time", low=20 + 40 / 60)],
        "not_values": [num(8.4)],
    },
    {
        "doc": "ecbplus:12_6ecb",
        "text": "The skipper of the Ethiopian vessel, sailing 150 nautical miles west of Aden, radioed a message at around 11 am (IST) saying that pirates had brought his ship under heavy fire.",
        "values": [q(150), v("time", low=11)],
        "not_values": [num(11)],
    },
    {
        "doc": "ecbplus:5_10ecbplus",
        "text": "Maurice Cheeks was officially introduced as the 21st head coach of the 76ers.",
        "values": [v("ordinal", low=21)],
        "not_values": [num(21), num(76)],
    },
    {
        "doc": "fnc1-train:2031",
        "text": "Vogue was one of the first glossy titles to move into Condé’s new downtown headquarters, but the rodents seemed to have beaten Wintour and her team to the tower’s 25th and 26th floors.",
        "values": [v("ordinal", low=25), v("ordinal", low=26)],
        "not_values": [num(1), num(25)],
        "modality": "hedged",
    },
    # --- multipliers and changes ---------------------------------------------------------------
    {
        "doc": "fnc1-train:10",
        "text": "Amazon had only 2.6 percent of downstream traffic, but its share has more than doubled in the past 18 months, Sandvine said.",
        "values": [
            q(2.6, unit="percent", qualifier="only"),
            v("multiplier", low=2),
            q(18, unit="month"),
        ],
        "claimant": "Sandvine",
    },
    {
        "doc": "fnc1-train:906",
        "text": "Obesity rates in America have more than doubled over the last 2 decades and has become the leading public health issue in the U.S.",
        "values": [v("multiplier", low=2), q(2, unit="decade")],
    },
    {
        "doc": "fnc1-train:1978",
        "text": "Plant’s share alone would have nearly tripled his current, already-formidable net worth, which is reported at $170 million.",
        "values": [v("multiplier", low=3), q(170e6, unit="USD")],
    },
    {
        "doc": "basil:b7021938-ff8d-42ea-adec-5704c0b65237_1",
        "text": "Schiff, a vocal critic of the president, has doubled down on his claim that Trump and his administration colluded with foreign powers despite Mueller’s findings.",
        "not_values": [v("multiplier")],
    },
    {
        "doc": "fnc1-train:186",
        "text": "Wilson reportedly says that seconds after their first encounter, he received the police dispatch call reporting the strong-arm robbery and then doubled-back to confront the two.",
        "not_values": [v("multiplier")],
        "modality": "hedged",
    },
    {
        "doc": "basil:b7021938-ff8d-42ea-adec-5704c0b65237_3",
        "text": "Schiff, in response to his critics, doubled down on his questions about the special counsel’s investigation, which indicted more than 30 people ― including several close to Trump.",
        "values": [q(30, None, counted="person", qualifier="more than")],
        "not_values": [v("multiplier")],
    },
    {
        "doc": "basil:9879bbc0-eab3-482f-bf6b-a4b519393986_1",
        "text": "It steadily climbed to $1.6 billion in fiscal 2010.",
        "values": [q(1.6e9, unit="USD"), v("year", date="2010")],
        "not_values": [v("change")],
    },
    # --- money and vague amounts in BASIL ------------------------------------------------------
    {
        "doc": "basil:76810849-0335-4ad3-9eaf-f0d9c5baceb6_2",
        "text": "Mr. Obama said Sunday’s massacre, by a gunman with a handgun and an assault weapon, is another brutal reminder of how easy it is for someone to slaughter dozens.",
        "values": [v("magnitude", low=24, high=99), v("date", date="2016-06-12")],
        "claimant": "Obama",
    },
    {
        "doc": "basil:6e502405-bc90-4416-a787-3122918aa648_2",
        "text": "Among Mrs. Clinton’s disclosures Friday was that she was paid $9.68 million in 2013 for 41 speeches, all in the United States except for two in Toronto.",
        "values": [
            q(9.68e6, unit="USD"),
            v("year", date="2013"),
            q(41, counted="speech"),
            v("date", date="2015-07-31"),
        ],
    },
    {
        "doc": "basil:06ffda2d-1caf-45ba-99e2-268aac1bf0e1_3",
        "text": "Farenthold used $84,000 in taxpayer funds to settle a sexual harassment lawsuit his former communications director, Lauren Greene, had filed in 2014, Politico reported in December.",
        "values": [q(84000, unit="USD"), v("year", date="2014"), v("date", date="2017-12")],
        "claimant": "Politico",
    },
    {
        "doc": "basil:450755dd-30d3-478b-933e-917be5c384ba_3",
        "text": "But as protests against Chick-fil-A swelled across the country, dozens of groups and prominent individuals joined in support of the company.",
        "values": [v("magnitude", low=24, high=99, counted="group")],
    },
    {
        "doc": "basil:06ffda2d-1caf-45ba-99e2-268aac1bf0e1_1",
        "text": "Farenthold pledged to repay the $84,000 in taxpayer money spent to settle the claim.",
        "values": [q(84000, unit="USD")],
    },
    {
        "doc": "basil:aab91277-8d56-4844-a581-45630f873f49_3",
        "text": "He told The Washington Post that he met with a Russian national who wanted to sell Trump damaging information on Hillary Clinton for a sum of $2 million.",
        "values": [q(2e6, unit="USD")],
    },
    {
        "doc": "basil:a4edca3f-931f-4785-8c3f-f3d8fa84cbec_2",
        "text": "Finally, in December, dozens of boxes filled with 50,000 pages of printed emails from Mrs. Clinton’s personal account were delivered to the State Department.",
        "values": [
            v("date", date="2014-12"),
            v("magnitude", low=24, high=99, counted="box"),
            q(50000, counted="page"),
        ],
    },
    {
        "doc": "basil:ee05c9b3-529c-4268-ad72-19bd34f7197e_2",
        "text": "But Brat unseated the House majority leader with 56 percent of the vote.",
        "values": [q(56, unit="percent", counted="vote")],
    },
    {
        "doc": "basil:3ae35b16-7f7f-4a5e-9f24-5ce724106a73_1",
        "text": "The Trump administration also plans to take executive action to move about $200 million from the Department of Homeland Security and another $600 million from the Treasury Department’s asset forfeiture account.",
        "values": [q(180e6, 220e6, unit="USD", qualifier="about"), q(600e6, unit="USD")],
        "modality": "forecast",
    },
    {  # the clause after ", but" has a frame of its own, and its own mention
        "doc": "basil:74708dbf-5dfc-4c66-8419-d7dbc00e4a06_1",
        "text": "but he has not yet said whether he will try to rebuild his frayed coalition and fight for the chance to lead the party into the 2012 election cycle.",
        "values": [v("year", date="2012")],
        "negated": True,
        "modality": "forecast",
    },
    {
        "doc": "basil:eb17fa36-89f2-4d0b-8133-7bb4682228e1_2",
        "text": "His lawyer said then that the congressman intended to cooperate fully and had already repaid about $60,000 to his campaign to correct for mistaken payments for personal items.",
        "values": [q(54000, 66000, unit="USD", qualifier="about")],
    },
    {
        "doc": "basil:3ae35b16-7f7f-4a5e-9f24-5ce724106a73_3",
        "text": "The spending package passed Thursday by Congress included none of the $5.7 billion that Mr. Trump demanded for 234 miles of steel wall. Instead, it provided $1.375 billion for about 55 miles of fencing.",
        "values": [
            q(5.7e9, unit="USD"),
            q(234, unit="mile"),
            q(1.375e9, unit="USD"),
            q(49.5, 60.5, unit="mile", qualifier="about"),
            v("date", date="2019-02-14"),
        ],
    },
    {
        "doc": "basil:005a2961-0c2e-4575-8eec-770ba52a08e0_3",
        "text": "A national NBC/WSJ poll released yesterday shows Trump tied for 2nd with Mike Huckabee in the 2012 GOP primary field at 17 percent (Mitt Romney leads the pack at 21 percent).",
        "values": [
            v("date", date="2011-04-06"),
            v("ordinal", low=2),
            v("year", date="2012"),
            q(17, unit="percent"),
            q(21, unit="percent"),
        ],
    },
    {
        "doc": "basil:b4dbeda7-a1f3-4711-ae77-db23809d1ed2_1",
        "text": "The flight is ultimately going to be $1 million, the official said - a media-tracking source said about $400,000 has been placed so far.",
        "values": [q(1e6, unit="USD"), q(360000, 440000, unit="USD", qualifier="about")],
        "claimant": "the official",
        "xfail": "the sentence sits inside a quotation credited to Politico; nested attribution is not modelled",
    },
    {
        "doc": "basil:3ae35b16-7f7f-4a5e-9f24-5ce724106a73_2",
        "text": "But the deal would provide only a fraction of Trump’s originally proposed figure of $5.7 billion for border security and construction of a wall or physical barrier along the southern border.",
        "values": [q(5.7e9, unit="USD")],
        "modality": "forecast",
    },
    {
        "doc": "basil:ae243a95-b2c2-410c-9e2b-b083b4b8eb48_2",
        "text": "Another idea that has been kicking around over the last few weeks — proposed by some Democrats — is raising the expiration income ceiling to households with at least $1 million in income.",
        "values": [q(1e6, None, unit="USD", qualifier="at least")],
    },
    {
        "doc": "basil:f506aafc-8b43-427a-936e-bbd1ef33e076_2",
        "text": "Court papers released by federal prosecutors on Wednesday provided new details about how Mr. Jackson and his wife used the $750,000 in campaign money to finance their lavish lifestyle.",
        "values": [q(750000, unit="USD"), v("date", date="2013-02-20")],
    },
    {
        "doc": "basil:85475456-f38e-4c30-895d-ca2c819c6af1_3",
        "text": "-In the past twenty years, Dick has attended literally hundreds of vets events, debates, news conferences where he was clear, honest, and proud about his service in the Marine Corps Reserve.",
        "values": [q(20, unit="year"), v("magnitude", low=200, high=999)],
    },
    {
        "doc": "basil:72fa9b13-4e59-4716-8df9-4c3580e7dddf_3",
        "text": "His age, 75, could be problematic, they said, given that F.B.I. directors serve 10-year terms.",
        "values": [v("age", low=75), q(10, unit="year")],
        "modality": "forecast",
    },
    {
        "doc": "basil:2f3e86b6-8443-47bd-9cd3-491c90a59fe9_3",
        "text": "The Disclose Act, part of the bill, would require super PACs and nonprofit organizations that spend money in elections to disclose the names of donors who contribute more than $10,000.",
        "values": [q(10000, None, unit="USD", qualifier="more than")],
        "modality": "forecast",
    },
    {
        "doc": "basil:70c75d68-bf65-46a6-a822-15c23d77a275_3",
        "text": "Trump is offering a three-year extension for the Obama-era Deferred Action for Childhood Arrivals program, which protects from deportation hundreds of thousands of immigrants brought to the U.S. as kids.",
        "values": [q(3, unit="year"), v("magnitude", low=200000, high=999999, counted="immigrant")],
    },
    # --- dates, absolute and relative ----------------------------------------------------------
    {
        "doc": "fnc1-train:60",
        "text": "The video also shows a second man on his knees, who is named as Steven Sotloff, another American journalist, who was kidnapped in Syria in August 2013.",
        "kind": "date",
        "values": [v("date", date="2013-08")],
        "not_values": [num(2)],
    },
    {
        "doc": "ecbplus:5_1ecbplus",
        "text": "Cheeks, who was fired March 2 as head coach of the Portland Trail Blazers, is the fourth head coach since King took over as the team's president and general manager on May 26, 2003.",
        "kind": "date",
        "values": [
            v("date", date="--03-02", relative=True),
            v("date", date="2003-05-26"),
            v("ordinal", low=4),
        ],
    },
    {
        "doc": "ecbplus:5_1ecbplus",
        "text": "Under Cheeks' guidance, the Blazers made the playoffs in 2002 and 2003, but did not get out of the first round.",
        "kind": "date",
        "values": [v("year", date="2002"), v("year", date="2003"), v("ordinal", low=1)],
        "negated": True,
    },
    {
        "doc": "fnc1-train:906",
        "text": "Circulating report claims that from January 1st 2015, McDonald's will stop serving overweight customers in an effort to battle increasing obesity rates.",
        "values": [v("date", date="2015-01-01")],
        # a claim passed on as a claim ("report claims that") is hedged, whatever its tense
        "modality": "hedged",
    },
    {
        "doc": "fnc1-train:1079",
        "text": "The source also told Fox News that the FBI had opened a crisis file shortly after Foley was kidnapped in northern Syria in November 2012 that included signals intelligence and interviews with former hostages.",
        "values": [v("date", date="2012-11")],
        "claimant": "The source",
    },
    {
        "doc": "fnc1-train:1688",
        "text": "In 2011, the magazine was firebombed after it ran a cartoon depicting the Prophet Muḥammad.",
        "kind": "date",
        "values": [v("year", date="2011")],
    },
    {
        "doc": "ecbplus:12_6ecb",
        "text": 'It was in November that the government authorized the navy to undertake "hot pursuit" of pirates in the territorial waters of Somalia, which descended into anarchy in 1991.',
        "values": [v("year", date="1991"), v("date", relative=True, date=None)],
    },
    {
        "doc": "newswcl50:9_L",
        "text": "The White House did not assert that the files demonstrated that Iran was in violation of the 2015 agreement.",
        "values": [v("year", date="2015")],
        "negated": True,
    },
    {
        "doc": "fnc1-train:1751",
        "text": "Batman v Superman: Dawn of Justice will open in theaters on March 25, 2016.",
        "kind": "date",
        "values": [v("date", date="2016-03-25")],
        "modality": "forecast",
    },
    {
        "doc": "ecbplus:36_3ecb",
        "text": "That investigation was completed in September 2006 and recommendation was made to Crown for charges to be laid.",
        "values": [v("date", date="2006-09")],
    },
    {
        "doc": "newswcl50:7_LL",
        "text": "A source familiar with the decision said there would be no further extensions beyond June 1 to stave off tariffs.",
        "values": [v("date", date="--06-01", relative=True)],
        "negated": True,
        "claimant": "source familiar",
    },
    {
        "doc": "newswcl50:4_LL",
        "text": "Last October, he refused to certify that Iran was in compliance, bringing about the new, May 12 deadline about whether to re - impose sanctions.",
        "values": [v("date", relative=True, date=None), v("date", date="--05-12", relative=True)],
        "negated": True,
    },
    {
        "doc": "newswcl50:4_LL",
        "text": "The 2015 deal Obama’s State Department reached with Iran forced that nation to dismantle its nuclear enrichment program for at least a decade in return for the suspension of some economic sanctions.",
        "values": [v("year", date="2015")],
    },
    {
        "doc": "ecbplus:36_3ecbplus",
        "text": "Police had raided the group's remote West Texas ranch in April 2008, finding women dressed in frontier-style dresses and hairdos from the 19th century as well as seeing underage girls who were clearly pregnant.",
        "values": [v("date", date="2008-04"), v("ordinal", low=19)],
    },
    {
        "doc": "fnc1-train:2196",
        "text": "Believed to be one of the largest of its kind ever caught, the creature was pulled from the river on Feb 19 with a rod and line after a battle lasting 40 minutes.",
        "values": [v("date", date="--02-19", relative=True), q(40, unit="minute")],
        "not_values": [num(1)],
        "modality": "hedged",
    },
    {
        "doc": "basil:c99adbdd-eaf3-4844-9548-2642e80de4e2_2",
        "text": "McCarthy, 49, began gathering commitments from other House Republicans on Wednesday, the day after then-Majority Leader Eric Cantor (R-Va.) suffered a stunning loss in the primary for his seat.",
        "values": [v("age", low=49), v("date", date="2014-06-11")],
    },
    {
        "doc": "basil:b7021938-ff8d-42ea-adec-5704c0b65237_1",
        "text": "Every Republican on the House Intelligence Committee on Thursday demanded Rep. Adam Schiff step down as chairman over the California Democrat’s repeated claims to have evidence of Trump-Russia collusion.",
        "kind": "date",
        "values": [v("date", date="2019-03-28")],
    },
    {
        "doc": "basil:b5eefefb-2a33-45de-abe1-f855c94165f4_1",
        "text": "But it was the vice president who set the aggressive tone, blatantly striving to hit the reset after President Obama was panned for his lackluster performance at last week's opening debate.",
        "values": [v("date", date="2012-W40")],
    },
    {
        "doc": "basil:1f99798f-2b60-4ecb-b5f4-4aa7991e8ace_3",
        "text": "FBI officials said they believed the package to be related to the others mailed out this week.",
        "values": [v("date", date="2018-W43")],
        "claimant": "FBI officials",
    },
    {
        "doc": "basil:45bd61bc-c356-4450-9e3a-cbfc862b09fd_2",
        "text": "Burton said Monday that the president weighed in as part of a constitutional discussion.",
        "values": [v("date", date="2010-08-16")],
        "claimant": "Burton",
    },
    {
        "doc": "basil:ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a_2",
        "text": "Johnson said there were six arrests Wednesday, compared to 47 the previous night.",
        "values": [q(6, counted="arrest"), q(47), v("date", date="2014-08-20")],
        "claimant": "Johnson",
    },
    {
        "doc": "basil:c99adbdd-eaf3-4844-9548-2642e80de4e2_1",
        "text": "The Senate last year passed a sweeping bipartisan immigration reform bill that both tightened border security and provided a path to legal status for undocumented immigrants who meet a strict set of criteria.",
        "kind": "date",
        "values": [v("year", date="2013")],
    },
    {
        "doc": "basil:d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2",
        "text": "Patrick on Wednesday was asked to reflect on the fact that eight years ago, the highest black official in the state was Suffolk County D.A. Ralph Martin.",
        "values": [v("date", date="2013-01-30"), v("year", date="2005")],
    },
    {
        "doc": "basil:1f99798f-2b60-4ecb-b5f4-4aa7991e8ace_3",
        "text": "The FBI said Friday that the package for Booker was found in a Florida mail facility.",
        "values": [v("date", date="2018-10-26")],
        "claimant": "FBI",
    },
    {
        "doc": "basil:2153fb3e-6b09-410c-bfea-d095c49a54ba_2",
        "text": "The House resolution on the national motto passed Tuesday was introduced by Rep. Randy Forbes, R-Va., and considered under an expedited floor procedure.",
        "values": [v("date", date="2011-11-01")],
    },
    # --- numbers that are not counts -----------------------------------------------------------
    {
        "doc": "fnc1-train:1738",
        "text": "Some iPhone 6 owners reported getting their hair snagged when holding the phone to their face, and they claim that the seam between the aluminium and glass screen is catching hairs and tearing them out, the Daily Mail reported earlier this week.",
        "not_values": [v("quantity")],
        "claimant": "Daily Mail",
    },
    {
        "doc": "fnc1-test:2222",
        "text": "The new phone is rumored to be replacing the iPhone 5c model.",
        "not_values": [v("quantity")],
    },
    {
        "doc": "fnc1-test:2105",
        "text": "If you or someone you know is in need of crisis or suicide prevention support, please call Lifeline on 13 11 14 or visit www.lifeline.org.au/gethelp",
        "not_values": [v("quantity")],
    },
    {
        "doc": "fnc1-test:2510",
        "text": "Contact Dana Hull at 408-920-2706.",
        "not_values": [v("quantity")],
    },
    {
        "doc": "fnc1-test:1493",
        "text": "For confidential support on any issue call the Samaritans on 08457 90 90 90, visit a local Samaritans branch or visit www.samaritans.org",
        "not_values": [v("quantity")],
    },
    {
        "doc": "fnc1-train:1983",
        "text": "As MacRumors points out, the site has been reliable in the past, accurately reporting the dimensions of both the iPhone 6 and 6 Plus.",
        "not_values": [v("quantity")],
    },
    {
        "doc": "fnc1-train:2280",
        "text": "So it's hard for him to understand how his Ford F-250 pickup truck - including his logo for Mark-1 Plumbing and his phone number - wound up being in a photo posted on Twitter by the extremist Ansar al-Deen Front from the front lines of the war in Syria.",
        "not_values": [v("quantity")],
    },
    {
        "doc": "fnc1-train:578",
        "text": "Mr. Obama was briefed about the video by Benjamin J. Rhodes, the deputy national security adviser, on Air Force One as he returned to Martha’s Vineyard, according to Eric Schultz, the deputy White House press secretary.",
        "not_values": [v("quantity")],
        "claimant": "Eric Schultz",
    },
    {
        "doc": "fnc1-train:2511",
        "text": "During the telecast anchor Lester Holt said hello to the No. 1 Weather Channel meteorologist who was in Sugar Mountain, but his back was turned to the camera.",
        "not_values": [v("quantity")],
    },
    {
        "doc": "fnc1-train:119",
        "text": "Information from: The Galveston County Daily News, http://www.galvnews.com",
        "not_values": [v("quantity"), v("year")],
    },
    {
        "doc": "basil:59f2f47c-5da0-4fbc-be6e-4f15d45d82e2_3",
        "text": "The photo features Mrs. Trump sprawled out naked on a fur rug inside a Boeing 727.",
        "not_values": [v("quantity")],
    },
    {
        "doc": "basil:526cabb7-02a3-4adb-8e90-ec781c40c498_3",
        "text": '"[We worked] 24/7 for the past month.',
        "not_values": [v("quantity")],
    },
    {
        "doc": "ecbplus:9_11ecbplus",
        "text": "In March, President Barack Obama directed the secretaries to review the previous administration's Section 7 regulation of the Endangered Species Act, which governs interagency consultation.",
        "not_values": [v("quantity")],
        "values": [v("date", relative=True, date=None)],
    },
    {
        "doc": "fnc1-train:2168",
        "text": "Kurdish fighters tweeted messages of appreciation along with photos that apparently show that some of the air-dropped cargo - including M-16 guns and medical supplies - did reach its intended recipients.",
        "not_values": [v("quantity")],
        "modality": "hedged",
    },
    # --- quotes: speakers, roles, pronouns, continuations ---------------------------------------
    {
        "doc": "basil:b764f81f-6d08-4d7c-b1a8-8961bed0a455_2",
        "text": "“Marijuana flows from this gap into neighboring states,” the suit says, undermining their marijuana bans, “draining their treasuries, and placing stress on their criminal justice systems.”",
        "kind": "quote",
        "speaker": "Nebraska and Oklahoma",  # a document speaks for its author: "the lawsuit from ..."
    },
    {
        "doc": "basil:97b1305c-13ca-4b74-a56a-f459bd79dfaf_2",
        "text": 'The resolution initially said the NAACP would "repudiate the racism of the Tea Parties" and stand against the movement\'s attempt to "push our country back to the pre-civil rights era," though the wording was amended to downplay criticism of all Tea Partiers while asking them to repudiate bigots in their own ranks.',
        "kind": "quote",
        "speaker": "NAACP",  # "The NAACP adopted a resolution Tuesday ..."
    },
    {
        "doc": "basil:a28a0329-0887-42dc-bd3d-3bb4f8926757_2",
        "text": "“We always hear members of Congress talking about swearing an oath to represent their constituents, when in reality the only oath we take is to the Constitution,” explained newly-minted Speaker John Boehner to the Post.",
        "kind": "quote",
        "speaker": "John Boehner",  # a lower-case modifier between an inverted verb and the name
    },
    {
        "doc": "basil:e71d149d-0426-43f0-87e8-8c611dad7205_1",
        "text": "A short letter from Trump's hand-picked Attorney General is not sufficient,” Sen. Kamala Harris of California wrote on Twitter Sunday.",
        "kind": "quote",
        "speaker": "Kamala Harris",  # not "California"
    },
    {
        "doc": "basil:7f9c83f7-3efa-4c7a-adef-3ebdeda96042_3",
        "text": 'In Wednesday\'s speech the senator also took a swipe at Democratic presidential hopeful Hillary Clinton, calling her tenure as secretary of state "ineffective at best and dangerously negligent at worst."',
        "kind": "quote",
        "speaker": "Rubio",  # "calling" has the main clause's subject, "the senator"; Clinton is the one called
    },
    {
        "doc": "basil:e71d149d-0426-43f0-87e8-8c611dad7205_1",
        "text": "It was a similar call from Sen. Amy Klobuchar of Minnesota, who tweeted that “AG Barr's summary 4-pg letter",
        "kind": "quote",
        "speaker": "Klobuchar",  # the relative clause introduces the quotation (not the previous quote's Booker)
    },
    {
        "doc": "basil:70c75d68-bf65-46a6-a822-15c23d77a275_1",
        "text": 'Another leading Dem, Sen. Kristen Gillibrand of New York, who announced her White House bid on Jan. 15 in an episode of "The Late Show with Stephen Colbert," said Trump\'s offer was a "bad deal."',
        "kind": "quote",
        "speaker": "Gillibrand",  # "said Trump's offer was": Trump owns what was said about
    },
    {
        "doc": "basil:df5fe55a-dfcb-4817-8631-830f47c21a72_1",
        "text": "Close to three dozen House Democrats have signed a letter from Representative Peter Welch, Democrat of Vermont, calling the tax deal “fiscally irresponsible” and “grossly unfair.”",
        "kind": "quote",
        "speaker": "House Democrats",  # not "Close" (a count's approximation) nor "Democrat" (Welch's role)
    },
    {
        "doc": "newswcl50:0_L",
        "text": "He described North Korea in language worlds away from the speech he gave in November in Seoul, when he called it cruel and barbaric,",
        "kind": "quote",
        "speaker": "Trump",  # the later "he" is the "He" opening the sentence, not North Korea between
    },
    {
        "doc": "basil:1bb79cc1-5d69-4136-a23d-6dbd300cbf25_1",
        "text": "“The seemingly political nature of the State Department’s concerns raises questions about the motivations behind these changes and who at the State Department was seeking them,” said Brendan Buck, a spokesman for Speaker John A. Boehner.",
        "kind": "quote",
        "speaker": "Brendan Buck, a spokesman for Speaker John A. Boehner",  # the role runs past an initial
    },
    {
        "doc": "basil:d4a4bc34-e48b-4485-86b2-f1daf4d464dd_1",
        "text": "“And it’s going to be completely useless.”",
        "kind": "quote",
        "speaker": "Calderón",  # continues the quotation attributed by the sentence before it
    },
    {
        "doc": "basil:97b1305c-13ca-4b74-a56a-f459bd79dfaf_3",
        "text": '"They are pulling people together and focusing on the negative, and then it\'s hard to make anything positive out of that," said Anita L. Russell, president of the Kansas City, Mo., branch of the NAACP, which introduced the resolution.',
        "kind": "quote",
        "speaker": "branch of the NAACP",  # the role runs past the "City, State," of the branch
    },
    {
        "doc": "basil:70c75d68-bf65-46a6-a822-15c23d77a275_2",
        "text": "Speaker Nancy Pelosi rejected it even before Mr. Trump spoke, and Senator Chuck Schumer, the Democratic leader, denounced the offer as “not a compromise but more hostage taking.”",
        "kind": "quote",
        "speaker": "Schumer",  # "denounced the offer as “...”": the judge's words
    },
    {
        "doc": "basil:e71d149d-0426-43f0-87e8-8c611dad7205_2",
        "text": "Any attempt by the Trump Administration to cover up the results of this investigation into Russia’s attack on our democracy would be unacceptable.”",
        "kind": "quote",
        "speaker": "Warner",  # a paragraph closing the quotation the one before left open
    },
    {
        "doc": "ecbplus:18_5ecbplus",
        "text": "Very, very, very subdued, ” the sheriff said.",
        "kind": "quote",
        "speaker": "Pickell",  # the same, one sentence a line
    },
    {
        "doc": "basil:a4f1d515-d7d9-4319-b2e0-4d56e9d45554_3",
        "text": '"We disclose user data to government in accordance with the law, and we review all such requests carefully," the spokesperson said.',
        "kind": "quote",
        "speaker": "spokesperson for Google",  # "the spokesperson" = "A spokesperson for Google" before
    },
    {
        "doc": "fnc1-train:1728",
        "text": '"It\'s a fake account," the spokesperson said.',
        "kind": "quote",
        "speaker": "Fox News spokesperson",
    },
    {
        "doc": "fnc1-train:2178",
        "text": "And Comcast dismisses the rumor as “wildly inaccurate.”",
        "kind": "quote",
        "speaker": "Comcast",
    },
    {
        "doc": "basil:33521e65-12da-4521-b132-7b606243b0e4_1",
        "text": 'After reporter Michael Scotto finished his report, Grimm stormed back, leaned into him and said, "Let me be clear to you.',
        "kind": "quote",
        "speaker": "Grimm",  # the name opening the clause, not the one inside the opening phrase
    },
    {
        "doc": "basil:3ae35b16-7f7f-4a5e-9f24-5ce724106a73_3",
        "text": "“It didn’t sound too important to me,” he said.",
        "kind": "quote",
        "speaker": "Trump",  # "he" = the subject "The president" of a sentence before
    },
    {
        "doc": "basil:4f473faf-f928-4cfd-8bed-00578be9db9a_1",
        "text": "“I support religious liberty, and I support this law,” the governor said.",
        "kind": "quote",
        "speaker": "Pence",  # a role resolved to the person the article gave it: "Gov. Mike Pence"
    },
    {
        "doc": "basil:06ffda2d-1caf-45ba-99e2-268aac1bf0e1_3",
        "text": "“I had no idea how to run a congressional office,” the four-term congressman said in December.",
        "kind": "quote",
        "speaker": "Farenthold",  # "congressman" is the role of "Rep."; "four-term" describes him
    },
    {
        "doc": "basil:c9e4d35f-aeae-462b-a8bf-e08d09a93b6e_2",
        "text": "The president himself responded on Twitter late Friday, calling the special counsel’s statement “a very sad day for journalism, but a great day for our Country!”",
        "kind": "quote",
        "speaker": "Trump",
    },
    {
        "doc": "basil:b5eefefb-2a33-45de-abe1-f855c94165f4_1",
        "text": "Biden was quick to retort: \"With all due respect, that's just a bunch of malarkey.",
        "kind": "quote",
        "speaker": "Biden",  # no reporting verb: the subject of the clause before the colon
    },
    {
        "doc": "basil:472158a1-4e39-4214-8397-904e66f2b4c5_1",
        "text": "“God help us.”",
        "kind": "quote",
        "speaker": "Bloomberg",  # a short quotation that is a sentence of its own continues the last
    },
    {
        "doc": "basil:4f473faf-f928-4cfd-8bed-00578be9db9a_2",
        "text": '"Washington will join other states and cities in opposing this law and I will impose an administration-wide ban on state-funded travel to Indiana."',
        "kind": "quote",
        "speaker": "Inslee",  # not "Murray says the law ...", the next sentence, which says more
    },
    {
        "doc": "basil:2ec04201-2016-4227-baf7-ba8289058203_3",
        "text": "In his interview with Fox News, Ryan also hammered Obama for what he called his “utter failure when it comes to creating jobs.”",
        "kind": "quote",
        "speaker": "Ryan",  # "he" is the subject of its own sentence
    },
    {
        "doc": "basil:005a2961-0c2e-4575-8eec-770ba52a08e0_3",
        "text": 'Of Obama, he said, "I want him to do well.',
        "kind": "quote",
        "speaker": "Trump",  # not "Of Obama": a name after a preposition is not the subject
    },
    {
        "doc": "ecbplus:45_10ecbplus",
        "text": "He is to be sentenced Nov. 8.",
        "modality": "forecast",
    },
    {
        "doc": "ecbplus:14_3ecbplus",
        "text": "Robert Pitman, 24, from the town is due to appear before Taunton Deane Magistrates' Court on Tuesday.",
        "modality": "forecast",
    },
    {
        "doc": "basil:b7021938-ff8d-42ea-adec-5704c0b65237_1",
        "text": "“Undoubtedly, there is collusion,” Schiff told The Washington Post after Attorney General William Barr's four-page summary of Mueller's investigation was released Sunday.",
        "kind": "quote",
        "speaker": "Schiff",
        "claimant": "Schiff",
    },
    {
        "doc": "newswcl50:7_L",
        "text": '" They are worried that another wave of imports could throw the industry back into crisis mode, " Martin Theuringer, the managing director of the German Steel Federation, an industry group, said of European steel makers.',
        "kind": "quote",
        "speaker": "Martin Theuringer",
    },
    {
        "doc": "basil:af4a3f41-eeb5-49fa-a276-e97c230b25f0_3",
        "text": '"I wonder if he can watch a Western from the \'50s and be able to figure out who the good guy and the bad guys really are," Huckabee said.',
        "kind": "quote",
        "speaker": "Huckabee",
    },
    {
        "doc": "newswcl50:1_L",
        "text": '" I hope you can see your way clear to letting this go, to letting Flynn go, " Mr. Trump said, according to the memo.',
        "kind": "quote",
        "speaker": "Trump",
        "claimant": "the memo",
    },
    {
        "doc": "basil:c6a0e65c-4f8b-41de-8200-cd700f683c64_1",
        "text": "“President Trump must demand and secure a real, concrete and comprehensive agreement that the Russians will cease their ongoing attacks on our democracy,” Pelosi said in a statement Friday.",
        "kind": "quote",
        "speaker": "Pelosi",
    },
    {
        "doc": "basil:58f414e5-a122-49f5-819e-512d91069da5_3",
        "text": "Jay Roberts, 60, lives nearby and said the game was “probably one of the few moments with all this rancor and politics that they can have some normalcy.”",
        "kind": "quote",
        "speaker": "Jay Roberts",
        "values": [v("age", low=60)],
        "not_values": [num(1)],
    },
    {
        "doc": "basil:f506aafc-8b43-427a-936e-bbd1ef33e076_2",
        "text": "After the hearing, Mr. Jackson’s lawyer, Reid H. Weingarten, said his client had “come to terms with his misconduct.”",
        "kind": "quote",
        "speaker": "Weingarten",
    },
    {
        "doc": "newswcl50:0_R",
        "text": "\" I'd like to commend Donald's courage in his decision to have the upcoming summit meeting with the North Korean leader, \" Abe said.",
        "kind": "quote",
        "speaker": "Abe",
    },
    {
        "doc": "basil:df5fe55a-dfcb-4817-8631-830f47c21a72_2",
        "text": 'But, in a surprise move, Senate Democrats, meeting behind closed doors to discuss the tax deal, have asked the administration for "changes" to the bill, according to Sen Dick Durbin, D-Ill., the No. 2 Democrat in the chamber.',
        "claimant": "Durbin",
        "not_values": [num(2)],
    },
    {
        "doc": "basil:a28a0329-0887-42dc-bd3d-3bb4f8926757_3",
        "text": '"They are reading it like a sacred text," Rep. Jerrold Nadler, D-N.Y., the former chairman of the House Judiciary subcommittee on the Constitution, Civil Rights and Civil Liberties, told The Washington Post.',
        "kind": "quote",
        "speaker": "Nadler",
    },
    {
        "doc": "basil:472158a1-4e39-4214-8397-904e66f2b4c5_2",
        "text": '"This is just too important to sit out," said Bloomberg, a former Democrat who won New York\'s mayoralty as a Republican in 2001 before leaving the party to become an independent six years later.',
        "kind": "quote",
        "speaker": "Bloomberg",
        "values": [v("year", date="2001"), q(6, unit="year")],
    },
    {
        "doc": "basil:72fa9b13-4e59-4716-8df9-4c3580e7dddf_2",
        "text": "President Trump said Thursday he is “very close” to naming a new FBI director to replace James Comey, and his leading contender is former Democratic Sen. Joe Lieberman.",
        "kind": "quote",
        "speaker": "Trump",
    },
    {
        "doc": "basil:76810849-0335-4ad3-9eaf-f0d9c5baceb6_1",
        "text": "“If we do not get tough and smart real fast, we are not going to have a country anymore,” Trump said in a statement.",
        "kind": "quote",
        "speaker": "Trump",
        "negated": True,
    },
    {
        "doc": "basil:eb17fa36-89f2-4d0b-8133-7bb4682228e1_3",
        "text": "“I don’t think there’s a big wave right now,” Hunter said, referring to a wave of Democratic gains.",
        "kind": "quote",
        "speaker": "Hunter",
        "negated": True,
    },
    {
        "doc": "basil:576116e5-2b18-4d35-be73-36f5863c9468_2",
        "text": "“The longer we wait,” the aide said, “the more difficult it will be to protect current beneficiaries and those who rely on Social Security the most.”",
        "kind": "quote",
        "speaker": "the aide",
    },
    {
        "doc": "basil:1e41e98b-9ac1-441d-b2c2-19d8f730c74a_3",
        "text": "“The solution to this impasse was to separate funding the government from our disagreements over border security,” Schumer said, adding that “we can never hold American workers hostage again.”",
        "kind": "quote",
        "speaker": "Chuck Schumer",
    },
    {
        "doc": "basil:38f7cbb7-5d6a-4c89-bcbd-8e164144172a_2",
        "text": '"If this explanation is as innocent as it looks, I sure don\'t know why it took three months to say so," Toomey said in a statement.',
        "kind": "quote",
        "speaker": "Toomey",
        "values": [q(3, unit="month")],
    },
    {
        "doc": "newswcl50:6_LL",
        "text": '" It\'s overkill, " Thompson told HuffPost. "',
        "kind": "quote",
        "speaker": "Thompson",
    },
    {
        "doc": "basil:8385a996-1afc-4778-a06d-7070a8f19e27_1",
        "text": "“I can’t imagine what this place would be ― I can’t imagine what the country would be ― with Donald Trump as our president,” Ginsburg told The New York Times in an article published Sunday.",
        "kind": "quote",
        "speaker": "Ginsburg",
    },
    {
        "doc": "newswcl50:9_M",
        "text": '" This is a terrible deal, " Netanyahu said. "',
        "kind": "quote",
        "speaker": "Netanyahu",
    },
    {
        "doc": "basil:79bf99c6-6fca-4ce4-8ae1-8771de026142_1",
        "text": '"I believe we must do more than simply paper over the cracks," said Rep. Ruben Gallego of Arizona, one of a handful of House Democrats to endorse Ryan.',
        "kind": "quote",
        "speaker": "Gallego",
        "values": [v("magnitude", low=3, high=9)],
    },
    {
        "doc": "newswcl50:9_LL",
        "text": 'Netanyahu said: " I think the greatest threat to the world and to our two countries, and to all countries, is the marriage of militant Islam with nuclear weapons, and specifically the attempt of Iran to acquire nuclear weapons. "',
        "kind": "quote",
        "speaker": "Netanyahu",
        "values": [q(2, counted="country")],
    },
    {
        "doc": "basil:0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d_3",
        "text": "It’s a “horrific policy,” Mr. Perry said.",
        "kind": "quote",
        "speaker": "Perry",
    },
    {
        "doc": "basil:2ec04201-2016-4227-baf7-ba8289058203_3",
        "text": "The ad says: “You paid in to Medicare for years … now when you need it, Obama has cut $716 billion from Medicare.",
        "kind": "quote",
        "speaker": "Romney campaign",  # "The Romney campaign retorted with an ad of its own"
        "values": [q(716e9, unit="USD")],
    },
    {
        "doc": "basil:542cd22c-ea80-4669-995b-6ac6a33823f7_1",
        "text": "“President Trump and I have talked, and both believe that conservation and healthy herds are critical,” the statement said.",
        "kind": "quote",
        "speaker": "the statement",
    },
    {
        "doc": "basil:08bb9bee-c167-4c17-9c6d-4a1259231eb7_2",
        "text": '"I believe that we can win this," Akin said, citing a "tremendous outpouring of support" from individual donors even as party heavyweights freeze him out.',
        "kind": "quote",
        "speaker": "Akin",
    },
    {
        "doc": "basil:29ffd053-7684-469b-a600-97000579bd01_1",
        "text": "“I am afraid that Chairman Ryan’s budget reflects the values of his favorite philosopher Ayn Rand rather than the gospel of Jesus Christ,” said Father Reese.",
        "kind": "quote",
        "speaker": "Reese",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_1",
        "text": "A spokesman for the Democratic National Committee, Brad Woodhouse, said Mr. Steele was “betting against our troops and rooting for failure in Afghanistan.”",
        "kind": "quote",
        "speaker": "Brad Woodhouse",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_2",
        "text": 'Speaking on ABC\'s "This Week," Sen. John McCain, R-Ariz., said Steele\'s comments were "wildly inaccurate."',
        "kind": "quote",
        "speaker": "McCain",
    },
    {
        "doc": "basil:70c744ad-e950-445c-8a7a-0782b0a7d20b_2",
        "text": "“Most state income tax regimes begin with federal taxable income as the starting point,” Marvin Kirsner, a tax lawyer at Greenberg Traurig, said in an e-mail.",
        "kind": "quote",
        "speaker": "Marvin Kirsner, a tax lawyer at Greenberg Traurig",
    },
    {
        "doc": "basil:ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a_1",
        "text": '"The same kid who got stopped on the New Jersey freeway is now the attorney general of the United States," Holder added.',
        "kind": "quote",
        "speaker": "Holder",
    },
    {
        "doc": "basil:526cabb7-02a3-4adb-8e90-ec781c40c498_1",
        "text": "Representative Jackie Speier, Democrat of California, said Vice President Biden had informed lawmakers during a two-hour briefing on Monday that there are “19 independent steps that the president can take by executive order.”",
        "kind": "quote",
        "speaker": "Speier",
        "values": [q(2, unit="hour"), q(19, counted="step")],
    },
    {
        "doc": "basil:eb17fa36-89f2-4d0b-8133-7bb4682228e1_1",
        "text": "“Family dental bills paid with campaign funds were characterized as a charitable contribution to ‘Smiles for Life,’” the press release from the U.S. Attorney’s Office said as an example.",
        "kind": "quote",
        "speaker": "press release",
        "xfail": "the name inside the description wins: speaker comes out as the U.S. Attorney's Office",
    },
    {
        "doc": "basil:b7021938-ff8d-42ea-adec-5704c0b65237_2",
        "text": "Reading from a letter signed by every Republican member of the committee, Mr. Conaway added, “Your actions both past and present are incompatible with your duties as chairman of this committee.”",
        "kind": "quote",
        "speaker": "Conaway",
    },
    {
        "doc": "basil:526cabb7-02a3-4adb-8e90-ec781c40c498_3",
        "text": 'But I tell you, the only way we can change is if the American people demand it," said Obama.',
        "kind": "quote",
        "speaker": "Obama",
    },
    {
        "doc": "basil:1bb79cc1-5d69-4136-a23d-6dbd300cbf25_3",
        "text": 'Dempsey said: "I would call myself surprised that she didn\'t."',
        "kind": "quote",
        "speaker": "Dempsey",
        "negated": True,
    },
    {
        "doc": "basil:ee05c9b3-529c-4268-ad72-19bd34f7197e_1",
        "text": "“I’m in shock,” said Representative Patrick T. McHenry, Republican of North Carolina.",
        "kind": "quote",
        "speaker": "McHenry",
    },
    {
        "doc": "basil:86e6e27d-1440-4879-8b13-0dd2d89f7281_1",
        "text": "“We shouldn’t be impeaching for a political reason, and we shouldn’t avoid impeachment for a political reason,” Ms. Pelosi said.",
        "kind": "quote",
        "speaker": "Pelosi",
        "negated": True,
    },
    {
        "doc": "basil:70c75d68-bf65-46a6-a822-15c23d77a275_2",
        "text": "Calling the wall “a powerful and beautifully designed see-through steel barrier on our southern border,” Mr. Trump said: “This is not a 2,000-mile concrete structure from sea to sea.",
        "kind": "quote",
        "speaker": "Trump",
        "values": [q(2000, unit="mile")],
    },
    {
        "doc": "basil:7f9c83f7-3efa-4c7a-adef-3ebdeda96042_1",
        "text": 'Rubio said, after his speech, in a question-and-answer session with TV host Charlie Rose, that "Obama has embraced regimes that systematically opposed our principles."',
        "kind": "quote",
        "speaker": "Rubio",
    },
    {
        "doc": "basil:005a2961-0c2e-4575-8eec-770ba52a08e0_3",
        "text": 'Trump said that if the current fight over budget issues forces a shutdown, "I think the president will be blamed."',
        "kind": "quote",
        "speaker": "Trump",
        "modality": "forecast",
    },
    {
        "doc": "newswcl50:3_L",
        "text": "They've sunk to a new low to raise money, \" Mr. Parscale said.",
        "kind": "quote",
        "speaker": "Parscale",
    },
    {
        "doc": "newswcl50:4_R",
        "text": '" Melania and I were honored to visit your country last summer, and now are thrilled to host you and Brigitte here in America, " Trump said at the White House upon Macron\'s arrival. "',
        "kind": "quote",
        "speaker": "Trump",
    },
    {
        "doc": "basil:96b7046f-f584-422f-a626-6f86a26dfd8b_3",
        "text": "“Nah,” Malia said quickly.",
        "kind": "quote",
        "speaker": "Malia",
    },
    {
        "doc": "basil:8385a996-1afc-4778-a06d-7070a8f19e27_3",
        "text": '"For someone on the Supreme Court who is going to be calling balls and strikes in the future based upon whatever the next president and Congress does, that strikes me as inherently biased and out of the realm," Ryan said.',
        "kind": "quote",
        "speaker": "Ryan",
    },
    # speaker from a pronoun, a following or preceding sentence, or a continued quotation
    {
        "doc": "basil:d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2",
        "text": '"I know Mr. Cowan is committed to working hard and in a socially fair and economically efficient manner toward solving pending budget issues," he said.',
        "kind": "quote",
        "speaker": "Frank",
    },
    {
        "doc": "basil:6b541575-99b1-40d2-8730-9bb868ee38ed_1",
        "text": '"I would if I knew who they were," he said.',
        "kind": "quote",
        "speaker": "Etheridge",
    },
    {
        "doc": "basil:005a2961-0c2e-4575-8eec-770ba52a08e0_3",
        "text": '"I wish I didn\'t have to do it," he said.',
        "kind": "quote",
        "speaker": "Trump",
        "negated": True,
    },
    {
        "doc": "basil:65cb14cb-2d27-41e5-a2be-6fd6314f4363_3",
        "text": 'Buying a car, by contrast he said, is "designed to meet the needs of a customer.',
        "kind": "quote",
        "speaker": "Santorum",
    },
    {
        "doc": "basil:cad4bba5-cf97-45cb-8059-ebeb47dcec7a_1",
        "text": "“Nice to see all of you,” he said as he kept walking, CNN’s Deirdre Walsh tweeted.",
        "kind": "quote",
        "speaker": "Boehner",
    },
    {
        "doc": "basil:8385a996-1afc-4778-a06d-7070a8f19e27_3",
        "text": "She doubled down late Monday, telling CNN: “He is a faker.”",
        "kind": "quote",
        "speaker": "Ginsburg",
        "not_values": [v("multiplier")],
    },
    {
        "doc": "basil:b4dbeda7-a1f3-4711-ae77-db23809d1ed2_1",
        "text": "“A Republican involved with the project said it’s airing in Miami, West Palm Beach and Ft. Myers.",
        "kind": "quote",
        "speaker": "Politico",
    },
    {
        "doc": "basil:76810849-0335-4ad3-9eaf-f0d9c5baceb6_2",
        "text": "“Because our leaders are weak, I said this was going to happen — and it is only going to get worse.",
        "kind": "quote",
        "speaker": "Trump",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_1",
        "text": "“It was the president who was trying to be cute by half by flipping a script demonizing Iraq, while saying the battle really should be Afghanistan,” Mr. Steele said, according to a video of his remarks that was circulated by Democrats on Friday.",
        "kind": "quote",
        "speaker": "Michael Steele",
        "claimant": "a video",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_1",
        "text": "He added, “Needless to say, the war in Afghanistan was not ‘a war of Obama’s choosing.’ It has been prosecuted by the United States under Presidents Bush and Obama.”",
        "kind": "quote",
        "speaker": "Kristol",
        "negated": True,
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_2",
        "text": '"Chairman Steele needs to apologize to our military, all the men and women who\'ve been fighting in Afghanistan," he said.',
        "kind": "quote",
        "speaker": "DeMint",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_2",
        "text": 'DeMint, who said Afghanistan is a war the United States must win, said Steele needs to "refocus" on the November election.',
        "kind": "quote",
        "speaker": "DeMint",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_2",
        "text": 'Trying to quell the furor, Steele issued a statement saying: "There is no question that America must win the war on terror. ... And, for the sake of the security of the free world, our country must give our troops the support necessary to win this war."',
        "kind": "quote",
        "speaker": "Steele",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_3",
        "text": "Another major neoconservative figure, Dan Senor, told the Huffington Post that Steele’s comments are “utterly irresponsible.”",
        "kind": "quote",
        "speaker": "Dan Senor",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_3",
        "text": "“It’s completely inconsistent with this latest statement,” summarized Senor.",
        "kind": "quote",
        "speaker": "Senor",
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_1",
        "text": "Mr. Steele, seeking to clarify his remarks, issued a statement on Friday afternoon, saying, “There is no question that America must win the war on terror.”",
        "kind": "quote",
        "speaker": "Steele",
        "values": [v("date", date="2010-07-02")],
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_1",
        "text": "The war in Afghanistan, which has entered its ninth year, was started by former President George W. Bush in response to the terrorist attacks on Sept. 11, 2001.",
        "kind": "date",
        "values": [v("ordinal", low=9), v("date", date="2001-09-11")],
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_1",
        "text": "Mr. Obama shifted the focus on the war on terrorism from Iraq to Afghanistan and last year announced his plan to send 30,000 more troops there.",
        "kind": "figure",
        "values": [v("year", date="2009"), q(30000, counted="troop")],
    },
    {
        "doc": "basil:2b95d2cf-e979-4f9c-ae27-9a5370934f23_1",
        "text": "Republican officials did not dispute the authenticity of the video, but disputed its characterization.",
        "kind": "event",
        "negated": True,
    },
    # --- "According to X," opening the sentence; coordinate clauses with their own modality -----
    {
        "doc": "ecbplus:37_2ecbplus",
        "text": "According to the US Geological Survey, the quake hit at a depth of 10 kilometers (6 miles) in the Northern Province of Aceh.",
        "values": [q(10, unit="kilometer"), q(6, unit="mile")],
        "claimant": "US Geological Survey",
    },
    {
        "doc": "ecbplus:42_6ecb",
        "text": "According to RIM, the unit offers up to 5.5 hours of talk time and as much as 15 days of standby time.",
        "values": [q(None, 5.5, unit="hour", qualifier="up to"), q(None, 15, unit="day")],
        "claimant": "RIM",
    },
    {
        "doc": "basil:3ae35b16-7f7f-4a5e-9f24-5ce724106a73_2",
        "text": 'According to the Congressional Research Service, there are at least 30 "national emergencies" in effect, including those concerning blocking Iranian government property, the proliferation of weapons of mass destruction, and other terror-related acts.',
        "values": [q(30, None, qualifier="at least")],
        "claimant": "Congressional Research Service",
    },
    {
        "doc": "ecbplus:4_14ecb",
        "text": "According to Page's official website, by 1951 she was appearing in the men's magazines Eyefull, Wink, Titter, and Beauty Parade.",
        "values": [v("year", date="1951")],
        "claimant": "Page",
    },
    {
        "doc": "basil:ee05c9b3-529c-4268-ad72-19bd34f7197e_3",
        "text": "He raised just over $200,000 for his campaign, while Cantor spent more than $1 million in April and May alone to try to beat back his challenge.",
        "values": [
            v("quantity", low=200000, unit="USD", qualifier="just over"),
            q(1e6, None, unit="USD"),
        ],
        "kind": "figure",
        "modality": "asserted",
    },
    {
        "doc": "ecbplus:30_1ecb",
        "text": "Sixty-five per cent of traffic to India was down, while services to Singapore, Malaysia, Saudi Arabia, Egypt, Taiwan and Pakistan were also severely affected, a spokesman said Friday evening.",
        "values": [q(65, unit="percent")],
        "kind": "figure",
        "modality": "asserted",
        "claimant": "spokesman",
    },
    # --- speakers with the role the article introduced them with (issue #3) --------------------
    {
        "doc": "basil:97b1305c-13ca-4b74-a56a-f459bd79dfaf_2",
        "text": '"None of those persistent problems was caused by the Tea Party movement',
        "speaker": "Bill Hennessy, St. Louis Tea Party organizer",  # "he wrote"; role before the name
    },
    {
        "doc": "basil:a28a0329-0887-42dc-bd3d-3bb4f8926757_3",
        "text": '"To not read the full document, including all the text that was later amended',
        "speaker": "Elijah Cummings, D-Md.",  # the party code of "Rep. Elijah Cummings, D-Md."
    },
    {
        "doc": "basil:c9e4d35f-aeae-462b-a8bf-e08d09a93b6e_1",
        "text": "BuzzFeed’s editor in chief, Ben Smith, later tweeted that",
        "speaker": "Ben Smith, BuzzFeed’s editor in chief",  # an appositive before the name
    },
    {
        "doc": "basil:2ec04201-2016-4227-baf7-ba8289058203_2",
        "text": '"Like Governor Romney has refused to specify how he will pay for his $5 trillion tax cuts',
        "speaker": "Ben LaBolt, Obama's current campaign press secretary",
    },
    {
        "doc": "basil:2ec04201-2016-4227-baf7-ba8289058203_3",
        "text": "“The savings his ad attacks do not cut a single guaranteed Medicare benefit",
        "speaker": "Lis Smith, Obama campaign spokeswoman",  # "Smith said", introduced with her role
    },
    {
        "doc": "basil:70c75d68-bf65-46a6-a822-15c23d77a275_1",
        "text": "“The president must stop holding government hostage and end the shutdown",
        "speaker": "Steny Hoyer, House Majority Leader",  # not a name "House Majority Leader Steny Hoyer"
    },
    {
        "doc": "basil:ccf19ab6-7878-4378-b99c-2b08cc21371f_2",
        "text": "“The president has shown he’s not willing to work with us on immigration,”",
        "speaker": "Labrador, a Republican of Idaho",  # the appositive after the name
    },
    {
        "doc": "basil:79bf99c6-6fca-4ce4-8ae1-8771de026142_3",
        "text": "“We got wiped out in the Midwest, and we’re toxic in rural America,”",
        "speaker": "Tim Ryan",  # "aides said Mr. Ryan told his colleagues": Ryan's words, retold
    },
    # --- groups and bodies as speakers and claimants (issue #3) ---------------------------------
    {
        "doc": "basil:08bb9bee-c167-4c17-9c6d-4a1259231eb7_2",
        "text": '"The issues at stake are too big, and this election is simply too important.',
        "speaker": "Missouri Republican senators",  # "they said": the group of the sentences before
    },
    {
        "doc": "ecbplus:18_10ecbplus",
        "text": "Some of the pellets hit the victims and some did not, police said.",
        "claimant": "police",  # a bare plural source, not the sentence's first capitalised word
    },
    {
        "doc": "basil:1bb79cc1-5d69-4136-a23d-6dbd300cbf25_1",
        "text": "Mr. Morell, officials said, acted on his own and not in response to pressure from the State Department.",
        "claimant": "officials",
    },
    {
        "doc": "basil:a4edca3f-931f-4785-8c3f-f3d8fa84cbec_3",
        "text": "The department said late Monday that it had received 55,000 pages of Clinton's emails",
        "claimant": "State Department",  # "the department": the one the article named
    },
    {
        "doc": "newswcl50:2_M",
        "text": "The agency added,",
        "speaker": "Korean Central News Agency",
    },
    {
        "doc": "basil:6e502405-bc90-4416-a787-3122918aa648_3",
        "text": "released a statement from her doctor declaring she is in",
        "speaker": "her doctor",  # the campaign released it; the doctor is the one quoted
    },
    # --- a count that is a part of a whole is no count of the noun (issue #3) ------------------
    {
        "doc": "ecbplus:31_10ecbplus",
        "text": "Echenique scored five of Creighton’s first eight points in the second half.",
        "values": [q(5, counted="point", per="8")],
        "not_values": [q(5, counted="point", per=None), q(8, counted="point")],
    },
    {
        "doc": "ecbplus:7_1ecb",
        "text": "The final numbers showed Klitschko landing 178 of 369 punches thrown while Rahman connected on just 30 of 207 punches thrown.",
        "values": [q(178, counted="punch", per="369"), q(30, counted="punch", per="207")],
        "not_values": [q(369, counted="punch"), q(207, counted="punch")],
    },
    {
        "doc": "ecbplus:19_2ecbplus",
        "text": "An autopsy shows that Gray was hit in the back by three of the seven bullets fired by the officers.",
        "values": [q(3, counted="bullet", per="7")],
    },
    {
        "doc": "ecbplus:25_10ecb",
        "text": "However, he does have three of his four touchdowns in that stretch.",
        "values": [q(3, counted="touchdown", per="4")],
    },
    {
        "doc": "ecbplus:5_5ecb",
        "text": "are instead last in the Atlantic after losing eight of their last 10 games.",
        "values": [q(8, counted="game", per="10")],
    },
    # "show" after a determiner or a medium word is the programme, not "data show": no source.
    {
        "doc": "basil:af4a3f41-eeb5-49fa-a276-e97c230b25f0_1",
        "text": 'Huckabee, 59, quit his job hosting his own Fox News show, "Huckabee," in January.',
        "claimant": None,
    },
    {
        "doc": "ecbplus:2_5ecb",
        "text": "Still, even an audience of that size makes the telecast annually one of the most-watched U.S. TV shows.",
        "claimant": None,
    },
    # --- inverted attributions after a comma, anonymous sources named again ----------------------
    {
        "doc": "fnc1-train:34",
        "text": "Bary had lived in Maida Vale, located in west London, reported the Independent.",
        "claimant": "the Independent",
    },
    {
        "doc": "fnc1-train:591",
        "text": "Bale was rumored to be the finalist to play the Apple co-founder in the Aaron Sorkin-written film biography but decided he wasn't right for the part, said The Hollywood Reporter.",
        "claimant": "Hollywood Reporter",
    },
    {
        "doc": "fnc1-train:88",
        "text": "The block was not flipped upside down, said Hatchfield, because she did not want to risk dislodging any of the contents.",
        # the article introduced her as "Pam Hatchfield, a conservator at the Museum of Fine Arts"
        "claimant": "conservator",
    },
    {
        "doc": "fnc1-train:487",
        "text": "Many of those experiments were abandoned more than 18 months ago after the sensors proved unreliable and cumbersome, these people said.",
        "claimant": "these people",
    },
    {
        "doc": "fnc1-test:178",
        "text": "The publication, citing “people familiar with the matter,” said the split may be made public as early as tomorrow.",
        "speaker": None,
    },
    # --- brand names in lower case or digits are whole names -----------------------------------
    {
        "doc": "fnc1-train:70",
        "text": "The ad says that it is looking for a dev to join eBay’s New Technology Group, which operates out of Portland with over 200 engineers.",
        "claimant": "eBay",
    },
    {
        "doc": "fnc1-train:2273",
        "text": "9to5Mac reports that the Apple Watch is set to ship in the U.S. by the end of March, with Apple Store retail training scheduled for mid February.",
        "claimant": "9to5Mac",
    },
    # --- "X quoted Y as saying", "Y was quoted (by X) as saying": Y speaks -------------------
    {
        "doc": "fnc1-train:9",
        "text": 'AP quoted government spokeswoman Rosario Murillo as saying they\'ve determined it was a "relatively small" meteorite that "appears to have come off an asteroid that was passing close to Earth."',
        "claimant": "Rosario Murillo",
    },
    {
        "doc": "fnc1-train:221",
        "text": '"All the evidence that we\'ve confirmed at the site corresponds exactly with a meteorite and not with any other type of event," Ineter scientist Jose Millan was quoted by the BBC as saying.',
        "speaker": "Jose Millan",
    },
    {
        "doc": "fnc1-train:1959",
        "text": '"As deplorable as these crimes are, law and order has to be maintained, and not lynch justice," one police officer was quoted as saying.',
        "speaker": "one police officer",
    },
    # --- a denial of a claim is no statement of it --------------------------------------------
    {
        "doc": "fnc1-train:1630",
        "text": "The leader of Islamist group Boko Haram has dismissed claims by the Nigerian government that it has signed a truce or agreed to release captives including the schoolgirls kidnapped in April.",
        "negated": True,
    },
    # --- what did not happen, and a schedule, are no forecasts ---------------------------------
    {
        "doc": "fnc1-train:754",
        "text": "The Islamic State statement could not be independently verified.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-train:171",
        "text": "The Pentagon said in a statement that it would not comment on specific cases involving the detainees.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-train:198",
        "text": "Culkin's band, The Pizza Underground, is scheduled to perform Saturday at the Belmont in Austin, Texas, as part of the Fun Fun Fun Fest.",
        "modality": "asserted",
    },
    # --- British papers quote with single marks ----------------------------------------------
    {
        "doc": "fnc1-train:117",
        "text": "'Kim Jong Un is in total control,' said the source, who has close ties to Pyongyang and Beijing.",
        "kind": "quote",
        "speaker": "the source",
    },
    # --- relatives share a surname; "Jr." is no surname -----------------------------------------
    {
        "doc": "fnc1-test:248",
        "text": '"Their location was known for more than a year," she said.',
        "speaker": "Diane Foley",
    },
    {
        "doc": "fnc1-train:1787",
        "text": "“He’s angry,” Hunter said of King Abdullah.",
        "speaker": "Duncan Hunter",
    },
    # --- a capitalised ordinary word opening the sentence is no part of a name ------------------
    {
        "doc": "fnc1-train:907",
        "text": "Local man Jun Feng, 30, who helped the woman after spotting her lying on the ground after her attackers left told local TV: 'This type of thing is becoming quite normal'",
        "speaker": "Jun Feng",
    },
    # --- claimants and modality found wrong by readers of unseen FNC-1 stories (competition_test)
    # a place or nationality before a role and a name is a modifier, not the speaker
    {
        "doc": "fnc1-test:2392",
        "text": "New York plastic surgeon Matthew Schulman told The Daily Dot: “[I] believe 100 per cent that this is a hoax that everyone is falling for,” he said.",
        "speaker": "Matthew Schulman",
        "claimant": "Matthew Schulman",
    },
    {
        "doc": "fnc1-test:889",
        "text": "The Tampa massage therapist even spoke with 10 News reporter Charles Billi and said it was legit.",
        "claimant": "Tampa massage therapist",
    },
    {
        "doc": "fnc1-test:2040",
        "text": "Kurdish media states this group of “fearless and effective” women live and fight alongside their male counterparts.",
        "claimant": "Kurdish media",
    },
    # the person an appositive names, not the possessor; the source, not what it is close to
    {
        "doc": "fnc1-test:1181",
        "text": "According to TMZ, Joan Rivers's personal doctor, Gwen Korovin, has denied CNN's allegations that she took a selfie in the operating room while the 81-year-old was under anesthesia, saying that the network's source is \"making up lies.\"",
        "speaker": "Gwen Korovin",
    },
    {
        "doc": "fnc1-test:215",
        "text": "(CNN) —The cardiac arrest leading to Joan Rivers' death happened as the comedian's personal doctor began performing a biopsy on her vocal cords, a source close to the death investigation told CNN.",
        "claimant": "a source close to",
    },
    {
        "doc": "fnc1-test:1870",
        "text": "As many as five people close to the deal have confirmed the rumor about the end of Beats Music.",
        "claimant": "people close to the deal",
    },
    # an attribution closing the sentence with a common-noun subject
    {
        "doc": "fnc1-test:987",
        "text": "Kim Jong-un broke his ankle after he had put on extra weight from regularly consuming imported cheese, said a report on Tuesday.",
        "claimant": "a report",
    },
    {
        "doc": "fnc1-test:2394",
        "text": "Kim Jong-un, whose weight has ballooned in recent months thanks in part to an addiction to Swiss cheese, has been struck down by a mystery illness, his henchmen in Pyongyang revealed today, saying only that he was 'suffering from discomfort'.",
        "speaker": "henchmen",
    },
    # modals of a relative or purpose clause, a refusal, or a quoted fragment: no forecast
    {
        "doc": "fnc1-test:1244",
        "text": "“I called 50 or 60 doctors and no one would do it.”",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:561",
        "text": "“My mum ran out the door. She won’t talk to me. She won’t let my sister talk to me. My dad … he really isn’t happy … he is kind of ashamed of me but he accepted it,” she said.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:129",
        "text": "The 21-year-old saved up for two years so she could have the surgery and is also paying for a film crew to follow her around.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:661",
        "text": "Tridevil told the station that she contacted more than 50 doctors before finding one who would give her the third breast.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:1150",
        "text": "Clinic workers told investigators they heard Korovin make a statement to the effect that Rivers “will think this is funny” or “would love this” as she took the photo, the source said.",
        "modality": "asserted",
    },
    {  # future in the past stays a forecast
        "doc": "fnc1-train:839",
        "text": "The White House said it would continue to pursue the organization.",
        "modality": "forecast",
    },
    # caption labels are no names; a name with a slash is one name
    {
        "doc": "fnc1-test:1632",
        "text": "Con artist: The 'three-breasted' woman calling herself 'Jasmine Tridevil' has been exposed as a phony, after a lost luggage report was released.",
        "speaker": None,
    },
    {
        "doc": "fnc1-test:1845",
        "text": 'UPDATE 6:30pm: Apple has denied TechCrunch\'s claims that Beats Music is being shut down, saying the report "is not true."',
        "speaker": "Apple",
    },
    {
        "doc": "fnc1-test:42",
        "text": "Re/code says Beats Music the brand may be going away but the service is not.",
        "claimant": "Re/code",
    },
    # "revealed himself as": a reflexive object, no statement reported, no claimant
    {
        "doc": "ecbplus:28_3ecb",
        "text": 'W. Mark Felt, the former FBI second-in-command who revealed himself as "Deep Throat" 30 years after he tipped off reporters to the Watergate scandal that toppled a president, has died.',
        "claimant": None,
        "speaker": None,
    },
    # a short quoted term or name after "so-called", "alleged", "the name", "known as": no quotation
    {
        "doc": "fnc1-test:2427",
        "text": 'Save for the recent acquisition of Beats, Apple usually performs so-called "acquihires," or purchases made for talent, not a brand name.',
        "speaker": None,
        "claimant": None,
    },
    {
        "doc": "fnc1-test:1798",
        "text": "A YouTube channel using the name “iCrackUriDevice” has released a 15-minute video that shows owners of Apple products how to get iOS 8 on their devices before the official September 17 release.",
        "speaker": None,
    },
    {
        "doc": "fnc1-train:1219",
        "text": 'A U.S. intelligence official confirmed to NBC News that a Londoner named Mohammed Emwazi is the person known as "Jihadi John" in the ISIS videos.',
        "speaker": None,
        "claimant": "intelligence official",
    },
    # past ability in a narrative is what happened; "could" of possibility stays a forecast
    {
        "doc": "fnc1-test:128",
        "text": "Blog curator Quinton Winter revealed to The Express he had encountered the decapod himself: “At first all I could see was some faint movement, then as it rose from the water I thought ‘that’s a funny looking bit of driftwood’.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-train:1673",
        "text": 'One local said,"No one went to help the man because they could see his penis on the ground and knew this was punishment for a sex crime."',
        "modality": "asserted",
    },
    {
        "doc": "fnc1-train:1362",
        "text": "As a result we could see even longer battery life than the 12 hours currently on offer from the 13in MacBook Air.",
        "modality": "forecast",
    },
    # a person, a role in capitals and the body it names: the person speaks, not the body
    {
        "doc": "fnc1-test:2146",
        "text": "\"The idea of a giant 'crabzilla' would [be] very exciting. Unfortunately, I think this is a hoax,\" Dr. Verity Nye, Ocean and Earth Science researcher at Southampton University, told the Daily Mail.",
        "speaker": "Verity Nye",
    },
    {
        "doc": "fnc1-train:1565",
        "text": "Sen. Kelly Ayotte, New Hampshire Republican and a member of the Senate Armed Services committee, said she was disturbed by the news, which only served to highlight “the danger of the administration’s irresponsible decision” to free the terrorists.",
        "speaker": "Kelly Ayotte",
    },
    # "when X pointed out", "as X put it": X speaks
    {
        "doc": "fnc1-test:946",
        "text": "When TechCrunch’s Matthew Panzarino pointed out “that’s not a no,” Morin repeated his response.",
        "speaker": "Matthew Panzarino",
    },
    {
        "doc": "basil:9879bbc0-eab3-482f-bf6b-a4b519393986_1",
        "text": 'As Sen. Rand Paul, R-Ky., put it, "Libya has to have been one of the hottest of hot spots around the world."',
        "speaker": "Rand Paul",
    },
    # a denial of reports or of a 'that' clause is the denier's claim; the reports are a noun
    {
        "doc": "fnc1-train:1195",
        "text": "The Islamist group Boko Haram has denied claims by Nigeria’s government that it has agreed to a ceasefire and will release more than 200 abducted schoolgirls.",
        "claimant": "Boko Haram",
    },
    {
        "doc": "fnc1-train:36",
        "text": "The London Metropolitan Police has denied reports that street artist Banksy has been arrested on Monday after a 24-hour Anti-Graffiti Task Force operation.",
        "claimant": "The London Metropolitan Police",
    },
    {
        "doc": "fnc1-train:1388",
        "text": "A homeless man who became a YouTube sensation after he spent a $100 donation on food for his beggar friends has received a surprise meal, makeover and hotel stay in a new video released amid claims it is a hoax.",
        "claimant": None,
    },
    {
        "doc": "basil:ed8c136f-8d44-4c83-ad05-0dcfc3a0c54a_3",
        "text": "Mr. McCulloch, speaking to a local radio station, categorically rejected that notion.",
        "claimant": None,
    },
    # --- classes readers found in unseen FNC-1 stories (competition_test), second round ---------
    # a stop glued to the next sentence ends it: the next one has its own source
    {
        "doc": "fnc1-test:2094",
        "text": "State television later also reported that al-Baghdadi had been wounded.",
        "claimant": "State television",
    },
    {
        "doc": "fnc1-test:914",
        "text": "“The unconnected myth of the lobizón began among Argentina’s “gauchos,” the cowboys of Argentina’s vast cattle-raising Pampas, adapted from the older European werewolf legends,” said Balmaceda.",
        "speaker": "Balmaceda",
        "xfail": "a quotation nested in the same curly marks (“gauchos,”) closes the outer one early",
    },
    # a nationality before a role and a name modifies them; a tradition claims nothing; a
    # sentence adverb or a verb is no part of a source
    {
        "doc": "fnc1-test:914",
        "text": "But according to Argentine historian Daniel Balmaceda, there is no link between the two traditions.",
        "claimant": "Daniel Balmaceda",
    },
    {
        "doc": "fnc1-test:2007",
        "text": "It's a great story, but the two customs are not related, according to Argentine historian Daniel Balmaceda.",
        "claimant": "Daniel Balmaceda",
    },
    {
        "doc": "fnc1-test:914",
        "text": "That custom began in 1907, when Enrique Brost and Apolonia Holmann, Volga German emigrés from south-eastern Russia asked then-president José Figueroa Alcorta to become godfather to their seventh son, said the historian.",
        "claimant": "the historian",
    },
    {
        "doc": "fnc1-test:1773",
        "text": "According to Argentinian custom, the country's president takes the seventh child of Argentine families as a godchild.",
        "claimant": None,
    },
    {
        "doc": "fnc1-test:2131",
        "text": 'According to Argentinian folklore, the seventh son born to a family turns into the feared "el lobison".',
        "claimant": None,
    },
    {
        "doc": "fnc1-test:249",
        "text": "The US has not yet confirmed whether al-Baghdadi was among the wounded in the attack, but Iraqi security officials have been quoted as saying he was injured.",
        "claimant": "The US",
    },
    {
        "doc": "fnc1-test:2518",
        "text": "Hopefully the situation will become clearer in the coming days — reports of al-Baghdadi’s injury have been cited by multiple news outlets, including Israeli papers Haaretz and the Jerusalem Post, British paper The Guardian, and Time, but until there’s official word on the matter, it’s best not to get too ahead of things.",
        "claimant": None,
    },
    # the future of what a legend holds, a habitual "would", a conceded "may" and the reader's
    # "may" do not make the telling a forecast or a hedge
    {
        "doc": "fnc1-test:923",
        "text": "President Cristina Fernandez de Kirchhner adopted Yair Tawil as her godson, due to an Argentine folktale that says the seventh born son in a family will turn into a werewolf, and eat unbaptized babies.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:861",
        "text": "Fear was so rife in the country that families would often give up their seventh-born sons for adoption or even kill them.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:923",
        "text": "Although the story may now seem fanciful, fear of the werewolf-like creature was so widespread in 19th century Argentina that some families even murdered their babies.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:914",
        "text": "Argentina’s President Cristina Fernández de Kirchner has not become godmother of a Jewish baby to stop him from becoming a werewolf – despite what you may have read in multiple news reports.",
        "modality": "asserted",
    },
    {  # a concession after the main clause is a statement of its own, with its own hedge
        "doc": "fnc1-train:1688",
        "text": 'No arrests have been confirmed in the hunt for the attackers, though an "anti-terror raid" is reportedly underway in the northeastern city of Reims.',
        "modality": "hedged",
    },
    # --- read by two readers of unseen FNC-1 stories (round 2) ---------------------------------
    # a kinship noun before a name says which gender "she" may stand for: the mother, not her son
    {
        "doc": "fnc1-test:1285",
        "text": 'When he rang again, she told him: "Don\'t ever call me again."',
        "speaker": "Khadijah Kamara",
    },
    {
        "doc": "fnc1-test:1285",
        "text": 'She said she was angry at people who "brainwashed" her son and the airport for allowing him to travel to the warzone on his 15-year-old brother\'s passport.',
        "claimant": "Khadijah Kamara",
    },
    # the noun a relative clause describes speaks, not a noun inside the clause
    {
        "doc": "fnc1-test:351",
        "text": 'The Mail claimed that a nurse who treated some of those wounded in the attack said there was a man named Jalman on her list, referring to him as "the one who slaughtered the journalists".',
        "speaker": "a nurse",
    },
    {
        "doc": "fnc1-test:675",
        "text": "Earlier this month the Syrian Observatory for Human Rights, which monitors events in Syria, reported Isis militants beheaded nine Kurdish fighters, including three women",
        "claimant": "Syrian Observatory for Human Rights",
    },
    {
        "doc": "fnc1-train:1021",
        "text": 'A patient who saw the man at the facility told NBCDFW\'s Ray Villeda that the man arrived with his wife, appearing "flush, slouched but walking."',
        "speaker": "A patient",
    },
    {
        "doc": "fnc1-train:2317",
        "text": "The unidentified man who made the recording says he was using a phone app to create a video text message at the same time the unarmed 18-year-old was killed",
        "claimant": "The unidentified man",
    },
    {  # ... but an object's relative clause keeps its own subject
        "doc": "fnc1-train:1949",
        "text": "News of the accidental airdrop, which the Associated Press corroborated and the Syrian Observatory for Human Rights confirmed, brought fresh criticism",
        "claimant": "Syrian Observatory",
    },
    # a wire dateline is no source; nor is a word of saying after a preposition a verb
    {
        "doc": "fnc1-test:351",
        "text": 'London (AFP) - The British government on Saturday said it had received reports that "Jihadi John"',
        "claimant": "British government",
    },
    {
        "doc": "fnc1-train:1355",
        "text": "LONDON (Reuters) - No suspected cases of Ebola have been found in Iraq, despite reports to the contrary in Iraqi media in the past week, the World Health Organization (WHO) said on Tuesday.",
        "claimant": "World Health Organization",
    },
    {
        "doc": "fnc1-test:2057",
        "text": "Jihadi John, the Briton who beheaded two British and two American hostages held by Islamic State terrorists, has been injured in a US-led air strike, according to reports received by the Foreign Office.",
        "claimant": None,
    },
    # whose friends, which daily, what document, a quoted source
    {
        "doc": "fnc1-test:1748",
        "text": "But now friends of Rehana have told MailOnline that the dead woman in the photograph is in fact a different Kurdish resistance fighter",
        "claimant": "friends of Rehana",
    },
    {
        "doc": "fnc1-test:172",
        "text": "The People’s Defense Unit, or the YPG, are yet to make a comment about the allegations, the British daily said.",
        "claimant": "British daily",
    },
    {
        "doc": "fnc1-test:2057",
        "text": "Also dead is a prominent IS fighter from Chechnya called Abu Abdul Rahman Al-Shishani, says the document.",
        "claimant": "the document",
    },
    {
        "doc": "fnc1-test:1704",
        "text": 'The Wall Street Journal is reporting that, according to "a person with knowledge of the matter", Microsoft is in "serious discussions" to buy Mojang',
        "claimant": "a person with knowledge of the matter",
    },
    {
        "doc": "fnc1-train:1422",
        "text": "Worried dental receptionist Nicola Dawson, 48, who was visiting from nearby Kendal, said:",
        "speaker": "Nicola Dawson",
    },
    {  # a quantifier opening the sentence is no source
        "doc": "fnc1-test:1186",
        "text": 'Many of the news and magazine reports about the Kurdish women militias lauded these fighters as "inspirational" feminists.',
        "speaker": None,
    },
    # an unnamed report's word, a condition on the report's truth
    {
        "doc": "fnc1-test:2001",
        "text": "British jihadist al-Britani is reported to have been killed in an American drone attack in Syria.",
        "modality": "hedged",
    },
    {
        "doc": "fnc1-test:1032",
        "text": "In 2013, Mojang brought in a reported $326 million in revenue.",
        "modality": "hedged",
    },
    {
        "doc": "fnc1-test:1285",
        "text": "If it is confirmed, he is among the first Britons killed in Syria by US action.",
        "modality": "hedged",
    },
    {
        "doc": "fnc1-train:1120",
        "text": "Isis is reported to have stolen seven American M1 Abrams tanks from three Iraqi army bases in Anbar province last week.",
        "modality": "hedged",
    },
    # a known outcome's "would", a refusal's "could neither", a hope's "would", a question
    {
        "doc": "fnc1-test:1285",
        "text": 'She told ITV News: "I knew something like this (would happen), if someone\'s in a warzone area."',
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:1324",
        "text": "In a statement Saturday, the British Foreign Office could neither confirm nor deny the reports.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-train:1876",
        "text": "But, when Ms Yen forgot to turn up, the young man ignited the fireworks anyway in the hope that she would see them and go and see what was happening.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:675",
        "text": "'This is our land - our own - and if we don't do it, who else will?'",
        "modality": "asserted",
    },
    # the hedge of a clause after ", but" is that clause's, not the figures'
    {
        "doc": "fnc1-test:675",
        "text": "The message was retweeted over 5,000 times, but there are now claims Rehana",
        "modality": "asserted",
        "values": [num(5000)],
    },
    {
        "doc": "fnc1-test:675",
        "text": "but there are now claims Rehana, who fought for the Kurdish YPJ, or Women's Defense Unit, may have been killed",
        "modality": "hedged",
    },
    # a paragraph quoted without marks after "X wrote in a blog post:" is X's
    {
        "doc": "fnc1-test:1704",
        "text": "As the majority shareholder, I'd know.",
        "kind": "quote",
        "speaker": "Markus Persson",
    },
    # a body's name runs across "of the" and "for the"; a person "of" a body is the speaker
    {
        "doc": "fnc1-train:1233",
        "text": "The Organization for the Prohibition of Chemical Weapons said last month that chlorine gas has been used",
        "claimant": "Organization for the Prohibition of Chemical Weapons",
    },
    {
        "doc": "fnc1-train:1949",
        "text": "Greg Myre of the Middle East Institute told the Daily Sabah.",
        "speaker": "Greg Myre",
    },
    # "by saying that", ", saying that": the clause subject's words; "The bill ..., saying that"
    # names no one who opens the clause, so it gives no claimant
    {
        "doc": "fnc1-train:391",
        "text": "Rep. Duncan Hunter stunned a Fox News audience by saying that the US has apprehended about ten ISIS terrorists",
        "claimant": "Duncan Hunter",
    },
    {
        "doc": "fnc1-train:1057",
        "text": "Christopher Buddle, an associate professor at McGill University's Department of Natural Resource Sciences, addressed Thomas' claim in an e-mail, saying that the story didn't wash",
        "claimant": "Christopher Buddle",
    },
    # round 3 (readers of unseen FNC-1 competition_test stories): credits in a tail or inverted
    {
        "doc": "fnc1-test:1409",
        "text": "IBM is planning a massive reorganization that could see layoffs of as many as 110,000 workers beginning next week, according to a report in Forbes.",
        "claimant": "Forbes",
    },
    {
        "doc": "fnc1-test:1236",
        "text": "next week about 26% of IBM’s employees will be getting phone calls from their managers,’ wrote Forbes’ Robert X Cringely.",
        "claimant": "Cringely",
    },
    {
        "doc": "fnc1-test:486",
        "text": "In his report on Project Chrome, Cringely says that those affected by the cuts",
        "speaker": "Cringely",
    },
    {
        "doc": "fnc1-test:1736",
        "text": "However, CNBC Jon Fortt is reporting that the number of layoffs could be much smaller, in the range of 10,000 or less.",
        "claimant": "Jon Fortt",
    },
    {
        "doc": "fnc1-test:1762",
        "text": "marking an important religious anniversary, al-Arabiya television reported.",
        "claimant": "al-Arabiya",
    },
    {
        "doc": "fnc1-test:2008",
        "text": "Commissioner Helric Fredou, 45, turned a gun on himself in his police office in Limoges last Wednesday night, reported France 3.",
        "claimant": "France 3",
    },
    {
        "doc": "fnc1-test:2066",
        "text": "took his own life after the massacre, French television channel France 3 reported.",
        "claimant": "France 3",
    },
    # claimant junk: "it" is the body named before; no first word of a sentence; whole names
    {
        "doc": "fnc1-test:2011",
        "text": "Pre-tax profit amounted to US$21 billion, it said.",
        "claimant": "IBM",
    },
    {
        "doc": "fnc1-test:274",
        "text": "It said in a statement:",
        "speaker": "Union of the National Police",
    },
    {
        "doc": "fnc1-test:2381",
        "text": "Details are light, and reports are unconfirmed as of yet",
        "claimant": None,
    },
    {
        "doc": "fnc1-test:1824",
        "text": "The unnamed journalist went onto say",
        "speaker": "The unnamed journalist",
    },
    {
        "doc": "fnc1-test:315",
        "text": "Committee for the Promotion of Virtue and the Prevention of Vice announced this decision a few days ago.",
        "claimant": "Committee for the Promotion of Virtue and the Prevention of Vice",
    },
    # modality: the noun "forecast", a counterfactual, a polite wish, a reported question
    {
        "doc": "fnc1-test:1409",
        "text": "IBM stock falls 7% after it downgrades earnings forecast",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:549",
        "text": "So sensibly, had Hugh Hefner passed, there would be a buzzing frenzy coming from the Playmates",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:820",
        "text": "Many commentators wondered how the word ‘tempting’ would be applied.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:556",
        "text": "it would seem rather odd that anyone would want to miss the biggest single terror event",
        "modality": "hedged",
    },
    # a quotation reopened in the next paragraph: its own statement, the same speaker
    {
        "doc": "fnc1-test:980",
        "text": "This equates to several thousand people, a mere fraction of what's been reported.",
        "kind": "quote",
        "speaker": "IBM spokeswoman",
    },
    # an age after "at the age of" or in commas after a noun for a person
    {
        "doc": "fnc1-train:1140",
        "text": "engage in sexual relations as early as at age of 13 or 14",
        "values": [v("age", low=13)],
    },
    {
        "doc": "fnc1-test:400",
        "text": "The Playboy founder, 88, was pictured on a family film night yesterday evening.",
        "values": [v("age", low=88)],
    },
    # an analyst's own expectation is his claim; a passive expectation is a forecast
    {
        "doc": "fnc1-train:2299",
        "text": "Milunovich expects the tables to quickly turn in early 2015",
        "claimant": "Milunovich",
        "modality": "forecast",
    },
    {
        "doc": "basil:3ae35b16-7f7f-4a5e-9f24-5ce724106a73_2",
        "text": "The White House is also expected to use drug interdiction money from the Department of Defense.",
        "modality": "forecast",
    },
    # the real source of a closing or citing attribution, not the clause subject (readers 16-17)
    {
        "doc": "fnc1-test:256",
        "text": "the anesthetic wore off, mirror.co.uk reported.",
        "claimant": "mirror.co.uk",
    },
    {
        "doc": "fnc1-test:166",
        "text": "Jasica was having a cancerous growth removed from her brain during this procedure, reports Headlines & Global News today.",
        "claimant": "Headlines & Global News",
    },
    {
        "doc": "fnc1-test:774",
        "text": "The Apple Watch may hit shelves in March, claims KGI Securities analyst Ming Chi Kuo",
        "claimant": "Ming Chi Kuo",
    },
    {
        "doc": "fnc1-test:1663",
        "text": "Several guests at the wedding, which took place in the city of Rampur, were arrested after a fight broke out, says the Times of India report.",
        "claimant": "Times of India",
    },
    {
        "doc": "fnc1-test:2099",
        "text": "Per Kuo, MacBook Air sales will likely touch the 6 million units sales mark",
        "claimant": "Kuo",
    },
    {
        "doc": "fnc1-train:1498",
        "text": "Mohammad Saleh Al Minjed said people must not build any snowmen or snow models of animals, according to Gulf News.",
        "claimant": "Al Minjed",
    },
    {
        "doc": "fnc1-test:1947",
        "text": "The agent then asked what should she say and he told her not to say Merry Christmas.",
        "claimant": None,
    },
    {
        "doc": "fnc1-test:294",
        "text": "Agitated at the groom's family for hiding the truth, Indira called off her wedding",
        "claimant": "Indira",
    },
    # a quotation with its own attribution after it takes that speaker
    {
        "doc": "fnc1-test:1719",
        "text": "the man shouted before brushing past her.",
        "speaker": "the man",
    },
    # modality: 'would-be', set phrases, future in the past, advice passed on, relative clauses
    {
        "doc": "fnc1-test:479",
        "text": "where the groom garlands his would-be wife, began.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:479",
        "text": "promptly changed her mind and announced that she would happily marry at the same ceremony",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:106",
        "text": "'I missed Christmas because of this operation but it is the best present I could have had as I am now feeling great.'",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:2482",
        "text": "Jasica would not have been able to see or hear",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:2396",
        "text": "Apple hasn’t given a launch date for its first smartwatch, which it unveiled in September, only saying to expect the device in early 2015.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:1719",
        "text": "The grumpy passenger, who appeared to be traveling alone, barked at the woman",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-train:229",
        "text": "who is said to earn almost $5m a year unwrapping toys",
        "modality": "hedged",
    },
    # --- surnames, possessors and junk words as claimants (readers of FNC-1 competition_test) --
    {
        "doc": "fnc1-test:1348",
        "text": "“I thought it was a joke to begin with. I am lost for words,” Nash told Sky News.",
        "claimant": "Derek Nash",
    },
    {
        "doc": "fnc1-test:1348",
        "text": "Nash says he is sorry for the mistake but will not be paying for a bill.",
        "claimant": "Derek Nash",
    },
    {
        "doc": "fnc1-test:2189",
        "text": "Alex’s teacher said that she would let all staff know that giving the boy an invoice was a “breach of protocol.”",
        "claimant": "teacher",
    },
    {
        "doc": "fnc1-test:165",
        "text": "The mother has since threatened the family to take the case to a small claims court, while the birthday boy will no longer play with Alex at school.",
        "claimant": None,
    },
    {
        "doc": "fnc1-test:1241",
        "text": "I've told you the reasons why alex didn't go.",
        "claimant": None,
    },
    {
        "doc": "fnc1-test:2189",
        "text": "Due to his no-show at his friend’s party, the young child was actually given an invoice and billed for his nonappearance.",
        "claimant": None,
    },
    {
        "doc": "fnc1-train:578",
        "text": "On Tuesday night, Mr. Foley’s mother, Diane Foley, issued a statement on the Facebook page the family had created to publicize their son’s disappearance: “We have never been prouder of our son Jim.",
        "speaker": "Diane Foley",
    },
    # Pronouns: a quotation saying "my mom" is not the mother's; gender from the pronouns
    # after a name; "he" is never a place the article writes after "in".
    {
        "doc": "fnc1-test:2105",
        "text": "She wrote: “I immediately told my mom, and she reacted extremely negatively, telling me that it was a phase, that I would never truly be a girl, that God doesn’t make mistakes, that I am wrong.”",
        "speaker": "Leelah Alcorn",
    },
    {
        "doc": "fnc1-train:1349",
        "text": "“We were together for such a short period of time, I never had a chance to tell him about my life.”",
        "speaker": "Chandler",
    },
    {
        "doc": "fnc1-train:1321",
        "text": '"It wasn\'t really a tickling sensation, obviously once the venom started to affect my skin it was a really burning sensation like a searing feeling," he told Radio 6PR.',
        "speaker": "Dylan Thomas",
    },
    # A negation inside a quoted slogan or title is part of a name, not the sentence's.
    {
        "doc": "fnc1-test:1044",
        "text": "An overwhelming amount of protesters were seen mimicking the symbolic “hands up, don’t shoot” gesture used throughout protests in Ferguson, Missouri over the killing of unarmed teen Michael Brown.",
        "negated": False,
    },
    {
        "doc": "fnc1-test:1879",
        "text": "Sunday, Max Fisher wrote a story for Vox.com arguing that the ‘hands up don’t shoot’ gesture had spread from protests in Ferguson to the pro-democracy demonstrations on the streets of Hong Kong.",
        "negated": False,
    },
    # Claimants: a lower-case trade before the name, a place after "from"/"of", an unclosed
    # role, "a student named X", "As X point out"; no claimant from "Hard to say".
    {
        "doc": "fnc1-test:579",
        "text": "According to journalist Daniel Simone, the 27-year-old sought to wed the mastermind of the Helter Skelter murders so she could gain possession of his remains when he died.",
        "claimant": "Daniel Simone",
    },
    {
        "doc": "fnc1-test:1493",
        "text": "In the letter Leelah from Kings Mill, Ohio, wrote that although she was born a boy, she began identifying as a girl at the age of four.",
        "claimant": "Leelah",
    },
    {
        "doc": "fnc1-test:327",
        "text": "Colleen Clarke-Murphy of Heart’s Desire, Newfoundland in Canada said her daughter brought the cat home thinking it was a sick stray.",
        "claimant": "Clarke-Murphy",
    },
    {
        "doc": "fnc1-test:2416",
        "text": "“She was part of my family when she came home with my daughter,” she told CBC.",
        "speaker": "Clarke-Murphy",
    },
    {
        "doc": "fnc1-test:361",
        "text": "Asked about any link between the gesture and Ferguson, Icy Ng, a 22-year-old design student at Hong Kong Polytechnic University said, “I don’t think so. We have our hands up for showing both the police and media that we have no weapons in our hands.”",
        "speaker": "Icy Ng",
    },
    {
        "doc": "fnc1-test:1044",
        "text": "Another protester – a student named Alexandra Wong – said, “We will not just say yes to whatever they do. We will fight for our rights, and fight for our democracy.”",
        "speaker": "Alexandra Wong",
    },
    {
        "doc": "fnc1-test:937",
        "text": "Hard to say, because it's not supported by direct quotes from Burton, who wouldn't comment to Page Six, or Manson, who lost his phone privileges years ago, and whose current whereabouts and medical condition the prison system won't reveal.",
        "claimant": None,
    },
    {
        "doc": "fnc1-test:1604",
        "text": "As Bustle and Cosmopolitan point out, while hermaphroditic cats are rare, gender-related operations in cats aren't as uncommon as you might imagine.",
        "claimant": "Cosmopolitan",
    },
    # Modality: the writer's "probably", unnamed reports, a future inside a clause of what a
    # fact shows or of a fear.
    {
        "doc": "fnc1-test:1287",
        "text": "Notorious murderer Charles Manson, 80, is probably relieved that his jailhouse marriage license expired last week.",
        "modality": "hedged",
    },
    {
        "doc": "fnc1-test:1257",
        "text": "Reports indicate that Paan was sitting on the toilet texting her boyfriend when the toddler burst into the bathroom and asked if he could play games on her smart phone.",
        "modality": "hedged",
    },
    {
        "doc": "fnc1-test:1232",
        "text": "Apple is installing safes in its retail stores ahead of the launch of its Watch in April indicating just how expensive the gold model will be.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:222",
        "text": "As night fell hundreds had returned to the scene with protective eyewear and waterproof ponchos in the fear that more tear gas will be distributed tonight",
        "modality": "asserted",
    },
    # A paragraph of a bare source name and a colon introduces that source's words.
    {
        "doc": "fnc1-test:1749",
        "text": "The safes will likely be used to carry both to-be-sold inventory as well as to store demo units from the show floor overnight.",
        "speaker": "9to5Mac",
    },
    # --- speakers and claimants read from the sentence's grammar (FNC-1 competition_test) -------
    {
        # a name closing the quotation says who the opening "He" is
        "doc": "fnc1-test:1142",
        "text": 'He said, "Yeah, but you rape women, Bill Cosby, so turn the crazy down a couple notches," Buress said.',
        "speaker": "Buress",
    },
    {
        # "she" after "On The View, host Whoopi Goldberg expressed ...": the subject after an
        # opening phrase, not the man named after it
        "doc": "fnc1-test:1326",
        "text": "“Settlements don’t necessarily mean you’re guilty. You generally settle because you don’t want to put your family through it again…I’m going to reserve my judgement. I have a lot of questions,” she said, via Time magazine.",
        "speaker": "Whoopi Goldberg",
    },
    {
        # the role's holder, not what the role is of
        "doc": "fnc1-test:66",
        "text": "THE Islamic State may be harvesting the organs of victims to finance its terror operations, Iraq’s ambassador to the United Nations says.",
        "claimant": "ambassador",
        "modality": "hedged",
    },
    {
        # ... and not the addressee after an abbreviation's full stop
        "doc": "fnc1-test:751",
        "text": "In a bid to finance its operations, the Islamic State group might be harvesting human organs, Iraq’s ambassador to the U.N. told the intergovernmental organization on Tuesday, and asked the Security Council to investigate the allegations.",
        "claimant": "ambassador to the U.N.",
    },
    {
        # the relative pronoun's antecedent introduces the quotation
        "doc": "fnc1-test:1207",
        "text": "Alhakim is replacing outgoing ambassador Nikolay Mladenov, who told the Security Council, “It’s very clear that the tactics ISIS is using expand by the day.”",
        "speaker": "Mladenov",
    },
    {
        "doc": "fnc1-test:1838",
        "text": "Hewlett-Packard Co. HPQ +2.00%  plans to break in two, separating its personal-computer and printer businesses from its corporate hardware and services operations, according to people familiar with the matter.",
        "claimant": "people familiar with the matter",
        "modality": "forecast",
    },
    {
        "doc": "fnc1-test:881",
        "text": "Hewlett-Packard is planning to split itself into two separate businesses, The Wall Street Journal is reporting.",
        "claimant": "The Wall Street Journal",
    },
    {
        "doc": "fnc1-test:1994",
        "text": "H-P, which has suffered sharp sales declines, sees better long-term potential for its corporate hardware and services business than for its printer and PC unit, said one person familiar with the plan.",
        "claimant": "one person familiar with the plan",
    },
    {
        "doc": "fnc1-test:1994",
        "text": "Although the talks recently ended, the separation could pave the way for H-P’s corporate hardware and services business to ultimately be combined with EMC, industry observers said.",
        "claimant": "industry observers",
    },
    {
        # the outer report claims; the nested speaker is what it says
        "doc": "fnc1-test:1830",
        "text": "This report says that Raven Symone says that she was drugged and raped years ago.",
        "claimant": "report",
    },
    # --- modality of plans, evaluations, adjectives and passed-on claims -----------------------
    {
        "doc": "fnc1-test:1193",
        "text": "Saudia Airlines, the state-run airline of Saudi Arabia, does not have plans to separate passengers based on gender, according to an airline source quoted in stories claiming the opposite.",
        "modality": "asserted",
        "negated": True,
    },
    {
        "doc": "fnc1-test:1994",
        "text": "Agilent subsequently announced plans to break itself up.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:441",
        "text": "Cosby has never been criminally charged in any of the alleged rape cases.",
        "modality": "asserted",
        "negated": True,
    },
    {
        "doc": "fnc1-test:1033",
        "text": "It’s appalling that outlets would spread this “satirical” story about Raven-Symone without checking first.",
        "modality": "asserted",
    },
    {
        "doc": "fnc1-test:745",
        "text": "The Wall Street Journal claims that the tech giant is about to split into two companies, one focused on PCs and the other dedicated solely to corporate hardware and services.",
        "claimant": "The Wall Street Journal",
        "modality": "hedged",
    },
    # --- rates: a hyphenated rate before its noun goes into `per` ---------------------------------
    {
        "doc": "fnc1-test:750",
        "text": "ISIS' horrifying trade in human organs, which was revealed by MailOnline last December, is just the latest way for the terrorist organisation to finance its activities, with other major sources of the group's $2 million-a-day income being the sale of oil, ransom payments, and smuggled antiques.",
        "values": [q(2e6, unit="USD", per="day")],
    },
    {
        "doc": "fnc1-test:1067",
        "text": "The jihadist group has until now filled its $2million-a-year war chest from a variety of shadowy sources including oil production, human trafficking and drug smuggling.",
        "values": [q(2e6, unit="USD", per="year")],
    },
]
