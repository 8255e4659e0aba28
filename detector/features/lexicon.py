"""Word lists behind the style features, in the languages the corpus covers.

Kept as data, apart from the code that counts them, so a new language is one
edit here. Entries are casefolded; multi-word entries are matched as phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress

#: Words that label an insert as advertising, in many languages.
AD_MARKERS = (
    "advertisement",
    "advertisements",
    "advertising",
    "advertorial",
    "advert",
    "adverts",
    "sponsored",
    "sponsor",
    "sponsors",
    "promoted",
    "promotion",
    "paid content",
    "paid post",
    "paid partnership",
    "partner content",
    "ad",
    "ads",
    "anzeige",
    "werbung",
    "entgeltliche einschaltung",
    "gesponsert",
    "publicité",
    "sponsorisé",
    "sponsorisée",
    "contenu sponsorisé",
    "annonce",
    "publireportage",
    "publi-reportage",
    "publicidad",
    "patrocinado",
    "patrocinada",
    "contenido patrocinado",
    "publirreportaje",
    "pubblicità",
    "sponsorizzato",
    "sponsorizzata",
    "contenuto sponsorizzato",
    "publiredazionale",
    "advertentie",
    "gesponsord",
    "publicidade",
    "conteúdo patrocinado",
    "reklama",
    "sponsorowane",
    "artykuł sponsorowany",
    "materiał sponsorowany",
    "materiał partnera",
    "annons",
    "annonsering",
    "reklam",
    "sponsrad",
    "sponsoreret",
    "annonsørinnhold",
    "kaupallinen yhteistyö",
    "mainos",
)

#: Lines that credit who paid for an insert.
SPONSOR_LINES = (
    "paid for by",
    "authorised by",
    "authorized by",
    "promoted by",
    "sponsored by",
    "brought to you by",
    "in partnership with",
    "presented by",
    "supported by",
    "bezahlt von",
    "präsentiert von",
    "in zusammenarbeit mit",
    "mit freundlicher unterstützung von",
    "payé par",
    "financé par",
    "en partenariat avec",
    "présenté par",
    "pagado por",
    "financiado por",
    "patrocinado por",
    "en colaboración con",
    "pagato da",
    "finanziato da",
    "in collaborazione con",
    "betaald door",
    "mogelijk gemaakt door",
    "in samenwerking met",
    "pago por",
    "financiado pela",
    "financiado pelo",
    "em parceria com",
    "opłacone przez",
    "sfinansowane przez",
    "we współpracy z",
    "i samarbete med",
    "i samarbeid med",
    "i samarbejde med",
)

#: Second-person pronouns and possessives (the reader addressed directly).
SECOND_PERSON = frozenset(
    (
        "you your yours you're you'll you've yourself yourselves ya du dich dir dein deine "
        "deinen deiner sie ihr ihre ihren ihnen euch euer vous votre vos tu toi ton ta tes usted "
        "ustedes tú te tu tus su sus vosotros voi tuo tua tuoi tue vostro vostra jij je jou jouw "
        "u uw você vocês seu sua teu tua ty twój twoja twoje ciebie tobie państwo pan pani "
    ).split()
)

#: First-person plural: "we need your support", "our champion".
FIRST_PLURAL = frozenset(
    (
        "we our ours us let's wir uns unser unsere nous notre nos nosotros nuestro nuestra noi "
        "nostro nostra wij we ons onze nós nosso nossa my nasz nasza "
    ).split()
)

#: Verbs that ask the reader to do something commercial: buy, join, install ...
CTA_VERBS = frozenset(
    (
        "buy shop order subscribe donate download install register sign join claim click call "
        "visit try save get book apply discover unlock upgrade grab redeem enroll enrol chip "
        "vote support pledge contribute start stream kaufen bestellen abonnieren spenden "
        "herunterladen registrieren jetzt sichern entdecken achetez commandez abonnez inscrivez "
        "téléchargez découvrez profitez donnez compra compre suscríbete descarga regístrate "
        "descubre aprovecha dona acquista abbonati iscriviti scarica scopri approfitta koop "
        "bestel abonneer download schrijf ontdek profiteer doneer assine baixe cadastre descubra "
        "aproveite kup zamów subskrybuj pobierz zarejestruj odkryj skorzystaj "
    ).split()
)

#: Phrases that close a pitch.
CTA_PHRASES = (
    "learn more",
    "sign up",
    "shop now",
    "buy now",
    "order now",
    "click here",
    "get started",
    "free trial",
    "limited time",
    "don't miss",
    "act now",
    "find out more",
    "read more at",
    "try it free",
    "start your free",
    "download the app",
    "join now",
    "donate now",
    "book now",
    "use code",
    "promo code",
    "discount code",
    "coupon",
    "terms apply",
    "t&cs apply",
    "subscribe now",
    "today only",
    "while stocks last",
    "% off",
    "free shipping",
    "jetzt",
    "mehr erfahren",
    "gutschein",
    "en savoir plus",
    "code promo",
    "más información",
    "código",
    "scopri di più",
    "codice sconto",
    "meer informatie",
    "saiba mais",
    "cupom",
    "dowiedz się więcej",
    "kod rabatowy",
)

#: Page-furniture cues.
BOILERPLATE_CUES = (
    "all rights reserved",
    "copyright",
    "cookie",
    "cookies",
    "privacy policy",
    "terms of use",
    "terms of service",
    "share this",
    "share on",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "read more",
    "related:",
    "see also",
    "photo:",
    "image:",
    "photograph:",
    "credit:",
    "getty",
    "reuters",
    "print this",
    "back to top",
    "skip to",
    "log in",
    "sign in to",
    "comments",
    "tags:",
    "home ›",
    "updated",
    "newsletter",
    "unsubscribe",
    "lesen sie auch",
    "teilen",
    "lire aussi",
    "partager",
    "lee también",
    "compartir",
    "leggi anche",
    "condividi",
    "lees ook",
    "delen",
    "leia também",
    "compartilhar",
    "czytaj także",
    "udostępnij",
)

WORD = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)


MAX_PHRASE_WORDS = 3
SPACED_LETTERS = re.compile(r"(?<!\w)(?:\w ){3,}\w(?!\w)", re.UNICODE)
"""Four or more single letters apart, as in the label "R E K L A M A" set letter-spaced."""
_TWO_SPACED_LETTERS = re.compile(r" \w \w ", re.UNICODE)
"""A quick test that must pass before ``SPACED_LETTERS`` can match (most texts fail it)."""


def words_of(text: str) -> list[str]:
    """The casefolded words of a text, with a letter-spaced word read as one ("a n z e i g e")."""
    folded = text.casefold()
    if _TWO_SPACED_LETTERS.search(folded):
        folded = SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), folded)
    return WORD.findall(folded)


_latest_words: dict[str, list[str]] = {}
"""The words of the texts of the latest ``remember_words`` call."""


def remember_words(texts: Sequence[str]) -> list[list[str]]:
    """The casefolded words of each text, kept until the next call.

    The style features tokenise a batch first; the context features, run
    next on the same blocks, find the words here instead of tokenising again.
    """
    global _latest_words
    words = [words_of(text) for text in texts]
    _latest_words = dict(zip(texts, words))
    return words


def folded_words(text: str) -> list[str]:
    """``words_of`` the text (from the latest ``remember_words`` call when it saw the text)."""
    words = _latest_words.get(text)
    return words if words is not None else words_of(text)


def phrase_set(phrases: tuple[str, ...]) -> frozenset[str]:
    """Phrases as the space-joined word tuples that ``ngrams`` produces."""
    return frozenset(" ".join(WORD.findall(p.casefold())) for p in phrases if WORD.search(p))


def ngrams(words: list[str]) -> list[str]:
    """Every run of 1 to ``MAX_PHRASE_WORDS`` words, space-joined (phrase look-up by set)."""
    grams = list(words)
    for n in range(2, MAX_PHRASE_WORDS + 1):
        grams += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return grams


def count_in(grams: list[str], phrases: frozenset[str]) -> int:
    """How many of the word runs are phrases of the set."""
    return sum(map(phrases.__contains__, grams))


class PhraseCounter:
    """How many of a block's word runs fall in each of several phrase sets (``count_in`` over ``ngrams``).

    Building every run of words as a string costs more than looking the runs
    up; a run of several words can only be a phrase if its first word starts
    one, so only those runs are built, and all the sets are counted in one pass.
    """

    def __init__(self, phrase_sets: Sequence[frozenset[str]]) -> None:
        self.single = [frozenset(p for p in phrases if " " not in p) for phrases in phrase_sets]
        self.longer = [frozenset(p for p in phrases if " " in p) for phrases in phrase_sets]
        self.first_words = frozenset(p.split(" ", 1)[0] for phrases in self.longer for p in phrases)

    def counts(self, words: list[str]) -> list[int]:
        """One count per phrase set, in the order the sets were given."""
        counts = [sum(map(phrases.__contains__, words)) for phrases in self.single]
        n = len(words)
        for i in compress(range(n), map(self.first_words.__contains__, words)):
            for size in range(2, min(MAX_PHRASE_WORDS, n - i) + 1):
                run = " ".join(words[i : i + size])
                for k, phrases in enumerate(self.longer):
                    if run in phrases:
                        counts[k] += 1
        return counts
