#!/usr/bin/env bash
# Installs, with Debian 12's apt-get, every package Kernwijzer needs to build, run and test.
# Idempotent: only missing packages are installed. Needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins libgl-dev
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
  qml6-module-qtqml-workerscript qml6-module-qtcharts qml6-module-qttest
  qml6-module-qtquick-dialogs qml6-module-qtcore qml6-module-qt-labs-settings
  qml6-module-qtqml-models
  libsqlite3-dev sqlite3 protobuf-compiler libprotobuf-dev libsodium-dev
  fonts-dejavu-core xvfb xauth poppler-utils
  clang-14 libclang-rt-14-dev clang-format-14
  # The device secret in the system's keychain: QtKeychain, and libsecret, which QtKeychain loads
  # at run time to reach the Secret Service (without it, no keychain on GNOME and the like).
  qtkeychain-qt6-dev libqt6keychain1 libsecret-1-0
  # tests/e2e/cli/tst_cli_keychain: a real Secret Service on a private session D-Bus.
  gnome-keyring dbus-daemon
  # tests/e2e/attacks: craft.py signs and parses exchange files as an attacker would.
  python3 python3-nacl python3-protobuf
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
