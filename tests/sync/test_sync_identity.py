"""Identities and contact cards: key round trips, fingerprints, and strict card validation."""

from __future__ import annotations

import json
import re

import pytest

from sp_collect.errors import BundleError
from sp_collect.sync.identity import ContactCard, Identity


def test_secrets_round_trip_to_the_same_identity(field):
    again = Identity.from_secrets(field.name, field.role, field.secrets())
    assert again.card == field.card
    assert str(again.age_identity) == str(field.age_identity)


def test_damaged_secrets_are_refused(field):
    secrets = {**field.secrets(), "ed25519": b"short"}
    with pytest.raises(BundleError) as caught:
        Identity.from_secrets(field.name, field.role, secrets)
    assert caught.value.code == "identity_damaged"


def test_card_carries_both_public_keys_and_a_readable_fingerprint(field):
    card = field.card
    assert card.age_recipient == str(field.recipient)
    assert card.age_recipient.startswith("age1")
    assert card.public_key == field.public_key
    assert card.key_id == field.key_id.hex()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4}){5}", card.fingerprint)


def test_cards_of_different_identities_differ(field, coord):
    assert field.card.fingerprint != coord.card.fingerprint


def test_card_json_round_trip(field):
    assert ContactCard.from_json(field.card.to_json()) == field.card


def _tampered(card: ContactCard, **changes: object) -> str:
    data = card.to_dict()
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""},
        {"name": "line\nbreak"},
        {"role": "admin"},
        {"age_recipient": "age1notakey"},
        {"minisign_public": "RWQ="},
        {"key_id": "00" * 8},
        {"fingerprint": "AAAA AAAA AAAA AAAA AAAA AAAA"},
        {"version": 2},
        {"type": "something-else"},
        {"extra": "field"},
        {"name": 42},
    ],
    ids=lambda changes: next(iter(changes)),
)
def test_tampered_cards_are_refused(field, changes):
    with pytest.raises(BundleError) as caught:
        ContactCard.from_json(_tampered(field.card, **changes))
    assert caught.value.code == "card_invalid"


def test_a_card_with_someone_elses_signing_key_is_refused(field, stranger):
    text = _tampered(field.card, minisign_public=stranger.card.minisign_public)
    with pytest.raises(BundleError) as caught:
        ContactCard.from_json(text)
    assert caught.value.code == "card_invalid"


@pytest.mark.parametrize("text", ["not json", "[]", "{}"])
def test_cards_that_are_not_cards_are_refused(text):
    with pytest.raises(BundleError) as caught:
        ContactCard.from_json(text)
    assert caught.value.code == "card_invalid"
