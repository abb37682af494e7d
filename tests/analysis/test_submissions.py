"""Several submissions of one institution: the latest counts until the coordinator chooses."""

from __future__ import annotations

from sp_collect.analysis.submissions import InstitutionKey, Submission, resolve_submissions

BLZ = InstitutionKey("BLZ", "Social Security Board")
KNA = InstitutionKey("KNA", "Social Security Board")


def sent(uuid: str, finished: str, revision: int = 1, updated: str = "2026-04-01") -> Submission:
    return Submission(uuid, "received", revision, finished, updated)


def test_same_name_in_two_countries_is_two_institutions() -> None:
    found = resolve_submissions(
        [(BLZ, sent("a", "2026-03-01")), (KNA, sent("b", "2026-03-02"))], {}
    )
    assert list(found) == [BLZ, KNA]
    assert all(not f.several and f.counted_by == "only" and f.note == "" for f in found.values())


def test_the_latest_finished_counts_and_says_so() -> None:
    # "b" was reviewed later (updated_at) but finished earlier: finishing time decides
    found = resolve_submissions(
        [
            (BLZ, sent("a", "2026-03-05T09:00:00", updated="2026-03-05")),
            (BLZ, sent("b", "2026-03-01T09:00:00", revision=3, updated="2026-04-09")),
        ],
        {},
    )[BLZ]
    assert found.counted.uuid == "a" and found.counted_by == "latest"
    assert [s.uuid for s in found.submissions] == ["a", "b"]
    assert [s.uuid for s in found.others] == ["b"]
    assert "2 submissions" in found.note and "latest (a)" in found.note


def test_the_coordinators_choice_counts() -> None:
    rows = [(BLZ, sent("a", "2026-03-05")), (BLZ, sent("b", "2026-03-01"))]
    found = resolve_submissions(rows, {BLZ: "b"})[BLZ]
    assert (found.counted.uuid, found.counted_by) == ("b", "chosen")
    assert "chose (b)" in found.note


def test_a_choice_that_is_gone_falls_back_to_the_latest() -> None:
    rows = [(BLZ, sent("a", "2026-03-05")), (BLZ, sent("b", "2026-03-01"))]
    found = resolve_submissions(rows, {BLZ: "deleted"})[BLZ]
    assert (found.counted.uuid, found.counted_by) == ("a", "latest")


def test_keys_print_and_parse_as_country_slash_code() -> None:
    assert str(BLZ) == "BLZ/Social Security Board"
    assert InstitutionKey.parse(" BLZ/Social Security Board ") == BLZ
    assert InstitutionKey.parse("BLZ_SSB") is None
    assert InstitutionKey.parse("/x") is None
