"""Fixtures for the sync tests: identities and external programs."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

from sp_collect.sync.identity import Identity


@pytest.fixture(scope="session")
def field() -> Identity:
    return Identity.generate("Field Officer A", "field")


@pytest.fixture(scope="session")
def coord() -> Identity:
    return Identity.generate("Study Coordinator", "coordinator")


@pytest.fixture(scope="session")
def stranger() -> Identity:
    return Identity.generate("Someone Else", "field")


@pytest.fixture
def require_program() -> Callable[[str], None]:
    def skip_without(program: str) -> None:
        if shutil.which(program) is None:
            pytest.skip(f"the {program!r} program is not installed (apt-get install {program})")

    return skip_without


# --- stores (the merge tests) -----------------------------------------------------------------

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    import pg_fixture

    reason = pg_fixture.unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    with pg_fixture.running_cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def coord_store(request, tmp_path, coord, field):  # type: ignore[no-untyped-def]
    """A coordinator workspace (both back ends) with the test form installed and field trusted."""
    from sync_kit import FORM, install_form

    from sp_collect.storage import Store

    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_cluster").create_database()
    store, _code = Store.create(
        tmp_path / "coord", PASSPHRASE, name=coord.name, role="coordinator", database_url=url
    )
    install_form(store, FORM)
    store.contacts.trust(field.card.to_dict())
    yield store
    store.close()
