"""German phrases: words said together, or said regionally, read as the table's words.

"Ein halbes Grad" is a step of 0,5, "Pause beenden" resumes, Berlin's "mach ma det
Licht uff" is "mach mal das Licht auf" (`Language.phrases`).
"""

from __future__ import annotations

from typing import Final

from .numbers import HALVES

PHRASES: Final = {
    # "Hebe die Pause auf" / "Pause beenden" resume, never pause.
    "pause beenden": "fortsetzen",
    "pause aufheben": "fortsetzen",
    "stumm aus": "ton",
    # "Ein halbes Grad wärmer" is a step of 0,5 degrees, never "halb" (50 %).
    "ein halbes grad": "0,5 grad",
    "einen halben grad": "0,5 grad",
    # Saxon "ä halbes Grad runter": "ä" is "ein".
    "ä halbes grad": "0,5 grad",
    "ä halben grad": "0,5 grad",
    # "Mach dat Küchenlicht ganz hell": as bright as it goes.
    "ganz hell": "auf 100 prozent",
    # "Ein Grad runter" is a step of one degree: "ein" is no particle here.
    "ein grad": "1 grad",
    "einen grad": "1 grad",
    **HALVES,
    # Berlin as typed and said: "mach ma det Licht uff", "ick hab jekooft", "allet
    # aus", "die Mucke", "is det duster": the standard words they stand for.
    "uff": "auf",
    "ma": "mal",
    "det": "das",
    # Ruhrgebiet: "stell dat Wohnzimmer ma auf …", "wie warm isset bei Leon",
    # "getz", "anne Haustür", "inne Küche", "vonne Glotze", "auffe Liste".
    "dat": "das",
    "isset": "ist es",
    "getz": "jetzt",
    "anne": "an der",
    "inne": "in der",
    "vonne": "von der",
    "auffe": "auf die",
    "dit": "das",
    "ick": "ich",
    "icke": "ich",
    "nich": "nicht",
    "allet": "alles",
    "ooch": "auch",
    "et": "es",
    "wat": "was",
    "jut": "gut",
    "ham": "haben",
    "kannste": "kannst du",
    "jekooft": "gekauft",
    "jenug": "genug",
    "mucke": "Musik",
    "duster": "dunkel",
    "pennen": "schlafen",
    # Swabian as said in Stuttgart: "mach d'Lampe a" (an), "de Rollladen nunter",
    # "obe älle Lichter aus", "a bissle wärmer", "isch", "net", "kannsch ausmache".
    "a bissle": "ein bisschen",
    "a bissl": "ein bisschen",
    "a weng": "ein wenig",
    "a": "an",
    "nunter": "runter",
    "nuff": "rauf",
    "rei": "rein",
    "naus": "raus",
    "obe": "oben",
    "unte": "unten",
    "älle": "alle",
    "isch": "ist",
    "net": "nicht",
    "i": "ich",
    "de": "den",
    "mei": "mein",
    "dei": "dein",
    "amol": "mal",
    "glei": "gleich",
    "scho": "schon",
    "heut": "heute",
    "kannsch": "kannst du",
    "ausmache": "ausmachen",
    "amache": "anmachen",
    "bissle": "bisschen",
    # Saxon and Bavarian: "mach ma bissl heller", "ä bissl wärmer".
    "bissl": "bisschen",
    "bisserl": "bisschen",
    "ä": "ein",
    "fernseh": "Fernseher",
    # Hessian as said in Frankfurt: "um e halbes Grad hoch", "e bissi leiser", "un",
    # "des Dachfenster", "is", "fuffzig Prozent", "mach sei Heizung aus".
    "e halbes grad": "0,5 grad",
    "e halben grad": "0,5 grad",
    "e bissi": "ein bisschen",
    "e bissche": "ein bisschen",
    "bissi": "bisschen",
    "bissche": "bisschen",
    "un": "und",
    "des": "das",
    "is": "ist",
    "fuffzig": "fünfzig",
    "sei": "sein",
}
