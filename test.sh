#!/usr/bin/env bash
# Runs the whole PartnershipBoard test suite: Core, Data, web and browser tests.
# On a fresh Debian machine it first installs what the tests need (Chromium, fonts, Node.js/npm);
# npm packages are installed by the build itself (npm ci in Board.Web).
# Ends with one line: "N passed, N failed, N skipped", read from the test results file.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/prerequisites.sh

export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
results="$PWD/TestResults"
rm -rf "$results"

dotnet build PartnershipBoard.sln -c Release -nologo -clp:ErrorsOnly
status=0
dotnet test PartnershipBoard.sln -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?

trx="$results/results.trx"
if [ ! -f "$trx" ]; then
  echo "0 passed, 0 failed (no test results were written)"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
total=$(count total); executed=$(count executed); passed=$(count passed); failed=$(count failed)
skipped=$(( total - executed ))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "${executed:-0}" = 0 ]; then exit 1; fi
exit $status
