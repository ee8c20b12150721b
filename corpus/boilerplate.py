"""Boilerplate rules: which lines of a page are not article text, and the reason recorded.

Every rule matches a *whole* line (bullet stripped, case ignored) and only lines of a few
words, so a real sentence that merely mentions "comments" or "share" is never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import ends_sentence, has_inner_sentence, only_symbols, strip_bullet, words

BOILERPLATE = "boilerplate"
COMMENT_FORM = "comment form"
SHARE_PROMPT = "share prompt"
NAVIGATION = "navigation"
CAPTION = "caption or heading"

_NETWORKS = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|print"
    r"|copy link|messenger|flipboard|threads|bluesky)"
)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    reason: str
    max_words: int


def _rule(pattern: str, reason: str, max_words: int = 12) -> Rule:
    return Rule(re.compile(pattern, re.IGNORECASE), reason, max_words)


RULES: tuple[Rule, ...] = (
    _rule(r"leave a (?:reply|comment)(?: cancel reply)?|cancel reply|reply|comments?",
          COMMENT_FORM),
    _rule(r"(?:\d+|no) comments?(?: yet)?|(?:post|submit|add|write) (?:a |your )?comment",
          COMMENT_FORM),
    _rule(r"comment\s*/\s*reply from|(?:name|email|website|comment)\s*\*", COMMENT_FORM),
    _rule(r"your email address will not be published\b.*|required fields are marked.*",
          COMMENT_FORM, 25),
    _rule(r"save my name,? email,? and website in this browser.*|you must be logged in to.*"
          r"|notify me of (?:follow-up comments|new posts).*|log ?in to (?:reply|comment)",
          COMMENT_FORM, 25),
    _rule(r"share(?: this| the)?(?: article| story| post| page)?(?: (?:on|via) .*)?:?",
          SHARE_PROMPT, 15),
    _rule(rf"(?:click to )?share on {_NETWORKS}.*|follow us on .*|tweet(?: this)?", SHARE_PROMPT),
    _rule(rf"{_NETWORKS}(?:[\s,|/•·]+{_NETWORKS})*", SHARE_PROMPT),
    _rule(r"most (?:read|popular|viewed|shared|commented)(?: \w+)?|latest (?:posts|news|articles"
          r"|stories|videos)|(?:related|recent|popular|more) (?:posts|articles|stories|news)",
          NAVIGATION),
    _rule(r"read (?:more|also|next)(?:\s*(?::|»|›|>|\.\.\.|…|-).*)?"
          r"|(?:also read|see also|related(?: \w+)?)\s*:.*|you (?:may|might) (?:also )?like"
          r"|recommended(?: for you)?|trending(?: now)?",
          NAVIGATION, 25),
    _rule(r"(?:next|previous|prev)(?: post| article| story)?\b.{0,3}|skip to (?:main )?content"
          r"|back to top|home|menu|search|(?:tags?|categor(?:y|ies)|filed under|topics?)\s*:.*",
          NAVIGATION, 20),
    _rule(r"(?:continue reading|click here)\b.*", NAVIGATION),
    _rule(r"(?:dark|light|night) mode|about (?:the )?author|advertisement|advertising"
          r"|story continues below(?: this)? (?:advertisement|ad)|sponsored(?: content)?"
          r"|loading\W*|newsletter|subscribe(?: now| here| today| to .*)?"
          r"|sign up(?: now| here| (?:for|to) (?:our|the) .*)?", BOILERPLATE),
    _rule(r"\d+\s*(?:min|mins|minutes?)(?: read)?|reading time\W*.*", BOILERPLATE),
    _rule(r"(?:©|\(c\)|copyright ©?\s*\d{4}).*|.*\ball rights reserved\W*", BOILERPLATE, 20),
    _rule(r"(?:we|this (?:site|website)) uses? cookies\b.*|(?:accept|reject|allow|manage) (?:all )?"
          r"cookies|cookie (?:settings|policy|preferences)", BOILERPLATE, 60),
    _rule(r"(?:caption|photo(?:graph)?|image|picture|video|credit|file photo)s?(?: credit)?\s*:.*",
          CAPTION, 15),
    _rule(r".*[.!?\s](?:photo(?:graph)?|image|picture|credit|foto)s?(?: by)?\s*[:/]\s*[^.!?]{1,40}",
          CAPTION, 30),
)


def boilerplate_reason(line: str) -> str | None:
    """The reason ``line`` is boilerplate, or None when it may be article text."""
    core = strip_bullet(line)
    if not core or only_symbols(core):
        return BOILERPLATE
    n = words(core)
    for rule in RULES:
        if n <= rule.max_words and rule.pattern.fullmatch(core):
            return rule.reason
    return None


def is_caption_like(line: str, max_words: int = 14) -> bool:
    """A short line that is not a sentence: a caption, a subheading, a name under a photo.

    Conservative: a line that ends like a sentence (``.``, ``!``, ``?``, ``:`` ...) or has a
    sentence boundary inside it is never caption-like.
    """
    core = strip_bullet(line)
    return words(core) <= max_words and not ends_sentence(core) and not has_inner_sentence(core)
