#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are not installed yet, and nothing
# else: packages already installed are left at their version (no upgrade of them or of anything
# unrelated), and apt-get is not run at all when nothing is missing. Used by .ci/run.
# Usage: scripts/apt-ensure.sh PACKAGE...
set -euo pipefail

missing=()
for pkg in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "[apt-ensure] Debian packages present: $*"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo -n); fi
echo "[apt-ensure] installing missing Debian packages: ${missing[*]}"
"${SUDO[@]}" apt-get update
# --no-upgrade: a listed package that is installed meanwhile is not upgraded; only what a missing
# package itself requires is touched.
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends --no-upgrade "${missing[@]}" </dev/null
