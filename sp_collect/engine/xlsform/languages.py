"""Language codes from pyxform's language names: ``"English (en)"`` → ``en``."""

from __future__ import annotations

import re
import unicodedata

_CODE_IN_NAME = re.compile(r"\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")
_KNOWN_NAMES = {
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "francais": "fr",
    "dutch": "nl",
    "nederlands": "nl",
    "spanish": "es",
    "espanol": "es",
    "castellano": "es",
    "haitian creole": "ht",
    "haitian": "ht",
    "kreyol": "ht",
    "kreyol ayisyen": "ht",
    "creole": "ht",
    "papiamentu": "pap",
    "papiamento": "pap",
    "portuguese": "pt",
    "portugues": "pt",
    "hindi": "hi",
    "arabic": "ar", "العربية": "ar", "عربي": "ar", "swahili": "sw", "kiswahili": "sw",
    "amharic": "am", "አማርኛ": "am", "hausa": "ha", "igbo": "ig", "yoruba": "yo",
    "bengali": "bn", "bangla": "bn", "বাংলা": "bn", "हिन्दी": "hi", "हिंदी": "hi",
    "nepali": "ne", "नेपाली": "ne", "urdu": "ur", "اردو": "ur", "russian": "ru",
    "русский": "ru", "ukrainian": "uk", "українська": "uk", "chinese": "zh", "中文": "zh",
    "burmese": "my", "myanmar": "my", "မြန်မာ": "my", "somali": "so", "tigrinya": "ti",
    "pashto": "ps", "پښتو": "ps", "dari": "prs", "farsi": "fa", "persian": "fa", "فارسی": "fa",
    "turkish": "tr", "turkce": "tr", "indonesian": "id", "bahasa indonesia": "id",
    "vietnamese": "vi", "tieng viet": "vi", "thai": "th", "ไทย": "th", "khmer": "km",
    "ខ្មែរ": "km", "lao": "lo", "tagalog": "tl", "filipino": "fil", "german": "de",
    "deutsch": "de", "italian": "it", "italiano": "it", "kinyarwanda": "rw", "luganda": "lg",
    "chichewa": "ny", "nyanja": "ny", "zulu": "zu", "isizulu": "zu", "xhosa": "xh",
    "afrikaans": "af", "malagasy": "mg", "tetum": "tet", "wolof": "wo", "fula": "ff",
    "fulfulde": "ff", "pulaar": "ff", "lingala": "ln", "bambara": "bm", "kirundi": "rn",
    "oromo": "om", "afaan oromoo": "om", "shona": "sn", "tamil": "ta", "தமிழ்": "ta",
    "telugu": "te", "marathi": "mr", "मराठी": "mr", "gujarati": "gu", "punjabi": "pa",
    "kannada": "kn", "malayalam": "ml", "sinhala": "si", "polish": "pl", "romanian": "ro",
    "greek": "el", "hebrew": "he", "japanese": "ja", "korean": "ko", "kurdish": "ku",
    "kurmanji": "kmr", "sorani": "ckb", "tajik": "tg", "uzbek": "uz", "kazakh": "kk",
    "kyrgyz": "ky", "mongolian": "mn", "tok pisin": "tpi", "bislama": "bi", "fijian": "fj",
    "samoan": "sm", "tongan": "to", "quechua": "qu", "aymara": "ay", "guarani": "gn",
    "twi": "tw", "akan": "ak", "ewe": "ee", "kanuri": "kr", "tiv": "tiv", "sango": "sg",
    "sesotho": "st", "setswana": "tn", "tsonga": "ts", "kikuyu": "ki", "luo": "luo",
    "dholuo": "luo", "acholi": "ach", "ateso": "teo", "runyankole": "nyn", "sudanese arabic": "apd",
    "juba arabic": "pga", "dinka": "din", "nuer": "nus", "zarma": "dje", "mooré": "mos",
    "moore": "mos", "dioula": "dyu", "sango (sg)": "sg", "haitian kreyol": "ht",
}  # fmt: skip


def ascii_name(name: str) -> str:
    """The name lower-cased, without accents, dashes or repeated spaces."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(plain.replace("-", " ").split())


def language_code(name: str) -> tuple[str | None, bool]:
    """The code a pyxform language name stands for, and whether it was guessed from the name.

    ``(None, True)`` when the name is neither ``Name (code)`` nor a language we know.
    """
    found = _CODE_IN_NAME.search(name)
    if found:
        return found.group(1).lower(), False
    plain = ascii_name(name)
    if re.fullmatch(r"[a-z]{2,3}", plain):
        return plain, False
    native = " ".join(name.strip().lower().split())
    return _KNOWN_NAMES.get(plain) or _KNOWN_NAMES.get(native), True
