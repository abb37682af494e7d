#!/bin/sh
# Debian packages the Python install needs before pip runs: pycairo (behind rlPyCairo, which
# draws the reports' charts as PNG for the Word documents) is built from source on Linux and
# needs cairo's headers, pkg-config and a C compiler. Installed here when this user may
# (root, or sudo without a password); otherwise the one command to run is printed.
set -u
missing=""
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
pkg-config --exists cairo 2>/dev/null || missing="$missing libcairo2-dev"
command -v cc >/dev/null 2>&1 || missing="$missing gcc"
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    run=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run="sudo"
  else
    echo "sp_collect needs these system packages before it installs:$missing"
    echo "run:  sudo apt-get install -y$missing   then run make again"
    exit 1
  fi
  echo "Installing the system packages the reports' charts need:$missing"
  $run apt-get update -qq && $run apt-get install -y -qq $missing >/dev/null && exit 0
  echo "could not install$missing; run: sudo apt-get install -y$missing"
  exit 1
fi
echo "sp_collect needs cairo's development files, pkg-config and a C compiler (missing:$missing);"
echo "install them with your system's package manager, then run make again"
exit 1
