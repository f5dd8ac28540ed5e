"""Italian verbs as said to a voice assistant, every form of each.

An Italian request opens with the verb in one of several forms: the informal
imperative ("accendi la luce"), the formal one ("accenda la luce"), the infinitive
after "puoi", "potresti", "vorrei" ("puoi accendere la luce?") and in the negative
imperative ("non accendere la luce"), and with a pronoun joined to it ("accendila",
"puoi spegnerle?"). Each verb is written as its forms; the joined pronouns are added
here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

# Pronouns joined to an imperative or an infinitive: "accendila", "spegnerli".
OBJECTS: Final = ("lo", "la", "li", "le")
_TO_ME: Final = ("mi",)
_SHORT: Final = 3

# Each verb: its forms, informal imperative first ("-" when it is not said as a
# command: "porta" is the door), infinitive last. Colloquial and regional forms
# follow ("spengi", "spengere": Tuscany and central Italy; "appiccia", "stuta":
# Naples, to light and to put out; "addruma", "astuta": Palermo).
_FORMS: Final = """
accendere: accendi accenda accendete accendere
spegnere: spegni spenga spegnete spengi spegnere spengere
attivare: attiva attivi attivate attivare
disattivare: disattiva disattivi disattivate disattivare
abilitare: abilita abiliti abilitare
disabilitare: disabilita disabiliti disabilitare
aprire: apri apra aprite aprire
chiudere: chiudi chiuda chiudete chiudere
alzare: alza alzi alzate alzare
abbassare: abbassa abbassi abbassate abbassare
sollevare: solleva sollevi sollevare
calare: cala cali calare
tirare: tira tiri tirare
impostare: imposta imposti impostate impostare
mettere: metti metta mettete mettere
rimettere: rimetti rimetta rimettete rimettere
regolare: regola regoli regolare
portare: - porti portate portare
cambiare: cambia cambi cambiare
fare: fai faccia fate fammi fallo falla falli falle fare
rendere: rendi renda rendere
bloccare: blocca blocchi bloccare
sbloccare: sblocca sblocchi sbloccare
inserire: inserisci inserisca inserire
armare: arma armi armare
disinserire: disinserisci disinserisca disinserire
disarmare: disarma disarmi disarmare
avviare: avvia avvii avviare
partire: parti parta partire
fermare: ferma fermi fermate fermare
stoppare: stoppa stoppi stoppare
interrompere: interrompi interrompa interrompere
sospendere: sospendi sospenda sospendere
riprendere: riprendi riprenda riprendere
continuare: continua continui continuare
riprodurre: riproduci riproduca riprodurre
suonare: suona suoni suonare
saltare: salta salti saltare
tornare: torna torni tornare
rientrare: rientra rientri rientrare
mandare: manda mandi mandare
rimandare: rimanda rimandi rimandare
riportare: riporta riporti riportare
silenziare: silenzia silenzi silenziare
zittire: zittisci zittisca zittire
togliere: togli tolga togliere
riattivare: riattiva riattivi riattivare
smutare: smuta smutare
aggiungere: aggiungi aggiunga aggiungete aggiungere
scrivere: scrivi scriva scrivere
segnare: segna segni segnare
annotare: annota annoti annotare
ricordare: ricorda ricordi ricordare
aumentare: aumenta aumenti aumentare
diminuire: diminuisci diminuisca diminuire
ridurre: riduci riduca ridurre
attenuare: attenua attenui attenuare
illuminare: illumina illumini illuminare
schiarire: schiarisci schiarisca schiarire
scurire: scurisci scurisca scurire
pulire: pulisci pulisca pulire
aspirare: aspira aspiri aspirare
lavare: lava lavi lavare
passare: passa passi passare
tagliare: taglia tagli tagliare
falciare: falcia falci falciare
innaffiare: innaffia annaffia innaffi annaffi innaffiare annaffiare
irrigare: irriga irrighi irrigare
eseguire: esegui esegua eseguire
lanciare: lancia lanci lanciare
commutare: commuta commuti commutare
invertire: inverti inverta invertire
scaldare: scalda scaldi scaldare
riscaldare: riscalda riscaldi riscaldare
raffreddare: raffredda raffreddi raffreddare
rinfrescare: rinfresca rinfreschi rinfrescare
staccare: stacca stacchi staccare
attaccare: attacca attacchi attaccare
spuntare: spunta spunti spuntare
depennare: depenna depenni depennare
appicciare: appiccia appicci appicciate appicciare
stutare: stuta stuti stutate stutare
astutare: astuta astuti astutate astutare
addrumare: addruma addrumi addrumate addrumare
levare: leva levi levate levare
"""

VERBS: Final[Mapping[str, tuple[str, ...]]] = {
    lemma.strip(): tuple(forms.split())
    for line in _FORMS.strip().splitlines()
    for lemma, forms in [line.split(":")]
}


def _joined(form: str, pronouns: Iterable[str]) -> set[str]:
    """Return the form with each pronoun joined: "accendi" -> "accendila".

    A short form ("fai": "fallo") doubles the pronoun's consonant: written out.
    """
    if form == "-" or len(form) <= _SHORT:
        return set()
    if form.endswith("re"):
        form = form[:-1]  # "spegnere" -> "spegnerla"
    return {form + pronoun for pronoun in pronouns}


def verbs(lemmas: str, *, pronouns: bool = True) -> frozenset[str]:
    """Return every form of the verbs (by infinitive), with pronouns joined."""
    found: set[str] = set()
    for lemma in lemmas.split():
        forms = VERBS[lemma]
        found.update(form for form in forms if form != "-")
        if pronouns:
            found |= _joined(forms[0], (*OBJECTS, *_TO_ME))
            found |= _joined(forms[-1], (*OBJECTS, *_TO_ME))
    return frozenset(found)


def referring(lemmas: Iterable[str]) -> frozenset[str]:
    """Return the forms that lean on the command before: "accendila", "spegnerli"."""
    found: set[str] = set()
    for lemma in lemmas:
        forms = VERBS[lemma]
        found |= _joined(forms[0], OBJECTS) | _joined(forms[-1], OBJECTS)
    return frozenset(found)


ALL_VERBS: Final = verbs(" ".join(VERBS))
REFERRING: Final = referring(VERBS)
