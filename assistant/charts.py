"""Altair chart builders, one per chart kind; each returns a Vega-Lite spec (a dict).

Colours live here only: USMCA partners share a green/teal family, China, Taiwan and the
rest of Asia a warm family, everyone else neutral blues and greys, so every chart tells
the same story. Specs are validated in tests, not on every answer (it costs ~10 ms).
"""

from __future__ import annotations

import altair as alt

from assistant import formatting

# Altair validates every schema object as it is built (about 10 ms an answer). The specs
# are validated in the tests instead (tests/test_query_combinations.py), as the design asks.
alt.utils.schemapi.disable_debug_mode()

USMCA_COLOURS = {"2010": "#00875a", "1220": "#4fb3a9", "0020": "#1f6f54", "1XXX": "#7cc6a4"}
ASIA_COLOURS = {"5700": "#c8553d", "5830": "#e9a03b", "5XXX": "#f2c57c", "5820": "#d9825b"}
WORLD_COLOUR = "#4d4d4d"
OTHER_COLOURS = ["#4e79a7", "#8c8c8c", "#a0cbe8", "#9d7660", "#b6992d", "#79706e", "#86bcb6"]
DEFICIT_COLOUR, SURPLUS_COLOUR = "#e07b39", "#2e6f9e"  # orange/blue: safe for colour-blindness
YEAR_COLOURS = ("#bab0ac", "#1f6f54")  # earlier year muted, the asked-for year strong

LABELS = {
    "en": {
        "usd": "Billions of U.S. dollars",
        "share": "Share (%)",
        "year": "Year",
        "month": "Month",
        "partner": "Partner",
        "product": "Product",
        "value": "Value",
        "balance": "Balance (exports − imports)",
        "deficit": "Deficit",
        "surplus": "Surplus",
    },
    "es": {
        "usd": "Miles de millones de dólares",
        "share": "Participación (%)",
        "year": "Año",
        "month": "Mes",
        "partner": "Socio",
        "product": "Producto",
        "value": "Valor",
        "balance": "Balanza (exportaciones − importaciones)",
        "deficit": "Déficit",
        "surplus": "Superávit",
    },
}


def partner_colour(code: str | None, index: int = 0) -> str:
    if code in USMCA_COLOURS:
        return USMCA_COLOURS[code]
    if code in ASIA_COLOURS:
        return ASIA_COLOURS[code]
    if code == "-":
        return WORLD_COLOUR
    return OTHER_COLOURS[index % len(OTHER_COLOURS)]


def _partner_scale(rows: list[dict], label: str = "partner") -> alt.Scale:
    domain, colours, seen = [], [], set()
    others = 0
    for r in rows:
        name = r.get(label)
        if name in seen or name is None:
            continue
        seen.add(name)
        code = r.get("partner_code")
        colour = partner_colour(code, others)
        if colour in OTHER_COLOURS:
            others += 1
        domain.append(name)
        colours.append(colour)
    return alt.Scale(domain=domain, range=colours)


def _with_labels(rows: list[dict], value: str, lang: str) -> list[dict]:
    """Add display fields computed by the one formatter: value in billions and a label."""
    out = []
    for r in rows:
        v = r.get(value)
        extra = {"label": formatting.by_column(value, v, lang)}
        if value.endswith("_usd") and v is not None:
            extra["value_bn"] = round(v / 1e9, 3)
        out.append({**r, **extra})
    return out


def _title(title: str, caption: str) -> alt.TitleParams:
    return alt.TitleParams(text=title, subtitle=caption, anchor="start", subtitleFontSize=11)


def _y_value(value: str, lang: str) -> tuple[str, str]:
    if value.endswith("_usd"):
        return "value_bn", LABELS[lang]["usd"]
    return value, LABELS[lang]["share"]


def ranked_bar(rows, spec, lang, title, caption):
    label = spec.get("label", "partner")
    value = spec.get("value", "value_usd")
    data = _with_labels(rows, value, lang)
    field, axis_title = _y_value(value, lang)
    colour = (
        alt.Color("partner:N", scale=_partner_scale(data), legend=None)
        if label == "partner"
        else alt.value(USMCA_COLOURS["0020"])
    )
    return (
        alt.Chart(alt.Data(values=data), title=_title(title, caption))
        .mark_bar()
        .encode(
            x=alt.X(f"{field}:Q", title=axis_title),
            y=alt.Y(f"{label}:N", sort="-x", title=LABELS[lang][label]),
            color=colour,
            tooltip=[
                alt.Tooltip(f"{label}:N", title=LABELS[lang][label]),
                alt.Tooltip("label:N", title=LABELS[lang]["value"]),
            ],
        )
    )


def line(rows, spec, lang, title, caption, value_default="value_usd"):
    value = spec.get("value", value_default)
    series = spec.get("series", "partner")
    data = _with_labels(rows, value, lang)
    field, axis_title = _y_value(value, lang)
    return (
        alt.Chart(alt.Data(values=data), title=_title(title, caption))
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title=LABELS[lang]["year"]),
            y=alt.Y(f"{field}:Q", title=axis_title),
            color=alt.Color(f"{series}:N", scale=_partner_scale(data, series), title=LABELS[lang]["partner"]),
            tooltip=[
                alt.Tooltip(f"{series}:N", title=LABELS[lang]["partner"]),
                alt.Tooltip("year:O", title=LABELS[lang]["year"]),
                alt.Tooltip("label:N", title=LABELS[lang]["value"]),
            ],
        )
    )


def share_line(rows, spec, lang, title, caption):
    return line(rows, {**spec, "value": spec.get("value", "share")}, lang, title, caption)


def grouped_bar(rows, spec, lang, title, caption):
    x = spec.get("x", "partner")
    group = spec.get("group", "year")
    value = spec.get("value", "value_usd")
    data = _with_labels(rows, value, lang)
    field, axis_title = _y_value(value, lang)
    if group == "partner":
        colour = alt.Color("partner:N", scale=_partner_scale(data), title=LABELS[lang]["partner"])
    else:
        groups = sorted({r[group] for r in data if r.get(group) is not None})
        colours = list(YEAR_COLOURS[-len(groups) :]) if len(groups) <= 2 else OTHER_COLOURS
        colour = alt.Color(
            f"{group}:N",
            scale=alt.Scale(domain=groups, range=colours[: len(groups)]),
            title=LABELS[lang].get(group, group),
        )
    return (
        alt.Chart(alt.Data(values=data), title=_title(title, caption))
        .mark_bar()
        .encode(
            x=alt.X(f"{x}:N", title=LABELS[lang].get(x, x), sort=None),
            xOffset=alt.XOffset(f"{group}:N"),
            y=alt.Y(f"{field}:Q", title=axis_title),
            color=colour,
            tooltip=[
                alt.Tooltip(f"{x}:N", title=LABELS[lang].get(x, x)),
                alt.Tooltip(f"{group}:N", title=LABELS[lang].get(group, group)),
                alt.Tooltip("label:N", title=LABELS[lang]["value"]),
            ],
        )
    )


def diverging_bar(rows, spec, lang, title, caption):
    label = spec.get("label", "product")
    value = spec.get("value", "balance_usd")
    data = _with_labels(rows, value, lang)
    for r in data:
        v = r.get(value) or 0
        r["sign"] = LABELS[lang]["deficit"] if v < 0 else LABELS[lang]["surplus"]
    return (
        alt.Chart(alt.Data(values=data), title=_title(title, caption))
        .mark_bar()
        .encode(
            x=alt.X("value_bn:Q", title=LABELS[lang]["balance"] + " — " + LABELS[lang]["usd"]),
            y=alt.Y(f"{label}:N", sort="x", title=LABELS[lang].get(label, label)),
            color=alt.Color(
                "sign:N",
                scale=alt.Scale(
                    domain=[LABELS[lang]["deficit"], LABELS[lang]["surplus"]],
                    range=[DEFICIT_COLOUR, SURPLUS_COLOUR],
                ),
                title=None,
            ),
            tooltip=[
                alt.Tooltip(f"{label}:N", title=LABELS[lang].get(label, label)),
                alt.Tooltip("label:N", title=LABELS[lang]["value"]),
            ],
        )
    )


def column(rows, spec, lang, title, caption, highlight=None):
    """Vertical bars over years; the asked-for year strong, the others muted."""
    value = spec.get("value", "value_usd")
    data = _with_labels(rows, value, lang)
    for r in data:
        r["focus"] = r.get("year") == highlight
    if value.endswith("_usd") and any((r.get(value) or 0) < 0 for r in rows):
        bar_colour = alt.value(DEFICIT_COLOUR)
    else:
        bar_colour = alt.Color(
            "focus:N", scale=alt.Scale(domain=[False, True], range=list(YEAR_COLOURS)), legend=None
        )
    field, axis_title = _y_value(value, lang)
    return (
        alt.Chart(alt.Data(values=data), title=_title(title, caption))
        .mark_bar()
        .encode(
            x=alt.X("year:O", title=LABELS[lang]["year"]),
            y=alt.Y(f"{field}:Q", title=axis_title),
            color=bar_colour,
            opacity=alt.condition("datum.focus", alt.value(1.0), alt.value(0.6)),
            tooltip=[
                alt.Tooltip("year:O", title=LABELS[lang]["year"]),
                alt.Tooltip("label:N", title=LABELS[lang]["value"]),
            ],
        )
    )


BUILDERS = {
    "ranked_bar": ranked_bar,
    "line": line,
    "share_line": share_line,
    "grouped_bar": grouped_bar,
    "diverging_bar": diverging_bar,
    "column": column,
}


def build(spec: dict, rows: list[dict], lang: str, title: str, caption: str, highlight=None) -> dict | None:
    """The Vega-Lite spec for these rows, or None for table-only answers."""
    kind = spec["kind"]
    if kind == "table" or not rows:
        return None
    builder = BUILDERS[kind]
    kwargs = {"highlight": highlight} if kind == "column" else {}
    chart = builder(rows, spec, lang, title, caption, **kwargs)
    # Streamlit fits title, axes and legend into this height, so leave room for every label.
    bands = (
        len({r.get(spec.get("label", "partner")) for r in rows})
        if kind in ("ranked_bar", "diverging_bar")
        else 0
    )
    height = min(640, 170 + 34 * bands) if bands else 340
    chart = chart.properties(width="container", height=height)
    return chart.to_dict(validate=False)


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
