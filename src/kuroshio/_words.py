"""Word lists and tables the event coder's rules share.

Light and intent verbs, the prepositions that name targets and places, verbs of speech and of
watching, weapons, kinds of aid, fields of cooperation, claimed waters and the like: what
``coding`` and its speech rules (``_speech``) read words against, and ``_actor_of``, the actor
both make of a country and an agent code. ``coding`` re-exports the public names
(``LIGHT_VERBS``, ``INTENT_VERBS``, ``TARGET_PREPS``, ``LOCATION_PREPS``).
"""

from __future__ import annotations

from .records import Actor

# Verbs whose meaning comes from their object noun: "hold talks", "stage a protest".
LIGHT_VERBS = frozenset(
    "hold conduct stage launch carry make pay take begin start resume continue mount undertake "
    "join host organize organise announce have give deliver issue lodge file wage "
    "perform run complete plan schedule propose approve order".split()  # not "end": ending a war is no war
)
TARGET_PREPS = (
    "with",
    "to",
    "against",
    "on",
    "toward",
    "towards",
    "into",
    "upon",
    "onto",
    "near",
    "around",
    "off",
    "inside",
    "within",
    "across",
    "between",
    "among",
    "over",
)
# "a wave of air strikes", "hundreds of drones", "two days of drills": the act or thing is what follows "of".
_QUANTITY_NOUNS = frozenset(
    "wave series barrage round spate string salvo volley number dozen hundred thousand set day week month "
    "hour night million billion trillion".split()
)
LOCATION_PREPS = ("in", "at", "inside", "near", "throughout", "outside", "through")
_PRONOUNS = frozenset("he she they it we him her them his its their i us".split())
_SUBJECT_DEPS = ("nsubj", "csubj")
_OBJECT_DEPS = ("dobj", "obj", "dative", "attr", "oprd")
# Weapons that make an attack conventional military force, and which kind: "blown up by a
# surface-to-air missile" (not a non-military bombing, 183), "fired rockets at", "shelled with
# artillery" (194: weapons fired from the ground, missiles and rockets included; 195: weapons
# delivered from the air: aircraft, drones, air strikes).
_WEAPONS = {
    **dict.fromkeys("artillery howitzer mortar shell tank cannon missile rocket".split(), "194"),
    **dict.fromkeys("warplane aircraft jet helicopter gunship bomber airstrike".split(), "195"),
    "drone": "1952",  # remotely piloted aerial munitions
    # Devices of irregular fighters: a non-military bombing (183).
    **dict.fromkeys("bomb ied explosive landmine".split(), "183"),
}
# Nouns of an answer to another act: "in retaliation for the strikes", "in response to", "in
# return for Beijing's help".
_ANSWERS = frozenset("retaliation response revenge reprisal reaction answer return exchange".split())
# Nouns of a journey of one's own: "on his first trip to China".
_JOURNEYS = frozenset("visit trip tour journey".split())
# Words that rank an act among others of its kind: "the first such visit", "the latest attack".
_RANKS = frozenset("first second third fourth fifth latest last largest biggest deadliest heaviest worst".split())
# Bombs dropped from aircraft, not planted: "glide bombs", "guided bombs" (195).
_AIR_DROPPED = frozenset("glide guided aerial cluster barrel laser-guided".split())
_WEAPON_CODES = frozenset({"180", "183", "190"})
# Statements about something that happened somewhere: "claimed responsibility for the attack
# in Kenya", "expressed sorrow for the shootings in South Carolina" are about that country.
_ABOUT_PLACES = frozenset({"015", "016", "018"})
_VIOLENCE = frozenset({"18", "19", "20"})
_STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Money named after a country ("New Zealand dollars") is no actor.
_CURRENCIES = frozenset("dollar euro yen yuan renminbi pound rupee won ruble rouble peso real rand franc lira".split())
# Participles that say where goods come from: "cars imported from China", "steel made in Vietnam".
_ORIGINS = frozenset("import make produce manufacture ship export build".split())
# The noun that names again the act of a verb: "agreed on four new sites ... criticized the agreement".
_NOMINALS = {
    "agree": "agreement",
    "propose": "proposal",
    "offer": "offer",
    "meet": "meeting",
    "visit": "visit",
    "deploy": "deployment",
    "sell": "sale",
    "invade": "invasion",
    "sanction": "sanction",
    "announce": "announcement",
    "sign": "agreement",
}
_VESSELS = frozenset("boat ship vessel ferry tanker convoy truck plane aircraft flight shipment cargo".split())
# "The lifting of sanctions": what an easing noun eases gives its code.
# Nouns whose act is told by what they are "of": "the imposition of tariffs" (163), "the
# closure of the consulate" (161).
_OF_ACTS = {
    "imposition": {"sanction": "163", "tariff": "163", "embargo": "163", "duty": "163", "curfew": "1723"},
    "closure": {"consulate": "161", "embassy": "161", "border": "191", "crossing": "191", "airspace": "191"},
    # done by both sides to each other: "an exchange of prisoners", "exchanges of fire"
    "exchange": {"prisoner": "0841", "detainee": "0841", "body": "0841", "fire": "190"},
}
_MUTUAL_OF_ACTS = frozenset({"exchange"})
_EASING_NOUNS = frozenset("lifting easing removal relaxation".split())
_EASED = {
    "sanction": "085",
    "embargo": "085",
    "tariff": "085",
    "blockade": "0872",
    "curfew": "081",
    "restriction": "081",
}
_PARTICLES = frozenset("in up out down off over back away".split())
_COMMANDING = frozenset("order command instruct direct".split())
# Acts done to people: arrest, abduction, killing, release, expulsion.
_DONE_TO_PEOPLE = ("173", "174", "181", "18", "19", "20", "0841")
# People named by what they are, not by office: as victims, the civilians of where it happens.
_PEOPLE = frozenset(
    "people person child man woman boy girl baby infant teenager worshipper mourner shopper pilgrim "
    "family farmer patient companion passer-by bystander".split()
)
_DEPLOYING = frozenset("deploy send dispatch station move".split())
# What is mobilised when forces are: "mobilised 300,000 reservists", "massed troops".
_MOBILISED = frozenset(
    "troop force reservist reserve army soldier unit military guard police personnel division brigade "
    "battalion tank man".split()
)
# A state's own ground, air and sea: "entered its airspace" is the state's whose they are.
_STATE_PLACES = frozenset("airspace water waters territory soil border borders".split())
_CROWDS = frozenset({"OPP", "EDU", "CVL", "LAB", "REL", "MOB"})  # who take to the streets
# What only a government decrees: a protest against one is against the government.
_STATE_MEASURES = frozenset("ban law bill curfew tax decree reform policy crackdown budget lockdown".split())
# Words for a crowd that names no one: "Thousands marched", "young people protested".
_MULTITUDES = frozenset("thousand hundred dozen million people crowd youth throng".split())
_NON_STATE = frozenset({"REB", "OPP", "UAF", "CVL", "CRM", "PTY", "MOB"})
# Verbs that report speech, and documents that speak.
_SPEECH = frozenset("say tell announce state declare confirm add claim admit acknowledge allege report insist".split())
# Verbs whose date phrase right after them is when something was said or promised ("said on
# Friday it would release them"), for the parse repair and the dating of promises.
_SAID = frozenset("say tell announce state add confirm warn vow pledge promise".split())
# Prepositions that make an event noun a point in time for another event.
_BACKGROUND = frozenset("since after following before amid despite until".split())
# Time clauses whose event only dates another: "two weeks after rebels kidnapped peacekeepers",
# "two days before Albanese flies to Jakarta". That event is news of another day, and coding it here
# would give it this story's date. "After meeting Xi, Macron flew on" tells the actor's own day.
_TIME_CLAUSES = frozenset("since after before until till".split())
_MENTIONING = frozenset("cite fear describe discuss mention recall debate review welcome flee escape".split())
_DETECTING = frozenset("detect spot track monitor".split())
# Verbs of a state watching another's forces near it ("reported", "tracked", "detected").
_WATCHING = frozenset("report detect spot track monitor observe record confirm".split())
# Saying that another must act demands it of them.
_INSISTING = frozenset("say state declare insist reiterate stress conclude tell add warn repeat announce".split())
_CLAIMS = frozenset("claim admit acknowledge confirm".split())
_DOCUMENTS = frozenset("report study statement document dossier investigation inquiry paper".split())
_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
# Events coded in both directions when there are two sides.
_RECIPROCAL_CODES = frozenset({"040", "044", "046"})

# Verbs that make the clause they govern ("wants to help", "plans to visit") an intention.
INTENT_VERBS = frozenset(
    "want wish hope plan intend seek aim decide agree pledge promise vow commit offer expect "
    "undertake resolve volunteer swear".split()
)
# "is ready to contribute troops", "is determined to mend ties": an intent, said as an adjective.
_INTENT_ADJECTIVES = frozenset("ready willing prepared determined eager keen".split())
# Verbs that, with an addressee, ask someone else to act ("wants Japan to", "expects Seoul to").
_ASKING_VERBS = frozenset("want wish need".split())  # not "expect": "diplomats expect the EU to approve" forecasts

# Verbs that keep their event-noun object from happening: "sought to avert new tariffs".
# Words that make a warning one of force (138).
_FORCE_WORDS = frozenset("war attack force invade invasion strike military nuclear fight annihilate".split())
_CONFLICT = ("11", "12", "14", "16", "17", "18", "19", "20")
# The kind of aid an adjective names: (intent 033x, act 07x, stop 162x).
_AID_KINDS = {
    "humanitarian": ("0333", "073", "1623"),
    "medical": ("0333", "073", "1623"),
    "relief": ("0333", "073", "1623"),
    "food": ("0333", "073", "1623"),
    "emergency": ("0333", "073", "1623"),
    "military": ("0332", "072", "1622"),
    "economic": ("0331", "071", "1621"),
    "financial": ("0331", "071", "1621"),
}
# Fields of cooperation: economic (061) or military (062).
_FIELDS = {
    **dict.fromkeys(
        "energy trade economy economic investment business technology infrastructure finance "
        "commerce industry agriculture".split(),
        "061",
    ),
    **dict.fromkeys("defense defence security military maritime naval".split(), "062"),
}
# Nouns that refer back to whatever was last done: "condemned the move".
_ANY_ACT = frozenset(
    "move step decision action measure manoeuvre maneuver proposal offer verdict ruling judgment judgement "
    "resolution ban sentence decree package takeover passage barrage overflight incursion intrusion provocation "
    "incident".split()
)
# Nouns of being taken into custody whose possessor is the one taken: "a warrant for his arrest".
_CUSTODY = frozenset("arrest detention extradition capture deportation release".split())
# Envoys whose expulsion is a state's: "expelled diplomats from Costa Rica".
_ENVOYS = frozenset("diplomat ambassador envoy attache attaché consul chargé official staff".split())
# What a crowd does against someone as it protests: "chanting against the government".
_CHANTING = frozenset("chant shout sing march".split())
# Verbs of a quantity changing: what they say of "trade" or "aid" is a trend, not an act.
_CHANGING = frozenset("recover grow rise fall decline increase drop rebound slump surge shrink double halve".split())
# Nouns of worry whose "over" phrase is the grounds, not news: "voiced concern over the drills".
_CONCERNS = frozenset("concern concerns alarm worry worries unease dismay displeasure".split())
# What an act told as a copula's subject may only be: "a blockade is the contingency planners fear".
_SCENARIOS = frozenset("contingency scenario possibility prospect risk danger threat option fear".split())
# Verbs of protesting: people named by what they do ("fans protesting outside Congress") protest.
_PROTESTING = frozenset("protest demonstrate rally march picket".split())
# Gerunds of abuse an accusation may name: "accused security forces of killing protesters".
_ABUSES = frozenset("torture massacre rape abduct starve".split())
# Nouns of a pact whose relative clause tells its terms: "a deal under which goods face a tariff".
_PACTS = frozenset("deal agreement framework pact treaty accord arrangement truce".split())
# Verbs of deciding that "the decision" or "the move" may refer back to when they are no event.
_DECIDING = frozenset("vote decide approve adopt resolve rule choose opt".split())
# Waters whose passage by foreign warships challenges a state's claim to them, and that state.
_CLAIMED_WATERS = {"taiwan strait": "CHN"}
# What a warning says will befall the one told: "would face consequences", "would pay a price".
_PENALTIES = frozenset("consequence price punishment retaliation defeat".split())
_DIRECTIONS = frozenset("east west north south northeast northwest southeast southwest".split())
_MEMBERS = frozenset(
    "member fighter militant gunman representative delegate negotiator envoy delegation panel bench chamber".split()
)  # who stand for their group
_DECREES = frozenset("order decree bill law legislation letter petition ordinance proclamation resolution".split())
_GATHERINGS = frozenset("summit conference meeting forum talks session assembly congress gathering".split())
_WATERS = frozenset("strait straits sea gulf channel peninsula ocean".split())
_STOP_NOUNS = frozenset("end halt suspension cut freeze termination".split())
_PLANS = frozenset("agreement deal accord pact treaty plan proposal roadmap framework memorandum".split())
# Plans that are only put forward until someone takes them up, and the verbs that take them up.
_PROPOSALS = frozenset("plan proposal roadmap blueprint initiative".split())
_ADOPTING = frozenset("sign adopt accept approve agree ratify implement".split())
# What one can leave besides an agreement: "left the alliance", "left the talks".
_BODIES = frozenset("alliance union organisation organization bloc coalition group council talks negotiation".split())
# Verbs whose object does not take place.
_STOPPING = frozenset("block prevent stop halt end cancel suspend freeze bar prohibit veto".split())
_ATTEMPTING = frozenset("attempt try plot seek".split())
_PREVENTIVE = frozenset("avert avoid prevent forestall evade escape".split())
# What calling something criticises it as: "called the move regrettable".
_BLAME_WORDS = frozenset(
    "regrettable unacceptable provocative dangerous irresponsible illegal unlawful outrageous deplorable "
    "wrong reckless absurd unjust hostile destabilizing destabilising baseless groundless unfair unjustified "
    "unreasonable unjustifiable cowardly criminal shameful disgraceful unwarranted aggressive sham unsafe "
    "unprofessional risky reprehensible dumb stupid foolish counterproductive erroneous blackmail "
    "motivated politicised politicized racist hate hates "
    # insults: "called the trial a witch hunt", "called Xi a dictator"
    "witch dictator tyrant thug liar terrorist farce charade travesty persecution futile disgrace "
    # acts named as wrongs: "called the barrage a provocation", "called it a betrayal"
    "provocation provocations affront insult betrayal blunder outrage violation breach outrageous sin "
    "antisemitic illegitimate unconstitutional unfriendly inappropriate ridiculous appalling brazen "
    "flagrant blatant".split()
)
# Adjectives that judge an act named again rather than tell another one: "the cowardly attack".
_JUDGED = _BLAME_WORDS | frozenset("brutal heinous barbaric deadly latest recent treacherous despicable vile".split())
# Where beside an event something happened: "on the sidelines of the SCO summit", "on the eve of".
_ASIDE = frozenset("sideline sidelines margin margins fringe fringes eve".split())
# What was said, called groundless or false: "calling the claim baseless" answers its maker.
_SAYINGS = frozenset("claim allegation accusation charge remark statement comment report".split())
# Counted parts of a group: "one of them", "some of the hostages".
_SOME_OF = frozenset("one two three four five some several many most all each none both".split())

# Nouns that date a day by an earlier act: "the anniversary of the invasion".
_DATING_NOUNS = frozenset("anniversary eve aftermath wake".split())
# What someone writes or says, that speaks for its author: "a post threatening to ...".
_MESSAGES = frozenset("post message statement letter tweet video note".split())
# People who work for a body: expelling them is expelling people (174), not the body.
_STAFF = frozenset("director head chief staff worker workers official officials representative".split())
# Words of a verb pattern that are prepositions or particles, not objects.
_PATTERN_PREPS = frozenset({*TARGET_PREPS, *LOCATION_PREPS, *_PARTICLES, "at", "by", "from", "for", "of", "as"})
# Verbs that make another act: "prompting Taipei to place its forces on alert".
_PROMPTING = frozenset("prompt force lead cause spur compel drive push".split())
# Places held or used by someone, named by their owner: "guerrilla camps", "Hezbollah positions".
_HOLDINGS = frozenset("camp position base post stronghold target depot outpost hideout".split())
# Participles that name who brought talks or a deal about: "US-brokered talks".
_BROKERING = frozenset("broker mediate facilitate sponsor".split())
# Verbs that tell what talks came to: "ended with the signing of".
_OUTCOMES = frozenset("end conclude culminate close result".split())
# Trade whose stopping is an embargo.
_TRADED = frozenset("export import sale shipment delivery trade".split())
# Event nouns whose "of" names who is to act: "the withdrawal of Russian forces".
_DOERS_OF = frozenset("withdrawal pullout departure resignation removal ouster exit retreat".split())
# Nouns that say what another must do: "its demand that Israel lift restrictions".
_DEMAND_NOUNS = frozenset("demand call appeal request insistence ultimatum".split())
# Acts a state does to its own towns and people: restrictions, curfews, arrests, repression,
# and their easing.
_HOME_ACTS = frozenset({"132", "172", "173", "175", "081", "082", "083"})


def _actor_of(country: str, agent: str, text: str) -> Actor:
    return Actor(code=country + agent, country=country, agent=agent, text=text)
