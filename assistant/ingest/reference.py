"""Reference tables: partner and product names in English and Spanish.

Countries come from Census Schedule C (code <-> ISO2); Spanish names from pycountry's
ISO 3166 translations, shortened to everyday form, with a short override list for the
few names ISO renders awkwardly (e.g. "Taiwán, Provincia de China").
"""

from __future__ import annotations

import csv
import gettext
import re
from functools import cache
from pathlib import Path

import pycountry

REFERENCE_DIR = Path(__file__).with_name("reference_data")

# Census partner codes the seed story is about; used for validation and colours.
CANADA, MEXICO, CHINA, TAIWAN = "1220", "2010", "5700", "5830"
USMCA_GROUP, WORLD = "0020", "-"

_SMALL_WORDS = {"and", "of", "the", "de", "da", "y"}


def _read_tsv(name: str) -> list[dict[str, str]]:
    with open(REFERENCE_DIR / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _title(census_name: str) -> str:
    """'ST KITTS AND NEVIS' -> 'St Kitts and Nevis' (Census names are upper case)."""
    words = census_name.lower().split()
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in _SMALL_WORDS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


@cache
def iso_spanish() -> gettext.NullTranslations:
    """pycountry's Spanish ISO 3166 names (also read by the lexicon for official names)."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])


def _spanish_name(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return None
    name = iso_spanish().gettext(country.name)
    # ISO style "Venezuela, República Bolivariana de" / "Bolivia (Estado ...)" -> short form.
    name = re.split(r",\s|\s\(", name)[0]
    return name


def partner_rows(census_names: dict[str, str], schedule_c_path: Path) -> list[dict]:
    """One row per partner code seen in the data: code, kind, names, ISO2.

    census_names maps every CTY_CODE in the data to its CTY_NAME.
    """
    iso_by_code = {}
    with open(schedule_c_path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            iso_by_code[r["Code"].strip()] = r["ISO Code"].strip()
    groups = {r["code"]: r for r in _read_tsv("groups.tsv")}
    overrides = {r["code"]: r for r in _read_tsv("country_names.tsv")}

    rows = []
    for code, census_name in sorted(census_names.items()):
        if code in groups:
            g = groups[code]
            rows.append(
                dict(
                    code=code,
                    kind=g["kind"],
                    name_en=g["name_en"],
                    name_es=g["name_es"],
                    iso2=None,
                    census_name=census_name,
                )
            )
            continue
        if not re.fullmatch(r"[1-7]\d{3}", code):
            raise ValueError(f"unknown partner code {code!r} ({census_name}) in the data")
        iso2 = iso_by_code.get(code)
        over = overrides.get(code, {})
        name_en = over.get("name_en") or _title(census_name)
        name_es = over.get("name_es") or (_spanish_name(iso2) if iso2 else None) or name_en
        rows.append(
            dict(
                code=code,
                kind="country",
                name_en=name_en,
                name_es=name_es,
                iso2=iso2,
                census_name=census_name,
            )
        )
    return rows


def product_rows() -> list[dict]:
    """HS chapters, ATP categories and the NAICS codes the product answers about."""
    return [
        dict(dataset=r["dataset"], code=r["code"], name_en=r["name_en"], name_es=r["name_es"])
        for r in _read_tsv("products.tsv")
    ]
