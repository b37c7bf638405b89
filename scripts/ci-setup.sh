#!/usr/bin/env bash
# Installs what the git-source and pre-commit tests need on a fresh Debian machine:
# git and Debian's pre-commit. Idempotent and quiet: does nothing when both are present.
set -euo pipefail

missing=()
command -v git >/dev/null 2>&1 || missing+=(git)
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ci-setup: missing ${missing[*]} and apt-get is not available; install them by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  echo "ci-setup: apt-get install ${missing[*]} failed:" >&2
  tail -n 20 "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "ci-setup: installed ${missing[*]}"
