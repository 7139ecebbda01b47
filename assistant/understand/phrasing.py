"""A meaning read back in words: the "Read as" line and every question the assistant offers
as a button. Each phrasing reads back (reader.py) as the same meaning, which a test checks,
so a button always asks exactly what it says."""

from __future__ import annotations

import pycountry

from assistant import formatting, i18n
from assistant.ingest.reference import iso_spanish
from assistant.understand import vocabulary as V
from assistant.understand.lexicon import normalise
from assistant.understand.meaning import WORLD, Meaning, Period, Product

_US_STATE_NAMES = frozenset(s.name for s in pycountry.subdivisions.get(country_code="US"))


class Phrasing:
    """Phrases meanings with the partner and product names of one store."""

    def __init__(self, partners, products):
        self.partners = partners
        self.products = products

    def partner(self, code: str, lang: str) -> str:
        """A short name: 'the USMCA partners', not '… (Canada and Mexico)', so it reads back;
        a country that shares its name with a U.S. state says so ('Georgia (the country)'),
        so a question built from it is never asked back."""
        partner = self.partners[code]
        name = formatting.in_text(partner.name(lang).split(" (")[0], lang)
        if normalise(name) in V.AMBIGUOUS_PARTNERS and partner.iso2:
            # "Congo" names two countries: the official name says which ("Republic of the Congo")
            country = pycountry.countries.get(alpha_2=partner.iso2)
            official = getattr(country, "official_name", None) if country else None
            if official:
                name = formatting.in_text(official if lang == "en" else iso_spanish().gettext(official), lang)
        if name in _US_STATE_NAMES:
            name = f"{name} ({i18n.THE_COUNTRY[lang]})"
        return name

    def product(self, product: Product | None, lang: str) -> str | None:
        if product is None:
            return None
        if product.kind == "tech":
            return i18n.PHRASES[lang]["tech"]
        dataset = {"hs": "hs", "atp": "hitech", "naics": "naics"}[product.kind]
        if not product.codes:
            return self.products_generic(lang)
        return formatting.product_label(
            dataset, [(c, self.products[(dataset, c)].name(lang)) for c in product.codes], lang
        )

    @staticmethod
    def products_generic(lang: str) -> str:
        return {"en": "Advanced Technology Products", "es": "productos de tecnología avanzada"}[lang]

    def when(self, period: Period | None, lang: str) -> str:
        if period is None:
            return ""
        if period.kind in ("year", "months"):
            return formatting.period_phrase(period.year, period.first_month, period.last_month, lang, "ask")
        if period.kind == "years":
            years = formatting.join([str(y) for y in period.years], lang)
            return i18n.PERIOD_FORMS[lang]["year"]["in"].format(year=years)
        if period.kind == "span":
            return formatting.span_phrase(period.start, period.year, lang)
        words = i18n.PHRASES[lang]
        return words["pair"].format(
            when=formatting.period_phrase(period.year, period.first_month, period.last_month, lang, "ask"),
            base=formatting.period_phrase(period.start, period.first_month, period.last_month, lang, "vs"),
        )

    def question(self, m: Meaning, lang: str) -> str:
        """The meaning as a question the reader reads back the same way."""
        w = i18n.PHRASES[lang]
        if m.measure == "coverage":
            return w["coverage"]
        flow = m.flow if m.flow in w["flow"] else "imports"
        named = [p for p in m.partners if p != WORLD]
        names = [self.partner(p, lang) for p in named]
        product = self.product(m.product, lang)
        fields = {
            "flow": w["flow"][flow],
            "Flow": w["flow"][flow][:1].upper() + w["flow"][flow][1:],
            "flow_the": w["flow_the"][flow],
            "product": f" {w['product_prep'][flow]} {product}" if product else "",
            "partners": (f" {w['partner_prep'][flow]} {formatting.join(names, lang)}" if names else "")
            + (f" {w['combined']}" if m.combine == "combined" else ""),
            "partners_bare": formatting.join(names, lang),
            "partner": names[0] if names else "",
            "when": self.when(m.period, lang),
            "n": m.n or 5,
        }
        if m.measure == "share":
            template = w["share_one"] if len(named) <= 1 else w["share_several"]
        elif m.measure == "change":
            template = w["change_balance"] if flow == "balance" else w["change"]
        elif m.measure == "rank":
            key = (m.side or "deficit") if flow == "balance" else flow
            fields["group"] = w["rank_group"][key]
            template = w["rank"]
        elif m.measure == "top" and flow == "balance":
            one = m.n == 1
            fields["side"] = w["sides_one" if one else "sides"][m.side or "deficit"]
            template = w["top_side_one" if one else "top_side"]
        elif m.measure == "top" and m.n == 1 and m.order != "smallest":
            fields["group"] = w["top_group_one"][flow]
            template = w["top_one"]
        elif m.measure == "top":
            fields["group"] = w["top_group"][flow]
            fields["group_small"] = w.get("top_group_small", w["top_group"])[flow]
            template = w["top_smallest"] if m.order == "smallest" else w["top"]
        elif m.measure == "products":
            template = w["products_one" if m.n == 1 else "products"]
        elif m.measure == "trend":
            template = w["trend"]
        else:
            template = w["level"]
        text = formatting.contracted(" ".join(template.format(**fields).split()))
        return text[:1].upper() + text[1:]

    def reading(self, m: Meaning, lang: str, corrections=(), claims=(), asides=()) -> str:
        """'Read as': the question answered, with any typo it corrected, any claim it
        checks ('the #3 source') and any background it left aside named."""
        text = self.question(m, lang)
        words = i18n.PHRASES[lang]
        notes = [f"{words['typed']} “{typed}”" for typed, _code in corrections]
        notes += [words["claim"][measure].format(n=n) for measure, n in claims]
        notes += [words["aside"].format(text=_clipped(text)) for text in asides]
        return text + (f" ({'; '.join(notes)})" if notes else "")


def _clipped(text: str, limit: int = 60) -> str:
    """A background sentence quoted in "Read as", cut at a word near the limit."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
