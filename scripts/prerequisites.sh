#!/usr/bin/env bash
# Installs, when missing, the Debian packages the build and the tests need: Node.js and npm (front-end
# packages at build time), Chromium (browser tests), a metric-compatible Arial (so pages render the same), and nginx
# and openssl (the reverse-proxy test runs the app behind nginx with a self-signed certificate), PostgreSQL and Redis
# (the tests start throwaway servers of their own: scripts/test-engines.sh), and qpdf (the PDF conformance tests).
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# The Data and Web tests run a second time on a throwaway PostgreSQL, and the two-server tests need Redis.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
# The PDF conformance tests check every rendered document with qpdf --check (ADR-020).
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
# grep reads all of fc-list (no -q): with pipefail, -q would end the pipe early and fc-list would fail on SIGPIPE.
fc-list 2>/dev/null | grep -i "liberation" >/dev/null || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is needed: install it, then run this again." >&2; exit 1; }
