"""The composition of a governing act with the act it governs, as one CAMEO code.

``compose(kind, code)`` is the code of an appeal, demand, intent, refusal or threat (``kind``)
about the act ``code``: "urged X to hold talks" (026), "vowed to impose sanctions" (1312),
"refused to release" (1243). ``_GOVERNOR_KIND`` names the kind a governing act's own code
makes it, and ``_COMMITMENT_VERBS`` the verbs that commit to an act rather than aim at it.
"""

from __future__ import annotations

# How a governing act and the act it governs combine into one CAMEO code: "urged X to hold talks"
# is an appeal to meet (026), "refused to release" a refusal to yield (1243), "wants to attack"
# a threat of force (138). Keys are the governed code, its three-digit code, then its root.
# Stating the intent to use force is a threat of it, whether said as intent or as a threat.
_FORCE_THREATS = {"15": "138", "18": "1383", "191": "1381", "192": "1382", "19": "138", "204": "1385", "20": "138"}
# So is stating the intent to sanction, restrict or boycott: "vowed to impose sanctions" (1312),
# "said it would boycott the talks" (133), "plans to impose a curfew" (132).
_PRESSURE_THREATS = {
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "16": "131",
    "172": "132",
    "14": "133",
}
# Only a commitment to sanction is a threat; deciding or agreeing to sanction is the sanction
# itself, announced, and seeking or hoping to is an aim: those are coded as the act (intended).
_COMMITMENT_VERBS = frozenset("pledge promise vow swear plan intend commit threaten prepare".split())
_COMPOSE: dict[str, dict[str, str]] = {
    "appeal": {
        "045": "028",
        "04": "026",
        "05": "022",
        "061": "0211",
        "062": "0212",
        "063": "0213",
        "064": "0214",
        "06": "021",
        "071": "0231",
        "072": "0232",
        "073": "0233",
        "074": "0234",
        "07": "023",
        "081": "0251",
        "082": "0252",
        "084": "0253",
        "085": "0254",
        "086": "0255",
        "087": "0256",
        "08": "025",
        "03": "020",
        "09": "020",
    },
    "demand": {
        "045": "108",
        "04": "106",
        "05": "102",
        "061": "1011",
        "062": "1012",
        "063": "1013",
        "064": "1014",
        "06": "101",
        "071": "1031",
        "072": "1032",
        "073": "1033",
        "074": "1034",
        "07": "103",
        "081": "1051",
        "082": "1052",
        "084": "1053",
        "085": "1054",
        "086": "1055",
        "087": "1056",
        "08": "105",
        "09": "100",
    },
    "intent": {
        "045": "039",
        "04": "036",
        "05": "032",
        "057": "030",
        "061": "0311",
        "062": "0312",
        "063": "0313",
        "064": "0314",
        "06": "031",
        "071": "0331",
        "072": "0332",
        "073": "0333",
        "074": "0334",
        "07": "033",
        "081": "0351",
        "082": "0352",
        "084": "0353",
        "085": "0354",
        "086": "0355",
        "087": "0356",
        "08": "035",
        **_PRESSURE_THREATS,
        **_FORCE_THREATS,
    },
    "reject": {
        "045": "126",
        "04": "125",
        "057": "127",
        "05": "120",
        "061": "1211",
        "062": "1212",
        "06": "121",
        "071": "1221",
        "072": "1222",
        "073": "1223",
        "074": "1224",
        "07": "122",
        "081": "1241",
        "082": "1242",
        "084": "1243",
        "085": "1244",
        "086": "1245",
        "087": "1246",
        "08": "124",
        "03": "120",
    },
    "threat": {**_PRESSURE_THREATS, "17": "137", **_FORCE_THREATS},
}
_GENERIC = {"appeal": "020", "demand": "100", "reject": "120", "threat": "130"}
_GOVERNOR_KIND = {"02": "appeal", "10": "demand", "03": "intent", "12": "reject", "13": "threat"}


def compose(kind: str, code: str) -> str | None:
    """The CAMEO code of a ``kind`` act (appeal, demand, intent, reject, threat) about ``code``."""
    table = _COMPOSE[kind]
    for key in (code[:3], code[:2]):
        if key in table:
            return table[key]
    # An appeal, demand, refusal or threat about anything else is still one; an intention
    # with no CAMEO code of its own is left to the governed act (coded as intended).
    return _GENERIC.get(kind)
