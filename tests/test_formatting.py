import pytest

from assistant import formatting as f


@pytest.mark.parametrize(
    "value,lang,expected",
    [
        (505_523_174_525, "en", "$505.5 billion"),
        (505_523_174_525, "es", "505.5 mil millones de dólares"),
        (3_266_410_195_321, "en", "$3,266.4 billion"),
        (3_266_410_195_321, "es", "3.27 billones de dólares"),
        (-1_204_700_000_000, "es", "\u22121.20 billones de dólares"),
        (999_940_000_000, "es", "999.9 mil millones de dólares"),
        (850_300_000, "en", "$850.3 million"),
        (850_300_000, "es", "850.3 millones de dólares"),
        (-295_500_000_000, "en", "\u2212$295.5 billion"),
        (12_345, "en", "$12,345"),
    ],
)
def test_money(value, lang, expected):
    assert f.money(value, lang) == expected


def test_percent_points_and_changes():
    assert f.percent(23.44, "en") == "23.4%" and f.percent(23.44, "es") == "23.4%"
    # a share too small for tenths is not shown as nothing
    assert f.percent(0.03, "en") == "less than 0.1%" and f.percent(0.03, "es") == "menos de 0.1%"
    assert f.percent(0.0, "en") == "0.0%" and f.percent(0.06, "en") == "0.1%"
    assert f.points(1.26, "en") == "1.3 percentage points"
    assert f.points(-2.0, "es") == "2.0 puntos porcentuales"
    assert f.points(1.0, "en") == "1.0 percentage point"
    assert f.change(6.24, "en") == "up 6.2%"
    assert f.change(-0.39, "es") == "una baja de 0.4%"
    assert f.change(0.01, "en") == "unchanged"
    assert f.change(-1.1, "en", unit="pp") == "down 1.1 percentage points"
    assert f.signed_percent(80.2, "en") == "+80.2%"


def test_balance_words():
    assert f.balance(-295_500_000_000, "en") == "a deficit of $295.5 billion"
    assert f.balance(-295_500_000_000, "es") == "un déficit de 295.5 mil millones de dólares"
    assert f.balance(12_000_000_000, "en") == "a surplus of $12.0 billion"
    assert f.balance(0, "es") == "comercio equilibrado"


def test_ordinals_months_and_lists():
    assert [f.ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"
    ]  # fmt: skip
    assert f.ordinal(3, "es") == "3.º"
    # in a Spanish sentence a place up to tenth is a word, as the Mexican press writes it
    assert [f.place(n, "es") for n in (1, 3, 10, 11)] == ["primer", "tercer", "décimo", "11.º"]
    assert f.place(3, "en") == "3rd"
    assert f.month_name(3, "en") == "March" and f.month_name(12, "es") == "diciembre"
    assert f.join(["China", "Mexico", "Vietnam"], "en") == "China, Mexico and Vietnam"
    assert f.join(["China", "México", "Vietnam"], "es") == "China, México y Vietnam"


def test_by_column_uses_the_same_formatter():
    assert f.by_column("value_usd", 505_523_174_525, "es") == "505.5 mil millones de dólares"
    assert f.by_column("share", 15.47, "en") == "15.5%"
    assert f.by_column("share_change_pp", -1.26, "en") == "\u22121.3 percentage points"
    assert f.by_column("pct_change", 6.2, "en") == "+6.2%"
    assert f.by_column("year", 2024, "en") == "2024"
    assert f.by_column("rank", 2, "en") == "2nd"


def test_money_short_for_chart_labels():
    assert f.money_short(295_515_248_710, "en") == "$295.5B"
    assert f.money_short(-295_515_248_710, "es") == "\u2212295.5 mmdd"  # Mexican press usage
    assert f.money_short(850_300_000, "es") == "850.3 mdd"
    assert f.money_short(3_266_410_195_321, "en") == "$3.3T"
    assert f.money_short(3_266_410_195_321, "es") == "3.27 billones de dólares"


def test_a_span_of_months_reads_as_words():
    assert f.month_span(201301, 202412, "en") == "January 2013 – December 2024"
    assert f.month_span(202301, 202406, "es") == "enero de 2023 – junio de 2024"
