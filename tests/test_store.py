from __future__ import annotations

import duckdb
import pytest

from assistant.store import DataMissing, Store


def test_write_attempts_fail(store):
    for sql in (
        "CREATE TABLE x (a INT)",
        "DELETE FROM trade",
        "INSERT INTO partners VALUES ('9', 'x', 'x', 'x', NULL, 'x')",
    ):
        with pytest.raises(duckdb.Error):
            store.run(sql)
    assert store.run("SELECT count(*) FROM trade").rows[0][0] == 358271


def test_parameters_are_bound_not_formatted(store):
    hostile = "2010' OR '1'='1"
    res = store.run("SELECT count(*) FROM trade WHERE partner = $p", {"p": hostile})
    assert res.rows[0][0] == 0
    res = store.run("SELECT count(*) FROM trade WHERE partner = $p", {"p": "2010"})
    assert res.rows[0][0] > 0


def test_records_and_columns(store):
    res = store.run("SELECT code, name_en FROM partners WHERE code = $c", {"c": "1220"})
    assert res.columns == ("code", "name_en")
    assert res.records() == [{"code": "1220", "name_en": "Canada"}]


def test_missing_data_is_a_clear_error(tmp_path):
    with pytest.raises(DataMissing, match="git checkout -- data/") as caught:
        Store(tmp_path)
    assert str(tmp_path) not in str(caught.value)  # no file paths in front of users
    # str(e) is for whoever runs the service; users read plain words in their language
    assert caught.value.user_message("en").startswith("The trade data is not available")
    assert caught.value.user_message("es").startswith("Los datos de comercio no están disponibles")
    for lang in ("en", "es"):
        assert "`" not in caught.value.user_message(lang) and "data/" not in caught.value.user_message(lang)


def test_a_user_asking_without_data_reads_their_language(tmp_path, monkeypatch):
    from assistant import service

    def no_data():
        raise DataMissing("The data file is missing.")

    monkeypatch.setattr(service, "default_assistant", no_data)
    a = service.ask("¿cuánto importó EE.UU. de México en 2024?", lang="es")
    assert a.status == "unsupported" and a.text.startswith("Los datos de comercio no están disponibles")


def test_the_store_opens_the_snapshot_the_pointer_names(store):
    assert store.version == (store.root / "CURRENT").read_text().strip()
    assert store.directory == store.root / "snapshots" / store.version


def test_vintage_names_the_bundled_extract_in_both_languages(store):
    assert "June 2025 annual revision" in store.vintage()
    assert "revisión anual de junio de 2025" in store.vintage("es")
