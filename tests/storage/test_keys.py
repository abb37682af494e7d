"""Recovery codes, key wrapping and the KDF floor (pure functions, no files)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sp_collect.errors import WorkspaceError
from sp_collect.storage import keys


def test_recovery_code_is_eight_groups_of_five_and_round_trips() -> None:
    code = keys.new_recovery_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [5] * 8
    assert keys.normalize_recovery_code(code) == code.replace("-", "")


def test_recovery_code_forgives_case_spaces_and_look_alikes() -> None:
    code = keys.new_recovery_code()
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keys.normalize_recovery_code(sloppy) == code.replace("-", "")


@settings(max_examples=60)
@given(st.data())
def test_recovery_code_checksum_catches_any_single_typo(data: st.DataObject) -> None:
    code = keys.new_recovery_code().replace("-", "")
    position = data.draw(st.integers(0, len(code) - 1))
    wrong = data.draw(st.sampled_from([c for c in keys.ALPHABET if c != code[position]]))
    typo = code[:position] + wrong + code[position + 1 :]
    with pytest.raises(WorkspaceError) as caught:
        keys.normalize_recovery_code(typo)
    assert caught.value.code == "recovery_code_invalid"


def test_recovery_code_of_wrong_length_is_refused() -> None:
    with pytest.raises(WorkspaceError) as caught:
        keys.normalize_recovery_code("ABCDE-FGHJK")
    assert caught.value.code == "recovery_code_invalid"


def test_wrap_is_bound_to_its_associated_data() -> None:
    kek, key = keys.new_key(), keys.new_key()
    nonce, wrapped = keys.wrap(kek, key, b"workspace-1|passphrase")
    assert keys.unwrap(kek, nonce, wrapped, b"workspace-1|passphrase") == key
    with pytest.raises(keys.KeyUnwrapError):
        keys.unwrap(kek, nonce, wrapped, b"workspace-2|passphrase")
    with pytest.raises(keys.KeyUnwrapError):
        keys.unwrap(keys.new_key(), nonce, wrapped, b"workspace-1|passphrase")


@pytest.mark.parametrize(
    ("iterations", "memory_kib", "lanes"),
    [(2, 65536, 4), (3, 65535, 4), (3, 65536, 0), (1, 1024, 1)],
)
def test_kdf_below_the_floor_is_refused(iterations: int, memory_kib: int, lanes: int) -> None:
    params = keys.KdfParams(iterations, memory_kib, lanes, salt=b"s" * 16)
    with pytest.raises(WorkspaceError) as caught:
        keys.passphrase_key("anything", params)
    assert caught.value.code == "kdf_too_weak"


def test_sealed_secret_needs_the_same_key_and_name() -> None:
    key = keys.subkey(keys.new_key(), "secrets")
    sealed = keys.seal(key, b"private key bytes", b"name-a")
    assert keys.open_sealed(key, sealed, b"name-a") == b"private key bytes"
    assert b"private key bytes" not in sealed
    with pytest.raises(keys.KeyUnwrapError):
        keys.open_sealed(key, sealed, b"name-b")
