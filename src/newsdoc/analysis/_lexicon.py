"""Word lists for the wire-copy analysis, as immutable data grouped by language.

Every list here is a ``tuple`` or ``frozenset`` of lower-case strings unless
its name says otherwise; a new language is new data, not new branches. The
compiled patterns built from these lists live beside the code that uses them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "AGENCY_NAMES",
    "AUTHOR_LABELS",
    "BOILERPLATE_EXACT",
    "BOILERPLATE_PREFIXES",
    "BOILERPLATE_SUBSTRINGS",
    "BYLINE_PREFIXES",
    "BYLINE_UI_WORDS",
    "CREDIT_ROLES",
    "DATELINE_NOT_PLACES",
    "DESK_WORDS",
    "HEADLINE_OPEN_ENDINGS",
    "JOB_TITLE_WORDS",
    "MONTHS",
    "NAME_PARTICLES",
    "NOT_NAME_WORDS",
    "OUTLET_WORDS",
    "PHOTO_AGENCIES",
    "SOCIAL_WORDS",
    "STORY_END_FINAL",
    "STORY_END_LINES",
    "STORY_END_MARKS",
    "STORY_END_PREFIXES",
    "TIMESTAMP_WORDS",
]

# --- Agencies -----------------------------------------------------------------
# Wire agencies and the name a provider is reported under. Keys are lower case
# and without a leading "The"; the value is the usual printed form.
AGENCY_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "reuters": "Reuters",
        "thomson reuters": "Reuters",
        "associated press": "Associated Press",
        "ap": "AP",
        "agence france-presse": "AFP",
        "agence france presse": "AFP",
        "afp": "AFP",
        "press trust of india": "PTI",
        "pti": "PTI",
        "ani": "ANI",
        "ians": "IANS",
        "dpa": "dpa",
        "deutsche presse-agentur": "dpa",
        "efe": "EFE",
        "ansa": "ANSA",
        "kyodo": "Kyodo",
        "kyodo news": "Kyodo News",
        "xinhua": "Xinhua",
        "upi": "UPI",
        "united press international": "UPI",
        "canadian press": "The Canadian Press",
        "cp": "CP",
        "aap": "AAP",
        "australian associated press": "AAP",
        "ntb": "NTB",
        "tt": "TT",
        "yonhap": "Yonhap",
        "bernama": "Bernama",
        "anadolu": "Anadolu",
        "anadolu agency": "Anadolu Agency",
        "tass": "TASS",
        "bloomberg": "Bloomberg",
        "bloomberg news": "Bloomberg",
        "ips": "IPS",
        "apa": "APA",
        "sda": "SDA",
        "belga": "Belga",
        "anp": "ANP",
        "europa press": "Europa Press",
        "agencia efe": "EFE",
        "xinhua news agency": "Xinhua",
        "yonhap news agency": "Yonhap",
        "asian news international": "ANI",
        "indo-asian news service": "IANS",
        "united news of india": "UNI",
        "press association": "PA",
        "pa media": "PA Media",
        "interfax": "Interfax",
        "ria novosti": "RIA Novosti",
        "jiji press": "Jiji Press",
        "jiji": "Jiji Press",
        "lusa": "Lusa",
        "ctk": "CTK",
        "pap": "PAP",
        "mti": "MTI",
        "tanjug": "Tanjug",
        "hina": "HINA",
        "bta": "BTA",
        "ana-mpa": "ANA-MPA",
        "adnkronos": "Adnkronos",
        "wafa": "WAFA",
        "mena": "MENA",
        "wam": "WAM",
        "irna": "IRNA",
        "qna": "QNA",
        "kuna": "KUNA",
        "kcna": "KCNA",
        "bss": "BSS",
        "pna": "PNA",
        "nna": "NNA",
        "vietnam news agency": "VNA",
        "prensa latina": "Prensa Latina",
        "notimex": "Notimex",
        "telam": "Télam",
        "télam": "Télam",
    }
)

# --- Bylines ------------------------------------------------------------------
# Prefixes that introduce a byline, longest first so that "Analysis by" wins
# over "by". Matched case-insensitively and only before a word boundary.
BYLINE_PREFIXES: tuple[str, ...] = (
    # English
    "analysis by",
    "commentary by",
    "opinion by",
    "story by",
    "words by",
    "written by",
    "reported by",
    "by",
    # German, French, Spanish, Italian, Dutch, Portuguese
    "ein kommentar von",
    "eine analyse von",
    "eine kolumne von",
    "kommentar von",
    "analyse von",
    "kolumne von",
    "von",
    "par",
    "por",
    "di",
    "door",
)

# Words that make a byline a desk or staff credit rather than a person.
DESK_WORDS: frozenset[str] = frozenset(
    {
        "staff",
        "staffer",
        "staffers",
        "desk",
        "team",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editors",
        "editorial",
        "board",
        "newsroom",
        "wires",
        "wire",
        "agencies",
        "agency",
        "redaktion",
        "rédaction",
    }
)

# Words that end a job title printed after a name ("AP National Political Writer").
JOB_TITLE_WORDS: frozenset[str] = frozenset(
    {
        "writer",
        "writers",
        "reporter",
        "correspondent",
        "editor",
        "editor-at-large",
        "columnist",
        "contributor",
        "analyst",
        "producer",
        "critic",
        "chief",
        "director",
        "photographer",
        "anchor",
        "host",
        "fellow",
        "intern",
        "staff",
        "presenter",
        "commentator",
        "journalist",
        # German
        "korrespondent",
        "korrespondentin",
        "redakteur",
        "redakteurin",
        "reporterin",
        "autor",
        "autorin",
        "chefredakteur",
        "chefredakteurin",
        "journalistin",
    }
)

# Words that mark a phrase as the name of an outlet rather than a person.
OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "press",
        "news",
        "times",
        "post",
        "journal",
        "herald",
        "tribune",
        "gazette",
        "leader",
        "today",
        "business",
        "network",
        "radio",
        "tv",
        "television",
        "magazine",
        "daily",
        "weekly",
        "chronicle",
        "observer",
        "guardian",
        "independent",
        "telegraph",
        "express",
        "mail",
        "mirror",
        "star",
        "sun",
        "record",
        "register",
        "review",
        "courier",
        "bulletin",
        "dispatch",
        "examiner",
        "inquirer",
        "sentinel",
        "standard",
        "argus",
        "media",
        "agency",
        "service",
        "bureau",
        "online",
        "digital",
        "wire",
        "images",
        "pictures",
    }
)

# Capitalised words that page furniture puts on a line of their own and that
# are never part of a person's name; they keep "Most Popular" or "Breaking
# News Emails" from reading as a byline.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {
        "about",
        "all",
        "back",
        "breaking",
        "business",
        "click",
        "close",
        "comments",
        "contact",
        "email",
        "emails",
        "facebook",
        "feedback",
        "follow",
        "gallery",
        "give",
        "home",
        "image",
        "latest",
        "live",
        "login",
        "menu",
        "min",
        "more",
        "most",
        "news",
        "newsletter",
        "newsletters",
        "next",
        "opinion",
        "photo",
        "photos",
        "popular",
        "previous",
        "print",
        "read",
        "related",
        "search",
        "share",
        "sign",
        "sports",
        "story",
        "stories",
        "subscribe",
        "survey",
        "tags",
        "the",
        "top",
        "topics",
        "trending",
        "twitter",
        "updated",
        "published",
        "posted",
        "download",
        "pdf",
        "current",
        "issue",
        "video",
        "videos",
        "view",
        "watch",
        "weather",
        "world",
        # buttons and labels of a page's share and save rows
        "social",
        "sharing",
        "save",
        "saved",
        "bookmark",
        "listen",
        "audio",
        "preferred",
        "continue",
        "reading",
        "comment",
        "advertisement",
    }
)

# Lower-case words that may stand inside a name ("Vincent van Gogh").
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "bin",
        "binti",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "dos",
        "du",
        "el",
        "la",
        "le",
        "st.",
        "ten",
        "ter",
        "van",
        "von",
        "y",
        "zu",
    }
)

# --- Datelines ----------------------------------------------------------------
# All-caps lead words followed by a colon or dash that are labels, not places.
DATELINE_NOT_PLACES: frozenset[str] = frozenset(
    {
        "advisory",
        "alert",
        "analysis",
        "breaking",
        "breaking news",
        "correction",
        "developing",
        "editor's note",
        "editor’s note",
        "editors note",
        "exclusive",
        "file",
        "file photo",
        "flash",
        "live",
        "note",
        "opinion",
        "photo",
        "q&a",
        "review",
        "update",
        "updated",
        "urgent",
        "video",
        "warning",
        "watch",
    }
)

# Month names and abbreviations (English), for dates printed in datelines.
MONTHS: frozenset[str] = frozenset(
    {
        "jan",
        "jan.",
        "january",
        "feb",
        "feb.",
        "february",
        "mar",
        "mar.",
        "march",
        "apr",
        "apr.",
        "april",
        "may",
        "jun",
        "jun.",
        "june",
        "jul",
        "jul.",
        "july",
        "aug",
        "aug.",
        "august",
        "sep",
        "sep.",
        "sept",
        "sept.",
        "september",
        "oct",
        "oct.",
        "october",
        "nov",
        "nov.",
        "november",
        "dec",
        "dec.",
        "december",
    }
)

# --- Credits ------------------------------------------------------------------
# Role phrases of a credit line ("Reporting by A; Editing by B"), mapped to the
# CreditRole value. Keys are lower case, without the trailing "by".
CREDIT_ROLES: Mapping[str, str] = MappingProxyType(
    {
        # English
        "reporting": "reporting",
        "reported": "reporting",
        "additional reporting": "additional reporting",
        "with reporting": "additional reporting",
        "with additional reporting": "additional reporting",
        "further reporting": "additional reporting",
        "extra reporting": "additional reporting",
        "writing": "writing",
        "written": "writing",
        "compiled": "writing",
        "compiling": "writing",
        "editing": "editing",
        "edited": "editing",
        "additional editing": "editing",
        "photos": "photo",
        "photo": "photo",
        "photographs": "photo",
        "photography": "photo",
        "video": "video",
        "videos": "video",
        "graphics": "graphics",
        "graphic": "graphics",
        "graphics and design": "graphics",
        "translation": "translation",
        "translated": "translation",
        "translating": "translation",
        "production": "other",
        "produced": "other",
        "research": "other",
        "fact-checking": "other",
        "fact checking": "other",
        "sub-editing": "editing",
        "design": "graphics",
        # German, French
        "mitarbeit": "additional reporting",
        "redaktion": "editing",
        "reportage": "reporting",
        "rédaction": "writing",
        "édition": "editing",
        "traduction": "translation",
    }
)

# Picture agencies and libraries named in photo credits (lower case).
PHOTO_AGENCIES: frozenset[str] = frozenset(
    {
        "getty", "getty images", "afp", "ap", "reuters", "epa", "epa-efe", "efe", "dpa",
        "imago", "imago images", "picture alliance", "picture-alliance", "keystone", "ansa",
        "shutterstock", "alamy", "istock", "istockphoto", "unsplash", "pexels", "sipa",
        "zuma", "zuma press", "bloomberg", "xinhua", "anadolu", "pa", "pa images",
        "pa wire", "ritzau scanpix", "ntb", "tt", "apa", "belga", "anp", "nurphoto",
    }
)  # fmt: skip

# --- Boilerplate --------------------------------------------------------------
# Whole lines (lower case, whitespace collapsed) that are page furniture.
BOILERPLATE_EXACT: frozenset[str] = frozenset(
    {
        "___",
        "advertisement",
        "advertising",
        "back to gallery",
        "back to top",
        "caption",
        "close",
        "comments",
        "give feedback",
        "hide caption",
        "image",
        "latest",
        "learn more",
        "log in",
        "login",
        "now reading",
        "ad policy",
        "sign in join",
        "search for:",
        "subscribe newsletters",
        "see all newsletters",
        "back to overview",
        "back to all news",
        "back to news",
        "zurück zur übersicht",
        "zurück zur startseite",
        "retour à l'accueil",
        "accessibility links",
        "find a new job",
        "load more",
        "more",
        "most popular",
        "most read",
        "next story",
        "read more",
        "related",
        "related articles",
        "related stories",
        "replay",
        "return to top",
        "search",
        "see all",
        "share",
        "share this",
        "share this:",
        "share this story",
        "share this article",
        "show caption",
        "sign in",
        "sign up",
        "skip to main content",
        "subscribe",
        "tags",
        "tags:",
        "toggle caption",
        "topics",
        "trending",
        "view comments",
        "x",
        "article content",
        "story continues below",
        "story continues below advertisement",
        "continue reading",
        "continue reading below",
        # German, Spanish, French, Italian, Polish, Turkish, Czech: ad labels
        # and reading prompts
        "anzeige",
        "werbung",
        "mehr",
        "auch interessant",
        "am beliebtesten",
        "empfohlener redaktioneller inhalt",
        "publicidad",
        "publicité",
        "pubblicità",
        "reklama",
        "czytaj więcej",
        "reklam",
        "článek",
    }
)

# Line openings (lower case) that mark page furniture, notices and promos.
BOILERPLATE_PREFIXES: tuple[str, ...] = (
    # English
    "access to the comments",
    "all quotes delayed",
    "all rights reserved",
    "catch up on",
    "chat with us",
    "click here",
    "click to ",
    "copyright ",
    "©",
    "(c) ",
    "follow ap's",
    "follow ap’s",
    "follow us",
    "get breaking news",
    "get the latest",
    "like us on",
    "our standards:",
    "please enable javascript",
    "reach the reporter",
    "read more:",
    "read next",
    "recommended:",
    "related:",
    "see also:",
    "sign up for",
    "sign up to",
    "subscribe to",
    "terms of service",
    "terms of use",
    "terms under which",
    "text size",
    "this article has been adapted",
    "this article was originally published",
    "this content is not available",
    "this story has been corrected",
    "this video is not available",
    "we use cookies",
    "you can read more",
    "get access to",
    "get breaking",
    "skip to ",
    "share this story",
    "share on ",
    "share all sharing options",
    "try refreshing your browser",
    "accessibility help",
    "search author on",
    "more from ",
    "thanks for signing up",
    "sign in or create an account",
    "by signing up",
    "we encountered an issue",
    "we apologize, but",
    "please refresh",
    "please try again",
    "to use this site",
    "you have full access to this article",
    "this website uses cookies",
    "support independent journalism",
    "view all (",
    # screen-reader labels of a blog's links to its neighbouring posts
    "prev previous ",
    "next next ",
    "(graphic:",
    "(graphics:",
    "(for more news",
    # German, French
    "mehr zum thema",
    "lesen sie auch",
    "lire aussi",
)

# Fragments (lower case) that mark a line as a notice wherever they stand.
BOILERPLATE_SUBSTRINGS: tuple[str, ...] = (
    "all rights reserved",
    "as a service to its readers",
    "does not edit the articles",
    "cookie policy",
    "privacy policy",
    "comments powered by",
    "may not be published, broadcast",
    "may not be published, broadcast, rewritten or redistributed",
    "reproduced, distributed, transmitted",
    "not available in your region",
    "open in new window",
    "opens in new window",
    "enable javascript",
    "in your inbox",
    "on your inbox",
    "sign up for our",
    "subscribe to our",
    "subscribing to our",
    "click here",
    "preferred source",
    "our newsletter",
    "we send newsletters",
    "may not be reproduced",
    "follow me on twitter",
    "follow us on",
    "through your letterbox",
    "want to bookmark",
    "thank you for registering",
    "trending news of the day",
    "to your inbox",
    "unsubscribe at any time",
    "share it with a friend",
    "necessary cookies",
    "cookies that may",
    "community rules apply",
    "if you click on one and make",
    "earn a commission",
    "affiliate commission",
    "previous post",
    "next post",
    "your source for",
    "as a preferred source",
    "in order to comment",
    "must be logged in",
    "error processing your subscription",
    "check the opt-in box",
    # notices about the reader's browser, and the fields of a weather widget
    # (three words at least, so that the search is keyed by a word inside)
    "to a modern browser",
    "update your browser",
    "a supported browser",
    "state or zip code",
    "you are signed in",
    "get real-time updates",
    "stay informed with",
    "our website is the place",
    "is the voice of your",
    "advertisement has not loaded",
    "article continues below",
    "has failed to load",
    "disable the ad block",
    "ad blocking",
    "signing you up",
    # paywall and registration prompts
    "subscribe now to",
    "create an account or sign in",
    "sign in to continue",
    "register to unlock",
    "reserved for subscribers",
    "already a subscriber",
    "to continue reading",
    "unlock more articles",
)

# Openings and fragments above that a story may print too ("the company
# changed its privacy policy", "Copyright lawyers said ...", "she needed the
# grant to continue reading law"). Each marks a line as a notice only with
# more evidence: printed with capitals past its first letter (a link:
# "Privacy Policy"), followed by a colon (a label: "Next post: ..."), on a
# line that is no sentence of prose, beside a copyright notice, or on a line
# that speaks to the reader (``READER_WORDS``).
BOILERPLATE_TOPICAL: frozenset[str] = frozenset(
    {
        # openings
        "copyright ",
        "terms of service",
        "terms of use",
        "more from ",
        # fragments
        "cookie policy",
        "privacy policy",
        "ad blocking",
        "previous post",
        "next post",
        "may not be reproduced",
        "has failed to load",
        "to continue reading",
        "must be logged in",
        "in order to comment",
        "preferred source",
    }
)

# Words with which a notice speaks to its reader; story prose rarely does,
# outside quotations.
READER_WORDS: frozenset[str] = frozenset({"you", "your", "yours", "we", "our", "us"})

# Names of social networks and share targets: a line made only of these is a
# row of share buttons.
SOCIAL_WORDS: frozenset[str] = frozenset(
    {
        "email",
        "facebook",
        "flipboard",
        "instagram",
        "linkedin",
        "messenger",
        "pinterest",
        "print",
        "reddit",
        "rss",
        "share",
        "telegram",
        "tumblr",
        "twitter",
        "whatsapp",
        "x",
        "youtube",
        "copy",
        "link",
        "sms",
    }
)

# --- Pages copied out of a browser --------------------------------------------
# Lines (lower case, bullet removed) after which a page holds no more story:
# tags, topics, comments and the author box close it for good.
STORY_END_FINAL: frozenset[str] = frozenset(
    {
        "tags",
        "tags:",
        "topics",
        "topics:",
        "view comments",
        "comments",
        "top rated comments",
        "leave a reply",
        "leave a comment",
        "about the author",
        "about the authors",
        "related topics",
    }
)
# All the lines that end the story where they stand: the final ones, and the
# headings of a box of links ("Trending", "Most read") that some pages print
# in the middle of the story, which then goes on under it.
STORY_END_LINES: frozenset[str] = STORY_END_FINAL | frozenset(
    {
        # English. Not "Advertisement", "Related" or "Read next": those boxes
        # stand in the middle of stories too.
        "most popular",
        "most read",
        "trending",
        "you may also like",
        # German, French
        "das könnte sie auch interessieren",
        "sur le même sujet",
    }
)
STORY_END_PREFIXES: tuple[str, ...] = (
    "more in ",
    "more on this story",
    "more from ",
    "recommended for you",
)
# How the consent line of a newsletter sign-up opens ("I agree that Example
# News can send me ..."), and the words one of them holds.
CONSENT_OPENINGS: tuple[str, ...] = ("i agree ", "i consent ", "yes, i ", "yes, send me")
CONSENT_WORDS: tuple[str, ...] = ("newsletter", "email", "e-mail", "terms", "privacy", "offers")
# The heading of a newsletter sign-up box ("Morning Briefing Newsletter")
# ends with one of these; a story may go on under the box.
NEWSLETTER_HEADING_ENDS: tuple[str, ...] = ("newsletter", "newsletters")

# How a note that tells the reader how to reach the writer opens ("Write to
# Jane Doe at jane@example.com", "Have a tip? ..."), and phrases it uses
# anywhere ("Jane Doe may be reached at ..."). With an e-mail address on
# the line it closes the story for good.
CONTACT_OPENINGS: tuple[str, ...] = (
    # English
    "write to ",
    "have a tip",
    "got a tip",
    "contact ",
    "email ",
    "e-mail ",
    "reach ",
    "send tips",
    # German, French
    "kontakt",
    "schreiben sie",
    "écrivez",
)
CONTACT_PHRASES: tuple[str, ...] = (
    "may be reached at",
    "can be reached at",
    "can be contacted at",
    "is reachable at",
)
# Headings of a box about the author under a story, before the author's name
# ("About Jane Doe", "Über Jane Doe").
AUTHOR_BOX_LABELS: tuple[str, ...] = ("about ", "über ", "à propos de ", "sobre ", "om ")
# Verbs of a note about a person ("Jane joined the paper in 2019", "Jane
# Doe covers politics"), after the name or its first word.
BIO_VERBS: frozenset[str] = frozenset(
    {
        "is", "was", "joined", "covers", "writes", "reports", "has", "leads", "edits",
        "ist", "arbeitet", "schreibt", "est",
    }
)  # fmt: skip

# Symbols some publishers print after a story's last sentence ("... left. ♦").
STORY_END_MARKS: frozenset[str] = frozenset("♦■□▪●◆◇∎✦")

# Words of a timestamp line ("Updated 12:44 pm EST, Monday"): with numbers and
# month names they make up most of it.
TIMESTAMP_WORDS: frozenset[str] = frozenset(
    {
        # English
        "updated", "published", "posted", "modified", "last", "at", "on", "am", "pm", "a.m",
        "p.m", "ago", "min", "mins", "minutes", "hour", "hours", "read", "gmt", "utc", "est",
        "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "ist", "hkt", "jst", "sast",
        "aest", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "views",
        # German, French
        "aktualisiert", "veröffentlicht", "uhr", "online", "seit", "heute", "gestern",
        "publié", "le", "mis", "à", "jour",
    }
)  # fmt: skip

# Labels printed before an author's name on a line of its own.
AUTHOR_LABELS: frozenset[str] = frozenset(
    {
        # English
        "author", "authors", "author of the article", "by", "written by", "words by",
        "story by", "reporting by",
        # German
        "von", "autor", "autorin", "autoren", "autorin/autor", "text", "kommentar von",
        "ein kommentar von", "eine analyse von",
        # French, Spanish, Portuguese, Italian, Dutch
        "par", "auteur", "por", "autor/a", "di", "door",
        # Danish, Norwegian, Swedish, Czech, Polish, Russian
        "af", "av", "skrevet av", "autor:", "tekst", "текст", "автор",
    }
)  # fmt: skip

# Words that pages print after an author's name: buttons to follow them.
BYLINE_UI_WORDS: frozenset[str] = frozenset(
    {
        # English
        "follow", "twitter", "email", "e-mail", "facebook", "instagram", "linkedin", "bluesky",
        # German, French, Spanish
        "folgen", "suivre", "seguir",
    }
)  # fmt: skip

# How the label of a photo or video caption opens, on a line of its own or
# over a caption: such a line is never the headline.
CAPTION_LABELS: tuple[str, ...] = (
    "image:",
    "image caption",
    "media caption",
    "photo:",
    "picture:",
    "caption:",
    "bild:",
    "foto:",
)
# Marks that join the parts of a breadcrumb trail ("Home » News »").
BREADCRUMB_MARKS: tuple[str, ...] = ("»", "›", " > ")

# Words a headline never ends on: they need another word after them.
HEADLINE_OPEN_ENDINGS: frozenset[str] = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from"}
)
