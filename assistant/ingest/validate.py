"""Checks a freshly built snapshot must pass before it may replace the current one."""

from __future__ import annotations

import duckdb

from assistant.ingest.reference import CANADA, MEXICO, USMCA_GROUP

EXPECTED_TRADE_SCHEMA = [
    ("dataset", "VARCHAR"),
    ("code", "VARCHAR"),
    ("flow", "VARCHAR"),
    ("partner", "VARCHAR"),
    ("year", "INTEGER"),
    ("month", "INTEGER"),
    ("value_usd", "BIGINT"),
]

# (description, SQL returning offending rows; the first column is shown in the message)
_CHECKS = [
    (
        "duplicate keys in trade",
        """SELECT dataset || '/' || flow || '/' || code || '/' || partner || '/' || year || '-'
                  || month
           FROM trade GROUP BY dataset, flow, code, partner, year, month HAVING count(*) > 1""",
    ),
    (
        "missing values or impossible periods",
        """SELECT dataset || '/' || flow FROM trade
           WHERE value_usd IS NULL OR value_usd < 0 OR partner IS NULL OR code IS NULL
              OR month NOT BETWEEN 1 AND 12 OR year NOT BETWEEN 1990 AND 2100""",
    ),
    (
        "unknown dataset or flow",
        """SELECT dataset || '/' || flow FROM trade
           WHERE dataset NOT IN ('total', 'hs', 'hitech', 'naics')
              OR flow NOT IN ('imports', 'exports')""",
    ),
    (
        f"group {USMCA_GROUP} differs from Canada + Mexico",
        f"""WITH g AS (
              SELECT dataset, flow, code, year, month,
                sum(value_usd) FILTER (WHERE partner = '{USMCA_GROUP}') AS grp,
                coalesce(sum(value_usd) FILTER (WHERE partner IN ('{CANADA}', '{MEXICO}')), 0)
                  AS members
              FROM trade GROUP BY ALL)
            SELECT dataset || '/' || flow || '/' || code || '/' || year || '-' || month
            FROM g WHERE grp IS NOT NULL AND abs(grp - members) > 1""",
    ),
    (
        "HS chapters do not add up to the partner's total",
        """WITH ch AS (
              SELECT flow, partner, year, month, sum(value_usd) AS chapters
              FROM trade WHERE dataset = 'hs' GROUP BY ALL),
            tot AS (SELECT flow, partner, year, month, value_usd AS total
                    FROM trade WHERE dataset = 'total')
            SELECT ch.flow || '/' || ch.partner || '/' || ch.year || '-' || ch.month
            FROM ch JOIN tot USING (flow, partner, year, month)
            WHERE abs(chapters - total) > 0.001 * total + 1""",
    ),
    (
        "partner codes without a reference row",
        "SELECT DISTINCT partner FROM trade WHERE partner NOT IN (SELECT code FROM partners)",
    ),
    (
        "HS chapters without a reference row",
        """SELECT DISTINCT code FROM trade WHERE dataset = 'hs'
           AND code NOT IN (SELECT code FROM products WHERE dataset = 'hs')""",
    ),
]


def check(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Return a list of problems (empty when the snapshot is valid)."""
    problems = []
    schema = [(r[0], r[1]) for r in con.execute("DESCRIBE trade").fetchall()]
    if schema != EXPECTED_TRADE_SCHEMA:
        problems.append(f"trade schema is {schema}, expected {EXPECTED_TRADE_SCHEMA}")
        return problems
    if con.execute("SELECT count(*) FROM trade WHERE dataset = 'total'").fetchone()[0] == 0:
        problems.append("no total trade rows")
    for description, sql in _CHECKS:
        bad = con.execute(sql + " LIMIT 3").fetchall()
        if bad:
            problems.append(f"{description} (e.g. {', '.join(str(b[0]) for b in bad)})")
    return problems
