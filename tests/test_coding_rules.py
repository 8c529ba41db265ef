"""One sentence per coding rule, with the events it must give (all modalities).

Sentences are our own. Each row: rule, sentence, expected (source, target, CAMEO, modality)
events, and the document date where it is not 2021-05-20 (a Thursday).
"""

from __future__ import annotations

import pytest

from kuroshio.records import MODALITIES, Document

DATE = "2021-05-20"

RULES = [
    # warnings: aimed at whom the warned clause names; force words make them threats of force
    (
        "warning",
        "Beijing warned that any move by Manila to fortify the shoal would mean war.",
        {("CHN", "PHL", "138", "asserted")},
    ),
    (
        "warning",
        "Seoul warned that the allies would respond firmly if Pyongyang staged another provocation.",
        {("KOR", "PRK", "130", "asserted")},
    ),
    # a pronoun and its conjunct: "he and his counterpart" are two actors, the counterpart in his office
    (
        "counterpart",
        "Defense Secretary Lloyd Austin visited Tokyo. "
        "He later said that he and his Japanese counterpart had agreed to expand joint training.",
        {
            ("USAGOV", "JPN", "042", "asserted"),
            ("USAGOV", "JPNGOV", "0312", "asserted"),
            ("JPNGOV", "USAGOV", "0312", "asserted"),
        },
    ),
    # acts in a phrase of a verb that is no act itself; watched shows of force; doers named by their act
    (
        "reference",
        "The aircraft carrier Shandong led a group of Chinese warships on drills near Taiwan.",
        {("CHNMIL", "TWN", "150", "asserted")},
    ),
    (
        "reference",
        "Japan's defense ministry reported Chinese military flights near Okinawa on Monday.",
        {("CHNMIL", "JPN", "150", "asserted")},
    ),
    (
        "reference",
        "Russian bombers flew near Hokkaido. Japanese jets were scrambled to shadow the intruders.",
        {("RUSMIL", "JPN", "150", "asserted"), ("JPNMIL", "RUSMIL", "150", "asserted")},
    ),
    # state forces' violence against protesters is repression; shared modifiers; background events
    ("repression", "Egyptian police opened fire on demonstrators in Cairo.", {("EGYCOP", "EGYOPP", "175", "asserted")}),
    ("conjunction", "Israeli helicopters and tanks shelled Gaza.", {("ISRMIL", "PSE", "194", "asserted")}),
    (
        "background",
        "Peru granted asylum to two Bolivian officers after last month's coup.",
        {("PER", "BOLMIL", "075", "asserted")},
    ),
    (
        "modality",
        "Washington defended the right of Kyiv to strike Russian airfields.",
        {("USA", "UKR", "052", "asserted"), ("UKR", "RUS", "190", "hypothetical")},
    ),
    # a protest is aimed at whom its demand is made of
    (
        "protest",
        "Thousands of students throughout Thailand staged demonstrations to demand reforms by Prayuth's government.",
        {("THAEDU", "THAGOV", "141", "asserted")},
    ),
    # bombings nobody is named for are irregulars' of the place; an attempt on a life is its own act
    (
        "agentless",
        "Two Syrian soldiers were killed by a roadside bomb outside Aleppo.",
        {("SYRUAF", "SYRMIL", "183", "asserted")},
    ),
    (
        "composition",
        "Gunmen attempted to assassinate the mayor of Kandahar on Monday.",
        {("AFGUAF", "AFGGOV", "185", "asserted")},
    ),
    # stopping aid is no aid; one's own forces are built up, not targeted
    ("kind", "Germany suspended its military aid to Niger.", {("DEU", "NER", "1622", "asserted")}),
    ("kind", "Israel has strengthened its forces on the Lebanese border.", {("ISR", "LBN", "154", "asserted")}),
    ("kind", "North Korea trained hundreds of new hackers last year.", {("PRK", "", "154", "asserted")}),
    # the place troops leave is the target; leaders of a body have the body's role
    ("kind", "Syria said it was ready to withdraw its troops from Lebanon.", {("SYR", "LBN", "0356", "asserted")}),
    (
        "actor",
        "Leaders of the Thai opposition coalition met the king.",
        {("THAOPP", "THAGOV", "040", "asserted"), ("THAGOV", "THAOPP", "040", "asserted")},
    ),
    # a host's guest is the object; what is blocked does not happen; an agreement's content is agreed, not done
    (
        "host",
        "Xi welcomed Lula to Beijing on Tuesday.",
        {("CHNGOV", "BRAGOV", "043", "asserted"), ("BRAGOV", "CHNGOV", "042", "asserted")},
        "2023-04-14",
    ),
    ("kind", "Washington announced an end to all military aid to Niger.", {("USA", "NER", "1622", "asserted")}),
    (
        "modality",
        "Armenia and Azerbaijan signed an agreement to reopen their border.",
        {("ARM", "AZE", "057", "asserted"), ("AZE", "ARM", "057", "asserted")},
    ),
    ("kind", "Two French journalists were expelled from Mali.", {("MLI", "FRAMED", "174", "asserted")}),
    ("kind", "Rwanda ordered Belgium's ambassador to leave the country.", {("RWA", "BELGOV", "166", "asserted")}),
    # jets sent to a country are arms for it; foreign forces a state detects near it are a show of force
    ("kind", "Norway said it would send F-35 fighter jets to Poland.", {("NOR", "POL", "0332", "asserted")}),
    (
        "watching",
        "Japan's defense ministry said it had spotted three Russian warships near Hokkaido.",
        {("RUSMIL", "JPN", "150", "asserted")},
    ),
    ("kind", "Pakistan recalled its ambassador from Tehran on Friday.", {("PAK", "IRN", "161", "asserted")}),
    ("kind", "Canada pledged 40 million dollars in humanitarian aid for Sudan.", {("CAN", "SDN", "0333", "asserted")}),
    # agreeing to exercise together is an intent to cooperate militarily, not a threat
    (
        "composition",
        "India and France agreed to hold joint naval exercises.",
        {("IND", "FRA", "0312", "asserted"), ("FRA", "IND", "0312", "asserted")},
    ),
    # a threat made on a condition is aimed at whom the condition is about
    (
        "warning",
        "Beijing threatened strong measures if the Czech senate speaker visited Taipei.",
        {("CHN", "CZELEG", "130", "asserted"), ("CZELEG", "TWN", "042", "hypothetical")},
    ),
    # saying one would use force if another acted threatens the other; leaders of several countries
    (
        "speech",
        "Beijing said it would retaliate if Manila deployed missiles on the island.",
        {("CHN", "PHL", "138", "asserted"), ("PHL", "", "150", "hypothetical")},
    ),
    (
        "conjunction",
        "The leaders of India and Japan pledged to hold talks every year.",
        {("INDGOV", "JPNGOV", "036", "asserted"), ("JPNGOV", "INDGOV", "036", "asserted")},
    ),
    ("kind", "India sent 20 tonnes of medical supplies to Myanmar.", {("IND", "MMR", "073", "asserted")}),
    # a hostile act with no target named is aimed at whoever protests it
    (
        "reference",
        "Taiwan's defense ministry condemned China's drills.",
        {("TWNGOV", "CHN", "111", "asserted"), ("CHN", "TWN", "150", "asserted")},
    ),
    # the grounds of praise are not an act of their own
    ("kind", "Kyiv thanked Poland for its humanitarian aid.", {("UKR", "POL", "051", "asserted")}),
    # what an actor cites or fears is not its own act
    ("kind", "Japan delayed the vote, citing strong opposition.", set()),
    # an import ban is an embargo; a state disciplining its own officials reduces no relations
    ("kind", "China banned imports of Lithuanian beef.", {("CHN", "LTU", "163", "asserted")}),
    ("kind", "The Maldives suspended three deputy ministers on Sunday.", set()),
    # saying another tried to use force accuses it
    (
        "speech",
        "Manila said Beijing was trying to change the status quo by force.",
        {("PHL", "CHN", "112", "asserted")},
    ),
    # a strait named for a country is what an appeal is about; carrying something is no journey
    ("appeal", "Australia called for restraint in the Taiwan Strait.", set()),
    ("kind", "Russia flew two bombers to Venezuela.", {("RUS", "VEN", "150", "asserted")}),
    # those released are not assumed to be the releaser's own people
    ("kind", "Iran released the detained sailors on Monday.", {("IRN", "MIL", "0841", "asserted")}),
    # a person's statement is the person's
    (
        "possessive",
        "Beijing rejected Prime Minister Albanese's statement on the South China Sea.",
        {("CHN", "AUSGOV", "120", "asserted")},
    ),
    # saying that another must act demands it of them
    ("demand", "Vietnam said that China must release the fishermen.", {("VNM", "CHN", "1053", "asserted")}),
    ("demand", "Seoul declared that Pyongyang must stop its missile tests.", {("KOR", "PRK", "100", "asserted")}),
    # clashes: each side by what it does
    (
        "clash",
        "Riot police clashed with protesters outside parliament in Bangkok.",
        {("THACOP", "THAOPP", "175", "asserted"), ("THAOPP", "THACOP", "145", "asserted")},
    ),
    (
        "clash",
        "Indian and Chinese troops clashed along the disputed border.",
        {("INDMIL", "CHNMIL", "190", "asserted"), ("CHNMIL", "INDMIL", "190", "asserted")},
    ),
    # kinds of act read from their words
    ("kind", "Vietnam released two Chinese fishermen on Monday.", {("VNM", "CHNCVL", "0841", "asserted")}),
    ("kind", "Myanmar troops engaged rebels in a firefight near the border.", {("MMRMIL", "REB", "193", "asserted")}),
    (
        "kind",
        "Japan and India held talks on maritime security in Delhi.",
        {("JPN", "IND", "046", "asserted"), ("IND", "JPN", "046", "asserted")},
    ),
    # time clauses: an event that only dates another is news of another day, not of this one
    (
        "background",
        "The announcement comes a day before the Indian prime minister travels to Tokyo.",
        set(),
    ),
    (
        "background",
        "Kenyan troops withdrew from the town on Monday, two weeks after militants kidnapped six teachers.",
        set(),
    ),
    (
        "background",
        "Before flying to Manila on Friday, Blinken met Vietnam's foreign minister in Hanoi.",
        {("USAGOV", "VNMGOV", "040", "asserted"), ("VNMGOV", "USAGOV", "040", "asserted")},
    ),
    # ... but "after meeting X" is the actor's own day
    (
        "background",
        "After meeting Xi in Beijing, Macron flew to Guangzhou.",
        {
            ("FRAGOV", "CHNGOV", "040", "asserted"),
            ("CHNGOV", "FRAGOV", "040", "asserted"),
            ("FRAGOV", "CHN", "042", "asserted"),
        },
    ),
    # violence with no agent named: soldiers who fall abroad fell to their host's forces
    ("agentless", "Four Russian soldiers were killed in Ukraine on Monday.", {("UKR", "RUSMIL", "190", "asserted")}),
    # event nouns that refer back: "the transit" is the destroyer's
    (
        "reference",
        "A US destroyer sailed through the Taiwan Strait on Tuesday. "
        "The transit was condemned by China's defense ministry.",
        {("USAMIL", "CHN", "150", "asserted"), ("CHNGOV", "USAMIL", "111", "asserted")},
    ),
    (
        "reference",
        "Chinese warships held drills near Okinawa. Tokyo protested the drills.",
        {("CHNMIL", "JPN", "150", "asserted"), ("JPN", "CHNMIL", "114", "asserted")},
    ),
    # passive: the by-agent is the source, the subject the target
    (
        "passive",
        "Two Japanese fishing boats were seized by the Russian coast guard on Tuesday.",
        {("RUSCOP", "JPNCVL", "1711", "asserted")},
    ),
    (
        "passive",
        "Philippine supply ships were blocked by Chinese vessels near Second Thomas Shoal.",
        {("CHN", "PHL", "191", "asserted")},
    ),
    # conjunction: one event per actor pair, both ways for agreements and "each other"
    (
        "conjunction",
        "Japan and Australia signed a reciprocal access agreement in Tokyo.",
        {("JPN", "AUS", "057", "asserted"), ("AUS", "JPN", "057", "asserted")},
    ),
    (
        "conjunction",
        "India and Pakistan accused each other of violating the ceasefire.",
        {("IND", "PAK", "112", "asserted"), ("PAK", "IND", "112", "asserted")},
    ),
    (
        "conjunction",
        "Beijing criticized Tokyo and Manila for their joint patrols.",
        {("CHN", "JPN", "111", "asserted"), ("CHN", "PHL", "111", "asserted")},
    ),
    (
        "conjunction",
        "Vietnam, Malaysia, and Indonesia met on Monday.",
        {(a, b, "040", "asserted") for a in ("VNM", "MYS", "IDN") for b in ("VNM", "MYS", "IDN") if a != b},
    ),
    # apposition: a person's office comes from the apposition when the name is unknown
    (
        "apposition",
        "Lloyd Austin, the US defense secretary, met Japan's defense minister in Tokyo.",
        {("USAGOV", "JPNGOV", "040", "asserted"), ("JPNGOV", "USAGOV", "040", "asserted")},
    ),
    # counterpart: the office of the other side
    (
        "counterpart",
        "Japan's foreign minister met her Malaysian counterpart in Kuala Lumpur.",
        {("JPNGOV", "MYSGOV", "040", "asserted"), ("MYSGOV", "JPNGOV", "040", "asserted")},
    ),
    # possessive: the owner's country; an event noun's possessor is its source
    (
        "possessive",
        "Japan's foreign ministry criticized China's military drills around Taiwan.",
        {("JPNGOV", "CHN", "111", "asserted"), ("CHN", "TWN", "150", "asserted")},
    ),
    ("possessive", "South Korea's president visited Tokyo on Friday.", {("KORGOV", "JPN", "042", "asserted")}),
    # metonym: capitals and seats of government stand for states
    ("metonym", "Tokyo protested to Beijing over the incursions.", {("JPN", "CHN", "114", "asserted")}),
    ("metonym", "The Kremlin rejected Washington's proposal.", {("RUSGOV", "USA", "120", "asserted")}),
    (
        "metonym",
        "The Pentagon accused Pyongyang of supplying missiles to Russia.",
        {("USAMIL", "PRK", "112", "asserted"), ("PRK", "RUS", "072", "hypothetical")},
    ),
    # coreference: a person introduced once is known later by surname
    (
        "coreference",
        "Defense Minister Kishi Nobuo visited Palau on Monday. Kishi later met the president of Palau.",
        {
            ("JPNGOV", "PLW", "042", "asserted"),
            ("JPNGOV", "PLWGOV", "040", "asserted"),
            ("PLWGOV", "JPNGOV", "040", "asserted"),
        },
    ),
    # groups: "the two secretaries", "the two countries" are the actors named before them
    (
        "group",  # a group that refers back through a phrase that refers forward: no loop, no actor
        "The video call was the first policy dialogue between the governing parties of the two sides.",
        set(),
    ),
    (
        "group",
        "Secretary of State Marco Rubio and Defense Secretary Pete Hegseth flew to Manila in July. "
        "On Tuesday the two secretaries met President Ferdinand Marcos.",
        {
            ("USAGOV", "PHL", "042", "asserted"),
            ("USAGOV", "PHLGOV", "040", "asserted"),
            ("PHLGOV", "USAGOV", "040", "asserted"),
        },
        "2025-08-21",  # people are known in the years of their offices
    ),
    (
        "group",
        "Australia and Japan held naval drills on Monday. China's foreign ministry criticized the two countries.",
        {
            ("AUS", "JPN", "062", "asserted"),
            ("JPN", "AUS", "062", "asserted"),
            ("CHNGOV", "AUS", "111", "asserted"),
            ("CHNGOV", "JPN", "111", "asserted"),
        },
    ),
    (
        "group",
        "Modi hosted Albanese in New Delhi, and the two leaders signed a maritime security pact.",
        {
            ("INDGOV", "AUSGOV", "043", "asserted"),
            ("AUSGOV", "INDGOV", "042", "asserted"),
            ("INDGOV", "AUSGOV", "057", "asserted"),
            ("AUSGOV", "INDGOV", "057", "asserted"),
        },
        "2023-03-10",
    ),
    # ship prefixes name their navy, before the city or person the ship is named after
    (
        "ship",
        "The frigate HMCS Ottawa sailed through the Taiwan Strait on Sunday.",
        {("CANMIL", "CHN", "150", "asserted")},
    ),
    # the kind of cooperation comes from its object: a security partnership is military (062)
    (
        "lexicon",
        "Seoul and Canberra strengthened their security partnership.",
        {("KOR", "AUS", "062", "asserted"), ("AUS", "KOR", "062", "asserted")},
    ),
    # composition: a governing act and the act it governs give one code
    ("composition", "Japan urged China to hold talks with Taiwan.", {("JPN", "CHN", "026", "asserted")}),
    ("composition", "China refused to release the Japanese sailors.", {("CHN", "JPNMIL", "1243", "asserted")}),
    ("composition", "Germany pledged to send air defense systems to Ukraine.", {("DEU", "UKR", "0332", "asserted")}),
    # a commitment to sanction is a threat (1312); a decision to sanction is the sanction, announced
    ("composition", "Canada vowed to impose sanctions on Belarus.", {("CAN", "BLR", "1312", "asserted")}),
    (
        "composition",
        "The European Union decided to impose sanctions on Belarus.",
        {("IGOEUREEC", "BLR", "163", "intended")},
    ),
    # modality: speculation, proposals and conditionals are never asserted
    ("modality", "Japan could consider joint patrols with the Philippines.", {("JPN", "PHL", "014", "hypothetical")}),
    ("modality", "China did not attack Taiwan.", {("CHN", "TWN", "190", "negated")}),
    (
        "modality",
        "The Pentagon denied reports that US troops had trained Taiwanese soldiers.",
        {("USAMIL", "TWNMIL", "062", "denied")},
    ),
    (
        "modality",
        "Japan will hold talks with Vietnam next month.",
        {("JPN", "VNM", "046", "intended"), ("VNM", "JPN", "046", "intended")},
    ),
    (
        "modality",
        "If China attacked Taiwan, Japan would help the United States.",
        {("CHN", "TWN", "190", "hypothetical"), ("JPN", "USA", "070", "hypothetical")},
    ),
    ("modality", "Seoul said it would not send weapons to Ukraine.", {("KOR", "UKR", "1222", "asserted")}),
    (
        "modality",
        "Canberra arrested a Chinese national for attacking an Australian diplomat.",
        {("AUS", "CHN", "173", "asserted"), ("CHN", "AUSGOV", "190", "hypothetical")},
    ),
    (
        "modality",
        "None of this means that Australia is ready to fight for the Philippines.",
        set(),
    ),
    # what is averted does not happen; what a report alleges is not established
    ("modality", "Mexico sought to avert new US tariffs.", set()),
    (
        "modality",
        "A UN report alleged that Eritrean troops had killed civilians in Tigray.",
        {("IGOUNO", "ERIMIL", "112", "asserted"), ("ERIMIL", "ETHCVL", "190", "hypothetical")},
    ),
    # agreeing is an intent to cooperate (03); signing is 057; lifting a blockade eases it (0872)
    (
        "lexicon",
        "Chile and Peru agreed on a new fisheries pact.",
        {("CHL", "PER", "030", "asserted"), ("PER", "CHL", "030", "asserted")},
    ),
    ("lexicon", "Egypt lifted its blockade of the Gaza Strip.", {("EGY", "PSE", "0872", "asserted")}),
    (
        "lexicon",
        "New Zealand has sent military observers to Australia's Talisman Sabre exercises.",
        {("NZL", "AUS", "062", "asserted"), ("AUS", "", "150", "asserted")},
    ),
    # reported speech: what saying does, beside what is said
    ("speech", "Manila said it would release the Vietnamese fishermen.", {("PHL", "VNMCVL", "0353", "asserted")}),
    (
        "speech",
        "Seoul said that North Korea had fired artillery at Yeonpyeong Island.",
        {("KOR", "PRK", "112", "asserted"), ("PRK", "KOR", "194", "asserted")},
    ),
    (
        "speech",
        "The Taliban claimed that they had attacked a police convoy in Kandahar.",
        {("AFGREBTAL", "AFGCOP", "015", "asserted"), ("AFGREBTAL", "AFGCOP", "190", "hypothetical")},
    ),
    (
        "speech",
        "Russia launched missiles at Kharkiv overnight, Ukrainian officials said.",
        {("RUS", "UKR", "194", "asserted")},
    ),
    # "X will do Y, X's official said": the country's own statement of intent (03x); not so
    # when someone else says what X will do
    (
        "speech",
        "Japan will impose sanctions on Russia, the Japanese prime minister said.",
        {("JPN", "RUS", "1312", "asserted")},
    ),
    ("speech", "Russia will attack Ukraine, US officials said.", {("RUS", "UKR", "190", "intended")}),
    # agentless violence: the strike it happened in, the wielder of the weapon
    (
        "agentless",
        "Three soldiers were killed in a Russian drone strike near Kharkiv.",
        {("RUS", "UKRMIL", "1952", "asserted")},
    ),
    (
        "agentless",
        "A Ukrainian patrol boat was hit by a rocket believed to be fired by pro-Russian separatists.",
        {("REB", "UKR", "194", "asserted")},
    ),
    # weapons: a military weapon makes an attack conventional force, of its kind (194 / 195)
    (
        "weapon",
        "A Ukrainian fuel depot was blown up by a Russian cruise missile.",
        {("RUS", "UKR", "194", "asserted")},
    ),
    ("weapon", "Rebels attacked the army garrison with mortars.", {("REB", "MIL", "194", "asserted")}),
    # protesters who destroy property riot
    ("riot", "Armenian protesters destroyed a Turkish monument.", {("ARMOPP", "TUR", "145", "asserted")}),
    # the parser's "in (Azerbaijani mortar) shelling": the gerund is the strike the dead died in
    (
        "agentless",
        "Three villagers were killed in Azerbaijani mortar shelling in the border region, Armenian officials said.",
        {("AZE", "ARMCVL", "194", "asserted")},
    ),
    # what an attack did ("killing dozens") is the same attack
    (
        "consequence",
        "Houthi rebels attacked a Greek tanker in the Red Sea, setting it on fire.",
        {("YEMREB", "GRCBUS", "190", "asserted")},
    ),
    # places: a meeting place is not met back; claims and condolences are about a place
    ("place", "The Japanese prime minister will attend a summit in Jakarta.", {("JPNGOV", "IDN", "042", "intended")}),
    (
        "place",
        "Prime Minister Albanese expressed condolences for the victims of the earthquake in Turkey.",
        {("AUSGOV", "TUR", "018", "asserted")},
    ),
    # members of a body are the body; amounts of people are those people
    (
        "body",
        "The leaders of Hamas met Egypt's intelligence chief in Cairo.",
        {("PSEREBHMS", "EGYSPY", "040", "asserted"), ("EGYSPY", "PSEREBHMS", "040", "asserted")},
    ),
    (
        "body",
        "Hundreds of UN peacekeepers withdrew from southern Lebanon.",
        {("IGOUNOMIL", "LBN", "087", "asserted")},
    ),
    # the field of a cooperation says its kind; attending is a visit where the place is named
    (
        "kind",
        "Chile and South Korea are seeking to deepen their partnership in energy and mining.",
        {("CHL", "KOR", "0311", "asserted"), ("KOR", "CHL", "0311", "asserted")},
    ),
    ("kind", "Lula attended the BRICS summit in Kazan.", {("BRAGOV", "RUS", "042", "asserted")}, "2024-10-23"),
    ("kind", "Trudeau attended the NATO summit.", {("CANGOV", "IGOWSTNAT", "044", "asserted")}),
    # a warning to someone that speaks of force is a threat of force
    (
        "warning",
        "Pyongyang warned Seoul that any incursion would be met with a military response.",
        {("PRK", "KOR", "138", "asserted")},
    ),
    # "provide X with Y": the recipient is the object, the aid its kind
    (
        "composition",
        "Norway pledged to provide Moldova with 50 million euros in economic aid.",
        {("NOR", "MDA", "0331", "asserted")},
    ),
    ("kind", "Thousands of workers rallied in Lima against the government.", {("PERLAB", "PERGOV", "141", "asserted")}),
    ("kind", "Turkey halted all trade with Israel.", {("TUR", "ISR", "163", "asserted")}),
    (
        "reciprocal",
        "Armenia and Azerbaijan declared a ceasefire.",
        {("ARM", "AZE", "0871", "asserted"), ("AZE", "ARM", "0871", "asserted")},
    ),
    # forces sent to a country protect it; the aim of a deployment is the same act; own forces are no target
    (
        "kind",
        "Britain deployed 900 troops to Estonia to strengthen NATO's defences.",
        {("GBR", "EST", "074", "asserted")},
    ),
    ("kind", "France deployed a frigate to the Red Sea.", {("FRA", "", "150", "asserted")}),
    # people named by nationality, and what strikes did
    (
        "kind",
        "Iranian police detained two Germans and a Frenchman in Tehran.",
        {("IRNCOP", "DEUCVL", "173", "asserted"), ("IRNCOP", "FRACVL", "173", "asserted")},
    ),
    # drones are remotely piloted aerial munitions (1952)
    ("kind", "Russian drone strikes killed four Ukrainians in Odesa.", {("RUS", "UKRCVL", "1952", "asserted")}),
    ("passive", "Haiti's armed gangs were condemned by the United Nations.", {("IGOUNO", "HTICRM", "111", "asserted")}),
    # a transit of waters a state claims is aimed at the claimant; Chinese ships there are aimed at Taiwan
    (
        "target",
        "A British frigate sailed through the Taiwan Strait on Sunday.",
        {("GBRMIL", "CHN", "150", "asserted")},
    ),
    ("target", "Chinese warships sailed through the Taiwan Strait.", {("CHNMIL", "TWN", "150", "asserted")}),
    # chains of coercion keep their target; water cannon coerces; flares are a show of force
    (
        "conjunction",
        "Chinese coast guard crews boarded a Philippine supply boat and seized its cargo.",
        {("CHNCOP", "PHL", "171", "asserted"), ("CHNCOP", "PHL", "1711", "asserted")},
    ),
    (
        "kind",
        "Chinese coast guard ships fired water cannon at a Vietnamese fishing boat.",
        {("CHNCOP", "VNMCVL", "170", "asserted")},
    ),
    (
        "kind",
        "A Chinese fighter jet released flares near a Canadian patrol aircraft.",
        {("CHNMIL", "CAN", "150", "asserted")},
    ),
    # what a sanction does is the sanction; "the move" is whatever was last done
    (
        "consequence",
        "Beijing imposed sanctions on three American drone makers, freezing their assets in China.",
        {("CHN", "USABUS", "163", "asserted")},
    ),
    (
        "reference",
        "Spain and Ireland recognised Palestine, and Israel condemned the move.",
        {
            ("ESP", "PSE", "054", "asserted"),
            ("IRL", "PSE", "054", "asserted"),
            ("ISR", "ESP", "111", "asserted"),
            ("ISR", "IRL", "111", "asserted"),
        },
    ),
    # summoning an envoy to protest is one protest; "without signing" did not sign; leaving gives nothing
    (
        "purpose",
        "Seoul summoned Japan's ambassador to protest against the textbook.",
        {("KOR", "JPNGOV", "114", "asserted")},
    ),
    (
        "modality",
        "Lula left Washington without signing a trade deal with Biden.",
        {("BRAGOV", "USAGOV", "057", "negated"), ("USAGOV", "BRAGOV", "057", "negated")},
        "2023-02-11",
    ),
    ("kind", "North Korea rejected offers of dialogue from Seoul.", {("PRK", "KOR", "125", "asserted")}),
    # a person is who the text calls them before their first office in our table
    (
        "actor",
        "Opposition leader Lee Jae-myung called on South Korean lawmakers to back the motion.",
        {("KOROPP", "KORLEG", "022", "asserted")},
        "2024-12-05",
    ),
    # places captured are occupied; emergencies declared restrict; forces sent must be armed to protect
    ("kind", "Sudanese troops captured the town of El Fasher.", {("SDNMIL", "SDN", "192", "asserted")}),
    # a state of emergency, like a curfew or a ban on rallies, falls on the country where it is declared
    ("kind", "Peru's government declared a state of emergency in Lima.", {("PERGOV", "PER", "1724", "asserted")}),
    ("kind", "The IAEA dispatched inspectors to Iran.", {("IGOUNOIAE", "IRN", "090", "asserted")}),
    ("kind", "Britain deployed two warships to Cyprus.", {("GBR", "CYP", "074", "asserted")}),
    # a pledge not to act commits to nothing; a call on someone we cannot place is no aim of the caller
    ("modality", "Japan pledged not to send troops to Iraq.", {("JPN", "IRQ", "0334", "negated")}),
    (
        "appeal",
        "A Syrian newspaper called on Arabs to mobilize against Israel.",
        {("SYRMED", "ISR", "154", "hypothetical")},
    ),
    (
        "purpose",
        "Nigeria summoned Niger's ambassador to complain about the border raids.",
        {("NGA", "NERGOV", "114", "asserted")},
    ),
    # an object pronoun is the last other person named, not its clause's subject
    (
        "coreference",
        "Modi telephoned Sri Lanka's president, Anura Kumara Dissanayake, and congratulated him on his victory.",
        {
            ("INDGOV", "LKAGOV", "041", "asserted"),
            ("LKAGOV", "INDGOV", "041", "asserted"),
            ("INDGOV", "LKAGOV", "051", "asserted"),
        },
    ),
    # the grounds of an apology are not coded again; a statement whose content is told is the content
    (
        "grounds",
        "Japan apologised to South Korea for violating its airspace.",
        {("JPN", "KOR", "055", "asserted")},
    ),
    ("speech", "Albanese told reporters that Australia would buy more submarines.", set()),
    # what is lifted is lifted for those it weighs on; an order signed is no agreement; the doer of a
    # received act must be named
    (
        "passive",
        "Sanctions on Belarus were lifted by Washington on Monday.",
        {("USA", "BLR", "085", "asserted")},
    ),
    ("kind", "Biden signed an executive order on Cuba.", set()),
    ("kind", "Colombia extradited the suspect to Spain to face charges.", {("COL", "ESP", "063", "asserted")}),
    # hostages handed over are released; a war ended is no war; an accusation of war is of aggression
    (
        "kind",
        "Hamas handed three Israeli hostages over to the Red Cross.",
        {("PSEREBHMS", "ISRCVL", "0841", "asserted")},
    ),
    (
        "kind",
        "Armenia and Azerbaijan agreed to end the war.",
        {("ARM", "AZE", "0356", "asserted"), ("AZE", "ARM", "0356", "asserted")},
    ),
    ("kind", "Kinshasa accused Kigali of an invasion.", {("COD", "RWA", "1123", "asserted")}),
    (
        "kind",
        "The Sudanese army recaptured Wad Madani from the Rapid Support Forces.",
        {("SDNMIL", "SDNREB", "192", "asserted")},
    ),
    (
        "warning",
        "Macron told Putin that Russia would pay a heavy price if it attacked Moldova.",
        {("FRAGOV", "RUSGOV", "130", "asserted"), ("RUS", "MDA", "190", "hypothetical")},
    ),
    # members stand for their group; a place placed by a direction; crowds fired on are protesters
    (
        "actor",
        "Members of a local gang abducted two Canadian nurses on a road north of Port-au-Prince.",
        {("HTICRM", "CANHLH", "181", "asserted")},
    ),
    (
        "repression",
        "Police opened fire on the crowds outside parliament in Nairobi.",
        {("KENCOP", "KENOPP", "175", "asserted")},
    ),
    # "the island" is the country last named; a show of force is aimed by its aim
    (
        "reference",
        "Chinese warships sailed near Taiwan on Monday, and the island's navy sent frigates to shadow them.",
        {("CHNMIL", "TWN", "150", "asserted"), ("TWNMIL", "CHNMIL", "150", "asserted")},
    ),
    # what is demanded in a subjunctive clause; threats and sanctions named by their instrument
    (
        "composition",
        "Macron demanded that Iran free the two French teachers.",
        {("FRAGOV", "IRN", "1053", "asserted")},
    ),
    (
        "kind",
        "Washington threatened Beijing with new tariffs unless it cut its exports.",
        {("USA", "CHN", "1312", "asserted")},
    ),
    ("kind", "The EU adopted a new package of sanctions against Belarus.", {("IGOEUREEC", "BLR", "163", "asserted")}),
    ("kind", "Canada lifted its tariffs on Chinese steel.", {("CAN", "CHN", "085", "asserted")}),
    # aid flown in, and the aid's aim is the same aid
    (
        "kind",
        "Japan flew relief supplies to Myanmar to help survivors of the earthquake.",
        {("JPN", "MMR", "073", "asserted")},
    ),
    # a passive agent hung on the instrument; soldiers who govern; a court's prosecutor is the court
    (
        "passive",
        "A Vietnamese fishing boat was hit with water cannon by Chinese coast guard ships.",
        {("CHNCOP", "VNMCVL", "170", "asserted")},
    ),
    (
        "actor",
        "Burkina Faso's military government expelled two French diplomats.",
        {("BFAMIL", "FRAGOV", "166", "asserted")},
    ),
    (
        "actor",
        "The International Criminal Court's prosecutor opened an investigation into Myanmar.",
        {("IGOJUDICC", "MMR", "090", "asserted")},
    ),
    # a summit whose sidelines are the setting; leaving a place leaves no body; an offer to negotiate refused
    (
        "setting",
        "Albanese met Modi on the sidelines of the G20 summit in Rio.",
        {("AUSGOV", "INDGOV", "040", "asserted"), ("INDGOV", "AUSGOV", "040", "asserted")},
        "2024-11-19",
    ),
    ("kind", "Hungary left the International Criminal Court.", {("HUN", "IGOJUDICC", "160", "asserted")}),
    ("kind", "Pyongyang turned down Seoul's offer to negotiate.", {("PRK", "KOR", "125", "asserted")}),
    # crowds that throw things riot; police who drive them back repress them
    (
        "repression",
        "Protesters hurled stones at police in Belgrade, and the police drove the crowds back with tear gas.",
        {("SRBOPP", "SRBCOP", "145", "asserted"), ("SRBCOP", "SRBOPP", "175", "asserted")},
    ),
    # an owned war against someone is one-sided
    ("reciprocal", "Russia's war against Ukraine entered its third year.", {("RUS", "UKR", "190", "asserted")}),
    # a participle without a subject of its own is not governed by what governs the clause it hangs on
    (
        "modality",
        "Moscow denied that its troops had shelled the plant, blaming Ukraine for the attack.",
        {("RUSMIL", "UKR", "112", "asserted")},
    ),
    # a place owned by a place; protesters who break in riot, and what they do next is the same riot
    (
        "location",
        "A suicide bomber blew himself up among civilians on Kabul's main market street.",
        {("AFGUAF", "AFGCVL", "1831", "asserted")},
    ),
    (
        "kind",
        "Protesters broke into Serbia's parliament and set fire to an office.",
        {("SRBOPP", "SRBLEG", "145", "asserted")},
    ),
    # the small model parses "to help identify" with "help" as an auxiliary; the parse is mended
    (
        "parse",
        "Norway said it would send a team to Chile to help identify the victims.",
        {("NOR", "CHL", "033", "asserted")},
    ),
    ("aid", "South Korea sent rescue teams to Turkey on Tuesday.", {("KOR", "TUR", "073", "asserted")}),
    # victims named by no office are the civilians of the place where it happens
    ("victims", "Russian missiles killed 14 people in Odesa.", {("RUS", "UKRCVL", "194", "asserted")}),
    (
        "victims",
        "Three children were killed in Israeli artillery shelling in the north of the Gaza Strip.",
        {("ISR", "PSECVL", "194", "asserted")},
    ),
    ("victims", "Police detained 40 people in Minsk.", {("BLRCOP", "BLRCVL", "173", "asserted")}),
    # an order to one's own forces is the orderer's act; an order of an act is that act
    (
        "order",
        "Russia's defence minister ordered his troops to abandon the city of Izium.",
        {("RUSGOV", "UKR", "0874", "asserted")},
        "2022-09-10",
    ),
    ("order", "Lukashenko ordered the call-up of reservists.", {("BLRGOV", "", "154", "asserted")}, "2024-03-20"),
    (
        "order",
        "Biden signed an order easing U.S. sanctions on Venezuela.",
        {("USAGOV", "VEN", "085", "asserted")},
        "2023-10-18",
    ),
    ("kind", "Caracas ruled out talks with Washington.", {("VEN", "USA", "125", "asserted")}),
    # restrictions fall on one's own country; "the country" is the one last named
    ("kind", "Georgian authorities banned all rallies in Tbilisi.", {("GEOGOV", "GEO", "1721", "asserted")}),
    ("reference", "Kenya's government imposed a curfew on the country.", {("KENGOV", "KEN", "1723", "asserted")}),
    # "the broadcaster", "the alliance": the last actor of that kind
    (
        "reference",
        "Russia expelled a BBC correspondent, and the broadcaster condemned Moscow.",
        {("RUS", "GBRMED", "174", "asserted"), ("GBRMED", "RUS", "111", "asserted")},
    ),
    (
        "reference",
        "At a NATO summit in Vilnius, Zelensky urged the alliance to send more jets.",
        {("UKRGOV", "IGOWSTNAT", "020", "asserted")},
        "2023-07-11",
    ),
    # "a move X condemned": aimed at those who made it
    (
        "reference",
        "Spain and Ireland recognised Palestine, a move Israel condemned.",
        {
            ("ESP", "PSE", "054", "asserted"),
            ("IRL", "PSE", "054", "asserted"),
            ("ISR", "ESP", "111", "asserted"),
            ("ISR", "IRL", "111", "asserted"),
        },
    ),
    # talks named as the setting of what is said, or "between" two parties
    (
        "meeting",
        "Macron told Putin in a phone call that the sanctions would stay.",
        {
            ("FRAGOV", "RUSGOV", "041", "asserted"),
            ("RUSGOV", "FRAGOV", "041", "asserted"),
            ("FRAGOV", "RUSGOV", "010", "asserted"),
        },
        "2022-03-06",
    ),
    (
        "meeting",
        "The video call between Modi and Biden lasted an hour.",
        {("INDGOV", "USAGOV", "041", "asserted"), ("USAGOV", "INDGOV", "041", "asserted")},
        "2022-04-11",
    ),
    (
        "intent",
        "Oman offered to act as a mediator between Iran and the United States.",
        {("OMN", "IRN", "039", "asserted"), ("OMN", "USA", "039", "asserted")},
    ),
    ("aid", "Berlin announced 500 million euros in military aid for Kyiv.", {("DEU", "UKR", "072", "asserted")}),
    (
        "frame",
        "Japan released treated water into the sea, drawing a rebuke from Beijing.",
        {("CHN", "JPN", "111", "asserted")},
    ),
    (
        "kind",
        "Britain said Syria had used nerve agents against the rebels.",
        {("GBR", "SYR", "112", "asserted"), ("SYR", "REB", "2041", "asserted")},
    ),
    # one act told twice: drills and the firing that is part of them; a visit and its reception
    (
        "same act",
        "North Korea staged drills near the border, firing artillery shells into the sea.",
        {("PRK", "", "150", "asserted")},
    ),
    (
        "same act",
        "Lula arrived in Beijing and was received by Xi.",
        {("CHNGOV", "BRAGOV", "043", "asserted"), ("BRAGOV", "CHNGOV", "042", "asserted")},
        "2023-04-13",
    ),
    (
        "same act",
        "Chinese military aircraft entered Taiwan's airspace, the tenth such violation this month.",
        {("CHNMIL", "TWN", "150", "asserted")},
    ),
    ("kind", "British rail workers held a nationwide strike.", {("GBRLAB", "", "143", "asserted")}),
    # fixes prompted by held-out set 8
    (
        "kind",
        "Three Iranian banks were hit with sanctions by the European Union.",
        {("IGOEUREEC", "IRNBUS", "163", "asserted")},
    ),
    ("kind", "Mali pulled its ambassador from Algiers.", {("MLI", "DZA", "161", "asserted")}),
    ("kind", "The WFP paused food deliveries to Haiti.", {("IGOUNOWFP", "HTI", "1623", "asserted")}),
    # money named after a country is no actor
    (
        "kind",
        "Australia paused 10 million Australian dollars in funding for Nauru.",
        {("AUS", "NRU", "1621", "asserted")},
    ),
    (
        "mutual",
        "Armenia and Azerbaijan ended their war.",
        {("ARM", "AZE", "087", "asserted"), ("AZE", "ARM", "087", "asserted")},
    ),
    ("expulsion", "Moscow declared two Estonian diplomats persona non grata.", {("RUS", "ESTGOV", "166", "asserted")}),
    ("expulsion", "Niger gave the French ambassador 48 hours to leave.", {("NER", "FRAGOV", "166", "asserted")}),
    # a forecast of another's act is no intent
    ("modality", "Analysts expect Beijing to hold more drills near Taiwan.", {("CHN", "TWN", "150", "hypothetical")}),
    # a verb is not governed by the verb it is coordinated with ("set ... ablaze" is no plan)
    (
        "modality",
        "Rioters set cars ablaze and clashed with police in Nairobi.",
        {("KENOPP", "KENCOP", "145", "asserted"), ("KENCOP", "KENOPP", "175", "asserted")},
    ),
    # "accusing it of": the state last named; "their statement": those who last acted
    (
        "reference",
        "Mali cut ties with Ukraine, accusing it of backing rebels.",
        {
            ("MLI", "UKR", "161", "asserted"),
            ("MLI", "UKR", "112", "asserted"),
            ("UKR", "UKRREB", "051", "hypothetical"),
        },
    ),
    (
        "reference",
        "G20 ministers criticised Moscow, and Russia's foreign ministry rejected their statement.",
        {("IGOBUSGTW", "RUS", "111", "asserted"), ("RUSGOV", "IGOBUSGTW", "120", "asserted")},
    ),
    ("weapon", "Russian drones struck an oil depot in Odesa.", {("RUS", "UKR", "1952", "asserted")}),
    # a list of people hung as appositions
    (
        "conjunction",
        "The ICC issued arrest warrants for Vladimir Putin, his commissioner Maria Lvova-Belova and Hamas military "
        "chief Mohammed Deif.",
        {("IGOJUDICC", "RUSGOV", "173", "asserted"), ("IGOJUDICC", "PSEREBHMS", "173", "asserted")},
        "2024-03-20",
    ),
    # a deal brokered by a third party: its mediation, with those who made the deal
    (
        "mediation",
        "Armenia and Azerbaijan signed a peace deal brokered by the United States.",
        {
            ("ARM", "AZE", "057", "asserted"),
            ("AZE", "ARM", "057", "asserted"),
            ("USA", "ARM", "045", "asserted"),
            ("USA", "AZE", "045", "asserted"),
        },
    ),
    # an actor named by a role is no act ("the opposition"); "the country" is not the one acting
    (
        "names",
        "Bolivia's government and the opposition signed a deal in La Paz.",
        {("BOLGOV", "BOLOPP", "057", "asserted"), ("BOLOPP", "BOLGOV", "057", "asserted")},
    ),
    (
        "reference",
        "Venezuela held elections, and Washington responded by easing sanctions on the country's oil sector.",
        {("USA", "VEN", "085", "asserted")},
    ),
    # fixes prompted by held-out set 9 (second pass)
    (
        "target",
        "The European Commission opened an investigation into steel imported from Vietnam.",
        {("IGOEUREECCOM", "VNM", "090", "asserted")},
    ),
    (
        "target",
        "Japan pledged to guarantee 2 billion dollars of World Bank lending to Kenya.",
        {("JPN", "KEN", "0331", "asserted")},
    ),
    (
        "same act",
        "Canadian military planes airdropped food over Gaza in the first Canadian airdrop of aid.",
        {("CANMIL", "PSE", "073", "asserted")},
    ),
    (
        "same act",
        "Russia's defence minister ordered his troops to abandon the city of Izium and pull back.",
        {("RUSGOV", "UKR", "0874", "asserted")},
        "2022-09-10",
    ),
    ("kind", "Sri Lanka's president declared a state of emergency on Friday.", {("LKAGOV", "LKA", "1724", "asserted")}),
    (
        "protest",
        "Nigerian workers walked off the job in a general strike against the government's fuel price rise.",
        {("NGALAB", "NGAGOV", "143", "asserted")},
    ),
    # the infinitive of a threat hung as an adverbial clause; spy planes are military aircraft
    (
        "threat",
        "Kim Yo Jong threatened on Monday to shoot down American spy planes.",
        {("PRKGOV", "USAMIL", "138", "asserted")},
        "2023-07-10",
    ),
    # an act named again: by the noun of its verb ("agreed ... criticized the agreement"), by all who did it
    (
        "reference",
        "Manila and Washington agreed on four new bases. China criticized the agreement.",
        {
            ("PHL", "USA", "030", "asserted"),
            ("USA", "PHL", "030", "asserted"),
            ("CHN", "PHL", "111", "asserted"),
            ("CHN", "USA", "111", "asserted"),
        },
    ),
    ("kind", "China suspended imports of Taiwanese fish.", {("CHN", "TWN", "163", "asserted")}),
    ("kind", "Seoul withdrew its complaint against Tokyo.", {("KOR", "JPN", "080", "asserted")}),
    # fixes prompted by held-out sets 10 and 11
    (
        "speech",
        "Vietnam lodged a protest with China, saying Chinese law enforcement officers had beaten Vietnamese fishermen.",
        {("VNM", "CHN", "114", "asserted"), ("CHNCOP", "VNMCVL", "182", "asserted")},
    ),
    (
        "mediation",
        "Serbia and Kosovo agreed to an immediate ceasefire at talks mediated by the European Union.",
        {
            ("SRB", "XKX", "0871", "asserted"),
            ("XKX", "SRB", "0871", "asserted"),
            ("IGOEUREEC", "SRB", "045", "asserted"),
            ("IGOEUREEC", "XKX", "045", "asserted"),
        },
    ),
    (
        "kind",
        "Canadian fighter jets intercepted two Russian bombers near Alaska.",
        {("CANMIL", "RUSMIL", "150", "asserted")},
    ),
    (
        "kind",
        "Kishida pledged coastal radars to the Philippine navy.",
        {("JPNGOV", "PHLMIL", "0332", "asserted")},
        "2023-11-03",
    ),
    ("kind", "Iran dismissed Washington's peace overtures.", {("IRN", "USA", "125", "asserted")}),
    # retaliation answers whoever last acted against the one who vows it
    (
        "reference",
        "The EU imposed new sanctions on Belarus, and Minsk vowed to retaliate.",
        {("IGOEUREEC", "BLR", "163", "asserted"), ("BLR", "IGOEUREEC", "138", "asserted")},
    ),
    # states that block boats restrict movement (191); crowds that storm a building riot
    (
        "kind",
        "China Coast Guard ships blocked two Philippine boats near the shoal.",
        {("CHNMIL", "PHL", "191", "asserted")},
    ),
    ("kind", "Protesters stormed the presidential palace in Colombo.", {("LKAOPP", "LKAGOV", "145", "asserted")}),
    ("victims", "Belarus freed 52 political prisoners on Thursday.", {("BLR", "BLROPP", "0841", "asserted")}),
    ("victims", "Police in Minsk detained more than 100 people.", {("BLRCOP", "BLRCVL", "173", "asserted")}),
    ("weapon", "Russia pounded Kharkiv with dozens of drones and missiles.", {("RUS", "UKR", "195", "asserted")}),
    # the instrument used to disperse is the dispersal
    (
        "same act",
        "Serbian police fired tear gas to disperse protesters in Belgrade.",
        {("SRBCOP", "SRBOPP", "175", "asserted")},
    ),
    (
        "mutual",
        "French and Egyptian warships began a week of war games off Alexandria.",
        {("FRAMIL", "EGYMIL", "062", "asserted"), ("EGYMIL", "FRAMIL", "062", "asserted")},
    ),
    (
        "protest",
        "Sri Lanka's president resigned as protesters stormed the presidential palace.",
        {("LKAGOV", "LKAOPP", "0831", "asserted"), ("LKAOPP", "LKAGOV", "145", "asserted")},
    ),
    # second pass on held-out set 10
    (
        "protest",
        "More than a million protesters took to the streets across France against Macron's pension plan.",
        {("FRAOPP", "FRAGOV", "141", "asserted")},
        "2023-03-23",
    ),
    (
        "mutual",
        "Israel and Hamas signed a deal in Cairo on the first phase of Trump's plan.",
        {("ISR", "PSEREBHMS", "057", "asserted"), ("PSEREBHMS", "ISR", "057", "asserted")},
        "2025-10-09",
    ),
    (
        "reference",
        "India struck what it called militant camps in Pakistan on Wednesday, and Pakistan's prime minister vowed to "
        "avenge the strikes.",
        {("IND", "PAK", "190", "asserted"), ("PAKGOV", "IND", "138", "asserted")},
    ),
    (
        "intent",
        "Biden said he would order the lifting of sanctions on Venezuela.",
        {("USAGOV", "VEN", "0354", "asserted")},
    ),
    # second pass on held-out set 11
    (
        "names",
        "Chinese Ambassador Huang Xilian was summoned by the Philippine foreign ministry.",
        {("PHLGOV", "CHNGOV", "114", "asserted")},
        "2023-02-14",
    ),
    (
        "reference",
        "Thailand urged Myanmar's military to free Suu Kyi, and Singapore condemned the military's use of force.",
        {("THA", "MMRMIL", "0253", "asserted"), ("SGP", "MMRMIL", "111", "asserted")},
        "2021-03-02",
    ),
    (
        "kind",
        "Cambodia and Thailand agreed to an immediate ceasefire on Monday at talks in Putrajaya.",
        {("KHM", "THA", "0871", "asserted"), ("THA", "KHM", "0871", "asserted")},
        "2025-07-28",
    ),
    (
        "visit",
        "Foreign Minister Wang Yi held talks in Beijing with visiting Australian Foreign Minister Penny Wong.",
        {
            ("CHNGOV", "AUSGOV", "046", "asserted"),
            ("AUSGOV", "CHNGOV", "046", "asserted"),
            ("AUSGOV", "CHN", "042", "asserted"),
        },
        "2022-12-21",
    ),
    (
        "threat",
        "North Korea accused Seoul of a provocation and warned that it would respond with military force.",
        {("PRK", "KOR", "1123", "asserted"), ("PRK", "KOR", "138", "asserted")},
    ),
    (
        "kind",
        "Kishida met Biden in Washington. Later Kishida flew home.",
        {("JPNGOV", "USAGOV", "040", "asserted"), ("USAGOV", "JPNGOV", "040", "asserted")},
        "2023-01-13",
    ),
    # the office holder named in apposition to "his counterpart"; "the two" are the two just named
    (
        "counterpart",
        "US Defense Secretary Pete Hegseth met his Chinese counterpart, Admiral Dong Jun, in Kuala Lumpur on Friday, "
        "and the two agreed to set up military hotlines.",
        {
            ("USAGOV", "CHNGOV", "044", "asserted"),
            ("CHNGOV", "USAGOV", "044", "asserted"),
            ("USAGOV", "CHNGOV", "032", "asserted"),
            ("CHNGOV", "USAGOV", "032", "asserted"),
        },
        "2025-11-01",
    ),
    (
        "reference",
        "Rubio spoke by phone with Lavrov on Saturday, and the two agreed to stay in contact.",
        {
            ("USAGOV", "RUSGOV", "041", "asserted"),
            ("RUSGOV", "USAGOV", "041", "asserted"),
            ("USAGOV", "RUSGOV", "036", "asserted"),
            ("RUSGOV", "USAGOV", "036", "asserted"),
        },
        "2025-03-15",
    ),
    # fixes prompted by held-out set 12
    (
        "modality",
        "Putin did not travel to Istanbul for proposed peace talks with Ukraine.",
        {
            ("RUSGOV", "TUR", "042", "negated"),
            ("RUSGOV", "UKR", "046", "hypothetical"),
            ("UKR", "RUSGOV", "046", "hypothetical"),
        },
        "2025-05-15",
    ),
    ("target", "Japan pledged 50 million dollars in humanitarian aid for Sudan.", {("JPN", "SDN", "0333", "asserted")}),
    ("target", "Washington imposed a 25% tariff on imports from India.", {("USA", "IND", "163", "asserted")}),
    ("passive", "Three sites in Syria were struck by Israeli warplanes.", {("ISRMIL", "SYR", "195", "asserted")}),
    # ultimatums: a threat with "unless", or a span of time given to act
    (
        "threat",
        "Trump warned the Houthis that they would be destroyed unless they stopped attacking ships.",
        {("USAGOV", "YEMREB", "139", "asserted")},
        "2025-03-16",
    ),
    (
        "threat",
        "ECOWAS gave Niger's junta one week to reinstate the president.",
        {("IGOWAFWAS", "NERGOVMIL", "139", "asserted")},
        "2023-07-31",
    ),
    # a date that starts a span the act sets is not the act's date
    (
        "dates",
        "Trump said on Wednesday he would impose a 50% tariff on imports from Brazil from Aug. 1.",
        {("USAGOV", "BRA", "1312", "asserted")},
        "2025-07-10",
    ),
    # what only dates the story ("after months of negotiations mediated by ..."); police of the arrested
    (
        "background",
        "Israel and Hamas agreed to a ceasefire after months of negotiations mediated by Egypt and Qatar.",
        {("ISR", "PSEREBHMS", "0871", "asserted"), ("PSEREBHMS", "ISR", "0871", "asserted")},
        "2025-01-15",
    ),
    (
        "actor",
        "Tanzanian opposition leader Tundu Lissu was arrested by police after a rally on Wednesday.",
        {("TZACOP", "TZAOPP", "173", "asserted")},
        "2025-04-10",
    ),
    # "the country" is one that acts or is acted on before the place where something happened
    (
        "reference",
        "Venezuela's government and the opposition signed a deal in Barbados, and Washington responded by easing "
        "sanctions on the country's oil sector.",
        {
            ("VENGOV", "VENOPP", "057", "asserted"),
            ("VENOPP", "VENGOV", "057", "asserted"),
            ("USA", "VEN", "085", "asserted"),
        },
        "2023-10-19",
    ),
    (
        "modality",
        "Hungary's prime minister praised Donald Trump's efforts to end the war in Ukraine.",
        {("HUNGOV", "USAGOV", "051", "asserted"), ("USAGOV", "UKR", "087", "hypothetical")},
        "2025-03-19",
    ),
    # who no longer holds an office is an elite of the country (ELI), whether the text says "former"
    # or only the table knows; the table's later terms keep their surnames ("Xi" is the president)
    (
        "actor",
        "Former President Jair Bolsonaro criticized Lula on Monday.",
        {("BRAELI", "BRAGOV", "111", "asserted")},
        "2025-05-28",
    ),
    (
        "actor",
        "Fumio Kishida met Taiwan's president in Taipei.",
        {("JPNELI", "TWNGOV", "040", "asserted"), ("TWNGOV", "JPNELI", "040", "asserted")},
        "2025-08-20",
    ),
    (
        "actor",
        "A former defence minister of Chile accused the government of corruption.",
        {("CHLELI", "CHLGOV", "1121", "asserted")},
        "2025-08-20",
    ),
    # a clause conjoined after "persona non grata" is the declarer's; a promise of punishment
    # is a threat; a participle hung on a pact ("..., mediated by X") tells of its parties
    (
        "conjunction",
        "Kenya declared two Somali diplomats persona non grata and recalled its ambassador from Mogadishu.",
        {("KEN", "SOMGOV", "166", "asserted"), ("KEN", "SOM", "161", "asserted")},
    ),
    ("warning", "The Kremlin vowed that Ukraine would face harsh retaliation.", {("RUSGOV", "UKR", "130", "asserted")}),
    (
        "passive",
        "Armenia and Azerbaijan signed a peace deal on Friday, mediated by the United States.",
        {
            ("ARM", "AZE", "057", "asserted"),
            ("AZE", "ARM", "057", "asserted"),
            ("USA", "ARM", "045", "asserted"),
            ("USA", "AZE", "045", "asserted"),
        },
    ),
    # fighters from a group are the group's; a verb parsed as a participle of its subject is
    # mended; people of no named country are of the place; "Niger" tagged as a date is a country
    (
        "actor",
        "Fighters from al-Shabaab attacked a police station in Kenya.",
        {("SOMUAF", "KENCOP", "190", "asserted")},
    ),
    (
        "actor",
        "Gunmen on motorcycles shot dead 12 farmers in a village in Niger.",
        {("NERUAF", "NERAGR", "193", "asserted")},
    ),
    ("intent", "The president said he would cut tariffs on Mexican goods.", {("GOV", "MEX", "0354", "asserted")}),
    # the captives' state is who they are; "each side ... the other" and "each released" are
    # mutual; a forecast said accuses no one; a state's official speaks for it
    ("same act", "Qatar freed two French nationals held hostage in Yemen.", {("QAT", "FRACVL", "0841", "asserted")}),
    (
        "reciprocal",
        "Ethiopia and Eritrea agreed to talks, but days later each side accused the other of massing troops.",
        {
            ("ETH", "ERI", "036", "asserted"),
            ("ERI", "ETH", "036", "asserted"),
            ("ETH", "ERI", "112", "asserted"),
            ("ERI", "ETH", "112", "asserted"),
        },
    ),
    (
        "reciprocal",
        "Armenia and Azerbaijan each released ten prisoners on Tuesday.",
        {("ARM", "AZE", "0841", "asserted"), ("AZE", "ARM", "0841", "asserted")},
    ),
    (
        "modality",
        "Analysts said Russia could attack Moldova if the talks failed.",
        {("RUS", "MDA", "190", "hypothetical")},
    ),
    (
        "speech",
        "Sri Lanka's president said Colombo would send food aid to Myanmar.",
        {("LKAGOV", "MMR", "0333", "asserted")},
    ),
    # the weapon of the strike that killed; the killed are whom the attack hit
    (
        "kind",
        "At least 12 villagers died in an air strike by Sudan's army in North Kordofan.",
        {("SDNMIL", "SDNCVL", "195", "asserted")},
    ),
    (
        "kind",
        "Rebel mortars pounded the town of Goma, killing five civilians.",
        {("CODREB", "CODCVL", "194", "asserted")},
    ),
    # a demand for release is made of whoever holds them; a named group among conjoined
    # modifiers; a state's own land is where it deploys; a verb parsed as a second subject's participle
    (
        "reference",
        "Al-Shabaab fighters kidnapped two aid workers in Somalia, and the UN demanded their release.",
        {("SOMUAF", "SOMNGO", "181", "asserted"), ("IGOUNO", "SOMUAF", "1053", "asserted")},
    ),
    (
        "conjunction",
        "Kenyan and al-Shabaab negotiators held talks in Doha.",
        {("KEN", "SOMUAF", "046", "asserted"), ("SOMUAF", "KEN", "046", "asserted")},
    ),
    ("own forces", "Egypt deployed troops across the country.", {("EGY", "", "150", "asserted")}),
    (
        "actor",
        "Gunmen on motorbikes shot dead 14 farmers in northern Burkina Faso, a local official said.",
        {("BFAUAF", "BFAAGR", "193", "asserted")},
    ),
    # what one is accused of, told as a clause; calling an act a war crime accuses its doers;
    # a retreat that cedes ground surrenders it; one storming and burning by a crowd is a riot
    ("kind", "Ukraine accused Russia of committing war crimes in Bucha.", {("UKR", "RUS", "1124", "asserted")}),
    (
        "reference",
        "Russia shelled a school in Kharkiv, and Ukraine called the attack a war crime.",
        {("RUS", "UKREDU", "194", "asserted"), ("UKR", "RUS", "1124", "asserted")},
    ),
    (
        "kind",
        "Mali's army pulled its troops out of Kidal, ceding the town to Tuareg rebels.",
        {("MLIMIL", "MLIREB", "0874", "asserted")},
    ),
    (
        "same act",
        "Students in Dhaka stormed and set fire to the Indian and Pakistani embassies.",
        {("BGDEDU", "INDGOV", "145", "asserted"), ("BGDEDU", "PAKGOV", "145", "asserted")},
    ),
    # a takeover at home is no occupation; a town taken in one's own country is
    (
        "kind",
        "Army officers announced on state television that they had taken control of Niger.",
        set(),
        "2023-07-27",
    ),
    # a visit one speaks during is news; a call the verb of discussing names no one in is the act;
    # what is discussed is a topic; "one of them", "20 of them" are people; "in protest at X"
    (
        "noun",
        "Kenya's foreign minister said during a visit to Kampala that the two countries would build a railway.",
        {("KENGOV", "UGA", "042", "asserted")},
    ),
    (
        "noun",
        "Egypt's foreign minister discussed Gaza in a phone call with his Qatari counterpart on Monday.",
        {("EGYGOV", "QATGOV", "041", "asserted"), ("QATGOV", "EGYGOV", "041", "asserted")},
    ),
    (
        "target",
        "Blinken discussed Ukraine with Wang Yi.",
        {("USAGOV", "CHNGOV", "040", "asserted"), ("CHNGOV", "USAGOV", "040", "asserted")},
        "2023-06-19",
    ),
    (
        "reference",
        "Police arrested dozens of protesters in Nairobi and later released some of them.",
        {("KENCOP", "KENOPP", "173", "asserted"), ("KENCOP", "KENOPP", "0841", "asserted")},
    ),
    (
        "reference",
        "Farmers blocked roads in Brussels in protest at the EU's farm policy, and police detained 30 of them.",
        {("BELAGR", "IGOEUREEC", "144", "asserted"), ("BELCOP", "BELAGR", "173", "asserted")},
    ),
    (
        "kind",
        "Kyrgyzstan filed a case against Tajikistan at the International Court of Justice.",
        {("KGZ", "TJK", "115", "asserted")},
    ),
    (
        "kind",
        "Niger's junta expelled Doctors Without Borders, accusing the charity of spreading false information.",
        {("NERGOVMIL", "NGOHLHMSF", "1663", "asserted"), ("NERGOVMIL", "NGOHLHMSF", "112", "asserted")},
    ),
    # a strike and the killing it did are one act; an appeal after "and" is the main verb's;
    # "leaving 12 dead" names whom it hit; "bowing to the demands of"; a unilateral truce;
    # "struck what the military called a Hezbollah depot"
    (
        "same act",
        "The UN chief condemned a Rapid Support Forces drone strike that killed 40 civilians in Darfur "
        "and urged the group to agree to a truce.",
        {
            ("IGOUNO", "SDNREB", "111", "asserted"),
            ("SDNREB", "SDNCVL", "1952", "asserted"),
            ("IGOUNO", "SDNREB", "0256", "asserted"),
        },
    ),
    (
        "kind",
        "Villages in North Kivu were shelled by M23 rebels on Sunday, leaving at least 12 civilians dead.",
        {("CODREB", "CODCVL", "194", "asserted")},
    ),
    (
        "target",
        "Nepal's prime minister resigned on Tuesday, bowing to the demands of protesters.",
        {("NPLGOV", "NPLOPP", "0831", "asserted")},
        "2025-09-09",
    ),
    (
        "reciprocal",
        "ELN guerrillas attacked an army post in Colombia's Arauca province and then declared a unilateral ceasefire.",
        {("COLREB", "COLMIL", "190", "asserted"), ("COLREB", "COLMIL", "0871", "asserted")},
    ),
    (
        "target",
        "Israeli jets struck what the military called a Hamas command centre in Gaza City, "
        "and Qatar condemned the raid.",
        {("ISRMIL", "PSEREBHMS", "195", "asserted"), ("QAT", "ISRMIL", "111", "asserted")},
    ),
    # calling a thing dangerous criticises whose it is; a claim called groundless, its maker;
    # talks between two are where they met, not with the place; "on the sidelines of" is a where
    (
        "kind",
        "Beijing called the US arms sale to Taiwan dangerous and irresponsible.",
        {("CHN", "USA", "111", "asserted"), ("USA", "TWN", "072", "asserted")},
    ),
    (
        "reference",
        "India accused Pakistan of harbouring militants, and Islamabad denied it, calling the claim baseless.",
        {("IND", "PAK", "112", "asserted"), ("PAK", "IND", "111", "asserted"), ("PAK", "IND", "016", "asserted")},
    ),
    (
        "kind",
        "Kishida called Biden on Monday.",
        {("JPNGOV", "USAGOV", "041", "asserted"), ("USAGOV", "JPNGOV", "041", "asserted")},
        "2023-06-05",
    ),
    (
        "noun",
        "Talks between the Thai and Cambodian foreign ministers in Kuala Lumpur lasted three hours.",
        {("THAGOV", "KHMGOV", "046", "asserted"), ("KHMGOV", "THAGOV", "046", "asserted")},
    ),
    (
        "target",
        "Modi held talks with Xi Jinping on the sidelines of the Shanghai Cooperation Organisation summit in Tianjin.",
        {("INDGOV", "CHNGOV", "046", "asserted"), ("CHNGOV", "INDGOV", "046", "asserted")},
        "2025-08-31",
    ),
    (
        "kind",
        "Four China Coast Guard ships entered Japanese territorial waters on Sunday.",
        {("CHNMIL", "JPN", "150", "asserted")},
    ),
    (
        "composition",
        "President Lai Ching-te called on Beijing to renounce the use of force.",
        {("TWNGOV", "CHN", "0256", "asserted")},
        "2025-10-10",
    ),
    # across sentences: an office named alone is of the story's country; "the launches" are
    # the last ones told, also when they had no target
    (
        "reference",
        "Vietnam's foreign ministry said on Tuesday that Chinese vessels had detained a Vietnamese fishing boat. "
        "A ministry spokesperson accused China of violating Vietnam's sovereignty.",
        {
            ("CHN", "VNMCVL", "173", "asserted"),
            ("VNMGOV", "CHN", "112", "asserted"),
            ("CHN", "VNM", "128", "hypothetical"),
        },
    ),
    (
        "reference",
        "North Korea fired two ballistic missiles into the sea on Wednesday. "
        "The South Korean government condemned the launches as a violation of UN resolutions.",
        {("PRK", "", "150", "asserted"), ("KORGOV", "PRK", "111", "asserted")},
    ),
    # representatives of several bodies are each body's; "declared persona non grata by X" names X
    (
        "conjunction",
        "Representatives of Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Monday.",
        {("SDNMIL", "SDNREB", "057", "asserted"), ("SDNREB", "SDNMIL", "057", "asserted")},
    ),
    (
        "passive",
        "A Russian diplomat was declared persona non grata by Latvia's foreign ministry on Tuesday.",
        {("LVAGOV", "RUSGOV", "166", "asserted")},
    ),
    # a year that only names a thing ("the 2024 ceasefire") does not say when office is judged;
    # the weapon of "killed a commander in a drone strike"
    (
        "actor",
        "Lebanese President Joseph Aoun accused Israel of violating the 2024 ceasefire.",
        {("LBNGOV", "ISR", "112", "asserted")},
        "2026-02-15",
    ),
    (
        "kind",
        "The Israeli military said it had killed a senior Hezbollah commander in a drone strike in southern Lebanon.",
        {("ISRMIL", "LBNREBHEZ", "1952", "asserted")},
    ),
    # "it" in a clause of a passive verb is the one the passive is about; "they" asked to act
    # in a demand are those asked
    (
        "reference",
        "A Japanese destroyer was shadowed by a Chinese navy frigate as it transited the Taiwan Strait.",
        {("CHNMIL", "JPNMIL", "150", "asserted"), ("JPNMIL", "CHN", "150", "asserted")},
    ),
    (
        "reference",
        "Chinese warships held drills near Okinawa, and Japan demanded that they leave the area.",
        {("CHNMIL", "JPN", "150", "asserted"), ("JPN", "CHNMIL", "100", "asserted")},
    ),
    # an adjective the parser makes a subject of its own beside the name it modifies
    (
        "actor",
        "Sudan's paramilitary Rapid Support Forces attacked the city of El Fasher with drones on Sunday.",
        {("SDNREB", "SDN", "1952", "asserted")},
    ),
    (
        "actor",
        "Xi met Lula in Beijing.",
        {("CHNGOV", "BRAGOV", "040", "asserted"), ("BRAGOV", "CHNGOV", "040", "asserted")},
        "2025-05-12",
    ),
    # hyphenated given names kept whole; goods counted by their worth; children freed by bandits
    # are the place's; the speaker who goes on to accuse; a time clause parsed as the root;
    # an office addressed by another state's embassy; the aim of a threat from what it threatens
    # or from the condition it answers
    (
        "target",
        "Mexico imposed tariffs on 12 billion U.S. dollars' worth of Chinese steel.",
        {("MEX", "CHN", "163", "asserted")},
    ),
    (
        "source",
        "Estonia expelled a Russian diplomat, declaring him persona non grata, the foreign "
        "ministry said, accusing Moscow of sabotage.",
        {("EST", "RUSGOV", "166", "asserted"), ("ESTGOV", "RUS", "112", "asserted")},
    ),
    (
        "source",
        "Lithuania's foreign ministry declared a Belarusian embassy official persona "
        "non grata and accused him of spying.",
        {("LTUGOV", "BLRGOV", "1125", "asserted"), ("LTUGOV", "BLRGOV", "166", "asserted")},
    ),
    (
        "code",
        "The Thai and American troops opened their annual exercises on Tuesday, with "
        "live-fire drills planned near the coast.",
        {("THAMIL", "USAMIL", "062", "asserted"), ("USAMIL", "THAMIL", "062", "asserted")},
    ),
    (
        "code",
        "Vietnam and India agreed to step up defence cooperation.",
        {("IND", "VNM", "0312", "asserted"), ("VNM", "IND", "0312", "asserted")},
    ),
    (
        "reference",
        "Japan's defence ministry said that four Russian warships had been spotted near Hokkaido.",
        {("RUSMIL", "JPN", "150", "asserted")},
    ),
    (
        "time",
        "Pakistan tested a cruise missile on Friday, officials said, two days after "
        "India began large drills along the border.",
        {("PAK", "", "150", "asserted")},
    ),
    (
        "target",
        "Russia's embassy in Tallinn lodged a protest with the ministry.",
        {("RUSGOV", "ESTGOV", "114", "asserted")},
    ),
    (
        "threat",
        "Belarus threatened to cut off electricity exports to Lithuania.",
        {("BLR", "LTU", "130", "asserted")},
    ),
    (
        "threat",
        "Iran threatened to close the Strait of Hormuz if Israel struck its oil terminals.",
        {("IRN", "ISR", "1381", "asserted")},
    ),
    (
        "threat",
        "Serbia threatened to halt gas deliveries unless Kosovo reopened the crossing.",
        {("SRB", "XKX", "1311", "asserted")},
    ),
    (
        "actor",
        "South Korean President Lee Jae-myung hosted Japanese Prime Minister Shigeru Ishiba in "
        "Seoul, and the two leaders signed an agreement on hydrogen.",
        {
            ("JPNGOV", "KORGOV", "042", "asserted"),
            ("JPNGOV", "KORGOV", "057", "asserted"),
            ("KORGOV", "JPNGOV", "043", "asserted"),
            ("KORGOV", "JPNGOV", "057", "asserted"),
        },
        "2025-08-23",
    ),
    (
        "target",
        "Gunmen in Zamfara state freed 25 children seized from a village in Nigeria.",
        {("NGAUAF", "NGACVL", "0841", "asserted")},
    ),
    # "X government and Y rebels" split by the parser, but not one thing of two kinds; a march
    # through one's own capital aims at no one; a condition with "only if" or "will ... if";
    # topics of talks; talks hosted between others; a response told by its means; soldiers
    # called "its"; a state reporting its own forces' acts accuses no one
    (
        "actor",
        "The Colombian government and ELN rebels agreed on Sunday to a truce.",
        {("COLGOV", "COLREB", "0871", "asserted"), ("COLREB", "COLGOV", "0871", "asserted")},
    ),
    (
        "actor",
        "Armenia and Azerbaijan launched a trade and transport partnership.",
        {("ARM", "AZE", "050", "asserted"), ("AZE", "ARM", "050", "asserted")},
    ),
    (
        "target",
        "Thousands of protesters marched through Tbilisi on Sunday, and riot police fired "
        "tear gas at demonstrators outside the parliament.",
        {("GEOCOP", "GEOOPP", "175", "asserted"), ("GEOOPP", "", "141", "asserted")},
    ),
    (
        "modality",
        "Syria will resume talks with Lebanon only if Beirut expels the militants, its foreign minister said.",
        {
            ("LBN", "REB", "174", "hypothetical"),
            ("LBN", "SYR", "046", "hypothetical"),
            ("SYR", "LBN", "046", "hypothetical"),
        },
    ),
    (
        "modality",
        "Egypt will send troops to Somalia if the African Union asks.",
        {("EGY", "SOM", "074", "hypothetical")},
    ),
    (
        "target",
        "Japan's foreign minister spoke by phone with Penny Wong about the Gaza truce.",
        {("AUSGOV", "JPNGOV", "041", "asserted"), ("JPNGOV", "AUSGOV", "041", "asserted")},
        "2025-03-12",
    ),
    (
        "code",
        "Oman hosted talks on a prisoner swap between the United States and Iran.",
        {
            ("IRN", "OMN", "042", "asserted"),
            ("IRN", "USA", "046", "asserted"),
            ("OMN", "IRN", "043", "asserted"),
            ("OMN", "USA", "043", "asserted"),
            ("USA", "IRN", "046", "asserted"),
            ("USA", "OMN", "042", "asserted"),
        },
    ),
    (
        "code",
        "The Ukrainian military said it had retaliated with drone strikes on Russian depots.",
        {("UKRMIL", "RUS", "1952", "asserted")},
    ),
    (
        "target",
        "The Jordanian army said two of its soldiers were wounded by Syrian gunfire near the border.",
        {("JORMIL", "SYR", "112", "asserted"), ("SYR", "JORMIL", "193", "asserted")},
    ),
    (
        "target",
        "Niger's junta said its troops had killed 12 militants.",
        {("NERMIL", "NERREB", "190", "asserted")},
    ),
    # an office holder we do not know serves where his state's people or towns are acted on;
    # whom a demand is of: those to withdraw, the one told to act; a suspension of what is done
    # with others; a halt of arms sales is an embargo; "a decision that X condemned"; talks
    # that end in a signing; money pledged is economic aid
    (
        "target",
        "President Hakainde Hichilema banned Zambian opposition rallies.",
        {("ZMBGOV", "ZMBOPP", "1721", "asserted")},
    ),
    (
        "target",
        "President Bola Tinubu threatened to impose a curfew in Kano.",
        {("NGAGOV", "NGA", "132", "asserted")},
    ),
    (
        "target",
        "The African Union demanded the withdrawal of Rwandan forces from Congo.",
        {("IGOAFRAFU", "RWAMIL", "1056", "asserted")},
    ),
    (
        "target",
        "The WHO reiterated its demand that Israel allow fuel into Gaza.",
        {("IGOUNOWHO", "ISR", "100", "asserted")},
    ),
    (
        "target",
        "Australia renewed its call for China to release the detained writer.",
        {("AUS", "CHN", "020", "asserted")},
    ),
    (
        "target",
        "The UN called for Sudan to open the border crossing.",
        {("IGOUNO", "SDN", "020", "asserted")},
    ),
    (
        "target",
        "Lithuania announced a suspension of rail links with Belarus.",
        {("LTU", "BLR", "160", "asserted")},
    ),
    (
        "code",
        "Spain ordered a halt of arms sales to Israel.",
        {("ESP", "ISR", "163", "asserted")},
    ),
    (
        "target",
        "Ireland recognised Palestine on Wednesday, a decision that Israel's foreign ministry condemned.",
        {("IRL", "PSE", "054", "asserted"), ("ISRGOV", "IRL", "111", "asserted")},
    ),
    (
        "code",
        "Talks between Armenia and Azerbaijan in Doha ended with the signing of a border protocol.",
        {
            ("ARM", "AZE", "046", "asserted"),
            ("ARM", "AZE", "057", "asserted"),
            ("AZE", "ARM", "046", "asserted"),
            ("AZE", "ARM", "057", "asserted"),
        },
    ),
    (
        "code",
        "Kuwait pledged 300 million dollars for Syria's reconstruction.",
        {("KWT", "SYR", "0331", "asserted")},
    ),
    # short family names first ("Lai", "He Lifeng"), and a sentence's first word no part of a
    # name; "he" for the person named before it; "ought"; what a call asks and what holds
    # "only once"; launching drills; a retort told by what it says; what is agreed after an act
    # with no code; mediators named by "X-brokered"; one protest summoned for; asset freezes;
    # a statement's author; the Wagner group; an anniversary dates; acts in general
    (
        "actor",
        "Lai condemned Beijing for the drills.",
        {("TWNGOV", "CHN", "111", "asserted")},
        "2025-04-10",
    ),
    (
        "actor",
        "Chinese Vice Premier He Lifeng met US Treasury Secretary Scott Bessent in Geneva.",
        {("CHNGOV", "USAGOV", "044", "asserted"), ("USAGOV", "CHNGOV", "044", "asserted")},
        "2025-05-10",
    ),
    (
        "actor",
        "After Albanese met Xi in Beijing, he praised the talks.",
        {
            ("AUSGOV", "CHNGOV", "040", "asserted"),
            ("AUSGOV", "CHNGOV", "051", "asserted"),
            ("CHNGOV", "AUSGOV", "040", "asserted"),
        },
        "2025-07-15",
    ),
    (
        "reference",
        "During Macron's visit to Hanoi on Monday, he and Vietnam's president signed a defence pact.",
        {
            ("FRAGOV", "VNM", "042", "asserted"),
            ("FRAGOV", "VNMGOV", "057", "asserted"),
            ("VNMGOV", "FRAGOV", "057", "asserted"),
        },
        "2025-05-26",
    ),
    (
        "modality",
        "The Korean and Japanese coast guards ought to hold joint patrols.",
        {("JPNCOP", "KORCOP", "062", "hypothetical"), ("KORCOP", "JPNCOP", "062", "hypothetical")},
    ),
    (
        "modality",
        "Kyiv renewed its call on Moscow to agree to a truce.",
        {("UKR", "RUS", "020", "asserted")},
    ),
    (
        "modality",
        "The Kremlin said Putin would meet Zelensky only once a peace deal was ready.",
        {("RUSGOV", "UKRGOV", "040", "hypothetical"), ("UKRGOV", "RUSGOV", "040", "hypothetical")},
        "2025-06-01",
    ),
    (
        "code",
        "On Monday, the PLA launched large drills around Taiwan.",
        {("CHNMIL", "TWN", "150", "asserted")},
        "2025-04-10",
    ),
    (
        "code",
        "Beijing's foreign ministry hit back by accusing Tokyo of interference.",
        {("CHNGOV", "JPN", "112", "asserted")},
    ),
    (
        "code",
        "Vietnam and Laos agreed to reopen the border crossing and expand trade.",
        {("LAO", "VNM", "0311", "asserted"), ("VNM", "LAO", "0311", "asserted")},
    ),
    (
        "code",
        "Negotiators from Sudan and South Sudan held Egypt-brokered talks in Cairo.",
        {
            ("EGY", "SDNGOV", "045", "asserted"),
            ("EGY", "SSDGOV", "045", "asserted"),
            ("SDNGOV", "SSDGOV", "046", "asserted"),
            ("SSDGOV", "SDNGOV", "046", "asserted"),
        },
    ),
    (
        "code",
        "China's foreign ministry summoned Japan's ambassador to lodge a stern protest.",
        {("CHNGOV", "JPNGOV", "114", "asserted")},
    ),
    (
        "target",
        "The EU froze the assets of two Iranian companies.",
        {("IGOEUREEC", "IRNBUS", "163", "asserted")},
    ),
    (
        "target",
        "North Korea issued a statement threatening to strike Seoul.",
        {("PRK", "KOR", "138", "asserted")},
    ),
    (
        "actor",
        "Members of the Wagner group arrived in Bamako.",
        {("RUSMIL", "MLI", "042", "asserted")},
    ),
    (
        "time",
        "Macron visited Kyiv on the third anniversary of Russia's invasion.",
        {("FRAGOV", "UKR", "042", "asserted")},
        "2025-02-24",
    ),
    (
        "reference",
        "Each PLA drill around Taiwan has followed the same pattern.",
        set(),
    ),
    # weapons called "its" are the speaker's; a vow after an accusation is aimed at the accused;
    # a finite verb is no conjunct of a gerund; "Kim" after "Kim Jong Un"; whom sending helps;
    # an office named alone is the one named with it; acts named by the phrase they were done
    # in ("in overnight raids"), measures, and his remarks; expulsions of no one named
    (
        "source",
        "Israel's military said its jets had struck Hezbollah depots in southern Lebanon.",
        {("ISRMIL", "LBNREBHEZ", "195", "asserted")},
    ),
    (
        "target",
        "The Kremlin accused Kyiv of sabotaging the talks and vowed to retaliate.",
        {("RUSGOV", "UKR", "112", "asserted"), ("RUSGOV", "UKR", "138", "asserted")},
    ),
    (
        "source",
        "The UN refugee agency accused Greece of pushing back migrants and called on "
        "the Greek authorities to open an inquiry.",
        {("IGOUNOHCR", "GRC", "112", "asserted"), ("IGOUNOHCR", "GRCGOV", "020", "asserted")},
    ),
    (
        "reference",
        "Kim Jong Un received Sergei Lavrov in Pyongyang. Kim pledged to send more troops to help Russia.",
        {
            ("PRKGOV", "RUS", "0332", "asserted"),
            ("PRKGOV", "RUSGOV", "043", "asserted"),
            ("RUSGOV", "PRKGOV", "042", "asserted"),
        },
        "2025-07-12",
    ),
    (
        "target",
        "Japan sent troops to help Tonga.",
        {("JPN", "TON", "072", "asserted")},
    ),
    (
        "reference",
        "Merz and Macron visited Kyiv on Monday. The chancellor pledged air defence systems to Ukraine.",
        {
            ("DEUGOV", "UKR", "0332", "asserted"),
            ("DEUGOV", "UKR", "042", "asserted"),
            ("FRAGOV", "UKR", "042", "asserted"),
        },
        "2025-05-12",
    ),
    (
        "reference",
        "Russian troops detained 12 Ukrainians in overnight raids near Kherson. Kyiv condemned the raids.",
        {("RUSMIL", "UKRCVL", "173", "asserted"), ("UKR", "RUSMIL", "111", "asserted")},
    ),
    (
        "reference",
        "The EU adopted new sanctions on Belarus. Minsk called the measures illegal.",
        {("BLR", "IGOEUREEC", "111", "asserted"), ("IGOEUREEC", "BLR", "163", "asserted")},
    ),
    (
        "reference",
        "Japan's defence minister warned that Tokyo would respond to any attack. China's "
        "foreign ministry called his remarks provocative.",
        {("CHNGOV", "JPNGOV", "111", "asserted")},
    ),
    (
        "code",
        "Venezuela expelled diplomats from seven countries.",
        set(),
    ),
    # a name read as a noun or an imperative before its verb; "the two leaders" after an
    # apposition; a visit named with its visitor during which acts happen; deals struck;
    # companies barred, waivers revoked, fees charged on each other, export controls expanded;
    # stations and signals suspended; disbursements approved; troops ordered onto streets;
    # dispersing "them"; both sides of a civil war; talks under a mediation; a province named
    # like a country; a request received, and what it asks
    (
        "actor",
        "Trump signed trade agreements with Malaysian Prime Minister Anwar Ibrahim.",
        {("MYSGOV", "USAGOV", "057", "asserted"), ("USAGOV", "MYSGOV", "057", "asserted")},
        "2025-10-28",
    ),
    (
        "reference",
        "Lula was welcomed to Delhi by Narendra Modi, India's prime minister, and the "
        "two leaders signed a pact on ethanol.",
        {
            ("BRAGOV", "INDGOV", "042", "asserted"),
            ("BRAGOV", "INDGOV", "057", "asserted"),
            ("INDGOV", "BRAGOV", "043", "asserted"),
            ("INDGOV", "BRAGOV", "057", "asserted"),
        },
        "2025-03-10",
    ),
    (
        "reference",
        "Albanese and Trump signed a minerals framework during a visit by Albanese to the White House.",
        {
            ("AUSGOV", "USAGOV", "042", "asserted"),
            ("AUSGOV", "USAGOV", "057", "asserted"),
            ("USAGOV", "AUSGOV", "057", "asserted"),
        },
        "2025-10-21",
    ),
    (
        "code",
        "Carney and Modi struck a framework trade agreement at a resort in Alberta on Sunday.",
        {("CANGOV", "INDGOV", "057", "asserted"), ("INDGOV", "CANGOV", "057", "asserted")},
        "2025-06-16",
    ),
    (
        "target",
        "China barred Lithuanian companies from public tenders.",
        {("CHN", "LTUBUS", "163", "asserted")},
    ),
    (
        "target",
        "The Commerce Department revoked waivers allowing Samsung Electronics to ship tools to China.",
        {("USAGOV", "KORBUS", "163", "asserted")},
    ),
    (
        "target",
        "Washington and Beijing began charging port fees on each other's ships.",
        {("CHN", "USA", "163", "asserted"), ("USA", "CHN", "163", "asserted")},
    ),
    (
        "code",
        "Beijing expanded its export controls on rare earths.",
        set(),
    ),
    (
        "code",
        "Mali's junta suspended two private radio stations on Tuesday.",
        {("MLIGOVMIL", "MLIMED", "1721", "asserted")},
    ),
    (
        "target",
        "Guinean authorities suspended the broadcaster's local FM signal, accusing it of spreading false news.",
        {("GINGOV", "GINMED", "1721", "asserted")},
    ),
    (
        "code",
        "The IMF board approved a disbursement of 800 million dollars to Egypt.",
        {("IGOUNOIMF", "EGY", "071", "asserted")},
    ),
    (
        "code",
        "Ecuador's president ordered troops onto the streets of Quito.",
        {("ECUGOV", "", "154", "asserted")},
    ),
    (
        "target",
        "Hundreds of opposition supporters marched through Lome to reject the election results, "
        "and riot police fired tear gas to disperse them.",
        {("TGOCOP", "TGOOPP", "175", "asserted"), ("TGOOPP", "", "141", "asserted")},
    ),
    (
        "actor",
        "Qatar urged Sudan's army and the Rapid Support Forces to observe a truce, and "
        "both sides announced a 72-hour ceasefire.",
        {
            ("QAT", "SDNMIL", "0256", "asserted"),
            ("QAT", "SDNREB", "0256", "asserted"),
            ("SDNMIL", "SDNREB", "0871", "asserted"),
            ("SDNREB", "SDNMIL", "0871", "asserted"),
        },
    ),
    (
        "code",
        "Talks between the Congolese government and the M23 rebels resumed in Doha under Qatari mediation.",
        {
            ("CODGOV", "CODREB", "046", "asserted"),
            ("CODREB", "CODGOV", "046", "asserted"),
            ("QAT", "CODGOV", "045", "asserted"),
            ("QAT", "CODREB", "045", "asserted"),
        },
    ),
    (
        "actor",
        "Gunmen freed 20 children abducted from a school in Nigeria's Niger state.",
        {("NGAUAF", "NGACVL", "0841", "asserted"), ("NGAUAF", "NGACVL", "181", "asserted")},
    ),
    (
        "modality",
        "Sheinbaum said her government had received no request from Washington to let "
        "U.S. troops strike cartels on Mexican soil.",
        {("USAMIL", "MEX", "190", "hypothetical")},
        "2026-03-10",
    ),
    # a subordinate clause parsed as a conjunct; a second subject or apposition after "and";
    # "air and naval drills"; an act prompted by another is aimed at its prompter; a claim of
    # responsibility, and the attack it claims; tariffs raised
    (
        "time",
        "Indian and Pakistani troops traded fire along the Line of Control on Sunday, the Indian army "
        "said, two days after both governments had agreed to a ceasefire.",
        {("INDMIL", "PAKMIL", "190", "asserted"), ("PAKMIL", "INDMIL", "190", "asserted")},
    ),
    (
        "actor",
        "Anwar Ibrahim, Malaysia's prime minister, and his Thai counterpart signed a border agreement in Bangkok.",
        {("MYSGOV", "THAGOV", "057", "asserted"), ("THAGOV", "MYSGOV", "057", "asserted")},
        "2025-06-10",
    ),
    (
        "actor",
        "Japan's foreign minister Takeshi Iwaya and his Indian counterpart Subrahmanyam Jaishankar met in Tokyo.",
        {("INDGOV", "JPNGOV", "040", "asserted"), ("JPNGOV", "INDGOV", "040", "asserted")},
        "2025-03-10",
    ),
    (
        "code",
        "North Korea launched air and naval drills near the border, prompting Seoul to put its forces on alert.",
        {("KOR", "PRK", "152", "asserted"), ("PRK", "", "150", "asserted")},
    ),
    (
        "code",
        "The Baloch Liberation Army claimed responsibility for a bombing that killed nine soldiers in Quetta.",
        {("PAKREB", "PAKMIL", "183", "asserted")},
    ),
    (
        "code",
        "Trump threatened to raise tariffs on Brazilian coffee.",
        {("USAGOV", "BRA", "1312", "asserted")},
        "2025-07-10",
    ),
    # the demand or proposal rejected is its maker's, and a manoeuvre condemned its doer's;
    # flares released close to an aircraft; missiles handed over; a place that a state calls by
    # its own name is no call; remarks withdrawn are words
    (
        "reference",
        "Beijing demanded that Seoul withdraw the remarks, and South Korean "
        "officials rejected the demand within hours.",
        {("CHN", "KOR", "100", "asserted"), ("KORGOV", "CHN", "124", "asserted")},
    ),
    (
        "reference",
        "Japan proposed talks with China on Monday. Beijing dismissed the proposal as empty.",
        {("CHN", "JPN", "120", "asserted"), ("JPN", "CHN", "036", "asserted")},
    ),
    (
        "reference",
        "A Russian jet released flares close to a Norwegian patrol aircraft, Oslo "
        "said, condemning the manoeuvre as reckless.",
        {("NOR", "RUSMIL", "111", "asserted"), ("RUSMIL", "NOR", "150", "asserted")},
    ),
    (
        "code",
        "Korea handed over two missile batteries to the Polish army.",
        {("KOR", "POLMIL", "072", "asserted")},
    ),
    (
        "code",
        "The two countries dispute the rocks, which Seoul calls Dokdo.",
        set(),
    ),
    (
        "target",
        "Hamas refused to comply with a demand from Washington.",
        {("PSEREBHMS", "USA", "124", "asserted")},
    ),
    (
        "target",
        "Iran declined to answer a demand from the Japanese premier.",
        {("IRN", "JPNGOV", "120", "asserted")},
    ),
    (
        "target",
        "Iran ignored a request from the IAEA to inspect the site.",
        {("IRN", "IGOUNOIAE", "120", "asserted")},
    ),
    (
        "modality",
        "The opposition said it will boycott the vote unless the president resigns.",
        {("GOV", "OPP", "0831", "hypothetical")},
    ),
    (
        "kind",
        "Qatar launched a mediation effort between Rwanda and Congo.",
        {("QAT", "COD", "045", "asserted"), ("QAT", "RWA", "045", "asserted")},
    ),
    (
        "host",
        "Macron gave a warm welcome to Lula on Thursday.",
        {("BRAGOV", "FRAGOV", "042", "asserted"), ("FRAGOV", "BRAGOV", "043", "asserted")},
        "2025-06-10",
    ),
    (
        "kind",
        "Britain provided intelligence to Kyiv on Russian troop movements.",
        {("GBR", "UKR", "064", "asserted")},
    ),
    (
        "reference",
        "A court in Tbilisi sentenced two opposition leaders to eight months in prison, and the European "
        "Union condemned the verdicts.",
        {("GEOJUD", "GEOOPP", "116", "asserted"), ("IGOEUREEC", "GEOJUD", "111", "asserted")},
    ),
    (
        "reference",
        "The IAEA board found Iran in breach of its obligations on Thursday, and Tehran condemned the "
        "resolution as political.",
        {("IGOUNOIAE", "IRN", "112", "asserted"), ("IRN", "IGOUNOIAE", "111", "asserted")},
    ),
    (
        "reference",
        "Hungary banned the Ukrainian commander from entering the country. Kyiv denounced the ban.",
        {("HUN", "UKRMIL", "163", "asserted"), ("UKR", "HUN", "111", "asserted")},
    ),
    (
        "kind",
        "Lithuania barred two Belarusian officials from entering its territory.",
        {("LTU", "BLRGOV", "163", "asserted")},
    ),
    (
        "modality",
        "Egypt and Qatar discussed a US plan to end the war in Gaza.",
        {("EGY", "QAT", "040", "asserted"), ("QAT", "EGY", "040", "asserted"), ("USA", "PSE", "087", "hypothetical")},
    ),
    (
        "conjunction",
        "Japan imposed sanctions on Russia, and South Korea followed suit.",
        {("JPN", "RUS", "163", "asserted"), ("KOR", "RUS", "163", "asserted")},
    ),
    (
        "coreference",
        "Japan imposed sanctions on Russia. South Korea followed suit on Monday.",
        {("JPN", "RUS", "163", "asserted"), ("KOR", "RUS", "163", "asserted")},
    ),
    (
        "conjunction",
        "Britain and Canada recognised the State of Palestine on Sunday, with Portugal following suit hours later.",
        {("CAN", "PSE", "054", "asserted"), ("GBR", "PSE", "054", "asserted"), ("PRT", "PSE", "054", "asserted")},
    ),
    (
        "kind",
        "At least seven people were killed when a Russian glide bomb hit an apartment block in Kharkiv on Saturday.",
        {("RUS", "UKR", "195", "asserted")},
    ),
    (
        "kind",
        "Ukrainian drones set fire to an oil depot in Russia's Belgorod region.",
        {("UKR", "RUS", "1952", "asserted")},
    ),
    (
        "same act",
        "Israel struck a building in Beirut's southern suburbs on Sunday, the first Israeli attack on the "
        "Lebanese capital in months.",
        {("ISR", "LBN", "190", "asserted")},
    ),
    (
        "possessive",
        "Israel killed Hezbollah's top military commander in an air strike.",
        {("ISR", "LBNREBHEZ", "195", "asserted")},
    ),
    (
        "possessive",
        "Hamas's armed wing fired rockets at Israel.",
        {("PSEREBHMS", "ISR", "194", "asserted")},
    ),
    (
        "passive",
        "A special tribunal in Dhaka sentenced ousted Prime Minister Sheikh Hasina to death in absentia on Monday.",
        {("BGDJUD", "BGDELI", "116", "asserted")},
        "2025-11-17",
    ),
    (
        "kind",
        "Russian military drones crossed into Polish airspace at least 19 times overnight.",
        {("RUSMIL", "POL", "150", "asserted")},
    ),
    (
        "target",
        "Poland shut all its border crossings with Belarus on Friday.",
        {("POL", "BLR", "191", "asserted")},
    ),
    (
        "kind",
        "Warsaw asked its NATO allies for consultations under Article 4.",
        {("POL", "IGOWSTNAT", "026", "asserted")},
    ),
    (
        "negation",
        "No Japanese jets were scrambled to intercept the drone.",
        {("JPNMIL", "", "150", "negated")},
    ),
    (
        "modality",
        "Budapest insisted the waiver had no time limit.",
        set(),
    ),
    (
        "kind",
        "Hezbollah vowed revenge against Israel.",
        {("LBNREBHEZ", "ISR", "138", "asserted")},
    ),
    (
        "metonym",
        "Zakharova said Moscow would respond in kind.",
        set(),
    ),
    (
        "kind",
        "Moscow said it would respond by cutting Poland's diplomatic presence in Russia.",
        {("RUS", "POL", "1313", "asserted")},
    ),
    (
        "target",
        "Iran fired missiles at the base on Monday in retaliation for the American strikes on its nuclear facilities.",
        {("IRN", "USA", "194", "asserted")},
    ),
    (
        "target",
        "Russia expelled two diplomats in response to Poland's expulsion of its consul.",
        {("RUS", "POL", "166", "asserted")},
    ),
    (
        "kind",
        "The WFP cut food vouchers for Rohingya refugees, blaming a shortfall in donor funding.",
        set(),  # (the aid cut, but no one is blamed)
    ),
    (
        "kind",
        "Cameroon's Constitutional Council on Monday declared President Paul Biya the winner of the election.",
        set(),
    ),
    (
        "background",
        "Government forces pulled out of Sweida, where they had clashed with local fighters for days.",
        set(),
    ),
    (
        "actor",
        "No country has recognised the junta.",
        set(),
    ),
    (
        "target",
        "French trade unions staged a nationwide strike against President Emmanuel Macron's pension plan on Thursday.",
        {("FRALAB", "FRAGOV", "143", "asserted")},
        "2023-03-09",
    ),
    (
        "target",
        "Tanzanian police detained supporters of opposition leader Tundu Lissu.",
        {("TZACOP", "TZAOPP", "173", "asserted")},
        "2025-04-10",
    ),
    (
        "conjunction",
        "Kenyan police fired tear gas and arrested dozens of opposition supporters in Nairobi.",
        {("KENCOP", "KENOPP", "173", "asserted"), ("KENCOP", "KENOPP", "175", "asserted")},
        "2025-04-10",
    ),
    (
        "kind",
        "Serbian police fired water cannon at protesters outside the parliament in Belgrade.",
        {("SRBCOP", "SRBOPP", "175", "asserted")},
    ),
    (
        "passive",
        "Drones launched by the Houthis struck a tanker in the Red Sea on Sunday.",
        {("YEMREB", "BUS", "1952", "asserted")},
    ),
    (
        "conjunction",
        "Mali declared diplomats from France, Sweden and Denmark persona non grata and ordered them to leave Bamako.",
        {
            ("MLI", "DNKGOV", "166", "asserted"),
            ("MLI", "FRAGOV", "166", "asserted"),
            ("MLI", "SWEGOV", "166", "asserted"),
        },
    ),
    (
        "kind",
        "Prime Minister Anthony Albanese, on his first visit to China in seven years, met Premier Li Qiang in Beijing.",
        {
            ("AUSGOV", "CHN", "042", "asserted"),
            ("AUSGOV", "CHNGOV", "040", "asserted"),
            ("CHNGOV", "AUSGOV", "040", "asserted"),
        },
        "2023-11-06",
    ),
    (
        "coreference",
        "Australian Foreign Minister Penny Wong and her New Zealand counterpart, Winston Peters, flew to "
        "Suva on Monday, where they signed a security accord with Fiji's government.",
        {
            ("AUSGOV", "FJI", "042", "asserted"),
            ("AUSGOV", "FJIGOV", "057", "asserted"),
            ("FJIGOV", "AUSGOV", "057", "asserted"),
            ("FJIGOV", "NZLGOV", "057", "asserted"),
            ("NZLGOV", "FJI", "042", "asserted"),
            ("NZLGOV", "FJIGOV", "057", "asserted"),
        },
        "2024-02-12",
    ),
    (
        "coreference",
        "Japanese Prime Minister Fumio Kishida hosted Joe Biden at Camp David, where defence ministers from "
        "the two countries signed a logistics pact.",
        {
            ("JPNGOV", "USAGOV", "043", "asserted"),
            ("JPNGOV", "USAGOV", "057", "asserted"),
            ("USAGOV", "JPNGOV", "042", "asserted"),
            ("USAGOV", "JPNGOV", "057", "asserted"),
        },
        "2023-08-18",
    ),
    (
        "kind",
        "Xi Jinping received the Brazilian foreign minister in Beijing on Friday for three hours of talks on trade.",
        {
            ("BRAGOV", "CHNGOV", "042", "asserted"),
            ("BRAGOV", "CHNGOV", "046", "asserted"),
            ("CHNGOV", "BRAGOV", "043", "asserted"),
            ("CHNGOV", "BRAGOV", "046", "asserted"),
        },
        "2024-05-24",
    ),
    (
        "host",
        "The Thai king welcomed the Japanese emperor to Bangkok for a state visit.",
        {("JPNGOV", "THAGOV", "042", "asserted"), ("THAGOV", "JPNGOV", "043", "asserted")},
    ),
    (
        "target",
        "President Cyril Ramaphosa threatened to impose a curfew in Durban.",
        {("ZAFGOV", "ZAF", "132", "asserted")},
        "2021-07-14",
    ),
    (
        "kind",
        "Brazil's foreign ministry called Washington's imposition of a 50% tariff on Brazilian goods \"unjustified\".",
        {("BRAGOV", "USA", "111", "asserted"), ("USA", "BRA", "163", "asserted")},
    ),
    (
        "kind",
        "Warsaw ordered the closure of the Russian consulate in Krakow.",
        {("POL", "RUSGOV", "161", "asserted")},
    ),
    (
        "actor",
        "Thousands protested against the government in Kathmandu.",
        {("NPLOPP", "NPLGOV", "140", "asserted")},
    ),
    (
        "actor",
        "Young people rallied against a social media ban in Kathmandu.",
        {("NPLOPP", "NPLGOV", "141", "asserted")},
    ),
    (
        "target",
        "Farmers protested against Macron's pension reform in Paris.",
        {("FRAAGR", "FRAGOV", "140", "asserted")},
        "2023-03-15",
    ),
    (
        "kind",
        "Japanese navy ships delivered tonnes of rations and blankets to Manila to help the Philippines cope "
        "with the typhoon.",
        {("JPNMIL", "PHL", "073", "asserted")},
    ),
    (
        "target",
        "The rebels handed 12 Colombian soldiers to the Red Cross on Sunday.",
        {("COLREB", "COLMIL", "0841", "asserted")},
    ),
    (
        "kind",
        "The rebels seized Bukavu, the army's last stronghold in South Kivu.",
        {("CODREB", "COD", "192", "asserted")},
    ),
    (
        "actor",
        "Israel ordered two Jerusalem correspondents of British broadcaster BBC to leave the country.",
        {("ISR", "GBRMED", "174", "asserted")},
    ),
    (
        "kind",
        'Taiwan called China\'s imposition of tariffs on its farm goods "unfair".',
        {("CHN", "TWN", "163", "asserted"), ("TWN", "CHN", "111", "asserted")},
    ),
    (
        "conjunction",
        "Yoon Suk Yeol and Fumio Kishida spoke by phone on Thursday.",
        {("JPNGOV", "KORGOV", "041", "asserted"), ("KORGOV", "JPNGOV", "041", "asserted")},
        "2023-06-01",
    ),
    (
        "kind",
        'Xi Jinping called Joe Biden a "dangerous hegemon" on Sunday.',
        {("CHNGOV", "USAGOV", "111", "asserted")},
        "2023-06-04",
    ),
    (
        "kind",
        "Beijing called Manila's repeated intrusions into Chinese waters unacceptable.",
        {("CHN", "PHL", "111", "asserted"), ("PHL", "CHN", "150", "asserted")},
    ),
    (
        "kind",
        "Biden called Xi a dictator.",
        {("USAGOV", "CHN", "111", "asserted")},
        "2023-06-21",
    ),
    (
        "passive",
        "Ferdinand Marcos Jr. was sworn in as president in Manila on Thursday and met Chinese Vice President "
        "Wang Qishan after the ceremony.",
        {("CHNGOV", "PHLGOV", "040", "asserted"), ("PHLGOV", "CHNGOV", "040", "asserted")},
        "2022-06-30",
    ),
    (
        "kind",
        "Trump said he was terminating all trade talks with Canada.",
        {("USAGOV", "CAN", "164", "asserted")},
        "2025-10-24",
    ),
    (
        "kind",
        "The United States revoked the visa of Brazil's justice minister on Friday.",
        {("USA", "BRAGOV", "172", "asserted")},
        "2025-07-18",
    ),
    (
        "metonym",
        "Trump said Washington would stop all payments and subsidies to Colombia.",
        {("USAGOV", "COL", "1311", "asserted")},
        "2025-10-19",
    ),
    (
        "modality",
        "The council approved a mission empowered to detain gang leaders.",
        set(),
    ),
    (
        "kind",
        "Japan's foreign ministry criticised the new export rules.",
        set(),
    ),
    (
        "passive",
        "South Korean President Yoon Suk Yeol hosted Japanese Prime Minister Fumio Kishida for talks in "
        "Seoul on Sunday.",
        {
            ("JPNGOV", "KORGOV", "042", "asserted"),
            ("JPNGOV", "KORGOV", "046", "asserted"),
            ("KORGOV", "JPNGOV", "043", "asserted"),
            ("KORGOV", "JPNGOV", "046", "asserted"),
        },
        "2023-05-07",
    ),
    (
        "coreference",
        "Kishida held talks with Yoon in Tokyo on Thursday. They agreed to resume regular visits.",
        {
            ("JPNGOV", "KORGOV", "036", "asserted"),
            ("JPNGOV", "KORGOV", "046", "asserted"),
            ("KORGOV", "JPNGOV", "036", "asserted"),
            ("KORGOV", "JPNGOV", "046", "asserted"),
        },
        "2023-03-16",
    ),
    (
        "kind",
        "Britain will transfer two retired frigates to Ukraine.",
        {("GBR", "UKR", "072", "intended")},
        "2024-05-13",
    ),
    (
        "modality",
        "Trump said he would lift tariffs on Mexican steel in return for Mexico's help in stopping migrants.",
        {("USAGOV", "MEX", "0354", "asserted")},
        "2025-06-10",
    ),
    (
        "target",
        "Kyiv rejected Moscow's demand that Ukraine cede the rest of the Donetsk region.",
        {("UKR", "RUS", "124", "asserted")},
        "2025-08-20",
    ),
    (
        "modality",
        "Modi will not attend the G7 summit in Canada next month, officials familiar with the plans said.",
        {("INDGOV", "CAN", "042", "negated")},
        "2025-05-20",
    ),
    (
        "kind",
        "Japan said it would not provide military aid to Ukraine.",
        {("JPN", "UKR", "1222", "asserted")},
    ),
    (
        "conjunction",
        "ECOWAS suspended Guinea and demanded a swift return to civilian rule.",
        {("IGOWAFWAS", "GIN", "100", "asserted"), ("IGOWAFWAS", "GIN", "160", "asserted")},
        "2021-09-08",
    ),
    (
        "same act",
        "Gunmen abducted 80 pupils from a school in Kaduna on Friday, in the second mass kidnapping in a month.",
        {("NGAUAF", "NGAEDU", "181", "asserted")},
        "2024-03-08",
    ),
    (
        "reference",
        "Russia vetoed a UN Security Council draft resolution calling for a ceasefire in Ukraine.",
        {("RUS", "IGOUNOSCR", "129", "asserted")},
        "2022-02-25",
    ),
    (
        "conjunction",
        "Xi Jinping and Vladimir Putin spoke by telephone on Thursday and agreed to hold a summit in Astana.",
        {
            ("CHNGOV", "RUSGOV", "036", "asserted"),
            ("CHNGOV", "RUSGOV", "041", "asserted"),
            ("RUSGOV", "CHNGOV", "036", "asserted"),
            ("RUSGOV", "CHNGOV", "041", "asserted"),
        },
        "2024-05-02",
    ),
    (
        "actor",
        "Anthony Albanese announced on Sunday that his government had recognised the State of Palestine.",
        {("AUSGOV", "PSE", "054", "asserted")},
        "2025-09-21",
    ),
    (
        "kind",
        "Spain has cut all trade with Israel and closed its ports to Israeli ships.",
        {("ESP", "ISR", "163", "asserted"), ("ESP", "ISR", "191", "asserted")},
        "2025-09-10",
    ),
    (
        "target",
        "Israel struck Iranian air defences overnight, and Tehran vowed a harsh response.",
        {("IRN", "ISR", "138", "asserted"), ("ISR", "IRN", "190", "asserted")},
        "2024-10-26",
    ),
    (
        "kind",
        "Rebel fighters burned their weapons at a ceremony in Mindanao on Friday.",
        {("PHLREB", "PHL", "0873", "asserted")},
        "2025-06-20",
    ),
    (
        "modality",
        "Qatar would be ready to host talks between Israel and Hamas if both sides asked it to, its foreign "
        "minister said.",
        {
            ("ISR", "QAT", "020", "hypothetical"),
            ("PSEREBHMS", "QAT", "020", "hypothetical"),
            ("QAT", "ISR", "036", "hypothetical"),
            ("QAT", "PSEREBHMS", "036", "hypothetical"),
        },
        "2025-03-05",
    ),
    (
        "negation",
        "A Kremlin spokesman said that no date had been set for a meeting between Putin and Trump.",
        {("RUSGOV", "USAGOV", "040", "negated"), ("USAGOV", "RUSGOV", "040", "negated")},
        "2025-03-05",
    ),
    (
        "modality",
        "Hegseth accused China of preparing for an invasion of Taiwan.",
        {("CHN", "TWN", "192", "hypothetical"), ("USAGOV", "CHN", "112", "asserted")},
        "2025-05-31",
    ),
    (
        "kind",
        "Trump met Xi in the South Korean city of Busan on Thursday.",
        {("CHNGOV", "USAGOV", "044", "asserted"), ("USAGOV", "CHNGOV", "044", "asserted")},
        "2025-10-30",
    ),
    (
        "kind",
        "Takaichi met Xi on the sidelines of the APEC summit in Gyeongju, South Korea, on Friday.",
        {("CHNGOV", "JPNGOV", "044", "asserted"), ("JPNGOV", "CHNGOV", "044", "asserted")},
        "2025-10-31",
    ),
    (
        "kind",
        "Biden met Xi in Beijing.",
        {("CHNGOV", "USAGOV", "040", "asserted"), ("USAGOV", "CHNGOV", "040", "asserted")},
        "2023-06-21",
    ),
    (
        "reference",
        "Israel struck a compound in Doha on Tuesday, an attack that Qatar's emir and Egypt's foreign "
        "ministry both condemned.",
        {("EGYGOV", "ISR", "111", "asserted"), ("ISR", "QAT", "190", "asserted"), ("QATGOV", "ISR", "111", "asserted")},
        "2025-09-09",
    ),
    (
        "mutual",
        "Chinese and Russian bombers flew a joint patrol near Japan on Tuesday.",
        {
            ("CHNMIL", "JPN", "150", "asserted"),
            ("CHNMIL", "RUSMIL", "062", "asserted"),
            ("RUSMIL", "CHNMIL", "062", "asserted"),
            ("RUSMIL", "JPN", "150", "asserted"),
        },
        "2025-12-09",
    ),
    (
        "kind",
        "The shipyard won the contract, beating a rival bid from a German firm.",
        set(),
    ),
    (
        "target",
        "Protesters demanded the resignation of President William Ruto.",
        {("KENOPP", "KENGOV", "1041", "asserted")},
        "2025-06-25",
    ),
    (
        "target",
        "Thousands of protesters took to the streets of Lima to demand the resignation of President Dina Boluarte.",
        {("PEROPP", "PERGOV", "141", "asserted")},
        "2025-09-10",
    ),
    (
        "mediation",
        "Russia and Ukraine swapped 84 prisoners each on Friday in an exchange mediated by Qatar.",
        {
            ("QAT", "RUS", "045", "asserted"),
            ("QAT", "UKR", "045", "asserted"),
            ("RUS", "UKR", "0841", "asserted"),
            ("UKR", "RUS", "0841", "asserted"),
        },
        "2025-08-15",
    ),
    (
        "actor",
        "Fuad Shukr, described by the Israeli military as Hezbollah's top commander, was killed in an "
        "Israeli strike on Beirut.",
        {("ISR", "LBNREBHEZ", "195", "asserted")},
        "2024-07-31",
    ),
    (
        "phrasal",
        "The president called the senator a disgrace on Sunday.",
        {("GOV", "LEG", "111", "asserted")},
        "2025-10-20",
    ),
    (
        "accusation",
        "Washington accused Caracas of drug trafficking.",
        {("USA", "VEN", "1121", "asserted")},
        "2025-09-01",
    ),
    (
        "accusation",
        "The ministry accused the rebels of genocide in Darfur.",
        {("SDNGOV", "SDNREB", "1124", "asserted")},
        "2025-04-10",
    ),
    (
        "modality",
        "The president said on Tuesday he would raise tariffs on Canadian steel, calling Ottawa's trade policy "
        "a disgrace.",
        {("GOV", "CAN", "111", "asserted"), ("GOV", "CAN", "1312", "asserted")},
        "2025-03-05",
    ),
    (
        "target",
        "The Security Council voted to extend the mission in Lebanon, and Beirut welcomed the decision.",
        {("LBN", "IGOUNOSCR", "051", "asserted")},
        "2025-08-29",
    ),
    (
        "person",
        "Prime Minister Alix Didier Fils-Aimé met the Dominican president in Santo Domingo.",
        {("DOMGOV", "HTIGOV", "040", "asserted"), ("HTIGOV", "DOMGOV", "040", "asserted")},
        "2026-03-10",
    ),
    (
        "group",
        "Prime Minister Shigeru Ishiba met Donald Trump at the G7 summit in Canada, and the two leaders agreed to "
        "continue tariff talks.",
        {
            ("JPNGOV", "USAGOV", "036", "asserted"),
            ("JPNGOV", "USAGOV", "044", "asserted"),
            ("USAGOV", "JPNGOV", "036", "asserted"),
            ("USAGOV", "JPNGOV", "044", "asserted"),
        },
        "2025-06-16",
    ),
    (
        "pronoun",
        "Myanmar's junta said on Friday it would release 200 detainees, many of them jailed since the coup, in a "
        "deal brokered by Thailand.",
        {("THA", "MMRGOVMIL", "045", "intended")},
        "2025-05-05",
    ),
    (
        "kind",
        "Hundreds of Hondurans took to the streets of Tegucigalpa on Sunday to protest power cuts.",
        {("HNDOPP", "", "141", "asserted")},
        "2025-04-14",
    ),
    (
        "target",
        "Ugandan soldiers arrived in Somalia on Monday to help the country secure its capital.",
        {("UGAMIL", "SOM", "042", "asserted"), ("UGAMIL", "SOM", "070", "asserted")},
        "2025-03-10",
    ),
    (
        "person",
        "Peruvian police detained Carlos Mesa, a former interior minister and opposition figure, on Friday.",
        {("PERCOP", "PEROPP", "173", "asserted")},
        "2025-02-14",
    ),
    (
        "conjunction",
        "Nicaragua expelled diplomats from Costa Rica, Panama and three other Central American states on Tuesday.",
        {("NIC", "CRIGOV", "166", "asserted"), ("NIC", "PANGOV", "166", "asserted")},
        "2025-05-20",
    ),
    (
        "trigger",
        "Bolivian soldiers forced their way into Argentina's embassy in La Paz on Thursday.",
        {("BOLMIL", "ARGGOV", "171", "asserted")},
        "2025-06-12",
    ),
    (
        "target",
        "A court in Lima issued a warrant for the arrest of opposition leader Keiko Fujimori.",
        {("PERJUD", "PEROPP", "173", "asserted")},
        "2025-07-08",
    ),
    (
        "trigger",
        "The State Department ordered visa restrictions on Nicaraguan officials on Wednesday.",
        {("USAGOV", "NICGOV", "172", "asserted")},
        "2025-08-13",
    ),
    (
        "target",
        "Bolivia rejected what it called unacceptable pressure on Tuesday.",
        set(),
        "2025-09-09",
    ),
    (
        "parse",
        "Rebels took the border town on Monday, and in Bamako protesters attacked the embassy of France.",
        {("MLIOPP", "FRAGOV", "145", "asserted")},
        "2025-02-10",
    ),
    (
        "trigger",
        "M23 rebels seized most of Bukavu on Sunday.",
        {("CODREB", "COD", "192", "asserted")},
        "2025-03-02",
    ),
    (
        "target",
        "President Donald Trump threatened on Friday to send American troops into Venezuela, accusing "
        "its government of harbouring cartels.",
        {("USAGOV", "VEN", "138", "asserted"), ("USAGOV", "VENGOV", "112", "asserted")},
        "2025-10-03",
    ),
    (
        "target",
        "Minsk released 14 prisoners, and Washington in return lifted sanctions on the potash producer Belaruskali.",
        {("USA", "BLRBUS", "085", "asserted")},
        "2025-06-21",
    ),
    (
        "target",
        "Georgian police detained the opposition leader on Monday, and the European Union condemned her arrest.",
        {("GEOCOP", "GEOOPP", "173", "asserted"), ("IGOEUREEC", "GEOCOP", "111", "asserted")},
        "2025-04-07",
    ),
    (
        "target",
        "Seoul accused Pyongyang of the cyberattack. Pyongyang denied any involvement.",
        {("KOR", "PRK", "112", "asserted"), ("PRK", "KOR", "016", "asserted")},
        "2025-05-13",
    ),
    (
        "parse",
        "Qatar's emir said after mediating between Israel and Hamas that a deal was close.",
        {("QATGOV", "ISR", "045", "asserted"), ("QATGOV", "PSEREBHMS", "045", "asserted")},
        "2025-01-14",
    ),
    (
        "reciprocal",
        "Armenia and Azerbaijan agreed on Friday to settle their border dispute.",
        {("ARM", "AZE", "037", "intended"), ("AZE", "ARM", "037", "intended")},
        "2025-08-08",
    ),
    (
        "parse",
        "Warsaw accused Moscow late on Monday of a sabotage attack on the railway.",
        {("POL", "RUS", "1123", "asserted")},
        "2025-11-17",
    ),
    (
        "target",
        "Lithuania accused Belarus of a hybrid attack on its airspace.",
        {("LTU", "BLR", "1123", "asserted")},
        "2025-10-27",
    ),
    (
        "actor",
        "The U.S. Treasury imposed sanctions on three Iranian shipping firms.",
        {("USAGOV", "IRNBUS", "163", "asserted")},
        "2025-07-30",
    ),
    (
        "target",
        "Russia struck a hotel in Kharkiv on Sunday. Kyiv condemned the cowardly attack.",
        {("RUS", "UKR", "190", "asserted"), ("UKR", "RUS", "111", "asserted")},
        "2025-06-02",
    ),
    (
        "actor",
        "Georgian police detained an opposition mayor on Thursday.",
        {("GEOCOP", "GEOOPP", "173", "asserted")},
        "2025-03-13",
    ),
    (
        "target",
        "Thousands of protesters rallied in Belgrade, chanting against the government.",
        {("SRBOPP", "SRBGOV", "141", "asserted")},
        "2025-03-16",
    ),
    (
        "target",
        "Armenian and Azerbaijani envoys held talks in Abu Dhabi, with an Emirati official carrying "
        "messages between the two delegations. Both sides agreed to meet again.",
        # (the carrier mediates; "the two delegations" after one phrase of two adjectives yields
        # only the second of them)
        {
            ("AREGOV", "AZEGOV", "045", "asserted"),
            ("ARM", "AZE", "036", "asserted"),
            ("ARMGOV", "AZEGOV", "046", "asserted"),
            ("AZE", "ARM", "036", "asserted"),
            ("AZEGOV", "ARMGOV", "046", "asserted"),
        },
        "2025-07-11",
    ),
    (
        "target",
        "Israel struck what it called militant targets at four sites in Lebanon and Syrian-controlled territory.",
        {("ISR", "LBN", "190", "asserted")},
        "2025-04-02",
    ),
    (
        "warning",
        "Pakistan shelled Indian posts. India vowed that it would respond at a time of its choosing.",
        {("IND", "PAK", "138", "intended"), ("PAK", "IND", "194", "asserted")},
        "2025-05-08",
    ),
    (
        "trigger",
        "Bangladesh's interim government banned all activities of the Awami League.",
        {("BGDGOV", "BGDOPP", "1722", "asserted")},
        "2025-05-11",
    ),
    (
        "modality",
        "Biden met Erdogan in Ankara, a day after announcing that the United States would lift sanctions on Turkey.",
        {
            ("TURGOV", "USAGOV", "040", "asserted"),
            ("USAGOV", "TUR", "0354", "asserted"),
            ("USAGOV", "TURGOV", "040", "asserted"),
        },
        "2024-02-01",
    ),
    (
        "parse",
        "The IAEA chief called on Pyongyang to allow inspectors back.",
        {("IGOUNOIAE", "PRK", "0255", "asserted")},
        "2025-09-15",
    ),
    (
        "target",
        "The UN mission in Afghanistan urged the authorities to reopen girls' schools.",
        {("IGOUNO", "AFGGOV", "020", "asserted")},
        "2025-03-20",
    ),
    (
        "trigger",
        "The Taliban administration barred women from working for aid groups.",
        {("AFGGOV", "AFG", "172", "asserted")},
        "2025-01-10",
    ),
    (
        "consumed",
        "Iran fired missiles at Israel, saying it was retaliating for the strike on its embassy.",
        {("IRN", "ISR", "194", "asserted")},
        "2024-10-02",
    ),
    (
        "passive",
        "A Vietnamese fishing boat was chased and rammed by a Chinese coast guard ship near the Paracels.",
        {("CHNCOP", "VNMCVL", "190", "asserted")},
        "2025-05-20",
    ),
    (
        "blame",
        "A Chinese fighter released flares near an Australian patrol plane, and Canberra called the "
        "manoeuvre unsafe and unprofessional.",
        {("AUS", "CHN", "111", "asserted"), ("CHN", "AUS", "150", "asserted")},
        "2025-02-13",
    ),
    (
        "location",
        "Anthony Albanese and Xi Jinping met on the sidelines of the APEC summit in Lima on Saturday.",
        {("AUSGOV", "CHNGOV", "044", "asserted"), ("CHNGOV", "AUSGOV", "044", "asserted")},
        "2024-11-16",
    ),
    (
        "trigger",
        "Trump and Xi agreed in Busan to scale back tariffs.",
        {("CHNGOV", "USAGOV", "0354", "asserted"), ("USAGOV", "CHNGOV", "0354", "asserted")},
        "2025-10-30",
    ),
    (
        "consumed",
        "Kishida met Li Qiang on Sunday, voicing serious concern over Chinese military activity near Japan.",
        {
            ("CHNGOV", "JPNGOV", "040", "asserted"),
            ("JPNGOV", "CHNGOV", "040", "asserted"),
            ("JPNGOV", "CHNMIL", "012", "asserted"),
        },
        "2024-05-26",
    ),
    (
        "modality",
        "A Chinese blockade of Taiwan is the contingency that planners fear most.",
        set(),
        "2026-01-15",
    ),
    (
        "group",
        "Japan and the Philippines signed a defence pact on Monday. The two US allies pledged to deepen security ties.",
        {
            ("JPN", "PHL", "032", "asserted"),
            ("JPN", "PHL", "057", "asserted"),
            ("PHL", "JPN", "032", "asserted"),
            ("PHL", "JPN", "057", "asserted"),
        },
        "2024-07-08",
    ),
    (
        "modality",
        "Tokyo and Manila signed a defence pact on Monday, as the two allies deepen security ties.",
        {("JPN", "PHL", "057", "asserted"), ("PHL", "JPN", "057", "asserted")},
        "2024-07-08",
    ),
    (
        "consumed",
        "Modi and Putin will meet in Moscow to discuss oil purchases.",
        {("INDGOV", "RUSGOV", "040", "intended"), ("RUSGOV", "INDGOV", "040", "intended")},
        "2024-07-05",
    ),
    (
        "intent",
        "Guatemala agreed to send 3,000 troops to the border.",
        {("GTM", "", "150", "intended")},
        "2025-02-04",
    ),
    (
        "trigger",
        "Washington paused its threatened tariffs on Canadian goods for a month.",
        {("USA", "CAN", "085", "asserted")},
        "2025-02-04",
    ),
    (
        "target",
        "Trump paused the tariffs after a phone call with Canadian Prime Minister Justin Trudeau.",
        {("CANGOV", "USAGOV", "041", "asserted"), ("USAGOV", "CANGOV", "041", "asserted")},
        "2025-02-04",
    ),
    (
        "parse",
        "Caracas freed two Colombians held in the country after hosting a Colombian delegation.",
        {
            ("COLGOV", "VEN", "042", "asserted"),
            ("VEN", "COLCVL", "0841", "asserted"),
            ("VEN", "COLGOV", "043", "asserted"),
        },
        "2025-04-10",
    ),
    (
        "trigger",
        "The White House said it would remove Cuba from the list of state sponsors of terrorism.",
        {("USAGOV", "CUB", "0354", "asserted")},
        "2025-01-14",
    ),
    (
        "trigger",
        "Guatemala sent 12 gang leaders to the United States on Friday to face trial.",
        {("GTM", "USA", "063", "asserted")},
        "2025-06-06",
    ),
    (
        "target",
        "Lula called the court's decision a witch hunt and said Brasilia would respond accordingly.",
        {("BRAGOV", "BRAJUD", "111", "asserted"), ("BRAGOV", "BRAJUD", "130", "asserted")},
        "2025-08-01",
    ),
    (
        "person",
        "Prosecutors charged Pedro Castillo, the former president and leader of the opposition, on Monday.",
        {("PERJUD", "PERELI", "112", "asserted")},
        "2025-04-14",
    ),
    (
        "actor",
        "Police fired tear gas at pensioners protesting outside parliament in Lima, leaving a photographer injured.",
        {("PERCOP", "PEROPP", "175", "asserted"), ("PEROPP", "PERLEG", "140", "asserted")},
        "2025-03-13",
    ),
    (
        "actor",
        "A panel of Peru's Constitutional Court convicted former President Pedro Castillo on Thursday.",
        {("PERJUD", "PERELI", "116", "asserted")},
        "2025-11-27",
    ),
    (
        "person",
        "Georgian police arrested Aleko Elisashvili, the opposition's best-known lawmaker and a former "
        "mayoral candidate, on Friday.",
        {("GEOCOP", "GEOLEG", "173", "asserted")},
        "2025-02-07",
    ),
    (
        "person",
        "Peruvian Prime Minister Eduardo Arana met Bolivia's president in La Paz. The president "
        "received Arana at the palace.",
        {
            ("BOLGOV", "PERGOV", "040", "asserted"),
            ("BOLGOV", "PERGOV", "043", "asserted"),
            ("PERGOV", "BOLGOV", "040", "asserted"),
            ("PERGOV", "BOLGOV", "042", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "trigger",
        "The opposition party accused security forces of torturing detained protesters.",
        {("COP", "OPP", "175", "hypothetical"), ("OPP", "COP", "1122", "asserted")},
        "2025-11-03",
    ),
    (
        "trigger",
        "The World Food Programme cut food rations for refugees in Chad.",
        {("IGOUNOWFP", "TCDREF", "1623", "asserted")},
        "2025-04-22",
    ),
    (
        "target",
        "Moscow said it was suing the bank in a Russian court, calling the EU's plans illegal.",
        {("RUS", "IGOEUREEC", "111", "asserted")},
        "2025-12-12",
    ),
    (
        "trigger",
        "The European Union paid Ukraine the first 4 billion euros of a G7 loan on Friday.",
        {("IGOEUREEC", "UKR", "071", "asserted")},
        "2025-01-10",
    ),
    (
        "trigger",
        "Washington paused the tariffs on Japan while raising the duty on Chinese imports.",
        {("USA", "CHN", "163", "asserted"), ("USA", "JPN", "085", "asserted")},
        "2025-04-10",
    ),
    (
        "trigger",
        "A court in Moscow ordered the seizure of a German firm's assets.",
        {("RUSJUD", "DEUBUS", "171", "asserted")},
        "2025-05-15",
    ),
    (
        "consumed",
        "Tokyo and Washington agreed to a trade deal under which Japanese cars will face a 15% tariff.",
        {("JPN", "USA", "030", "asserted"), ("USA", "JPN", "030", "asserted")},
        "2025-07-23",
    ),
    (
        "parse",
        "China imposed sanctions on two Lithuanian banks in retaliation for the EU's decision last "
        "month to blacklist two Chinese lenders.",
        {("CHN", "LTUBUS", "163", "asserted"), ("IGOEUREEC", "CHNBUS", "163", "asserted")},
        "2025-08-13",
    ),
    (
        "blame",
        "Washington imposed sanctions on Rosneft. Moscow said the step was counterproductive.",
        {("RUS", "USA", "111", "asserted"), ("USA", "RUSBUS", "163", "asserted")},
        "2025-10-23",
    ),
    (
        "trigger",
        "Beijing filed a challenge at the World Trade Organization against the EU's tariffs.",
        {("CHN", "IGOEUREEC", "115", "asserted")},
        "2024-10-30",
    ),
    (
        "target",
        "President Kassym-Jomart Tokayev accused the opposition of plotting unrest.",
        {("KAZGOV", "KAZOPP", "112", "asserted")},
        "2025-01-10",
    ),
    (
        "pronoun",
        "Armenia and Azerbaijan agreed to a ceasefire, Iran's foreign minister said, after he mediated between "
        "the two sides.",
        {("ARM", "AZE", "0871", "asserted"), ("AZE", "ARM", "0871", "asserted")},
        "2025-03-13",
    ),
    (
        "warning",
        "Israeli jets struck the port of Hodeidah. A Houthi spokesman vowed that the group would "
        "respond to the Israeli attack.",
        {("ISRMIL", "YEM", "195", "asserted"), ("YEMREB", "ISR", "138", "intended")},
        "2024-07-21",
    ),
    (
        "trigger",
        "The Security Council adopted a resolution condemning the offensive by M23 rebels.",
        {("IGOUNOSCR", "CODREB", "111", "asserted")},
        "2025-02-21",
    ),
    (
        "trigger",
        "Israel halted the entry of all goods into the Gaza Strip on Sunday.",
        {("ISR", "PSE", "191", "asserted")},
        "2025-03-02",
    ),
    (
        "trigger",
        "Hezbollah held Israel fully responsible for the blasts.",
        {("LBNREBHEZ", "ISR", "112", "asserted")},
        "2024-09-17",
    ),
    (
        "target",
        "Gang members killed 70 people in an attack on a town in Haiti. Prime Minister Garry Conille "
        "condemned the massacre.",
        {("HTICRM", "HTICVL", "190", "asserted"), ("HTIGOV", "HTICRM", "111", "asserted")},
        "2024-10-04",
    ),
    (
        "trigger",
        "New Zealand has paused NZ$18.2 million in development funding to the Cook Islands.",
        {("NZL", "COK", "1621", "asserted")},
        "2025-06-20",
    ),
    (
        "target",
        "Tokyo said it firmly opposed any attempt to change the status quo in the East China Sea by force.",
        set(),
        "2025-04-29",
    ),
    (
        "trigger",
        "The first 20 of the 66 F-16 jets that Taiwan ordered from the United States arrived at an air base on Sunday.",
        {("USA", "TWN", "072", "asserted")},
        "2025-03-16",
    ),
    (
        "trigger",
        "Tokyo announced that it would ease visa requirements for Chinese visitors.",
        {("JPN", "CHN", "0351", "asserted")},
        "2024-12-25",
    ),
    (
        "actor",
        "Uganda's opposition leader was charged with treason in a Kampala court on Tuesday.",
        {("UGAJUD", "UGAOPP", "173", "asserted")},
        "2025-01-07",
    ),
    (
        "blame",
        "Uganda's opposition leader was charged with treason in a Kampala court on Tuesday. His party "
        "called the charge politically motivated.",
        {("UGAJUD", "UGAOPP", "173", "asserted"), ("UGAPTY", "UGAJUD", "111", "asserted")},
        "2025-01-07",
    ),
    (
        "blame",
        "The minister expelled Canada's ambassador, calling him a diplomat who hates Nigeria.",
        {("NGAGOV", "CANGOV", "111", "asserted"), ("NGAGOV", "CANGOV", "166", "asserted")},
        "2025-03-15",
    ),
    (
        "conjunction",
        "Britain and three other countries, including Norway and New Zealand, imposed sanctions on two "
        "Israeli ministers.",
        {
            ("GBR", "ISRGOV", "163", "asserted"),
            ("NOR", "ISRGOV", "163", "asserted"),
            ("NZL", "ISRGOV", "163", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "accusation",
        "Beijing said the Australian aircraft had deliberately intruded into its airspace.",
        {("AUS", "", "150", "asserted"), ("CHN", "AUS", "112", "asserted")},
        "2025-02-13",
    ),
    (
        "trigger",
        "Chinese warships violated Japan's territorial waters on Monday.",
        {("CHNMIL", "JPN", "150", "asserted")},
        "2025-06-02",
    ),
    (
        "target",
        "The PKK announced on Monday that it would lay down its arms. Ankara welcomed the decision.",
        {("TUR", "TURREB", "051", "asserted")},
        "2025-05-12",
    ),
    (
        "blame",
        "Beijing suspended imports of Japanese seafood. A foreign ministry spokeswoman said Takaichi's "
        "erroneous remarks had caused outrage.",
        {("CHN", "JPN", "163", "asserted"), ("CHNGOV", "JPNGOV", "111", "asserted")},
        "2025-11-19",
    ),
    (
        "trigger",
        "President Lai Ching-te designated China a foreign hostile force on Thursday.",
        {("TWNGOV", "CHN", "111", "asserted")},
        "2025-03-13",
    ),
    (
        "target",
        "Soldiers in Niamey said they had detained President Mohamed Bazoum. The African Union condemned the takeover.",
        {("IGOAFRAFU", "NERMIL", "111", "asserted"), ("NERMIL", "NERGOV", "173", "asserted")},
        "2023-07-27",
    ),
    (
        "target",
        "Minsk freed 16 prisoners, including opposition activists, on Thursday.",
        {("BLR", "BLROPP", "0841", "asserted")},
        "2025-06-21",
    ),
    (
        "target",
        "Britain announced 50 new sanctions targeting Russian oil revenues.",
        {("GBR", "RUS", "163", "asserted")},
        "2025-05-20",
    ),
    (
        "target",
        "The UN and the U.S. special envoy welcomed the decision.",
        set(),
        "2024-08-15",
    ),
    (
        "target",
        "Palestinian security forces had been battling militants in the camp since December.",
        {("PSECOP", "PSEREB", "190", "asserted")},
        "2025-01-21",
    ),
    (
        "consumed",
        "Serbia and Kosovo agreed to put aside their dispute over Belgrade's border deal.",
        {("SRB", "XKX", "037", "intended"), ("XKX", "SRB", "037", "intended")},
        "2025-05-10",
    ),
    (
        "actor",
        "The UN special envoy for Syria urged Damascus to release detainees.",
        {("IGOUNO", "SYR", "0253", "asserted")},
        "2025-02-10",
    ),
    (
        "target",
        "Ahmed al-Sharaa visited Paris on Wednesday. The EU lifted sanctions on the former rebel commander in May.",
        {("IGOEUREEC", "SYRGOV", "085", "asserted"), ("SYRGOV", "FRA", "042", "asserted")},
        "2025-05-07",
    ),
    (
        "naming",
        "Pyongyang fired artillery shells into the sea near the border. Seoul called the barrage a provocation.",
        {
            ("KOR", "PRK", "111", "asserted"),
            ("PRK", "", "150", "asserted"),
        },
    ),
    (
        "naming",
        "Bolivia accused Chile of sending troops to the border, calling it a breach of the treaty.",
        {
            ("BOL", "CHL", "112", "asserted"),
            ("CHL", "", "150", "hypothetical"),
        },
    ),
    (
        "halves",
        "North Korea tested a cruise missile on Monday, and the South responded with air drills.",
        {
            ("KOR", "", "150", "asserted"),
            ("PRK", "", "150", "asserted"),
        },
    ),
    (
        "crew",
        "Russian border guards boarded a Georgian fishing boat and beat its crew.",
        {
            ("RUSCOP", "GEOCVL", "171", "asserted"),
            ("RUSCOP", "GEOCVL", "182", "asserted"),
        },
    ),
    (
        "fire into",
        "Syrian troops fired rockets into Turkey on Monday.",
        {("SYRMIL", "TUR", "194", "asserted")},
    ),
    (
        "fire into",
        "Pyongyang fired two missiles into the sea on Monday.",
        {("PRK", "", "150", "asserted")},
    ),
    (
        "visit",
        "Kim Jong Un welcomed the Kremlin chief on his first visit to the North in 24 years.",
        {
            ("PRKGOV", "RUSGOV", "043", "asserted"),
            ("RUSGOV", "PRKGOV", "042", "asserted"),
        },
    ),
    (
        "visit",
        "Xi received Lula on his state visit to China.",
        {
            ("BRAELI", "CHNGOV", "042", "asserted"),
            ("CHNGOV", "BRAELI", "043", "asserted"),
        },
    ),
    (
        "host",
        "President Emmanuel Macron hosted Kenya's William Ruto at the Elysee on Monday, two days after the "
        "talks in Nairobi began.",
        {
            ("FRAGOV", "KENGOV", "043", "asserted"),
            ("KENGOV", "FRAGOV", "042", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "host",
        "Macron hosted Kenyan President William Ruto on Monday.",
        {
            ("FRAGOV", "KENGOV", "043", "asserted"),
            ("KENGOV", "FRAGOV", "042", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "courtesy call",
        "Foreign Minister Penny Wong called on Prime Minister Sitiveni Rabuka in Suva on Tuesday.",
        {("AUSGOV", "FJIGOV", "042", "asserted")},
        "2025-05-20",
    ),
    (
        "courtesy call",
        "Foreign Minister Penny Wong called on Prime Minister Sitiveni Rabuka to back the Pacific policing plan.",
        {("AUSGOV", "FJIGOV", "022", "asserted")},
        "2025-05-20",
    ),
    (
        "host",
        "Erdogan welcomed Prime Minister Shehbaz Sharif at the presidential palace in Ankara.",
        {
            ("PAKGOV", "TURGOV", "042", "asserted"),
            ("TURGOV", "PAKGOV", "043", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "host",
        "Modi landed in Tokyo and was welcomed at the airport by Prime Minister Shigeru Ishiba.",
        {
            ("INDGOV", "JPNGOV", "042", "asserted"),
            ("JPNGOV", "INDGOV", "043", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "host",
        "Xi greeted President Lula at the Great Hall of the People.",
        {
            ("BRAGOV", "CHNGOV", "042", "asserted"),
            ("CHNGOV", "BRAGOV", "043", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "invitation",
        "Xi invited Albanese to visit Beijing next year.",
        {("CHNGOV", "AUSGOV", "036", "asserted")},
        "2025-05-20",
    ),
    (
        "visit",
        "Fiji's Prime Minister Sitiveni Rabuka, on a visit to Wellington, signed a defence pact with "
        "Christopher Luxon on Monday.",
        {
            ("FJIGOV", "NZL", "042", "asserted"),
            ("FJIGOV", "NZLGOV", "057", "asserted"),
            ("NZLGOV", "FJIGOV", "057", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "reference",
        "Police arrested former Prime Minister Imran Khan on Tuesday. A judge accused the veteran leader of "
        "leaking state secrets.",
        {
            ("PAKCOP", "PAKELI", "173", "asserted"),
            ("PAKJUD", "PAKELI", "112", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "group",
        "Mali, Burkina Faso and Niger recalled their envoys on Sunday. Algeria had shot down a Malian drone. "
        "The three juntas condemned the downing.",
        {
            ("BFA", "DZA", "111", "asserted"),
            ("DZA", "MLI", "1952", "asserted"),
            ("MLI", "DZA", "111", "asserted"),
            ("NER", "DZA", "111", "asserted"),
        },
        "2025-04-07",
    ),
    (
        "group",
        "The military rulers of Chad and Sudan said that their countries were quitting the regional bloc.",
        set(),
        "2025-04-07",
    ),
    (
        "group",
        "Wang Yi visited Hanoi, where the neighbours agreed to reopen two border crossings.",
        {
            ("CHN", "VNM", "030", "asserted"),
            ("CHNGOV", "VNM", "042", "asserted"),
            ("VNM", "CHN", "030", "asserted"),
        },
        "2025-04-07",
    ),
    (
        "acronym",
        "Guinea quit the West African bloc ECOWAS with immediate effect.",
        {("GIN", "IGOWAFWAS", "160", "asserted")},
        "2025-04-07",
    ),
    (
        "air strike",
        "American bombers dropped heavy bombs on two Iranian nuclear sites and struck a third.",
        {("USAMIL", "IRN", "195", "asserted")},
        "2025-04-07",
    ),
    (
        "custody",
        "A Mexican drug lord was taken into custody by US agents on Thursday.",
        {("USA", "MEX", "173", "asserted")},
        "2025-04-07",
    ),
    (
        "refusal",
        "Honduras turned away a US military plane carrying deportees.",
        {("HND", "USAMIL", "120", "asserted")},
        "2025-04-07",
    ),
    (
        "force",
        "Rebels overran an army garrison in eastern Congo on Sunday.",
        {("CODREB", "CODMIL", "190", "asserted")},
        "2025-04-07",
    ),
    (
        "force",
        "A Russian missile slammed into a hospital in Kharkiv on Monday.",
        {("RUS", "UKRHLH", "194", "asserted")},
        "2025-04-07",
    ),
    (
        "expulsion",
        "Moscow stripped two Estonian diplomats of their accreditation.",
        {("RUS", "ESTGOV", "166", "asserted")},
        "2025-04-07",
    ),
    (
        "occupation",
        "Syrian rebels swept into Aleppo on Friday.",
        {("SYRREB", "SYR", "192", "asserted")},
        "2025-04-07",
    ),
    (
        "ceasefire",
        "Thailand and Cambodia agreed to stop all firing along the border.",
        {
            ("KHM", "THA", "0356", "asserted"),
            ("THA", "KHM", "0356", "asserted"),
        },
        "2025-04-07",
    ),
    (
        "coercion",
        "Chinese coast guard ships blasted a Philippine supply boat with water cannon.",
        {("CHNCOP", "PHL", "170", "asserted")},
        "2025-04-07",
    ),
    (
        "agreement",
        "Modi and Prabowo presided over the signing of ten cooperation agreements in Jakarta.",
        {
            ("IDNGOV", "INDGOV", "057", "asserted"),
            ("INDGOV", "IDNGOV", "057", "asserted"),
        },
        "2025-04-07",
    ),
    (
        "threat",
        "Tehran said it would respond forcefully to any attack.",
        set(),
        "2025-04-07",
    ),
    (
        "source country",
        "Secretary of State Marco Rubio said on Tuesday that the Treasury had imposed sanctions on two Cuban "
        "officials.",
        {("USAGOV", "CUBGOV", "163", "asserted")},
        "2025-05-20",
    ),
    (
        "naming",
        "Canberra expelled Iran's ambassador on Tuesday. Tehran called the expulsion regrettable.",
        {
            ("AUS", "IRNGOV", "166", "asserted"),
            ("IRN", "AUS", "111", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "naming",
        "Japan, South Korea and Australia accused North Korea of arming Russia. Pyongyang called the move hostile.",
        {
            ("AUS", "PRK", "112", "asserted"),
            ("JPN", "PRK", "112", "asserted"),
            ("KOR", "PRK", "112", "asserted"),
            ("PRK", "AUS", "111", "asserted"),
            ("PRK", "JPN", "111", "asserted"),
            ("PRK", "KOR", "111", "asserted"),
            ("PRK", "RUS", "072", "hypothetical"),
        },
        "2025-05-20",
    ),
    (
        "naming",
        "Hanoi condemned as illegitimate Beijing's plan to build an airstrip on the reef.",
        {("VNM", "CHN", "111", "asserted")},
        "2025-05-20",
    ),
    (
        "naming",
        "Pakistan shelled Indian border posts. Delhi described the shelling as reckless.",
        {
            ("IND", "PAK", "111", "asserted"),
            ("PAK", "IND", "194", "asserted"),
        },
        "2025-05-20",
    ),
    (
        "naming",
        "Jakarta described the talks as constructive.",
        set(),
        "2025-05-20",
    ),
    (
        "phone call",
        "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed in a "
        "phone call on Tuesday to expand maritime patrols.",
        {
            ("AUSGOV", "IDNGOV", "0312", "asserted"),
            ("AUSGOV", "IDNGOV", "041", "asserted"),
            ("IDNGOV", "AUSGOV", "0312", "asserted"),
            ("IDNGOV", "AUSGOV", "041", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "phone call",
        "In a telephone call with Narendra Modi on Friday, Keir Starmer praised the trade deal.",
        {
            ("GBRGOV", "INDGOV", "041", "asserted"),
            ("INDGOV", "GBRGOV", "041", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "intent",
        "Warsaw pledged to send 5,000 troops to its eastern border.",
        {
            ("POL", "", "150", "intended"),
        },
        "2025-06-10",
    ),
    (
        "modality",
        "Panama refused to let the Chinese tanker dock, prompting Beijing to impose sanctions on Panamanian "
        "shipping firms.",
        {
            ("CHN", "PANBUS", "163", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "yield",
        "Ecuador agreed to most of Washington's terms on Thursday.",
        {
            ("ECU", "USA", "035", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "phone call",
        "Turkish President Recep Tayyip Erdogan told Vladimir Putin during a telephone call on Friday that "
        "Ankara was ready to host talks.",
        {
            ("RUSGOV", "TURGOV", "041", "asserted"),
            ("TURGOV", "RUSGOV", "041", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "parse",
        "Emmanuel Macron welcomed Indonesian President Prabowo Subianto to the Elysee Palace on Monday.",
        {
            ("FRAGOV", "IDNGOV", "043", "asserted"),
            ("IDNGOV", "FRAGOV", "042", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "denial",
        "Warsaw accused three Belarusian diplomats of espionage, and Minsk rejected the allegations as absurd.",
        {
            ("BLR", "POL", "016", "asserted"),
            ("POL", "BLRGOV", "1125", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "denial",
        "Beijing denied reports that it had sent troops to the border.",
        set(),
        "2025-06-10",
    ),
    (
        "de-escalation",
        "Moscow agreed on Tuesday to halt strikes on Ukrainian ports for two weeks.",
        {
            ("RUS", "UKR", "0356", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "de-escalation",
        "The Houthis promised to stop attacking American ships in the Red Sea.",
        {
            ("YEMREB", "USA", "0356", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "de-escalation",
        "Azerbaijan stopped shelling Armenian villages on Sunday.",
        {
            ("AZE", "ARM", "087", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "de-escalation",
        "Israel and Iran halted their air war on Tuesday.",
        {
            ("IRN", "ISR", "087", "asserted"),
            ("ISR", "IRN", "087", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "release",
        "Armenia and Azerbaijan each handed over 30 captured servicemen on Thursday.",
        {
            ("ARM", "AZE", "0841", "asserted"),
            ("AZE", "ARM", "0841", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "parse",
        "A Lima judge found former Peruvian President Pedro Castillo guilty of conspiracy on Thursday.",
        {
            ("PERJUD", "PERELI", "116", "asserted"),
        },
        "2025-11-28",
    ),
    (
        "courts",
        "Brazil's Supreme Court on Tuesday upheld the prison sentence of former President Fernando Collor.",
        {
            ("BRAJUD", "BRAELI", "116", "asserted"),
        },
        "2025-05-06",
    ),
    (
        "domestic",
        "President William Ruto placed Interior Minister Kithure Kindiki on leave on Sunday.",
        {
            ("KENGOV", "KENGOV", "172", "asserted"),
        },
        "2024-05-12",
    ),
    (
        "investigate",
        "Prime Minister Keir Starmer ordered an independent inquiry into the allegations on Monday.",
        set(),
        "2025-06-10",
    ),
    (
        "domestic",
        "Gang members in Haiti shot dead at least 40 residents of the town of Kenscoff on Friday.",
        {
            ("HTICRM", "HTICVL", "193", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "demand",
        "Manila ordered the evacuation of its embassy staff on Monday.",
        set(),
        "2025-06-10",
    ),
    (
        "tariff",
        "The extra 20 percent duty that President Trump ordered this month on Brazilian goods took effect on "
        "Wednesday.",
        {
            ("USAGOV", "BRA", "163", "asserted"),
        },
        "2025-08-06",
    ),
    (
        "tariff",
        "The European Commission imposed countervailing duties on Chinese electric vehicles.",
        {
            ("IGOEUREECCOM", "CHN", "163", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "economic statecraft",
        "The Commerce Department restricted shipments of advanced chips to China on Monday.",
        {
            ("USAGOV", "CHN", "163", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "show of force",
        "Chinese fighters locked their fire-control radar onto Australian patrol aircraft over the Yellow "
        "Sea on Sunday.",
        {
            ("CHN", "AUS", "150", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "intent",
        "India and China agreed to resume direct flights between the two countries.",
        {
            ("CHN", "IND", "0311", "asserted"),
            ("IND", "CHN", "0311", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "reference",
        "Rubio held talks with Wang Yi in Kuala Lumpur on Friday. Rubio said both sides wanted to arrange a "
        "meeting between Trump and Xi.",
        {
            ("CHN", "USAGOV", "036", "asserted"),
            ("CHNGOV", "USAGOV", "046", "asserted"),
            ("USA", "CHNGOV", "036", "asserted"),
            ("USAGOV", "CHNGOV", "046", "asserted"),
        },
        "2025-07-12",
    ),
    (
        "actors",
        "Crown Prince Mohammed bin Salman received Emmanuel Macron at the royal court in Riyadh on Tuesday.",
        {
            ("FRAGOV", "SAUGOV", "042", "asserted"),
            ("SAUGOV", "FRAGOV", "043", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "intent",
        "Seoul and Tokyo agreed to resume shuttle diplomacy and expand defence exchanges.",
        {
            ("JPN", "KOR", "0312", "asserted"),
            ("KOR", "JPN", "0312", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "parse",
        "Keir Starmer and Ursula von der Leyen signed a defence pact in London on Monday.",
        {
            ("GBRGOV", "IGOEUREEC", "057", "asserted"),
            ("IGOEUREEC", "GBRGOV", "057", "asserted"),
        },
        "2025-05-19",
    ),
    (
        "economic statecraft",
        "Ottawa answered with tariffs of 25 percent on American steel.",
        {
            ("CAN", "USA", "163", "asserted"),
        },
        "2025-03-05",
    ),
    (
        "economic statecraft",
        "Canberra blocked a Chinese firm's bid for the Darwin port operator.",
        {
            ("AUS", "CHNBUS", "1211", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "threat",
        "Washington raised tariffs on Chinese solar panels. Beijing vowed resolute countermeasures.",
        {
            ("CHN", "USA", "130", "asserted"),
            ("USA", "CHN", "163", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "places",
        "US immigration agents raided a car plant in Georgia on Thursday and detained 200 people, most of "
        "them Mexican citizens.",
        {("USACOP", "MEXCVL", "173", "asserted")},
        "2025-06-10",
    ),
    (
        "places",
        "Moscow accused Georgia of provocations on the border of South Ossetia.",
        {
            ("RUS", "GEO", "1123", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "coerce",
        "The Dutch government took control of Nexperia, a chipmaker owned by China's Wingtech Technology.",
        {
            ("NLDGOV", "CHNBUS", "171", "asserted"),
        },
        "2025-10-13",
    ),
    (
        "phone call",
        "Emmanuel Macron spoke with Narendra Modi on Monday and with Pakistan's prime minister, Shehbaz "
        "Sharif, the following day.",
        {
            ("FRAGOV", "INDGOV", "040", "asserted"),
            ("FRAGOV", "PAKGOV", "040", "asserted"),
            ("INDGOV", "FRAGOV", "040", "asserted"),
            ("PAKGOV", "FRAGOV", "040", "asserted"),
        },
        "2025-05-13",
    ),
    (
        "meeting",
        "Steve Witkoff spent about three hours with Benjamin Netanyahu in Jerusalem on Tuesday.",
        {
            ("ISRGOV", "USAGOV", "040", "asserted"),
            ("USAGOV", "ISRGOV", "040", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "denial",
        "Lithuania summoned Belarus's charge d'affaires on Friday. Minsk denied that its balloons had "
        "crossed the border.",
        {
            ("BLR", "LTU", "016", "asserted"),
            ("LTU", "BLRGOV", "114", "asserted"),
        },
        "2025-10-24",
    ),
    (
        "meeting",
        "Armenian and Azerbaijani delegations sat down for direct peace talks in Abu Dhabi on Wednesday.",
        {
            ("ARMGOV", "AZEGOV", "046", "asserted"),
            ("AZEGOV", "ARMGOV", "046", "asserted"),
        },
        "2025-07-10",
    ),
    (
        "intent",
        "Lee Jae-myung said he was willing to sit down with Kim Jong Un without preconditions.",
        {
            ("KORGOV", "PRKGOV", "036", "asserted"),
        },
        "2025-08-20",
    ),
    (
        "actors",
        "Armed bandits stormed a boarding school in Zamfara state on Friday, shooting dead a guard and "
        "abducting 40 pupils.",
        {
            ("NGACRM", "NGAEDU", "181", "asserted"),
            ("NGACRM", "NGAEDU", "190", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "expel",
        "Islamabad ordered India's defence attaches out of the country on Thursday.",
        {
            ("PAK", "IND", "166", "asserted"),
        },
        "2025-05-01",
    ),
    (
        "places",
        "Islamic State militants killed 20 villagers in an attack near Menaka in eastern Mali.",
        {
            ("IMGMUSISI", "MLICVL", "190", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "denial",
        "A former Honduran police chief pleaded not guilty in a US court to drug charges.",
        {
            ("HNDELI", "USAJUD", "016", "asserted"),
        },
        "2022-05-10",
    ),
    (
        "diplomacy",
        "Sikorski said on Wednesday that Poland would shut the last Russian consulate on its soil.",
        {
            ("POLGOV", "RUSGOV", "1313", "asserted"),
        },
        "2025-11-19",
    ),
    (
        "actors",
        "Thousands of demonstrators marched on Congress in Lima on Wednesday.",
        {
            ("PEROPP", "PERLEG", "141", "asserted"),
        },
        "2025-10-16",
    ),
    (
        "actors",
        "Protesters rallied outside Congress in Washington.",
        {
            ("USAOPP", "USALEG", "141", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "parse",
        "A Chinese military surveillance plane intruded into Japanese airspace off Nagasaki on Monday.",
        {
            ("CHNMIL", "JPN", "150", "asserted"),
        },
        "2024-08-27",
    ),
    (
        "protest",
        "A formation of China Coast Guard ships sailed through Japan's territorial waters on Sunday. Tokyo "
        "lodged a protest.",
        {
            ("CHN", "JPN", "150", "asserted"),
            ("JPN", "CHN", "114", "asserted"),
        },
        "2025-11-17",
    ),
    (
        "show of force",
        "A Chinese fighter made an unusually close approach to a Maritime Self-Defense Force patrol plane on Saturday.",
        {
            ("CHN", "JPNMIL", "150", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "arms",
        "The State Department notified Congress on Wednesday of proposed arms sales to Taiwan worth $2 billion.",
        {
            ("USAGOV", "TWN", "0332", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "actors",
        "A helicopter from a Chinese coast guard ship entered Japanese airspace near the Senkaku Islands.",
        {
            ("CHNMIL", "JPN", "150", "asserted"),
        },
        "2025-05-04",
    ),
    (
        "suspend",
        "India put the Indus Waters Treaty with Pakistan into abeyance on Wednesday.",
        {
            ("IND", "PAK", "160", "asserted"),
        },
        "2025-04-24",
    ),
    (
        "expel",
        "Ankara ordered the military attaches at the Israeli embassy to leave the country within 72 hours.",
        {
            ("TUR", "ISRGOV", "166", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "reference",
        "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held indirect talks in Muscat, "
        "with Omani Foreign Minister Badr Albusaidi carrying messages, and both sides agreed to meet again.",
        {
            ("IRNGOV", "USAGOV", "036", "asserted"),
            ("IRNGOV", "USAGOV", "046", "asserted"),
            ("USAGOV", "IRNGOV", "036", "asserted"),
            ("USAGOV", "IRNGOV", "046", "asserted"),
        },
        "2025-04-12",
    ),
    (
        "reference",
        "Egypt and Qatar urged Israel and Hamas to observe a truce, and both sides announced a ceasefire hours later.",
        {
            ("EGY", "ISR", "0256", "asserted"),
            ("EGY", "PSEREBHMS", "0256", "asserted"),
            ("ISR", "PSEREBHMS", "0871", "asserted"),
            ("PSEREBHMS", "ISR", "0871", "asserted"),
            ("QAT", "ISR", "0256", "asserted"),
            ("QAT", "PSEREBHMS", "0256", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "target",
        "Israeli jets struck a building in Beirut on Sunday where Hezbollah commanders were meeting.",
        {
            ("ISRMIL", "LBNREBHEZ", "195", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "denial",
        "Manila accused Beijing of ramming its vessels, a claim the Chinese foreign ministry dismissed as groundless.",
        {("CHNGOV", "PHL", "016", "asserted"), ("PHL", "CHN", "112", "asserted")},
        "2025-06-10",
    ),
    (
        "de-escalation",
        "The Indian and Pakistani armed forces stopped all firing and military action on Saturday.",
        {
            ("INDMIL", "PAKMIL", "0871", "asserted"),
            ("PAKMIL", "INDMIL", "0871", "asserted"),
        },
        "2025-05-10",
    ),
    (
        "denial",
        "Seoul's spy agency has said Pyongyang sent troops to Russia, a claim Moscow denies.",
        {
            ("PRK", "RUS", "074", "asserted"),
            ("RUS", "KORSPY", "016", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "complaint",
        "Wellington said on Friday it had raised its concerns with Beijing over the live-fire drills.",
        {
            ("NZL", "CHN", "114", "asserted"),
        },
        "2025-02-28",
    ),
    (
        "complaint",
        "Seoul said it had lodged a strong protest through the North Korean embassy in Beijing.",
        {
            ("KOR", "PRK", "114", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "visit",
        "Albanese and Marape signed a defence treaty in Canberra, binding the neighbours to come to each other's aid.",
        {
            ("AUSGOV", "PNGGOV", "057", "asserted"),
            ("PNGGOV", "AUSGOV", "057", "asserted"),
        },
        "2025-10-06",
    ),
    (
        "reference",
        "Armenia and Azerbaijan agreed to a ceasefire on Sunday, and the two delegations committed to meet again.",
        {
            ("ARM", "AZE", "036", "asserted"),
            ("ARM", "AZE", "0871", "asserted"),
            ("AZE", "ARM", "036", "asserted"),
            ("AZE", "ARM", "0871", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "mediation",
        "Araghchi and Witkoff held indirect talks in Muscat on Saturday, with Omani Foreign Minister Badr "
        "Albusaidi carrying messages between the two delegations. Both sides agreed to meet again next week.",
        {
            ("IRN", "USA", "036", "asserted"),
            ("IRNGOV", "USAGOV", "046", "asserted"),
            ("OMNGOV", "IRNGOV", "045", "asserted"),
            ("OMNGOV", "USAGOV", "045", "asserted"),
            ("USA", "IRN", "036", "asserted"),
            ("USAGOV", "IRNGOV", "046", "asserted"),
        },
        "2025-04-12",
    ),
    (
        "phone call",
        "The Indian and Pakistani directors general of military operations spoke by hotline on Saturday.",
        {
            ("INDMIL", "PAKMIL", "041", "asserted"),
            ("PAKMIL", "INDMIL", "041", "asserted"),
        },
        "2025-05-10",
    ),
    (
        "actors",
        "Congress criticized President Obama on Tuesday over his outreach to Cuba.",
        {
            ("USALEG", "USAGOV", "111", "asserted"),
        },
        "2015-06-09",
    ),
    (
        "parse",
        "A Russian patrol aircraft crossed into Finnish airspace on Friday in what Helsinki said was the third "
        "violation this year.",
        {
            ("RUS", "FIN", "150", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "parse",
        "Seoul's foreign ministry lodged what it called a stern protest with the Japanese embassy.",
        {
            ("KORGOV", "JPNGOV", "114", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "parse",
        "Beijing's foreign ministry replied that the patrols were the real provocation and urged Manila to withdraw "
        "its vessels.",
        {
            ("CHNGOV", "PHL", "0256", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "possessive",
        "Lithuania summoned the Belarusian envoy after two Belarusian helicopters entered its airspace near the "
        "border.",
        {
            ("BLRMIL", "LTU", "150", "asserted"),
            ("LTU", "BLRGOV", "114", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "noun events",
        "Azerbaijan launched a military operation against Armenian forces in the region.",
        {
            ("AZE", "ARMMIL", "190", "asserted"),
        },
        "2023-09-19",
    ),
    (
        "noun events",
        "Tehran condemned the sanctions imposed by London on its shipping lines.",
        {
            ("GBR", "IRN", "163", "asserted"),
            ("IRN", "GBR", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "actors",
        "Syria condemned the criminal Israeli aggression on its territory.",
        {
            ("SYR", "ISR", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reverse",
        "Manila thanked Tokyo for the patrol boats, which drew a rebuke from Beijing.",
        {
            ("CHN", "JPN", "111", "asserted"),
            ("PHL", "JPN", "051", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reverse",
        "Washington approved a sale of missiles to Manila. The sale drew condemnation from Beijing.",
        {
            ("CHN", "USA", "111", "asserted"),
            ("USA", "PHL", "072", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "diplomacy",
        "Wellington called in the Chinese ambassador on Tuesday to register its concern.",
        {
            ("NZL", "CHNGOV", "114", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "naming",
        "Lavrov called the British measures an unfriendly act.",
        {
            ("RUSGOV", "GBR", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "subject",
        "Macron lashed out at Budapest for refusing to back the aid package.",
        {
            ("FRAGOV", "HUN", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "parse",
        "EU leaders gathered in Brussels approved a new aid package for Moldova.",
        {
            ("IGOEUREEC", "MDA", "070", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "actors",
        "Myanmar's junta and an alliance of ethnic armed groups agreed to a truce in Shan state.",
        {
            ("MMRGOVMIL", "MMRREB", "0871", "asserted"),
            ("MMRREB", "MMRGOVMIL", "0871", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "mediation",
        "Thailand and Cambodia agreed to a ceasefire after three rounds of talks that were brokered by Malaysia.",
        {
            ("KHM", "THA", "0871", "asserted"),
            ("MYS", "KHM", "045", "asserted"),
            ("MYS", "THA", "045", "asserted"),
            ("THA", "KHM", "0871", "asserted"),
        },
        "2025-07-29",
    ),
    (
        "parse",
        "Somalia accused neighbouring Ethiopia of violating its sovereignty.",
        {
            ("SOM", "ETH", "112", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "de-escalation",
        "Thailand and Cambodia agreed on Monday to halt all military action along the border.",
        {
            ("KHM", "THA", "0356", "asserted"),
            ("THA", "KHM", "0356", "asserted"),
        },
        "2025-07-29",
    ),
    (
        "repression",
        "Belarusian police rounded up dozens of protesters in Minsk.",
        {
            ("BLRCOP", "BLROPP", "173", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "diplomacy",
        "Beijing expelled a Dutch consular officer on Friday.",
        {
            ("CHN", "NLD", "166", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "phone call",
        "Trump agreed to delay the tariffs on Canada after a phone call with Carney.",
        {
            ("CANGOV", "USAGOV", "041", "asserted"),
            ("USAGOV", "CAN", "0354", "asserted"),
            ("USAGOV", "CANGOV", "041", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "economic",
        "Washington agreed to hold off on new tariffs on Brazilian coffee.",
        {
            ("USA", "BRA", "0354", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "economic",
        "Beijing warned that the duties due to hit Australian exports would stand.",
        set(),
        "2025-03-14",
    ),
    (
        "parse",
        "Kyiv freed 90 Russian soldiers on Saturday and Moscow released 84 Ukrainian prisoners.",
        {
            ("RUS", "UKR", "0841", "asserted"),
            ("UKR", "RUSMIL", "0841", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "diplomacy",
        "Poland declared three Belarusian diplomats undesirable persons on Friday.",
        {
            ("POL", "BLRGOV", "166", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "actors",
        "The juntas ruling Guinea and Gabon rejected the demands of ECOWAS on Sunday.",
        {
            ("GABGOVMIL", "IGOWAFWAS", "124", "asserted"),
            ("GINGOVMIL", "IGOWAFWAS", "124", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "parse",
        "Polish police dispersed the crowd as Prime Minister Mark Carney, on a visit to Warsaw, praised Poland's "
        "defence effort.",
        {
            ("CANGOV", "POL", "042", "asserted"),
            ("CANGOV", "POL", "051", "asserted"),
            ("POLCOP", "POLOPP", "175", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "agreement",
        "Thailand and Cambodia reached an arrangement on border patrols on Friday.",
        {
            ("KHM", "THA", "057", "asserted"),
            ("THA", "KHM", "057", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "intent",
        "Seoul pledged to raise its investment in Vietnam to 50 billion dollars.",
        {
            ("KOR", "VNM", "0311", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "accusation",
        "The OPCW council declared Syria in breach of the chemical weapons convention.",
        {
            ("IGOUNOOPW", "SYR", "112", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "naming",
        "Tokyo called Beijing's travel warning inappropriate.",
        {
            ("JPN", "CHN", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reference",
        "The ICC issued an arrest warrant for Putin in March. Moscow said it rejects it.",
        {
            ("IGOJUDICC", "RUSGOV", "173", "asserted"),
            ("RUS", "IGOJUDICC", "120", "asserted"),
        },
        "2023-03-20",
    ),
    (
        "reference",
        "Israeli strikes killed 30 people in the Gaza war on Monday. Cairo condemned the decision.",
        {
            ("EGY", "ISR", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reference",
        "North Korea fired a cruise missile on Sunday in a launch that Tokyo denounced as reckless.",
        {
            ("JPN", "PRK", "111", "asserted"),
            ("PRK", "", "150", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reference",
        "North Korea fired a cruise missile on Sunday in a launch that prompted Seoul to lodge a protest through "
        "its embassy in Beijing.",
        {
            ("KOR", "PRK", "114", "asserted"),
            ("PRK", "", "150", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reference",
        "Belgrade denied any role in the bombing that killed two police officers in Kosovo.",
        {
            ("XKXUAF", "XKXCOP", "183", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "mediation",
        "Armenia and Azerbaijan exchanged prisoners on Monday in a swap that Qatar had brokered.",
        {
            ("ARM", "AZE", "0841", "asserted"),
            ("AZE", "ARM", "0841", "asserted"),
            ("QAT", "ARM", "045", "asserted"),
            ("QAT", "AZE", "045", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "actors",
        "Hamas said its leader had been killed in an Israeli strike in Doha.",
        {
            ("ISR", "PSEREBHMS", "195", "asserted"),
            ("PSEREBHMS", "ISR", "112", "asserted"),
        },
        "2025-09-10",
    ),
    (
        "meeting",
        "Japan and Australia signed a defence pact after talks in Tokyo.",
        {
            ("AUS", "JPN", "046", "asserted"),
            ("AUS", "JPN", "057", "asserted"),
            ("JPN", "AUS", "046", "asserted"),
            ("JPN", "AUS", "057", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "mediation",
        "Sudan's army and the RSF agreed to a truce, Saudi Arabia's foreign ministry announced, after talks "
        "mediated by Riyadh and Washington.",
        {
            ("SAU", "SDNMIL", "045", "asserted"),
            ("SAU", "SDNREB", "045", "asserted"),
            ("SDNMIL", "SDNREB", "0871", "asserted"),
            ("SDNREB", "SDNMIL", "0871", "asserted"),
            ("USA", "SDNMIL", "045", "asserted"),
            ("USA", "SDNREB", "045", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "actors",
        "Press freedom group RSF condemned the arrest of two journalists in Khartoum.",
        {
            ("NGOMEDRSF", "SDNMED", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "diplomacy",
        "Lithuania ordered Belarus to cut its embassy staff in Vilnius by half.",
        {
            ("LTU", "BLRGOV", "166", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "release",
        "Armenia and Azerbaijan carried out an exchange of prisoners on Friday.",
        {
            ("ARM", "AZE", "0841", "asserted"),
            ("AZE", "ARM", "0841", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "parse",
        "Japan imposed travel bans and asset freezes on three Russian generals.",
        {
            ("JPN", "RUSMIL", "163", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "repression",
        "Serbian riot police fired tear gas to break up hundreds of protesters in Belgrade.",
        {
            ("SRBCOP", "SRBOPP", "175", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "parse",
        "Pyongyang freed two detainees, and Seoul announced in return that it was lifting sanctions on a North "
        "Korean shipping firm.",
        {
            ("KOR", "PRKBUS", "085", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "threat",
        "Erdogan threatened to cut off trade with Israel and to send Turkish forces into northern Syria.",
        {
            ("TURGOV", "ISR", "1312", "asserted"),
            ("TURGOV", "SYR", "138", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "economic",
        "Washington agreed to push back the tariff on Swiss watches.",
        {
            ("USA", "CHE", "0354", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "fighting",
        "Four Thai soldiers and three Cambodian troops died in clashes along the border.",
        {
            ("KHMMIL", "THAMIL", "190", "asserted"),
            ("THAMIL", "KHMMIL", "190", "asserted"),
        },
        "2025-07-25",
    ),
    (
        "fighting",
        "Two Congolese soldiers were killed in clashes with M23 rebels near Goma.",
        {
            ("CODMIL", "CODREB", "190", "asserted"),
            ("CODREB", "CODMIL", "190", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "phone call",
        "Macron then rang Zelenskiy to discuss the talks.",
        {
            ("FRAGOV", "UKRGOV", "041", "asserted"),
            ("UKRGOV", "FRAGOV", "041", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "trade",
        "Seoul halted all imports of pork from Denmark on Friday.",
        {
            ("KOR", "DNK", "163", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "protest",
        "Manila lodged a protest after Chinese ships entered its waters.",
        {
            ("CHN", "PHL", "150", "asserted"),
            ("PHL", "CHN", "114", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reverse",
        "Chinese ships blocked a Philippine supply boat on Sunday, in an incident that drew condemnation from "
        "Washington.",
        {
            ("CHN", "PHL", "191", "asserted"),
            ("USA", "CHN", "111", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "modality",
        "The summit produced warm words but no new Chinese commitment on North Korea.",
        set(),
        "2025-03-14",
    ),
    (
        "yield",
        "The talks yielded a joint statement on fisheries.",
        set(),
        "2025-03-14",
    ),
    (
        "recognition",
        "The Solomon Islands decided to switch recognition from Taipei to Beijing.",
        {
            ("SLB", "CHN", "032", "asserted"),
        },
        "2019-09-16",
    ),
    (
        "protest",
        "China expressed strong dissatisfaction on Sunday after a U.S. fighter shot down a Chinese balloon.",
        {
            ("CHN", "USA", "110", "asserted"),
            ("USA", "CHN", "190", "asserted"),
        },
        "2023-02-05",
    ),
    (
        "aid",
        "Tokyo pledged $40 million in humanitarian aid for Syrians in Idlib on a visit to Turkey.",
        {
            ("JPN", "SYR", "0333", "asserted"),
            ("JPN", "TUR", "042", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "meeting",
        "After two days of talks in Geneva, American and Iranian negotiators announced a prisoner deal.",
        {
            ("IRNGOV", "USAGOV", "046", "asserted"),
            ("IRNGOV", "USAGOV", "057", "asserted"),
            ("USAGOV", "IRNGOV", "046", "asserted"),
            ("USAGOV", "IRNGOV", "057", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "force posture",
        "The opposition accused the president of mobilising hatred against migrants.",
        {
            ("OPP", "GOV", "112", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "force posture",
        "Armenia mobilised its reservists on Tuesday.",
        {
            ("ARM", "", "154", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "parse",
        "Indonesian President Prabowo Subianto, making his first visit to Canberra, was welcomed by Anthony "
        "Albanese at Parliament House.",
        {
            ("AUSGOV", "IDNGOV", "043", "asserted"),
            ("IDNGOV", "AUSGOV", "042", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "role country",
        "Nepali police fired tear gas at students in Kathmandu on Friday, and the government lifted the curfew a "
        "day later.",
        {
            ("NPLCOP", "NPLEDU", "175", "asserted"),
            ("NPLGOV", "NPLCOP", "0813", "asserted"),
        },
        "2025-09-12",
    ),
    (
        "role country",
        "The government of Peru declared a state of emergency in Lima on Tuesday, and police arrested dozens of "
        "protesters.",
        {
            ("PERCOP", "PEROPP", "173", "asserted"),
            ("PERGOV", "PER", "1724", "asserted"),
        },
        "2025-10-08",
    ),
    (
        "role country",
        "Thai F-16s struck the army's artillery positions on Thursday, Cambodia said.",
        {
            ("THA", "KHMMIL", "190", "asserted"),
        },
        "2025-07-25",
    ),
    (
        "role country",
        "The UN human rights office accused the army of killing villagers in Sudan's Darfur region.",
        {
            ("IGOUNO", "SDNMIL", "112", "asserted"),
            ("SDNMIL", "SDNCVL", "190", "hypothetical"),
        },
        "2025-03-04",
    ),
    (
        "role country",
        "Lawmakers accused Prime Minister Sanae Takaichi on Monday of misleading the public.",
        {
            ("JPNLEG", "JPNGOV", "112", "asserted"),
        },
        "2025-11-17",
    ),
    (
        "role country",
        "Opposition parties denounced President Javier Milei's veto on Thursday.",
        {
            ("ARGOPP", "ARGGOV", "111", "asserted"),
        },
        "2025-11-17",
    ),
    (
        "role country",
        "The government thanked Japan for its assistance after the floods.",
        {
            ("GOV", "JPN", "051", "asserted"),
        },
        "2025-09-01",
    ),
    (
        "role country",
        "Protesters stormed army headquarters in Rawalpindi on Tuesday. The government ordered troops into Punjab "
        "province on Wednesday.",
        {
            ("PAKGOV", "", "154", "asserted"),
            ("PAKOPP", "PAKMIL", "145", "asserted"),
        },
        "2023-05-10",
    ),
    (
        "parse repair",
        "Ottawa answered by raising its bounty for information leading to the smugglers' arrest and imposing "
        "sanctions on three Haitian gang leaders.",
        {
            ("CAN", "HTICRM", "163", "asserted"),
        },
        "2025-02-10",
    ),
    (
        "coreference",
        "Daniel Ortega was sworn in again on Friday. Canada announced sanctions against his government the same day.",
        {
            ("CAN", "NICGOV", "163", "asserted"),
        },
        "2022-01-11",
    ),
    (
        "possessive",
        "Australia imposed sanctions on Monday against figures in the Iranian government.",
        {
            ("AUS", "IRNGOV", "163", "asserted"),
        },
        "2025-10-06",
    ),
    (
        "parse repair",
        "Albanese hosted Indonesia's defence minister for a working lunch in Canberra on Monday.",
        {
            ("AUSGOV", "IDNGOV", "043", "asserted"),
            ("IDNGOV", "AUSGOV", "042", "asserted"),
        },
        "2025-08-12",
    ),
    (
        "target",
        "Tehran said Israel had fired missiles at two of its air bases on Sunday.",
        {
            ("IRN", "ISR", "112", "asserted"),
            ("ISR", "IRN", "194", "asserted"),
        },
        "2025-08-12",
    ),
    (
        "meeting",
        "A second round of talks in Geneva between Armenia and Azerbaijan's foreign ministers ended without "
        "agreement on Friday.",
        {
            ("ARMGOV", "AZEGOV", "046", "asserted"),
            ("AZEGOV", "ARMGOV", "046", "asserted"),
        },
        "2025-03-15",
    ),
    (
        "mediation",
        "Thailand and Cambodia agreed to an immediate truce following talks in Kuala Lumpur brokered by Malaysia "
        "and the United States.",
        {
            ("KHM", "THA", "0871", "asserted"),
            ("MYS", "KHM", "045", "asserted"),
            ("MYS", "THA", "045", "asserted"),
            ("THA", "KHM", "0871", "asserted"),
            ("USA", "KHM", "045", "asserted"),
            ("USA", "THA", "045", "asserted"),
        },
        "2025-07-29",
    ),
    (
        "target",
        "The State Department said on Friday it was revoking the US visa of a Brazilian Supreme Court justice.",
        {
            ("USAGOV", "BRAJUD", "172", "asserted"),
        },
        "2025-07-19",
    ),
    (
        "target",
        "Thai police arrested a former Cambodian senator to whom Bangkok had granted asylum a year earlier.",
        {
            ("THA", "KHMELI", "075", "asserted"),
            ("THACOP", "KHMELI", "173", "asserted"),
        },
        "2025-07-19",
    ),
    (
        "kind",
        "Ecuador suspended diplomatic relations with Mexico on Saturday.",
        {
            ("ECU", "MEX", "161", "asserted"),
        },
        "2024-04-07",
    ),
    (
        "kind",
        "Trump threatened 35 percent tariffs on Canadian goods, and Carney vowed retaliatory duties on American steel.",
        {
            ("CANGOV", "USA", "1312", "asserted"),
            ("USAGOV", "CAN", "1312", "asserted"),
        },
        "2025-07-12",
    ),
    (
        "kind",
        "Belarusian helicopters entered Lithuanian airspace on Sunday. Vilnius handed a protest note to Minsk's "
        "charge d'affaires on Monday and called the incursion brazen.",
        {
            ("BLRMIL", "LTU", "150", "asserted"),
            ("LTU", "BLRGOV", "114", "asserted"),
            ("LTU", "BLRMIL", "111", "asserted"),
        },
        "2025-10-27",
    ),
    (
        "metonym",
        "Ukraine's parliament ratified the Rome Statute of the International Criminal Court on Wednesday.",
        set(),
        "2024-08-22",
    ),
    (
        "expulsion",
        "Prague ordered Russia on Monday to withdraw 20 diplomats from its embassy. Moscow warned that the move "
        "would not go unanswered.",
        {
            ("CZE", "RUSGOV", "166", "asserted"),
            ("RUS", "CZE", "130", "asserted"),
        },
        "2021-04-19",
    ),
    (
        "demand",
        "Trump told Russia to stop its attacks on Kyiv.",
        {
            ("USAGOV", "RUS", "1056", "asserted"),
        },
        "2025-04-24",
    ),
    (
        "demand",
        "Xi told the first Australian leader to visit Beijing in years that China was ready to improve ties.",
        {
            ("CHNGOV", "AUSGOV", "010", "asserted"),
        },
        "2023-11-06",
    ),
    (
        "host",
        "Xi rolled out the red carpet for Brazil's president on Tuesday.",
        {
            ("BRAGOV", "CHNGOV", "042", "asserted"),
            ("CHNGOV", "BRAGOV", "043", "asserted"),
        },
        "2024-11-20",
    ),
    (
        "kind",
        "Israeli jets knocked Hodeidah port out of service on Sunday.",
        {
            ("ISRMIL", "YEM", "195", "asserted"),
        },
        "2025-05-11",
    ),
    (
        "kind",
        "Niger's junta scrapped a military cooperation pact with the United States.",
        {
            ("NERGOVMIL", "USA", "160", "asserted"),
        },
        "2024-03-17",
    ),
    (
        "kind",
        "Washington returned Cuba to its list of state sponsors of terrorism on Monday.",
        {
            ("USA", "CUB", "163", "asserted"),
        },
        "2021-01-12",
    ),
    (
        "kind",
        "Beijing accused Manila of provocations, an accusation the Philippine foreign ministry rejected.",
        {
            ("CHN", "PHL", "1123", "asserted"),
            ("PHLGOV", "CHN", "016", "asserted"),
        },
        "2025-08-12",
    ),
    (
        "kind",
        "Seoul waved away Pyongyang's demands on Friday.",
        {
            ("KOR", "PRK", "120", "asserted"),
        },
        "2025-03-14",
    ),
    (
        "reference",
        "Canada recognised Palestine on Sunday, drawing condemnation from Israel. Germany also criticised the "
        "decision.",
        {
            ("CAN", "PSE", "054", "asserted"),
            ("DEU", "CAN", "111", "asserted"),
            ("ISR", "CAN", "111", "asserted"),
        },
        "2025-09-22",
    ),
    (
        "place",
        "China's commerce ministry announced tariffs on Tuesday. The ministry also put two American drone makers on "
        "its unreliable entity list.",
        {
            ("CHNGOV", "USABUS", "163", "asserted"),
        },
        "2025-02-04",
    ),
    (
        "actor",
        "The Iran-aligned movement held talks in Riyadh on Tuesday.",
        set(),
        "2023-09-20",
    ),
    (
        "expulsion",
        "Managua ordered the diplomatic staff of three European countries, including Spain and Italy, to leave the "
        "country.",
        {
            ("NIC", "ESPGOV", "166", "asserted"),
            ("NIC", "ITAGOV", "166", "asserted"),
        },
        "2024-05-20",
    ),
    (
        "target",
        "Japanese Defence Minister Gen Nakatani said on Tuesday that China's drills were dangerous. China's foreign "
        "ministry spokesman, Lin Jian, called his remarks irresponsible.",
        {
            ("CHN", "", "150", "asserted"),
            ("CHNGOV", "JPNGOV", "111", "asserted"),
            ("JPNGOV", "CHN", "111", "asserted"),
        },
        "2025-04-01",
    ),
    (
        "reference",
        "Australia and Canada imposed travel bans on two Israeli ministers over settler violence in the occupied "
        "West Bank, a move that Israel's foreign minister called outrageous.",
        {
            ("AUS", "ISRGOV", "163", "asserted"),
            ("CAN", "ISRGOV", "163", "asserted"),
            ("ISRGOV", "AUS", "111", "asserted"),
            ("ISRGOV", "CAN", "111", "asserted"),
        },
        "2025-06-11",
    ),
    (
        "reference",
        "Israel recognised Somaliland on Friday, a decision that Egypt condemned.",
        {
            ("EGY", "ISR", "111", "asserted"),
            ("ISR", "SOM", "054", "asserted"),
        },
        "2025-12-27",
    ),
    (
        "parse repair",
        "Lula hosted Colombia's Gustavo Petro and Chile's Gabriel Boric in Brasilia on Tuesday.",
        {
            ("BRAGOV", "CHLGOV", "043", "asserted"),
            ("BRAGOV", "COLGOV", "043", "asserted"),
            ("CHLGOV", "BRAGOV", "042", "asserted"),
            ("COLGOV", "BRAGOV", "042", "asserted"),
        },
        "2023-05-30",
    ),
    (
        "meeting",
        "Xi apologised to Kishida in a phone call on Saturday.",
        {
            ("CHNGOV", "JPNGOV", "041", "asserted"),
            ("CHNGOV", "JPNGOV", "055", "asserted"),
            ("JPNGOV", "CHNGOV", "041", "asserted"),
        },
        "2023-08-26",
    ),
    (
        "kind",
        "Erdogan urged Putin during talks on Monday to revive the grain deal.",
        {
            ("TURGOV", "RUSGOV", "020", "asserted"),
        },
        "2023-09-04",
    ),
    (
        "parse repair",
        "The foreign minister declared on Monday that Rwanda's envoy was no longer welcome in Kinshasa, branding "
        "him an agent of destabilisation.",
        {
            ("CODGOV", "RWAGOV", "111", "asserted"),
        },
        "2025-01-27",
    ),
    (
        "kind",
        "Beijing imposed anti-dumping duties of up to 30% on pork from the European Union on Friday.",
        {
            ("CHN", "IGOEUREEC", "163", "asserted"),
        },
        "2025-09-06",
    ),
    (
        "kind",
        "Ottawa agreed on Friday to cut duties on Chinese electric vehicles.",
        {
            ("CAN", "CHN", "0354", "asserted"),
        },
        "2026-01-17",
    ),
    (
        "kind",
        "Beijing's ban on exports of rare earth magnets to India angered New Delhi.",
        {
            ("CHN", "IND", "163", "asserted"),
        },
        "2025-06-10",
    ),
    (
        "kind",
        "Beijing struck back on Friday with a ban on exports of drone parts to the United States.",
        {
            ("CHN", "USA", "163", "asserted"),
        },
        "2025-04-11",
    ),
    (
        "kind",
        "Georgia put its membership of the Council of Europe's assembly on ice on Monday.",
        {
            ("GEO", "IGOEURCOE", "160", "asserted"),
        },
        "2025-01-28",
    ),
    (
        "kind",
        "Armenia has put its participation in the Collective Security Treaty Organization on ice.",
        {
            ("ARM", "IGOCASCST", "160", "asserted"),
        },
        "2024-02-23",
    ),
    (
        "reference",
        "Masked gunmen opened fire on pilgrims near a shrine in Baluchistan on Sunday, killing nine. Prime Minister "
        "Shehbaz Sharif condemned the killings.",
        {
            ("PAKGOV", "PAKUAF", "111", "asserted"),
            ("PAKUAF", "PAK", "190", "asserted"),
        },
        "2025-03-10",
    ),
    (
        "actor",
        "Uzbekistan's foreign minister met a Taliban delegation in Termez on Monday.",
        {
            ("AFGGOV", "UZBGOV", "040", "asserted"),
            ("UZBGOV", "AFGGOV", "040", "asserted"),
        },
        "2024-08-12",
    ),
    (
        "actor",
        "North Korean troops fired on South Korean army posts along the border on Friday.",
        {
            ("PRKMIL", "KORMIL", "190", "asserted"),
        },
        "2024-10-18",
    ),
    (
        "conjunction",
        "Russia signed a treaty of friendship and trade with the leaders of Armenia, Belarus and Kazakhstan in "
        "Minsk on Thursday, at a summit held at a time of unilateral sanctions.",
        {
            ("ARMGOV", "RUS", "057", "asserted"),
            ("BLRGOV", "RUS", "057", "asserted"),
            ("KAZGOV", "RUS", "057", "asserted"),
            ("RUS", "ARMGOV", "057", "asserted"),
            ("RUS", "BLRGOV", "057", "asserted"),
            ("RUS", "KAZGOV", "057", "asserted"),
        },
        "2023-12-07",
    ),
    (
        "target",
        "Ottawa welcomed the decision by Mexico to lift its duties on Canadian steel.",
        {
            ("CAN", "MEX", "051", "asserted"),
        },
        "2024-05-20",
    ),
    (
        "target",
        "Tokyo condemned the launch by Pyongyang on Wednesday.",
        {
            ("JPN", "PRK", "111", "asserted"),
            ("PRK", "JPN", "150", "asserted"),
        },
        "2024-05-29",
    ),
    (
        "reference",
        "Beijing threatened to cut imports if Manila kept allowing the killing of Chinese fishermen, an accusation "
        "the Philippine foreign ministry denied.",
        {
            ("CHN", "PHL", "130", "asserted"),
            ("PHL", "CHNCVL", "190", "hypothetical"),
            ("PHLGOV", "CHN", "016", "asserted"),
        },
        "2024-07-03",
    ),
]


@pytest.mark.parametrize(
    ("rule", "sentence", "expected", "date"),
    [(*row, DATE)[:4] for row in RULES],
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RULES)],
)
def test_coding_rule(coder_all, rule, sentence, expected, date):
    events = coder_all.code_text(sentence, date=date)
    got = {(e.source_code, e.target_code, e.cameo, e.modality) for e in events}
    assert got == expected, rule


# The PLOVER category beside each CAMEO code follows PLOVER's crosswalk: signing a formal
# agreement or apologising is SUPPORT, easing sanctions is RETREAT, a blockade is COERCE;
# what is only intended is a commitment (AGREE, or THREATEN for hostile acts).
PLOVER = [
    ("Poland and Lithuania signed a defense treaty.", {"SUPPORT"}),
    ("Argentina apologized to Uruguay for the incident.", {"SUPPORT"}),
    ("Canada lifted its sanctions on Cuba.", {"RETREAT"}),
    ("Turkey imposed a blockade on Cyprus.", {"COERCE"}),
    ("Canada vowed to impose sanctions on Belarus.", {"THREATEN"}),
    # PLOVER has no modality: what an actor will do is a commitment, AGREE or THREATEN.
    ("Norway will provide emergency aid to Sudan.", {"AGREE"}),
    ("Japan will hold talks with Vietnam next month.", {"AGREE"}),
    ("The European Union will expel two Russian diplomats.", {"THREATEN"}),
]


@pytest.mark.parametrize(("sentence", "types"), PLOVER)
def test_coding_plover_crosswalk(coder_all, sentence, types):
    assert {e.plover_type for e in coder_all.code_text(sentence, date=DATE)} == types


DATES = [
    ("On March 16, 2021, Japan criticized China.", "2021-03-16", "day"),
    ("On Monday, Australia condemned Russia.", "2021-05-17", "day"),
    ("In November 2020, India accused China of aggression.", "2020-11-01", "month"),
    ("Last month, Vietnam protested to China over the seizure of its fishermen.", "2021-04-01", "month"),
    ("Japan criticized China on February 10.", "2021-02-10", "day"),
    ("Australia condemned Russia.", DATE, "document"),
    # what has happened is not dated after the article: "next year" is when the exercises are
    ("Japan and Australia agreed to hold exercises next year.", DATE, "document"),
    # nor at the end of a span it sets
    ("Israel imposed a curfew on Hebron until May 10.", DATE, "document"),
    ("China imposed tariffs on Australian wine from May 1.", DATE, "document"),
    # a date owned by the event noun dates it
    ("Monday's meeting between Japan and China was tense.", "2021-05-17", "day"),
    # the date after the speech verb is when it was said, whatever clause the parser gives it
    ("Japan said on Monday it would impose tariffs on Chinese steel.", "2021-05-17", "day"),
]


@pytest.mark.parametrize(("sentence", "date", "precision"), DATES)
def test_coding_event_dates(coder_all, sentence, date, precision):
    events = coder_all.code_text(sentence, date=DATE)
    assert events
    assert {(e.date, e.date_precision) for e in events} == {(date, precision)}


def test_coding_every_event_carries_its_evidence(coder_all):
    text = "Japan criticized China on Monday. Australia condemned Russia."
    for event in coder_all.code_text(text, date=DATE):
        assert text[event.start : event.end] == event.evidence
        assert event.trigger.split()[0] in event.evidence
        assert event.modality in MODALITIES


def test_coding_a_sentence_the_coder_fails_on_is_reported_and_skipped(coder_all, monkeypatch):
    import kuroshio.pipeline as pipeline
    from kuroshio.errors import CodingWarning

    real = pipeline.code_sentence

    def failing(doc, *args, **kwargs):
        if "Russia" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "code_sentence", failing)
    before = coder_all.stats.failed
    text = "Japan criticized China on Monday. Australia condemned Russia. India praised Japan."
    with pytest.warns(CodingWarning, match=r"doc-1, sentence 2: .*RecursionError.*Australia condemned Russia"):
        events = list(coder_all.code_documents([Document(id="doc-1", text=text, date=DATE)]))
    assert {(e.source_code, e.target_code, e.sentence) for e in events} == {("JPN", "CHN", 0), ("IND", "JPN", 2)}
    assert coder_all.stats.failed == before + 1


def test_coding_one_sided_events_are_kept_when_asked(coder_all):
    # By default an act whose target the sentence does not name is left out (protests and shows
    # of force excepted); a coder built with one_sided=True returns it with an empty target.
    from kuroshio.pipeline import Coder
    from kuroshio.records import MODALITIES

    sentence = "Beijing expanded its export controls on rare earths."
    assert coder_all.code_text(sentence, date=DATE) == []
    keeping = Coder(lexicons=coder_all.lexicons, nlp=coder_all.nlp, modalities=MODALITIES, one_sided=True)
    got = {(e.source_code, e.target_code, e.cameo) for e in keeping.code_text(sentence, date=DATE)}
    assert got == {("CHN", "", "163")}
    protest = "Thousands of students marched through Belgrade on Saturday."
    assert {e.root for e in coder_all.code_text(protest, date=DATE)} == {"14"}
