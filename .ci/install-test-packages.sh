#!/usr/bin/env bash
# Installs the Debian packages Vaksam's tests need, when they are missing: headless Chromium and
# its driver for the browser tests, fonts for the PDF reports, poppler-utils (pdftoppm, pdftotext)
# and LibreOffice Writer for checking the produced documents. Runs in `./mvnw verify` (phase
# validate) and from .ci/run. A fast no-op when everything is installed; elsewhere it says what it
# installs and uses apt-get as root or through sudo. Set VAKSAM_SKIP_PACKAGES=1 to skip it.
set -euo pipefail

PACKAGES=(chromium chromium-driver fonts-dejavu-core fonts-liberation poppler-utils libreoffice-writer-nogui)

if [ "${VAKSAM_SKIP_PACKAGES:-}" = "1" ]; then
  echo "Test packages: skipped (VAKSAM_SKIP_PACKAGES=1)"
  exit 0
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Test packages: not a Debian system; install by hand if missing: ${PACKAGES[*]}"
  exit 0
fi

missing=()
for package in "${PACKAGES[@]}"; do
  installed "$package" || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "Test packages: already installed (${PACKAGES[*]})"
  exit 0
fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "Test packages missing (${missing[*]}) and neither root nor sudo: install them by hand" >&2
    exit 1
  fi
}

echo "Test packages: installing ${missing[*]} with apt-get"
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
echo "Test packages: installed ${missing[*]}"
