"""Before Qt starts on X11: are the system libraries of Qt's xcb platform plugin installed?

Qt's wheels bring Qt itself but not the X11 libraries its ``xcb`` plugin links against; on a
fresh Linux machine the app would stop with "could not load the Qt platform plugin". This
module asks the dynamic linker (``ldd``) which of them are missing, names the Debian/Ubuntu
packages that provide them and, where allowed (root, or ``sudo`` without a password), installs
them with apt-get. It imports no Qt, so it runs before Qt is loaded (``make run``, the app's
start and the frozen app alike).

Run ``python -m sp_collect.ui.system_libs`` to check (exit 1 when something is missing), with
``--install`` to install what is missing where that is possible.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

# The libraries the xcb plugin and libQt6XcbQpa link against (ldd on PySide6 6.x) and the
# Debian/Ubuntu package that provides each; see also Qt's "Qt for X11 Requirements" page.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""Every package here is what ``make run`` installs when one of its libraries is missing."""


def qt_dir() -> Path | None:
    """PySide6's ``Qt`` folder (in the venv or inside the frozen app), None without PySide6."""
    base = Path(getattr(sys, "_MEIPASS", "")) / "PySide6"
    if base.is_dir():
        return base / "Qt"
    try:
        import PySide6  # the package only: no Qt library is loaded by this import
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt"


def xcb_binaries(qt: Path) -> list[Path]:
    """The xcb platform plugin and the Qt library it is built on."""
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    return [path for path in candidates if path.is_file()]


def missing_libraries(binaries: list[Path]) -> list[str]:
    """Shared libraries the binaries need that the dynamic linker cannot find."""
    missing: list[str] = []
    for binary in binaries:
        try:
            out = subprocess.run(
                ["ldd", str(binary)], capture_output=True, text=True, check=False, timeout=30
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            return []  # no ldd (not glibc Linux): nothing can be said, let Qt try
        for line in out.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.strip() == "not found" and name not in missing:
                missing.append(name)
    return missing


def packages_for(libraries: list[str]) -> list[str]:
    """The packages to install; an unknown library is named as itself."""
    return sorted({PACKAGES.get(name, name) for name in libraries})


def install_command(packages: list[str]) -> list[str]:
    return ["sudo", "apt-get", "install", "-y", *packages]


def can_install() -> list[str] | None:
    """The command prefix that installs without asking (root, or password-less sudo)."""
    if shutil.which("apt-get") is None:
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") is None:
        return None
    probe = subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False)
    return ["sudo", "-n"] if probe.returncode == 0 else None


def needs_check() -> bool:
    """Only an X11 start loads the xcb plugin (not offscreen, Wayland or another OS)."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return not os.environ.get("WAYLAND_DISPLAY")


def missing_packages() -> list[str]:
    """Packages to install before the app can open a window here (empty: all present)."""
    qt = qt_dir()
    if qt is None or not needs_check():
        return []
    return packages_for(missing_libraries(xcb_binaries(qt)))


def advice(packages: list[str]) -> str:
    return (
        "The desktop app needs system libraries that are not installed: "
        + ", ".join(packages)
        + ".\nInstall them with this command, then start the app again:\n  "
        + " ".join(install_command(packages))
    )


def ensure(*, install: bool, out=sys.stderr) -> int:
    """Check (and, with ``install``, install where allowed); 0 when the app can start."""
    packages = missing_packages()
    if not packages:
        return 0
    prefix = can_install() if install else None
    if prefix is None:
        print(advice(packages), file=out)
        return 1
    print("Installing the system libraries Qt needs: " + ", ".join(packages), file=out)
    apt = [*prefix, "apt-get"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*apt, "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL)
    done = subprocess.run(
        [*apt, "install", "-y", "-qq", *packages], check=False, env=env, stdout=subprocess.DEVNULL
    )
    still = missing_packages()
    if done.returncode != 0 or still:
        print(advice(still or packages), file=out)
        return 1
    print("Installed: " + ", ".join(packages), file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--install", action="store_true", help="install missing packages where allowed"
    )
    args = parser.parse_args(argv)
    return ensure(install=args.install)


if __name__ == "__main__":
    sys.exit(main())
