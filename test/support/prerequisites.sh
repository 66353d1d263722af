#!/usr/bin/env bash
# What `npm test` needs beyond npm packages, installed when missing (the first step of `npm test`):
#   redis-server  the shared-cache and replica tests start Debian's redis-server on a loopback port
#                 (test/support/redis-server.ts);
#   chromium      the playground's browser test (test/e2e/) drives Debian's Chromium through playwright-core
#                 (never a downloaded browser); CHROMIUM_PATH names another executable instead.
# When both are there it does nothing. Otherwise it installs the missing ones with apt-get (through sudo when not
# root); when it cannot, it says what to install and exits 1.
set -euo pipefail

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ ! -x "$CHROMIUM_PATH" ]; then
    echo "npm test: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable; unset it to install Debian's chromium" >&2
    exit 1
  fi
else
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi

cannot() {
  echo "npm test needs ${need[*]} (Debian packages), and $1." >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install -y ${need[*]}), or for Chromium elsewhere set CHROMIUM_PATH, then run npm test again." >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || cannot "this machine has no apt-get to install them with"
if [ "$(id -u)" -eq 0 ]; then
  apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
elif command -v sudo >/dev/null 2>&1; then
  apt=(sudo env DEBIAN_FRONTEND=noninteractive apt-get)
else
  cannot "installing them needs root or sudo (this user is neither)"
fi

echo "npm test: installing ${need[*]} with apt-get (${apt[0]} ...)" >&2
"${apt[@]}" update -qq || cannot "apt-get update failed"
"${apt[@]}" install -y -qq "${need[@]}" || cannot "apt-get install failed"

for binary in "${need[@]}"; do
  command -v "$binary" >/dev/null 2>&1 || cannot "apt-get installed no $binary on the PATH"
done
