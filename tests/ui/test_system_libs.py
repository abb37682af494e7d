"""The first-run check of Qt's X11 libraries: what ldd reports missing, and what is said."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from sp_collect.ui import system_libs

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f45)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibweird.so.9 => not found
"""


def fake_ldd(output: str):
    def run(cmd, **_kwargs):
        assert cmd[0] == "ldd"
        return subprocess.CompletedProcess(cmd, 0, stdout=output, stderr="")

    return run


def test_missing_libraries_are_named_by_their_debian_package(monkeypatch) -> None:
    monkeypatch.setattr(system_libs.subprocess, "run", fake_ldd(LDD))
    missing = system_libs.missing_libraries([Path("a.so"), Path("b.so")])
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libweird.so.9"]
    packages = system_libs.packages_for(missing)
    assert packages == ["libweird.so.9", "libxcb-icccm4", "libxcb-keysyms1"]


def test_the_plugin_of_this_venv_is_found() -> None:
    qt = system_libs.qt_dir()
    assert qt is not None
    names = [path.name for path in system_libs.xcb_binaries(qt)]
    assert "libqxcb.so" in names


def test_without_permission_the_one_command_is_printed_and_start_stops(monkeypatch) -> None:
    monkeypatch.setattr(system_libs, "missing_packages", lambda: ["libxcb-icccm4"])
    monkeypatch.setattr(system_libs, "can_install", lambda: None)
    out = io.StringIO()
    assert system_libs.ensure(install=True, out=out) == 1
    assert "sudo apt-get install -y libxcb-icccm4" in out.getvalue()


def test_with_permission_it_says_what_it_installs(monkeypatch) -> None:
    state = {"missing": ["libxcb-icccm4", "libxcb-keysyms1"]}
    calls: list[list[str]] = []

    def run(cmd, **_kwargs):
        calls.append(cmd)
        if "install" in cmd:
            state["missing"] = []
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(system_libs, "missing_packages", lambda: state["missing"])
    monkeypatch.setattr(system_libs, "can_install", lambda: [])
    monkeypatch.setattr(system_libs.subprocess, "run", run)
    out = io.StringIO()
    assert system_libs.ensure(install=True, out=out) == 0
    assert calls[-1][:3] == ["apt-get", "install", "-y"]
    assert calls[-1][-2:] == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert "Installing the system libraries Qt needs: libxcb-icccm4, libxcb-keysyms1" in (
        out.getvalue()
    )


@pytest.mark.parametrize(
    ("env", "expected"),
    [({"QT_QPA_PLATFORM": "offscreen"}, False), ({"QT_QPA_PLATFORM": "xcb"}, True)],
)
def test_only_an_x11_start_is_checked(monkeypatch, env, expected) -> None:
    monkeypatch.setattr(system_libs.sys, "platform", "linux")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert system_libs.needs_check() is expected


def test_the_install_guide_and_readme_name_every_package() -> None:
    root = Path(__file__).resolve().parents[2]
    for doc in ("docs/install.md", "README.md"):
        text = (root / doc).read_text(encoding="utf-8")
        absent = [p for p in system_libs.PACKAGES.values() if p not in text]
        assert not absent, f"{doc} does not name {absent}"
