"""Chart builders, one per chart kind; each returns a Vega-Lite spec (a plain dict).

Colours live here only (PALETTE): the USMCA partners share a green/teal family, China,
Taiwan and the rest of Asia a warm family, everyone else neutral blues. The partners a
question names are drawn in their colour and the rest muted grey; with none named, the
USMCA partners and China stand out, so every chart tells the same story. Every colour
passes WCAG contrast against the chart background (tests/test_charts.py checks it):
4.5:1 for text, 3:1 for marks. Every spec carries a `description` for screen readers.
Specs are built as dicts rather than through Altair's objects: Altair spent ~8 ms an
answer copying and checking its schema objects, a third of an uncached answer. The tests
validate every catalog chart against the Vega-Lite schema with Altair instead.

Row contract of each kind (the `chart:` block of a query names the fields):

- ranked_bar     one bar per row, in row order. `label` (partner | product, default
                 partner) names each bar; `value` (default value_usd) is its length.
                 Rows with `partner_code` get partner colours.
- diverging_bar  ranked_bar for signed values (default balance_usd): bars left of zero
                 are deficits, right of zero surpluses, each labelled "deficit $X"/
                 "surplus $X"; sorted from the largest deficit.
- column         one bar per `year`; `value` (default value_usd); `highlight` names the
                 parameter whose year stands out (e.g. highlight: year).
- line           one line per `series` (default partner, with `partner_code`) over
                 `year`; `value` (default value_usd).
- share_line     line with `value: share` (percent).
- grouped_bar    one group of bars per `x` (default partner; `month` shows month names)
                 and one bar per `group` inside it: a period label column such as year,
                 quarter or period ("Q3 2021"), or `partner`. Periods are coloured from
                 muted (earliest) to strong (latest, the one asked about).
- stacked_bar    combined partners: rows with `partner_code`, `partner`, `value_usd`
                 and, optionally, a period label column named by `x` (year, quarter,
                 period); one bar per period, stacked by member partner.
- table          no chart.
"""

from __future__ import annotations

import re
import textwrap

from assistant import formatting

# The Vega-Lite version the specs are written for (tests check it is the one Altair and
# the app's renderer use).
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"

# Backgrounds every colour must read against: the chart's own and the app page's.
BACKGROUND = "#ffffff"
PAGE_BACKGROUND = "#fbfaf7"
TEXT = "#1d2b27"  # titles, axis titles, legends
TEXT_SOFT = "#44504c"  # axis labels, subtitles (7.9:1 on white)
GRID = "#e4e7e5"  # decorative, not information

USMCA_COLOURS = {"2010": "#1b7a53", "1220": "#1f7a8c", "0020": "#145c42", "1XXX": "#3c7d62"}
ASIA_COLOURS = {"5700": "#c0392b", "5830": "#b35900", "5820": "#a8502e", "5XXX": "#9a6400"}
WORLD_COLOUR = "#3f3f3f"
OTHER_COLOURS = ["#3e6fa3", "#6b5ba5", "#86652b", "#5f6b73", "#8a4f7d", "#2f7f7a"]
MUTED = "#8c8c8c"  # partners the question did not name: still 3.3:1 on the page
DEFICIT_COLOUR, SURPLUS_COLOUR = "#b8500f", "#2e6f9e"  # orange/blue: safe for colour-blindness
PERIOD_COLOURS = ("#8c8c8c", "#5f8c7b", "#2f7a5f", "#145c42")  # earliest muted ... latest strong
# The story with no partner named: the USMCA partners against China.
FOCUS = ("2010", "1220", "0020", "5700")

PALETTE = {
    "marks": [
        *USMCA_COLOURS.values(),
        *ASIA_COLOURS.values(),
        WORLD_COLOUR,
        *OTHER_COLOURS,
        MUTED,
        DEFICIT_COLOUR,
        SURPLUS_COLOUR,
        *PERIOD_COLOURS,
    ],
    "text": [TEXT, TEXT_SOFT],
}

CONFIG = {
    "background": BACKGROUND,
    "font": "sans-serif",
    "title": {"color": TEXT, "subtitleColor": TEXT_SOFT, "fontSize": 15, "subtitleFontSize": 12},
    "axis": {
        "labelColor": TEXT_SOFT,
        "titleColor": TEXT,
        "labelFontSize": 12,
        "titleFontSize": 12,
        "titleFontWeight": "normal",
        "gridColor": GRID,
        "domainColor": TEXT_SOFT,
        "tickColor": TEXT_SOFT,
    },
    "legend": {"labelColor": TEXT, "titleColor": TEXT, "labelFontSize": 12, "titleFontSize": 12},
    "text": {"color": TEXT, "fontSize": 11},
    "view": {"stroke": None},
}

LABELS = {
    "en": {
        "usd": "Billions of U.S. dollars",
        "share": "Share (%)",
        "year": "Year",
        "month": "Month",
        "quarter": "Quarter",
        "period": "Period",
        "partner": "Partner",
        "product": "Product",
        "value": "Value",
        "balance": "Balance (exports − imports), billions of U.S. dollars",
        "deficit": "Deficit",
        "surplus": "Surplus",
        "deficit_of": "deficit {}",
        "surplus_of": "surplus {}",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "kinds": {
            "ranked_bar": "Bar chart",
            "diverging_bar": "Bar chart of surpluses and deficits",
            "column": "Column chart by year",
            "line": "Line chart by year",
            "share_line": "Line chart of shares by year",
            "grouped_bar": "Grouped bar chart",
            "stacked_bar": "Stacked bar chart of the combined partners",
        },
        "more": "and {} more",
    },
    "es": {
        "usd": "Miles de millones de dólares",
        "share": "Participación (%)",
        "year": "Año",
        "month": "Mes",
        "quarter": "Trimestre",
        "period": "Periodo",
        "partner": "Socio",
        "product": "Producto",
        "value": "Valor",
        "balance": "Balanza (exportaciones − importaciones), miles de millones de dólares",
        "deficit": "Déficit",
        "surplus": "Superávit",
        "deficit_of": "déficit de {}",
        "surplus_of": "superávit de {}",
        "months": "ene feb mar abr may jun jul ago sep oct nov dic",
        "kinds": {
            "ranked_bar": "Gráfica de barras",
            "diverging_bar": "Gráfica de barras de superávits y déficits",
            "column": "Gráfica de columnas por año",
            "line": "Gráfica de líneas por año",
            "share_line": "Gráfica de líneas de participación por año",
            "grouped_bar": "Gráfica de barras agrupadas",
            "stacked_bar": "Gráfica de barras apiladas de los socios en conjunto",
        },
        "more": "y {} más",
    },
}
LABEL_WIDTH = 26  # characters per line of a wrapped axis label
# Characters per title line in the spec: what an exported PNG/SVG and an API client's chart
# show. The chat page shows the title as text above the chart instead (on_screen), since
# Vega cuts a title line wider than the chart with an ellipsis, and a fixed width is
# either too wide for a phone or leaves half a desktop card empty.
TITLE_WIDTH = 48
LABEL_LINES = "split(datum.label, '\\n')"  # Vega draws an array label as lines


# ---- colours ---------------------------------------------------------------------------
def partner_colour(code: str | None, index: int = 0) -> str:
    """A partner's own colour: USMCA greens, Asian warm tones, the world dark grey."""
    if code in USMCA_COLOURS:
        return USMCA_COLOURS[code]
    if code in ASIA_COLOURS:
        return ASIA_COLOURS[code]
    if code == "-":
        return WORLD_COLOUR
    return OTHER_COLOURS[index % len(OTHER_COLOURS)]


def stands_out(code: str | None, named: tuple[str, ...]) -> bool:
    """The partners the question named; with none named, the USMCA partners and China."""
    return code in (named or FOCUS)


def _partner_scale(rows: list[dict], field: str, named: tuple[str, ...], mute: bool = True) -> dict:
    """Names -> colours: partners that stand out in their colour, the others muted."""
    domain, colours, others = [], [], 0
    for r in rows:
        name = r.get(field)
        if name is None or name in domain:
            continue
        code = r.get("partner_code")
        colour = partner_colour(code, others)
        if colour in OTHER_COLOURS:
            others += 1
        if mute and not stands_out(code, named):
            colour = MUTED
        domain.append(name)
        colours.append(colour)
    return {"domain": domain, "range": colours}


def _period_scale(periods: list) -> dict:
    """Earlier periods muted, the latest (the one asked about) strong."""
    n, last = len(periods), len(PERIOD_COLOURS) - 1
    if n == 1:
        ramp = [PERIOD_COLOURS[last]]
    else:  # spread over the ramp: the first muted, the last strong
        ramp = [PERIOD_COLOURS[round(i * last / (n - 1))] for i in range(n)]
    return {"domain": periods, "range": ramp}


# ---- Vega-Lite pieces ----------------------------------------------------------------------
_TYPES = {"N": "nominal", "O": "ordinal", "Q": "quantitative"}


def _field(shorthand: str, **props) -> dict:
    """An encoding channel from "name:T" (N nominal, O ordinal, Q quantitative)."""
    name, kind = shorthand.rsplit(":", 1)
    return {"field": name, "type": _TYPES[kind], **props}


def _tooltip(*pairs: tuple[str, str]) -> list[dict]:
    return [_field(shorthand, title=title) for shorthand, title in pairs]


def _chart(data: list[dict], title: dict, mark: dict, encoding: dict) -> dict:
    return {"data": {"values": data}, "mark": mark, "encoding": encoding, "title": title}


def _layered(data: list[dict], title: dict, layers: list[dict]) -> dict:
    """Several marks over one copy of the data."""
    return {"layer": layers, "data": {"values": data}, "title": title}


def _layer(mark: dict, encoding: dict, keep: str | None = None) -> dict:
    layer = {"mark": mark, "encoding": encoding}
    if keep:
        layer["transform"] = [{"filter": keep}]
    return layer


# ---- data and text -----------------------------------------------------------------------
def wrap(label, width: int = LABEL_WIDTH) -> str:
    """A long axis label on up to three lines (Vega splits it on newlines), never cut."""
    text = re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(" ", "\u00a0"), str(label))  # "(HS 90)" whole
    lines = textwrap.wrap(text, width) or [text]
    if len(lines) > 3:
        lines = [*lines[:2], " ".join(lines[2:])]
    return "\n".join(lines)


def _capital(text):
    return text[:1].upper() + text[1:] if isinstance(text, str) else text


def _with_labels(rows: list[dict], value: str, lang: str) -> list[dict]:
    """Display fields by the one formatter: value in billions, `label` as in the sentence;
    partner and product names start with a capital, as chart labels do."""
    out = []
    for r in rows:
        v = r.get(value)
        extra = {"label": formatting.by_column(value, v, lang)}
        extra.update({k: _capital(r[k]) for k in ("partner", "product") if k in r})
        if value.endswith("_usd") and v is not None:
            extra["value_bn"] = round(v / 1e9, 3)
        out.append({**r, **extra})
    return out


def _y_value(value: str, lang: str) -> tuple[str, str]:
    if value.endswith("_usd"):
        return "value_bn", LABELS[lang]["usd"]
    return value, LABELS[lang]["share"]


def _title(title: str, caption: str) -> dict:
    """Long titles wrap onto lines rather than run off a phone screen or an export; only at
    spaces, so the lines joined by spaces are the title again (title_text)."""
    lines = textwrap.wrap(title, TITLE_WIDTH, break_long_words=False, break_on_hyphens=False)
    return {"text": lines or [title], "subtitle": caption, "anchor": "start"}


def title_text(spec: dict) -> tuple[str, str]:
    """(title, source) of a chart spec as plain text, the title on one line."""
    title = spec.get("title") or {}
    if isinstance(title, str):
        return title, ""
    text = title.get("text") or ""
    return (" ".join(text) if isinstance(text, list) else text), title.get("subtitle") or ""


def on_screen(spec: dict) -> dict:
    """The spec for a page that shows the title and source as text above the chart (text
    wraps with the page, at any width): the same chart without them. The description, the
    chart's text for screen readers, stays."""
    return {k: v for k, v in spec.items() if k != "title"}


def _axis_title(field: str, lang: str) -> str:
    return LABELS[lang].get(field, field.replace("_", " ").capitalize())


def _legend(names) -> dict:
    """Above the plot; one name a line when the names would not fit across a phone."""
    wide = sum(len(str(n)) + 4 for n in names) > 44
    return {"orient": "top", "direction": "vertical" if wide else "horizontal", "labelLimit": 0}


def _year_axis(lang: str, field: str = "year") -> dict:
    return _field(f"{field}:O", title=_axis_title(field, lang), axis={"labelAngle": 0, "labelOverlap": True})


def _sign_colour(lang: str, data: list[dict] = ()) -> dict:
    """Deficits orange, surpluses blue (safe for colour-blindness), named in a legend that
    lists only the signs the bars have."""
    words = LABELS[lang]
    pairs = [(words["deficit"], DEFICIT_COLOUR), (words["surplus"], SURPLUS_COLOUR)]
    present = {r.get("sign") for r in data}
    pairs = [p for p in pairs if p[0] in present] or pairs
    return _field(
        "sign:N",
        scale={"domain": [p[0] for p in pairs], "range": [p[1] for p in pairs]},
        title=None,
        legend={"orient": "top", "direction": "horizontal"},
    )


def describe(kind: str, title: str, rows: list[dict], spec: dict, lang: str) -> str:
    """The text a screen reader gets for the chart: what it is and the values it shows."""
    value = spec.get("value", "balance_usd" if kind == "diverging_bar" else "value_usd")
    if kind == "share_line":
        value = spec.get("value", "share")
    name = spec.get("label") or spec.get("series") or "partner"
    parts = []
    if kind in ("line", "share_line"):  # each series from its first year to its last
        series: dict = {}
        for r in rows:
            series.setdefault(r.get(name), []).append(r)
        for who, points in series.items():
            points = sorted(points, key=lambda r: r.get("year") or 0)
            ends = [points[0], points[-1]] if len(points) > 1 else points
            shown = ", ".join(
                f"{r.get('year')} {formatting.by_column(value, r.get(value), lang)}" for r in ends
            )
            parts.append(f"{who}: {shown}")
    else:
        keys = [
            k for k in (name, spec.get("x"), spec.get("group"), "year" if kind == "column" else None) if k
        ]
        for r in rows:
            who = " ".join(
                dict.fromkeys(
                    formatting.month_name(r[k], lang) if k == "month" else str(r[k])
                    for k in keys
                    if r.get(k) is not None
                )
            )
            shown = formatting.by_column(value, r.get(value), lang)
            if shown:
                parts.append(f"{who}: {shown}")
    limit = 12
    items = "; ".join(parts[:limit])
    if len(parts) > limit:
        items += "; " + LABELS[lang]["more"].format(len(parts) - limit)
    return f"{LABELS[lang]['kinds'][kind]}. {title.rstrip('.')}. {items}."


# ---- builders ----------------------------------------------------------------------------
def ranked_bar(rows, spec, lang, title, caption, named=()):
    label = spec.get("label", "partner")
    value = spec.get("value", "value_usd")
    data = _with_labels(rows, value, lang)
    for r in data:
        r["name"], r[label] = r.get(label), wrap(r.get(label))
    field, axis_title = _y_value(value, lang)
    if any("partner_code" in r for r in data) and label == "partner":
        colour = _field(f"{label}:N", scale=_partner_scale(data, label, named), legend=None)
    else:  # products of one partner: that partner's colour
        code = next((r.get("partner_code") for r in data), None)
        colour = {"value": partner_colour(code) if code else USMCA_COLOURS["0020"]}
    return _chart(
        data,
        _title(title, caption),
        {"type": "bar"},
        {
            "x": _field(f"{field}:Q", title=axis_title),
            "y": _field(
                f"{label}:N", sort="-x", title=None, axis={"labelExpr": LABEL_LINES, "labelLimit": 0}
            ),
            "color": colour,
            "tooltip": _tooltip(("name:N", LABELS[lang][label]), ("label:N", LABELS[lang]["value"])),
        },
    )


def line(rows, spec, lang, title, caption, named=()):
    value = spec.get("value", "value_usd")
    series = spec.get("series", "partner")
    data = _with_labels(rows, value, lang)
    field, axis_title = _y_value(value, lang)
    names = {r.get(series) for r in data}
    colour = _field(
        f"{series}:N",
        scale=_partner_scale(data, series, named, mute=len(names) > 1),
        title=None,
        legend=_legend(names) if len(names) > 1 else None,
    )
    return _chart(
        data,
        _title(title, caption),
        {"type": "line", "point": True, "strokeWidth": 2.5},
        {
            "x": _year_axis(lang),
            "y": _field(f"{field}:Q", title=axis_title),
            "color": colour,
            "tooltip": _tooltip(
                (f"{series}:N", LABELS[lang]["partner"]),
                ("year:O", LABELS[lang]["year"]),
                ("label:N", LABELS[lang]["value"]),
            ),
        },
    )


def share_line(rows, spec, lang, title, caption, named=()):
    return line(rows, {**spec, "value": spec.get("value", "share")}, lang, title, caption, named)


def grouped_bar(rows, spec, lang, title, caption, named=()):
    x = spec.get("x", "partner")
    group = spec.get("group", "year")
    value = spec.get("value", "value_usd")
    data = _with_labels(rows, value, lang)
    field, axis_title = _y_value(value, lang)
    if group == "partner":
        colour = _field(
            "partner:N",
            scale=_partner_scale(data, "partner", (), mute=False),
            title=None,
            legend=_legend({r.get("partner") for r in data}),
        )
    else:
        periods = list(dict.fromkeys(sorted(r[group] for r in data if r.get(group) is not None)))
        colour = _field(f"{group}:N", scale=_period_scale(periods), title=None, legend=_legend(periods))
    if x == "month":
        months = LABELS[lang]["months"].split()
        x_enc = _field(
            "month:O",
            title=LABELS[lang]["month"],
            axis={"labelAngle": 0, "labelExpr": f"{months}[datum.value - 1]"},
        )
    else:
        for r in data:
            r[x] = wrap(r.get(x), 16) if x in ("product", "partner") else r.get(x)
        x_enc = _field(
            f"{x}:N", title=None, sort=None, axis={"labelAngle": 0, "labelExpr": LABEL_LINES, "labelLimit": 0}
        )
    return _chart(
        data,
        _title(title, caption),
        {"type": "bar"},
        {
            "x": x_enc,
            "xOffset": _field(f"{group}:N"),
            "y": _field(f"{field}:Q", title=axis_title),
            "color": colour,
            "tooltip": _tooltip(
                (f"{x}:N", _axis_title(x, lang)),
                (f"{group}:N", _axis_title(group, lang)),
                ("label:N", LABELS[lang]["value"]),
            ),
        },
    )


def stacked_bar(rows, spec, lang, title, caption, named=()):
    """Combined partners: one bar per period, one segment per member partner."""
    x = spec.get("x")
    value = spec.get("value", "value_usd")
    data = _with_labels(rows, value, lang)
    field, axis_title = _y_value(value, lang)
    members = _partner_scale(data, "partner", (), mute=False)
    if x:
        x_enc = _field(
            f"{x}:O", title=_axis_title(x, lang), sort=None, axis={"labelAngle": 0, "labelOverlap": True}
        )
    else:  # one period: a single bar
        x_enc = _field("total:N", title=None, axis=None)
        for r in data:
            r["total"] = ""
    return _chart(
        data,
        _title(title, caption),
        {"type": "bar", "stroke": BACKGROUND, "strokeWidth": 1},
        {
            "x": x_enc,
            "y": _field(f"{field}:Q", title=axis_title, stack="zero"),
            "color": _field("partner:N", scale=members, title=None, legend=_legend(members["domain"])),
            "order": _field("partner:N", sort="ascending"),
            "tooltip": _tooltip(
                ("partner:N", LABELS[lang]["partner"]),
                *([(f"{x}:O", _axis_title(x, lang))] if x else []),
                ("label:N", LABELS[lang]["value"]),
            ),
        },
    )


def diverging_bar(rows, spec, lang, title, caption, named=()):
    label = spec.get("label", "product")
    value = spec.get("value", "balance_usd")
    words = LABELS[lang]
    data = _with_labels(rows, value, lang)
    for r in data:
        v = r.get(value) or 0
        r["sign"] = words["deficit"] if v < 0 else words["surplus"]
        amount = formatting.money_short(abs(v), lang)
        r["sign_label"] = (words["deficit_of"] if v < 0 else words["surplus_of"]).format(amount)
        r["value_bn"] = round(v / 1e9, 3)
        r["name"], r[label] = r.get(label), wrap(r.get(label))
    values = [r["value_bn"] for r in data] or [0]
    low, high = min(0, *values), max(0, *values)
    room = 0.45 * max(high - low, 1e-9)  # space beside the bars for their "deficit $X" labels
    domain = [low - room if low < 0 else 0, high + room if high > 0 else 0]
    base = {
        # the rows' own order (the ranking): a sort by value does not survive the layers'
        # filters, and Vega-Lite falls back to alphabetical
        "y": _field(
            f"{label}:N",
            sort=list(dict.fromkeys(r[label] for r in data)),
            title=None,
            axis={"labelExpr": LABEL_LINES, "labelLimit": 0},
        ),  # fmt: skip
        "x": _field("value_bn:Q", title=words["balance"], scale={"domain": domain, "nice": False}),
        "tooltip": _tooltip(("name:N", _axis_title(label, lang)), ("sign_label:N", words["value"])),
    }
    text = {"text": _field("sign_label:N")}
    layers = [_layer({"type": "bar"}, {**base, "color": _sign_colour(lang, data)})]
    if low < 0:  # an empty layer only warns
        layers.append(
            _layer({"type": "text", "align": "right", "dx": -4}, {**base, **text}, "datum.value_bn < 0")
        )
    if high > 0:
        layers.append(
            _layer({"type": "text", "align": "left", "dx": 4}, {**base, **text}, "datum.value_bn >= 0")
        )
    layers.append(_layer({"type": "rule", "color": TEXT_SOFT}, {"x": {"datum": 0}}))
    return _layered(data, _title(title, caption), layers)


def column(rows, spec, lang, title, caption, named=(), highlight=None):
    """Vertical bars over years; the asked-for year strong, the others muted."""
    value = spec.get("value", "value_usd")
    data = _with_labels(rows, value, lang)
    signed = value.endswith("_usd") and any((r.get(value) or 0) < 0 for r in rows)
    for r in data:
        v = r.get(value)
        r["focus"] = r.get("year") == highlight
        r["short"] = (
            formatting.money_short(v, lang) if value.endswith("_usd") and v is not None else r["label"]
        )
        if signed:
            r["sign"] = LABELS[lang]["deficit"] if (r.get(value) or 0) < 0 else LABELS[lang]["surplus"]
    if signed:  # a balance: the sign is the story, the asked-for year is labelled
        colour = _sign_colour(lang, data)
    else:
        colour = _field(
            "focus:N", scale={"domain": [False, True], "range": [MUTED, USMCA_COLOURS["0020"]]}, legend=None
        )
    field, axis_title = _y_value(value, lang)
    base = {"x": _year_axis(lang), "y": _field(f"{field}:Q", title=axis_title)}
    layers = [
        _layer(
            {"type": "bar"},
            {
                **base,
                "color": colour,
                "tooltip": _tooltip(("year:O", LABELS[lang]["year"]), ("label:N", LABELS[lang]["value"])),
            },
        )
    ]
    # the asked-for year's value, just beyond the end of its bar (above, or below if negative)
    focus = [r for r in data if r["focus"] and r.get("value_bn") is not None]
    text = {**base, "text": _field("short:N")}
    if any(r["value_bn"] >= 0 for r in focus):
        mark = {"type": "text", "dy": -4, "baseline": "bottom", "fontWeight": "bold"}
        layers.append(_layer(mark, text, "datum.focus && datum.value_bn >= 0"))
    if any(r["value_bn"] < 0 for r in focus):
        mark = {"type": "text", "dy": 4, "baseline": "top", "fontWeight": "bold"}
        layers.append(_layer(mark, text, "datum.focus && datum.value_bn < 0"))
    return _layered(data, _title(title, caption), layers)


BUILDERS = {
    "ranked_bar": ranked_bar,
    "line": line,
    "share_line": share_line,
    "grouped_bar": grouped_bar,
    "stacked_bar": stacked_bar,
    "diverging_bar": diverging_bar,
    "column": column,
}


def build(
    spec: dict,
    rows: list[dict],
    lang: str,
    title: str,
    caption: str,
    highlight=None,
    named_partners: tuple[str, ...] = (),
    months: tuple[int, int] | None = None,
) -> dict | None:
    """The Vega-Lite spec for these rows, or None for table-only answers.

    `named_partners`: Census codes of the partners the question named (drawn strong, the
    rest muted); `highlight`: the year a column chart makes stand out; `months`: the part of
    each year the values cover, named on the year axis ("January–March of each year").
    """
    kind = spec["kind"]
    if kind == "table" or not rows:
        return None
    title = title[:1].upper() + title[1:]  # titles start with a capital in both languages
    named = tuple(named_partners or ())
    builder = BUILDERS[kind]
    kwargs = {"highlight": highlight} if kind == "column" else {}
    chart = builder(rows, spec, lang, title, caption, named, **kwargs)
    # Streamlit fits title, axes and legend into this height, so leave room for every label.
    label = spec.get("label", "partner")
    bands = len({r.get(label) for r in rows}) if kind in ("ranked_bar", "diverging_bar") else 0
    lines = max((wrap(r.get(label)).count("\n") + 1 for r in rows), default=1) if bands else 1
    height = min(720, 150 + (26 + 12 * lines) * bands) if bands else 340
    chart.update(width="container", height=height)
    if months and tuple(months) != (1, 12):
        _retitle(chart, _axis_title("year", lang), _months_of_each_year(*months, lang))
    chart["$schema"] = SCHEMA
    chart["description"] = describe(kind, title, rows, spec, lang)
    chart["config"] = {**CONFIG}
    return chart


def _months_of_each_year(first: int, last: int, lang: str) -> str:
    """'January–March of each year' / 'enero a marzo de cada año': bars of part of a year."""
    a, b = formatting.month_name(first, lang), formatting.month_name(last, lang)
    span = a if first == last else (f"{a}–{b}" if lang == "en" else f"{a} a {b}")
    text = f"{span} of each year" if lang == "en" else f"{span} de cada año"
    return text[:1].upper() + text[1:]


def _retitle(node, old: str, new: str) -> None:
    """Give every axis titled `old` (in encodings and layers) the title `new`."""
    if isinstance(node, dict):
        if node.get("title") == old and "field" in node:
            node["title"] = new
        for value in node.values():
            _retitle(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _retitle(value, old, new)


def export(spec: dict, fmt: str) -> bytes:
    """PNG or SVG of a spec via vl-convert (no browser). 'container' width means nothing
    off-screen, so exports use a fixed width."""
    import vl_convert  # imported here: only downloads need it

    fixed = {**spec, "width": 640}
    if fmt == "png":
        return vl_convert.vegalite_to_png(vl_spec=fixed, scale=2)
    if fmt == "svg":
        return vl_convert.vegalite_to_svg(vl_spec=fixed).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")
