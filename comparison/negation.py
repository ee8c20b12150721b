"""Negation and denial: one source asserts a proposition that another negates or denies.

"The two leaders signed an agreement" against "the Kremlin denied that any agreement had
been signed" is a conflict of kind "negation". Statements of one claim are compared, only
across sources; no parser is used, only word lists, clauses and a crude stemmer.

Words. Tokens are the lower-cased words of the folded text (text.fold); "n't" and
"cannot" give "not", "it's" gives "it is" ("'re", "'ve", "'ll"... likewise); a
possessive "'s" is dropped; "U.S."/"US" is "usa", not "us". ``lemma`` undoes
inflection with a table of irregular forms (lost -> lose, met -> meet) and suffix rules
(signed, signing, signs -> sign; denied -> deny); ``stem`` also drops derivational
endings so that a verb and its nominalisation match (agreement, agreed -> agre; denial
-> deni; loss, losing, lost -> los). Content words are all words but function words,
auxiliaries, negators and verbs of saying ("said", "according", "told").
Clauses end at ; : ! ? . and double quotes, and before a subordinating word (that, which,
who, while, because, but, if, unless, whether, when...). Parentheses do not end one
("the International Olympic Committee (IOC)").

Cues. Each has a scope (the tokens it negates, up to the end of its clause and stopping
at a comma, a parenthesis or "and/or/but" + pronoun after its head), a head (the
predicate it negates) and a proposition (the content stems of the scope plus the
subject: the clause before the cue after the last comma or verb of saying, or the
antecedent of a relative clause). The proposition's core is the subject, the head and
the words up to the first preposition after it; the rest are adjuncts ("in the case").

- negators: not (n't), never, nor, without, "no longer", "failed to", "refused to". The
  head is the first content word after the cue, skipping auxiliaries, adverbs (yet, ever,
  first, usually...), determiners and quotes: "had not been signed" -> sign. After a
  be-form or a determiner a head that is not a verb form is a COPULA ("is not a lawyer"),
  which needs a subject ("..., but not the wall" denies nothing we can match). A
  complement ("did not confirm that X", "never estimated that X") is in the scope: X is
  not asserted. "without" before a noun ("without hesitation") gives a scope but no
  denial.
- existentials: "there had been a second explosion" has the noun as head (explosion), with
  the words before it ("second") in the proposition.
- determiners: no, none, nobody, nothing, neither, "no one". The head is the word after
  the next auxiliary ("no worker was killed" -> kill), else the first verb form
  ("neither Russia nor China signed"), else the first content word ("there was no
  agreement" -> agreement, a NOUN).
- denials: deny/refute/rebut with a complement ("denied [on Friday] that any agreement
  had been signed", "denied losing power", "denied any agreement"); reject/dismiss/
  dispute only with a report noun ("rejected reports that", "dismissed claims of");
  "untrue/false/baseless that", "not true that"; "reports that X were false". The scope
  is the complement, to the end of the sentence or ; : ? ! ( ) but while whereas although
  though because; the denier is not part of the proposition. The head is found as for
  determiners. "was denied bail" (passive), "did not deny", "neither confirm nor deny"
  and a denial whose complement is itself negated are no denials. The complement ends
  at "and"/"or" before an auxiliary ("has denied wrongdoing and has not been charged"
  denies wrongdoing; the second predicate is the denier's, not the complement's) and at a
  comma before an -ing participle ("denied that X, saying Y never happened").
- "don't think/believe/expect you can win": the negation moves to the complement (win);
  so does "no sign/evidence/indication/proof/suggestion that X" ("said there was no sign
  that the outage had been caused by a cyber attack" denies that an attack caused it).

Skipped, as they negate nothing another source could assert: "not only/just/merely/
simply/least/necessarily", "not to mention", "no doubt/matter", comparisons ("no more
than", "no smaller than", "not less than"), "whether or not", "if not", "or not", "does
not Sweden" (do-support before a capitalised word), heads that are hedges or sayings
("not clear", "not known", "did not confirm", "would not comment", "declined to say":
not confirming is not denying) and numbers ("not 20" is a figure, for numbers.py).

Assertions. A statement asserts a content word outside every cue's scope, outside a
clause opened by if, unless or whether, outside the complement of a report noun
("reports that X"), after no intensional word of its sentence (hope, plan, seek,
propose, expect, discuss, negotiate, speculate, suggest, allege, scheduled, may, might,
could, would...), and when the word does not name a speaker ("Peskov said", "according
to Tass"). Attribution does not negate: "X said the leaders did not sign" still denies.
A question (a "?") neither asserts nor denies.

Matching. A statement asserts what a denial of another source denies when it asserts
the head's stem at some token whose region (its clause, plus the antecedent of a
relative clause: "Thomas, who captained Wales") holds at least MIN_COVERAGE of the
core, ADJUNCT_COVERAGE of the adjuncts (not needed after "no one", "nobody", "nothing",
"none", which deny every instance) and at least one subject word; a VERB head is not
matched by an -ing noun ("was not built" / "the tallest building"; "the signing of" is
a signing); a COPULA "X is not Y" needs X linked to Y: "X is (a) Y", "X, the Y", "X
became Y" within LINK_SPAN tokens and no preposition between ("Nguyen's lawyer" and
"the MIT Press Bookstore" are not), or Y then X as a title ("President Vicente Fox").
Both negated is agreement, not a conflict.

Across claims. ``denial_pairs`` finds, over a whole corpus, the pairs where an explicit
denial (a denial word, not a bare "not"; its head not a capitalised name: "denied the
BuzzFeed report" denies a report, not a proposition) matches what another source asserts,
when the asserting statement does not itself speak of denying ("stated that the findings
'conclusively refute' his assertions"). judge.py gathers them into one claim.

Conflicts. One per head stem: kind "negation", role the lemma of the asserted word
("sign"), summary "<the asserted head and its proposition words>: asserted vs denied"
("signed an agreement: asserted vs denied"), sides ("asserted", ids) and ("denied", ids)
with ids in natural order, several sources per side; a statement that would stand on
both sides stands on neither; two heads giving the same sides give one conflict.
Deterministic.

Measured on Stanford's RTE2 negated-contradiction pairs and real-news negation pairs by
benchmarks/negation_benchmark.py; the thresholds favour precision, since a false
negation conflict is a false alarm to a fact-checker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from claims.model import Statement
from comparison.model import Conflict, Side

from .text import ABBREVIATIONS, fold, natural_key, word_list, word_set

NEGATION = "negation"
ASSERTED = "asserted"
DENIED = "denied"
VERB, COPULA, NOUN = "verb", "copula", "noun"  # forms of a negated head

READ_CACHE = 16384  # readings kept: the corpus-wide denial pass and each claim read alike
MIN_COVERAGE = 0.8  # of the proposition's core words, in the asserting clause
ADJUNCT_COVERAGE = 0.8  # of its other words (after a preposition: "in the case")
LINK_SPAN = 6  # "X is a board certified Y": at most this many tokens from X to Y
APPOSITION = 8  # "the High Representative for the CFSP, Javier Solana": longest title
ANTECEDENT = 4  # tokens before "who"/"which" that a relative clause is about

# Word forms.
_IRREGULAR = dict(
    pair.split(":")
    for pair in word_list(
        "lost:lose won:win met:meet held:hold made:make took:take taken:take gave:give "
        "given:give found:find left:leave sold:sell bought:buy began:begin begun:begin "
        "brought:bring caught:catch fought:fight thought:think told:tell said:say paid:pay "
        "led:lead fled:flee fell:fall fallen:fall shot:shoot struck:strike sent:send "
        "spent:spend built:build kept:keep went:go gone:go came:come ran:run saw:see "
        "seen:see knew:know known:know wrote:write written:write chose:choose "
        "chosen:choose spoke:speak spoken:speak stole:steal stolen:steal broke:break "
        "broken:break rose:rise risen:rise drove:drive driven:drive flew:fly flown:fly "
        "got:get gotten:get withdrew:withdraw withdrawn:withdraw sank:sink sunk:sink "
        "stood:stand understood:understand taught:teach sought:seek dealt:deal meant:mean "
        "felt:feel heard:hear became:become threw:throw thrown:throw beaten:beat "
        "born:bear wore:wear worn:wear tore:tear torn:tear hid:hide hidden:hide dug:dig "
        "hung:hang froze:freeze frozen:freeze shook:shake shaken:shake rode:ride "
        "ridden:ride fed:feed forgave:forgive forgiven:forgive undertook:undertake "
        "undertaken:undertake overtook:overtake overtaken:overtake swore:swear sworn:swear "
        "agreed:agree freed:free decreed:decree guaranteed:guarantee "
        "loss:lose losses:lose death:die deaths:die dead:die sale:sell sales:sell "
        "news:news series:series species:species"
    )
)
_NOT_PAST = word_set("loss losses death deaths dead sale sales news series species")
_PAST_FORMS = frozenset(_IRREGULAR) - _NOT_PAST
_ACRONYMS = {"us": "usa"}  # "U.S." and "US" are not the pronoun "us"

# Function words: never content, never a head.
_STOP = word_set(
    "a an the this that these those his her its their our my your he she it they we i you "
    "him them us me who whom whose which what when where why how there here of in on at by "
    "for with from to into onto upon about against between among through during before "
    "after above below over under again further then once also only just even still yet "
    "ever already very so too as than and or but if unless whether because while whereas "
    "although though both either each every all any some such other another same more "
    "most much many few less least several one ones s t de la le el al et mr mrs ms dr "
    "now today yesterday tomorrow week month year later earlier since until"
)
_AUX = word_set(
    "be is are was were been being am do does did doing have has had having will "
    "would shall should can could may might must ought"
)
_ADVERBS = word_set(
    "yet ever even actually really officially formally publicly directly immediately "
    "again also always once previously already originally fully entirely completely "
    "necessarily personally reportedly apparently allegedly ultimately initially first "
    "usually often generally widely recently currently still approximately about around "
    "nearly almost roughly to"
)
_ATTRIBUTION = word_set(
    "say says said saying tell tells told according add adds added report reports reported "
    "claim claims claimed stated insist insists insisted note notes noted "
    "announce announces announced explain explained warn warned quote quoted write wrote "
    "confirm confirms confirmed"
)

# Cues.
_NEGATORS = word_set("not never nor without")
_FAIL = word_set("failed fails fail refused refuses refuse")  # + "to"
_DETERMINERS = word_set("no none nobody nothing neither")
_UNIVERSAL = word_set("nobody nothing none")  # and "no one"
_DENY = word_set(
    "deny denies denied denying denial denials refute refutes refuted refuting rebut "
    "rebuts rebutted rebutting"
)
_REJECT = word_set(
    "reject rejects rejected rejecting dismiss dismisses dismissed dismissing dispute "
    "disputes disputed disputing"
)
_REPORT_NOUNS = word_set(
    "report reports claim claims allegation allegations suggestion suggestions accusation "
    "accusations rumour rumours rumor rumors speculation assertion assertions charge "
    "charges story stories notion idea ideas concept theory promise promises pledge "
    "pledges vow vows belief beliefs possibility prospect impression"
)
_INTRODUCERS = word_set("that of claiming saying suggesting alleging")  # "reports that X"
_FALSE = word_set(
    "untrue false baseless groundless unfounded wrong incorrect fabricated fake nonsense lies"
)
_SKIP_AFTER_NOT = word_set("only just merely simply least necessarily")
_COMPARATIVES = word_set("more less fewer later earlier sooner longer greater")
_HEDGE_HEADS = word_set(
    "clear unclear known immediately available certain sure confirm comment say elaborate "
    "specify disclose true possible likely rule exclude deny refute rebut respond reply "
    "reach"
)
_NEG_RAISING = word_set("think believe expect suppose")
_EVIDENCE = word_set("sign signs evidence indication indications proof suggestion")  # + "that"

# Context.
_CONDITIONAL = word_set("if unless whether")
_INTENSIONAL = word_set(
    "hope want seek plan propose expect aim intend try attempt discuss negotiate consider "
    "may might could urge call ask demand push possible likely would should scheduled due "
    "speculate suggest imply allege suspect fear rumour rumor going"
)
_BE = word_set("is are was were be been am")
_PASSIVE = _BE | word_set("being get got")
_DO = word_set("do does did")
_LINKS = _BE | word_set(", as become becomes became remain remains remained ( -")
_TITLE_GLUE = word_set("the of for , ( )")
_ARTICLES = word_set("a an the this these those its his her their our any no every each")
_PREPOSITIONS = word_set("in at on of from to with for by into over under near")
_OBJECT_PRONOUNS = word_set("him her them me us it")
_PRONOUNS = word_set("he she it they we i you")
_COORDINATORS = word_set("and or but")
_COMPLEMENTISERS = word_set("that whether if")
_RELATIVES = word_set("who which whom whose")
_CLAUSE_WORDS = word_set(
    "that which who whom whose while whereas because although though but if unless "
    "whether when where"
)
_SENTENCE_STOPS = word_set("but while whereas although though because")
_CLAUSE_PUNCT = frozenset(';:!?."')
_SENTENCE_PUNCT = frozenset(";:?!()")
_SCOPE_PUNCT = frozenset(',()"')
_FUNCTION = _STOP | _AUX | _NEGATORS | _DETERMINERS | _ATTRIBUTION | _DENY
_SAID = word_set(
    "said says told added reported stated claimed noted insisted warned announced "
    "explained confirmed wrote"
)
_SAYING = _ATTRIBUTION | _DENY
_CONTRACTED = {"s": "is", "re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would"}
_QUOTES = frozenset("\"'")  # not content, but a negated head all the same
_DOTTED_RE = re.compile(r"(?:[a-z]\.){2,}")
_TOKEN_RE = re.compile(r"(?:[a-z]\.){2,}|\d+(?:[.,]\d+)*|[a-z]+(?:['\-][a-z]+)*|[^\w\s]")


@dataclass(frozen=True)
class Token:
    word: str  # lower case, contractions split ("did", "not")
    start: int
    end: int
    cap: bool = False  # capitalised in the text


@dataclass(frozen=True)
class Denial:
    """A negated proposition: its head token, the head's stem and the content stems."""

    head: int  # token index of the head
    stem: str
    words: frozenset[str]  # content stems of the proposition, head included
    core: frozenset[str]  # subject, head and object: the words before a preposition
    subject: frozenset[str]  # content stems before the cue
    form: str  # VERB ("was not killed"), COPULA ("is not a lawyer") or NOUN ("no agreement")
    universal: bool = False  # "no one", "nobody", "nothing", "none": context words optional
    explicit: bool = False  # a denial word ("denied that", "reports that X were false")


@dataclass(frozen=True)
class Reading:
    """What one statement asserts and denies."""

    tokens: tuple[Token, ...]
    stems: tuple[str, ...]  # "" for function words
    clauses: tuple[int, ...]  # clause number of each token
    asserted: frozenset[int]  # token indexes of asserted content words
    denials: tuple[Denial, ...]


# --- words -------------------------------------------------------------------------------


def _restore(stem: str) -> str:
    """A verb stem after -ed/-ing: undo a doubled consonant or put back a silent e."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if stem.endswith(("v", "z", "c", "ur")) and not stem.endswith(("zz", "ck")):
        return stem + "e"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgkmpstz]", stem) or stem == "us":
        return stem + "e"
    return stem


def lemma(word: str) -> str:
    """A crude dictionary form: irregular table, then -ies/-ied, -ing, -ed, -es, -s."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and re.search("[aeiouy]", stem):
            return _restore(stem)
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _derive(word: str) -> str:
    for suffix, rest in (("ation", 3), ("ition", 3), ("ment", 4)):
        if word.endswith(suffix) and len(word) - len(suffix) >= rest:
            return word[: -len(suffix)]
    if word.endswith("ion") and word[-4:-3] in ("t", "s") and len(word) >= 8:
        return word[:-3]
    if word.endswith("al") and len(word) >= 5 and word[-3] in "vsiwyr":
        return word[:-2]
    return word


def stem(word: str) -> str:
    """A matching key shared by a verb and its nominalisation (agreed, agreement -> agre)."""
    base = _derive(lemma(word))
    if base.endswith("e") and len(base) > 3:
        base = base[:-1]
    if base.endswith("at") and len(base) >= 7:
        base = base[:-2]
    if base.endswith("y") and len(base) >= 3:
        base = base[:-1] + "i"
    if len(base) > 3 and base[-1] == base[-2] and base[-1].isalpha():
        base = base[:-1]
    return base


_HEDGE_STEMS = frozenset(stem(w) for w in _HEDGE_HEADS)
_NEG_RAISING_STEMS = frozenset(stem(w) for w in _NEG_RAISING)
_INTENSIONAL_STEMS = frozenset(stem(w) for w in _INTENSIONAL)
_NOT_INTENSIONAL = word_set("trial trials")  # share the stem of "try", are no attempt


def _is_content(word: str) -> bool:
    if word[0].isdigit():
        return True
    return word[0].isalpha() and word not in _FUNCTION


def tokens(text: str) -> tuple[Token, ...]:
    """Lower-cased words and punctuation of the folded text, offsets into ``text``."""
    found: list[Token] = []
    folded = fold(text)
    for match in _TOKEN_RE.finditer(folded.lower()):
        word, start, end = match.group(0), match.start(), match.end()
        cap = folded[start].isupper()
        if _DOTTED_RE.fullmatch(word) or (word.isalpha() and folded[start:end].isupper()):
            word = word.replace(".", "")  # "U.S." and "US" are one word, not "us"
            word = _ACRONYMS.get(word, word)
        if word.endswith("n't") and len(word) > 3:
            base = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}.get(word[:-3])
            found += [Token(base or word[:-3], start, end, cap), Token("not", start, end)]
        elif word == "cannot":
            found += [Token("can", start, end, cap), Token("not", start, end)]
        elif "'" in word and word[0].isalpha():
            base, rest = word.split("'", 1)
            found.append(Token(base, start, end, cap))
            if rest in _CONTRACTED and (rest != "s" or base in _STOP):
                found.append(Token(_CONTRACTED[rest], start, end))  # "it's" -> it is
        else:
            found.append(Token(word, start, end, cap))
    return tuple(found)


def _past_form(word: str) -> bool:
    """A past form: irregular, or -ed of five letters or more, or of four starting with a
    vowel or ending in -ied ("used", "owed", "tied", "died"; not "need", "seed", "shed")."""
    if word in _PAST_FORMS or not word.endswith("ed"):
        return word in _PAST_FORMS
    return len(word) > 4 or (len(word) == 4 and (word[0] in "aeiou" or word.endswith("ied")))


def _verb_like(word: str) -> bool:
    return _past_form(word) or (len(word) > 4 and word.endswith("ing"))


# --- clauses and cues --------------------------------------------------------------------


def _clause_ids(toks: Sequence[Token]) -> tuple[int, ...]:
    ids, current = [], 0
    for index, tok in enumerate(toks):
        if tok.word in _CLAUSE_WORDS or _is_boundary_punct(toks, index):
            current += 1
        ids.append(current)
    return tuple(ids)


def _is_boundary_punct(toks: Sequence[Token], index: int) -> bool:
    word = toks[index].word
    if word != ".":
        return word in _CLAUSE_PUNCT
    if index > 0 and toks[index - 1].word in ABBREVIATIONS:
        return False  # "Mr. Putin", "Sept. 12"
    return index + 1 == len(toks) or toks[index + 1].cap or not toks[index + 1].word.isalnum()


def _clause_end(ids: Sequence[int], index: int) -> int:
    """One past the last token of the clause holding ``index``."""
    end = index
    while end + 1 < len(ids) and ids[end + 1] == ids[index]:
        end += 1
    return end + 1


def _sentence_end(toks: Sequence[Token], index: int) -> int:
    end = index
    while end < len(toks) and toks[end].word not in _SENTENCE_STOPS:
        if toks[end].word in _SENTENCE_PUNCT or _is_boundary_punct(toks, end):
            break
        end += 1
    return end


def _subject_start(toks: Sequence[Token], ids: Sequence[int], cue: int) -> int:
    """The clause start before the cue, after the last comma or attribution verb; for a
    relative clause ("a big bang which never happened") its antecedent."""
    start = cue
    while start > 0 and ids[start - 1] == ids[cue]:
        word = toks[start - 1].word
        if word == "," or word in _ATTRIBUTION:
            return start
        start -= 1
    if toks[start].word in _RELATIVES:
        return _antecedent(toks, start)
    return start


def _antecedent(toks: Sequence[Token], opener: int) -> int:
    """First of the ANTECEDENT tokens before a relative word (commas skipped)."""
    before = opener - 1
    while before >= 0 and toks[before].word == ",":
        before -= 1
    return max(0, before - ANTECEDENT + 1)


def _head_after(
    toks: Sequence[Token], start: int, end: int, linked: bool = False
) -> tuple[int, str] | None:
    """First content word from ``start`` (skipping auxiliaries, adverbs, determiners) and
    its form: COPULA after a be-form or a determiner unless it is a verb form, else VERB."""
    for index in range(start, end):
        word = toks[index].word
        if word in _AUX or word in _ADVERBS or word in _STOP or word in _QUOTES:
            linked = linked or word in _BE or word in _ARTICLES
            continue
        if word in _SAYING:
            return index, VERB  # "did not confirm that...": a scope, but no denial
        if not _is_content(word):
            return None
        return index, COPULA if linked and not _verb_like(word) else VERB
    return None


def _existential_head(toks: Sequence[Token], start: int, end: int) -> tuple[int, str] | None:
    """ "there had been a second explosion": the last content word of the noun phrase after
    the be-form (explosion, a NOUN), or None when the phrase is not existential."""
    if _word(toks, start) != "there":
        return None
    index = start + 1
    while index < end and toks[index].word in _AUX:
        index += 1
    last = None
    while index < end and toks[index].word not in _PREPOSITIONS and toks[index].word != ",":
        if _is_content(toks[index].word):
            last = index
        index += 1
    return None if last is None or last == start + 1 else (last, NOUN)


def _head_of_phrase(toks: Sequence[Token], start: int, end: int) -> tuple[int, str] | None:
    """The noun of an existential ("there had been a second explosion" -> explosion), else
    the word after the first auxiliary, else the first verb form, else the first content
    word (a NOUN): "any agreement had been signed" -> signed."""
    existential = _existential_head(toks, start, end)
    if existential is not None:
        return existential
    for index in range(start, end):
        if toks[index].word in _AUX:
            found = _head_after(toks, index + 1, end)
            if found is not None:
                return found
    for index in range(start, end):
        if _is_content(toks[index].word) and _verb_like(toks[index].word):
            return index, VERB
    first = next((i for i in range(start, end) if _is_content(toks[i].word)), None)
    return None if first is None else (first, NOUN)


def _word(toks: Sequence[Token], index: int) -> str:
    return toks[index].word if 0 <= index < len(toks) else ""


def _skipped_not(toks: Sequence[Token], index: int) -> bool:
    before, after, after2 = (_word(toks, index + k) for k in (-1, 1, 2))
    if after in _SKIP_AFTER_NOT or before in ("or", "if", "why"):
        return True
    if after == "to" and after2 == "mention":
        return True
    return after in _COMPARATIVES and after2 == "than"


@dataclass(frozen=True)
class _Cue:
    start: int  # first token of the cue
    after: int  # first token after the cue words
    end: int  # one past the last token of its scope
    head: int
    form: str
    subject: int  # first token of the proposition (== after for denials)


def _negator(toks: Sequence[Token], ids: Sequence[int], index: int) -> _Cue | None:
    word, nxt = _word(toks, index), _word(toks, index + 1)
    after = index + 1
    if word in _NEGATORS:
        if word in ("not", "never") and _skipped_not(toks, index):
            return None
    elif (word, nxt) == ("no", "longer") or (word in _FAIL and nxt == "to"):
        after = index + 2
    else:
        return None
    quoted = _word(toks, after) in _QUOTES  # was not "a war of choice"
    end = _clause_end(ids, after + 1 if quoted else index)
    found = _head_after(toks, after, end, linked=_word(toks, index - 1) in _BE)
    if found is None:
        return None
    if _word(toks, found[0] + 1) in _COMPLEMENTISERS:
        end = _sentence_end(toks, found[0] + 1)  # "never estimated that X": X is not asserted
    if _word(toks, index - 1) in _DO and toks[found[0]].cap:
        return None  # "does not Sweden": do-support needs a verb
    if word == "without" and not toks[found[0]].word.endswith("ing"):
        return None  # "without hesitation", "without wall funding"
    end = _scope_end(toks, found[0], end)
    return _Cue(index, after, end, *found, _subject_start(toks, ids, index))


def _scope_end(toks: Sequence[Token], head: int, end: int) -> int:
    """A scope stops at a comma after its head, or at "and"/"or"/"but" before a new
    subject ("is not a party, they do not have..."; "did not sign and they left")."""
    for index in range(head + 1, end):
        word, nxt = toks[index].word, _word(toks, index + 1)
        if word == "," and _past_form(nxt):
            continue  # "are not combined, written out"; but "..., saying" ends it
        if word in _SCOPE_PUNCT or (word in _COORDINATORS and nxt in _PRONOUNS):
            return index
    return end


def _determiner(toks: Sequence[Token], ids: Sequence[int], index: int) -> _Cue | None:
    word, nxt, nxt2 = (_word(toks, index + k) for k in (0, 1, 2))
    if word not in _DETERMINERS or nxt in ("doubt", "matter", "longer"):
        return None
    if nxt in _COMPARATIVES or (nxt.endswith("er") and nxt2 == "than"):
        return None  # "no more than 20", "no smaller than"
    if word == "nothing" and nxt == "but":
        return None
    after = index + 2 if nxt == "one" else index + 1
    end = _clause_end(ids, index)
    found = _head_of_phrase(toks, after, end)
    if found is None:
        return None
    end = _scope_end(toks, found[0], end)
    return _Cue(index, after, end, *found, _subject_start(toks, ids, index))


def _deny_complement(toks: Sequence[Token], index: int) -> int:
    """Where the complement of deny/refute/rebut starts: after a "that" or "of" close by
    ("denied on Friday that", "denied reports that"), else the first word that is not a
    determiner or a report noun ("denied any agreement", "denied losing power")."""
    for ahead in range(index + 1, min(index + 7, len(toks))):
        if toks[ahead].word in ("that", "of", "having"):
            return ahead + 1
        if toks[ahead].word in _CLAUSE_PUNCT:
            break
    ahead = index + 1
    while ahead < len(toks) and (toks[ahead].word in _STOP or toks[ahead].word in _REPORT_NOUNS):
        ahead += 1
    return ahead


def _denial_start(toks: Sequence[Token], index: int) -> int | None:
    """First token of the complement of a denial word at ``index``, or None."""
    word, nxt = _word(toks, index), _word(toks, index + 1)
    before = [t.word for t in toks[max(0, index - 3) : index]]
    if any(w in _NEGATORS or w in _DETERMINERS for w in before):
        return None  # "did not deny", "neither confirm nor deny"
    if (word in _DENY or word in _REJECT) and before and before[-1] in _PASSIVE:
        return None  # "was denied bail"
    if word in _REJECT:
        if nxt == "that":
            return index + 2  # "disputed that X"
        nouns = [i for i in range(index + 1, index + 5) if _word(toks, i) in _REPORT_NOUNS]
        return _complement(toks, nouns[0]) if nouns else None
    if word in _DENY:
        return None if nxt in _OBJECT_PRONOUNS else _deny_complement(toks, index)
    negated_true = word == "true" and _word(toks, index - 1) == "not"
    if (word in _FALSE or negated_true) and nxt == "that":
        return index + 2
    return None


def _reported_false(toks: Sequence[Token], index: int) -> _Cue | None:
    """ "reports that X were false": the complement between "that" and the verb."""
    start = _complement(toks, index) if toks[index].word in _REPORT_NOUNS else None
    if start is None:
        return None
    stop = _sentence_end(toks, start)
    for verb in range(start + 1, stop - 1):
        if toks[verb].word in _PASSIVE and toks[verb + 1].word in _FALSE:
            found = _head_of_phrase(toks, start, verb)
            return None if found is None else _Cue(index, start, verb, *found, start)
    return None


def _denial(toks: Sequence[Token], index: int) -> _Cue | None:
    start = _denial_start(toks, index)
    if start is None:
        return _reported_false(toks, index)
    end = _predicate_end(toks, start, _sentence_end(toks, start))
    if any(toks[i].word in _NEGATORS or toks[i].word in _DETERMINERS for i in range(start, end)):
        return None  # a denied negation
    found = _head_of_phrase(toks, start, end)
    if found is None:
        return None
    return _Cue(index, start, _scope_end(toks, found[0], end), *found, start)


def _predicate_end(toks: Sequence[Token], start: int, end: int) -> int:
    """Where a denial's complement ends: at "and"/"or" before an auxiliary, a second
    predicate of the denier ("has denied wrongdoing and has not been charged"), or at a
    comma before an -ing participle, the denier's adjunct ("denied that a guard had been
    tied up, saying its staff were never approached"); else ``end``."""
    for index in range(start, end - 1):
        if toks[index].word in ("and", "or") and toks[index + 1].word in _AUX:
            return index
        following = toks[index + 1].word
        if toks[index].word == "," and following.endswith("ing") and len(following) > 4:
            return index  # ", saying its staff were never approached": the denier's adjunct
    return end


def _raise(toks: Sequence[Token], cue: _Cue, stems: Sequence[str]) -> _Cue:
    """ "don't think you can win", "there was no sign that the outage had been caused by
    an attack": the negation belongs to the complement."""
    evidence = toks[cue.head].word in _EVIDENCE and _word(toks, cue.head + 1) == "that"
    if stems[cue.head] not in _NEG_RAISING_STEMS and not evidence:
        return cue
    start = cue.head + 1 + (_word(toks, cue.head + 1) == "that")
    end = _sentence_end(toks, start)
    found = _head_of_phrase(toks, start, end)
    return cue if found is None else _Cue(cue.start, start, end, *found, start)


def _cues(toks: Sequence[Token], ids: Sequence[int], stems: Sequence[str]) -> list[_Cue]:
    found = []
    for index in range(len(toks)):
        cue = _negator(toks, ids, index) or _determiner(toks, ids, index)
        cue = cue or _denial(toks, index)
        if cue is not None:
            found.append(_raise(toks, cue, stems))
    return found


# --- readings ----------------------------------------------------------------------------


def _complement(toks: Sequence[Token], noun: int) -> int | None:
    """Where the content of a report noun starts: "reports that X", "a report Thursday
    that said X", "the idea of X", "a report claiming X" (quotes skipped)."""
    for index in range(noun + 1, min(noun + 4, len(toks))):
        word = toks[index].word
        if word in _INTRODUCERS:
            return index + 1 + (_word(toks, index + 1) in _SAID)
        if word not in _QUOTES and index > noun + 1:
            return None
    return None


def _blocked(toks: Sequence[Token], ids: Sequence[int], stems: Sequence[str]) -> set[int]:
    """Tokens that neither assert nor deny: conditional clauses, report complements
    ("reports that"), what follows an intensional word in its sentence ("hope to sign",
    "speculated that they signed")."""
    blocked: set[int] = set()
    for index, tok in enumerate(toks):
        if tok.word in _CONDITIONAL:
            blocked.update(range(index, _clause_end(ids, index)))
        elif tok.word in _REPORT_NOUNS and (start := _complement(toks, index)) is not None:
            blocked.update(range(start, _sentence_end(toks, start)))
        elif (stems[index] in _INTENSIONAL_STEMS and tok.word not in _NOT_INTENSIONAL) or (
            tok.word in _INTENSIONAL
        ):
            blocked.update(range(index, _sentence_end(toks, index)))  # "hope that X"
    return blocked


def _speakers(toks: Sequence[Token], ids: Sequence[int]) -> set[int]:
    """Who says something asserts nothing by being named: "Peskov said", "according to
    Tass", "diplomats said"."""
    found: set[int] = set()
    for index, tok in enumerate(toks):
        if tok.word == "according":
            stop = index + 1
            while stop < len(toks) and toks[stop].word != "," and ids[stop] == ids[index]:
                stop += 1
            found.update(range(index, stop))
        elif tok.word in _SAID and index > 0:
            found.add(index - 1)
    return found


@lru_cache(maxsize=READ_CACHE)
def read(text: str) -> Reading:
    """The asserted words and the denials of one statement (none for a question)."""
    toks = tokens(text)
    stems = tuple(stem(t.word) if _is_content(t.word) else "" for t in toks)
    ids = _clause_ids(toks)
    if any(t.word == "?" for t in toks):
        return Reading(toks, stems, ids, frozenset(), ())
    blocked = _blocked(toks, ids, stems)
    cues = [c for c in _cues(toks, ids, stems) if c.start not in blocked]
    silent = blocked | _speakers(toks, ids) | {i for c in cues for i in range(c.start, c.end)}
    asserted = frozenset(i for i, s in enumerate(stems) if s and i not in silent)
    denials = tuple(
        _make_denial(toks, stems, c) for c in cues if _denies(stems[c.head]) and _named(toks, c)
    )
    return Reading(toks, stems, ids, asserted, denials)


def _denies(head: str) -> bool:
    """A hedge ("not clear") or a number ("not 20", for comparison.numbers) negates no
    proposition that another source could assert; nor does "not Y" without a subject
    ("more security, but not the wall"; checked by the caller)."""
    return bool(head) and head not in _HEDGE_STEMS and not head[0].isdigit()


def _named(toks: Sequence[Token], cue: _Cue) -> bool:
    """Whether a cue names a proposition to look for. A negator or "no" needs a second
    content word besides its head ("hadn't changed" alone, "have no faith" do not say
    what of), unless existential ("there was no agreement"); "not Y" after a be-form
    needs a subject ("..., but not the wall"). Denial verbs need none ("denied any
    agreement")."""
    subject = [i for i in range(cue.subject, cue.start) if _is_content(toks[i].word)]
    if cue.form == COPULA and not subject:
        return False
    if toks[cue.start].word not in _NEGATORS | _DETERMINERS | _FAIL:
        return True
    existential = _word(toks, cue.start - 2) == "there" and _word(toks, cue.start - 1) in _BE
    scope = [i for i in range(cue.after, cue.end) if i != cue.head]
    return existential or bool(subject) or any(_is_content(toks[i].word) for i in scope)


def _core_end(toks: Sequence[Token], cue: _Cue) -> int:
    """The first preposition after the head, or the end of the scope."""
    return next((i for i in range(cue.head + 1, cue.end) if toks[i].word in _PREPOSITIONS), cue.end)


def _make_denial(toks: Sequence[Token], stems: Sequence[str], cue: _Cue) -> Denial:
    subject = frozenset(stems[i] for i in range(cue.subject, cue.start) if stems[i])
    scope = [*range(cue.subject, cue.start), *range(cue.after, cue.end)]
    words = frozenset(stems[i] for i in scope if stems[i])
    core = subject | {stems[i] for i in range(cue.after, _core_end(toks, cue)) if stems[i]}
    first, second = _word(toks, cue.start), _word(toks, cue.start + 1)
    universal = first in _UNIVERSAL or (first, second) == ("no", "one")
    denial_word = first in _DENY | _REJECT | _FALSE | _REPORT_NOUNS or first == "true"
    explicit = denial_word and not toks[cue.head].cap  # not "denied the BuzzFeed report"
    return Denial(cue.head, stems[cue.head], words, core, subject, cue.form, universal, explicit)


# --- matching ----------------------------------------------------------------------------


def _region(reading: Reading, index: int) -> list[int]:
    """The clause of ``index``, with the antecedent of a relative clause ("Thomas, who")."""
    ids = reading.clauses
    members = [i for i in range(len(ids)) if ids[i] == ids[index]]
    opener = members[0]
    if _relative(reading, opener):
        members += range(_antecedent(reading.tokens, opener), opener)
    return sorted(set(members))


def _relative(reading: Reading, opener: int) -> bool:
    """ "who", "which", or "that" after a noun ("a ship that killed"), not after a verb."""
    word = reading.tokens[opener].word
    if word in _RELATIVES:
        return True
    previous = _word(reading.tokens, opener - 1)
    noun = bool(reading.stems[opener - 1]) if opener > 0 else False
    return word == "that" and noun and not _verb_like(previous) and previous not in _ATTRIBUTION


def _noun_use(reading: Reading, head: int) -> bool:
    """ "the tallest building": an -ing word after a determiner (one modifier between
    allowed) and not followed by "of" ("the signing of the deal" is a signing)."""
    toks = reading.tokens
    word, previous = toks[head].word, _word(toks, head - 1)
    if not word.endswith("ing") or _word(toks, head + 1) == "of":
        return False
    if previous in _ARTICLES:
        return True
    modifier = bool(reading.stems[head - 1]) if head > 0 else False
    return modifier and not previous.endswith("ly") and _word(toks, head - 2) in _ARTICLES


def _apposition(reading: Reading, head: int, denial: Denial) -> bool:
    """A title before a name: the predicate's own words, then a word of the subject
    ("President Vicente Fox", "the High Representative for the CFSP, Javier Solana")."""
    for index in range(head + 1, min(head + 1 + APPOSITION, len(reading.tokens))):
        word, stem_ = reading.tokens[index].word, reading.stems[index]
        if stem_ in denial.subject:
            return True
        if stem_ not in denial.words and not (stem_ == "" and word in _TITLE_GLUE):
            return False
    return False


def _copula_holds(reading: Reading, region: Sequence[int], head: int, denial: Denial) -> bool:
    """ "X is (a) Y", "X, (the) Y", "X became Y" or a title before a name ("President
    Vicente Fox"): a word of X close to Y, linked by a be-form, a comma or "as"."""
    toks = reading.tokens
    if _apposition(reading, head, denial):
        return True
    for index in region:
        if reading.stems[index] not in denial.subject:
            continue
        between = {toks[i].word for i in range(index + 1, head)}
        close = index < head and head - index <= LINK_SPAN
        if close and between & _LINKS and not between & _PREPOSITIONS:
            return True
    return False


def asserting_index(reading: Reading, denial: Denial) -> int | None:
    """Where ``reading`` asserts what ``denial`` denies (its head token), or None.

    The head must be asserted, and the proposition's words must stand in the head's
    clause (see MIN_COVERAGE), at least one subject word among them; a verb is not
    matched by a noun use ("not built" / "the tallest building"); "X is not Y" needs X
    linked to Y."""
    for head in sorted(reading.asserted):
        if reading.stems[head] != denial.stem:
            continue
        region = _region(reading, head)
        if _holds(reading, region, head, denial):
            return head
    return None


def _coverage(words: frozenset[str], present: set[str]) -> float:
    return len(words & present) / len(words) if words else 1.0


def _holds(reading: Reading, region: Sequence[int], head: int, denial: Denial) -> bool:
    present = {reading.stems[i] for i in region}
    adjuncts = denial.words - denial.core
    if _coverage(denial.core, present) < MIN_COVERAGE:
        return False
    if adjuncts and not denial.universal and _coverage(adjuncts, present) < ADJUNCT_COVERAGE:
        return False
    if denial.subject and not denial.subject & present:
        return False
    if denial.form == VERB and _noun_use(reading, head):
        return False
    if denial.form == COPULA and denial.subject:
        return _copula_holds(reading, region, head, denial)
    return True


# --- conflicts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Match:
    asserting: int  # statement position
    denying: int
    head: int  # token index of the head in the asserting statement


Allowed = Callable[[int, int], bool]


def _matches(
    statements: Sequence[Statement], readings: Sequence[Reading], allowed: Allowed | None = None
) -> list[_Match]:
    """Every (asserting, denying) pair of statements of different sources; ``allowed``
    filters candidate pairs (by position) before their propositions are matched."""
    by_stem: dict[str, list[int]] = {}
    for position, reading in enumerate(readings):
        for stem_ in sorted({reading.stems[i] for i in reading.asserted}):
            by_stem.setdefault(stem_, []).append(position)
    found = []
    for denying, reading in enumerate(readings):
        for denial in reading.denials:
            for asserting in by_stem.get(denial.stem, []):
                if statements[asserting].source_id == statements[denying].source_id:
                    continue
                if allowed is not None and not allowed(asserting, denying):
                    continue
                head = asserting_index(readings[asserting], denial)
                if head is not None:
                    found.append(_Match(asserting, denying, head))
    return found


def denial_pairs(
    statements: Sequence[Statement], allowed: Allowed | None = None
) -> list[tuple[int, int]]:
    """(asserting, denying) positions of statements of different sources where one
    explicitly denies (a denial word, not a bare "not") what the other asserts, over a
    whole corpus: judge.py gathers them into one claim. ``allowed`` filters candidate
    pairs first."""
    readings = [read(s.text) for s in statements]
    explicit = [replace(r, denials=tuple(d for d in r.denials if d.explicit)) for r in readings]
    found = {
        (m.asserting, m.denying) for m in _matches(statements, explicit, allowed)
        if not _has_denial_word(readings[m.asserting])
    }
    return sorted(found)


def _has_denial_word(reading: Reading) -> bool:
    """Whether a statement speaks of denying at all: one that quotes or reports a denial
    ("stated that the findings 'conclusively refute' his assertions") asserts nothing the
    denial contradicts."""
    return any(t.word in _DENY | _REJECT | _FALSE for t in reading.tokens)


def _phrase(statement: Statement, reading: Reading, head: int, words: frozenset[str]) -> str:
    """The head and the proposition words right after it: "signed an agreement"."""
    last = head
    for index in range(head + 1, min(head + 5, len(reading.tokens))):
        if reading.stems[index] in words:
            last = index
    return statement.text[reading.tokens[head].start : reading.tokens[last].end]


def find_negations(statements: Sequence[Statement]) -> tuple[Conflict, ...]:
    """Negation conflicts among the statements of one claim (see the module doc)."""
    readings = [read(s.text) for s in statements]
    groups: dict[str, list[_Match]] = {}
    for match in _matches(statements, readings):
        groups.setdefault(readings[match.asserting].stems[match.head], []).append(match)
    found: dict[tuple[Side, ...], Conflict] = {}
    for group in groups.values():
        both = {m.asserting for m in group} & {m.denying for m in group}
        group[:] = [m for m in group if m.asserting not in both and m.denying not in both]
    for matches in sorted((g for g in groups.values() if g), key=_first_place):
        sides = (
            Side(ASSERTED, _ids(statements, {m.asserting for m in matches})),
            Side(DENIED, _ids(statements, {m.denying for m in matches})),
        )
        if sides not in found:
            found[sides] = _conflict(statements, readings, matches, sides)
    return tuple(found.values())


def _first_place(matches: Sequence[_Match]) -> tuple[int, int]:
    """Where a group of matches first shows: its earliest statement, then head token."""
    first = min(matches, key=lambda m: (m.asserting, m.head, m.denying))
    return min(min(m.asserting, m.denying) for m in matches), first.head


def _conflict(
    statements: Sequence[Statement],
    readings: Sequence[Reading],
    matches: Sequence[_Match],
    sides: tuple[Side, ...],
) -> Conflict:
    first = min(matches, key=lambda m: (m.asserting, m.head, m.denying))
    reading = readings[first.asserting]
    words = frozenset(w for m in matches for d in readings[m.denying].denials for w in d.words)
    phrase = _phrase(statements[first.asserting], reading, first.head, words)
    role = lemma(reading.tokens[first.head].word)
    return Conflict(NEGATION, f"{phrase}: {ASSERTED} vs {DENIED}", sides, role)


def _ids(statements: Sequence[Statement], positions: set[int]) -> tuple[str, ...]:
    return tuple(sorted((statements[p].id for p in positions), key=natural_key))
