#!/usr/bin/env bash
# Runs the whole PartnershipBoard test suite: Core, Data, web and browser tests on SQLite (the embedded default),
# then every Data and web test again on PostgreSQL, plus the scale-out tests (two app servers, one PostgreSQL, one
# Redis). On a fresh Debian machine it first installs what the tests need (Chromium, fonts, Node.js/npm, PostgreSQL,
# Redis); npm packages are installed by the build itself (npm ci in Board.Web). It starts a throwaway PostgreSQL and
# Redis on loopback (scripts/test-engines.sh) and stops them whatever happens.
# Ends with one line: "N passed, N failed, N skipped", added up from both runs' test results files.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/prerequisites.sh

export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
results="$PWD/TestResults"
rm -rf "$results"

dotnet build PartnershipBoard.sln -c Release -nologo -clp:ErrorsOnly

eval "$(./scripts/test-engines.sh start)"
trap './scripts/test-engines.sh stop "$BOARD_TEST_ENGINES"' EXIT

status=0
echo "== Every test on SQLite, and the scale-out tests"
BOARD_TEST_PROVIDER=Sqlite dotnet test PartnershipBoard.sln -c Release --no-build -nologo \
  --logger "trx;LogFileName=sqlite.trx" --results-directory "$results" || status=$?
echo "== The Data and web tests on PostgreSQL"
BOARD_TEST_PROVIDER=PostgreSql dotnet test PartnershipBoard.sln -c Release --no-build -nologo \
  --filter "(FullyQualifiedName~Board.Tests.Data|FullyQualifiedName~Board.Tests.Web)&TestCategory!=SqliteOnly&TestCategory!=ScaleOut" \
  --logger "trx;LogFileName=postgresql.trx" --results-directory "$results" || status=$?

passed=0; failed=0; skipped=0; executed_all=0
for trx in "$results/sqlite.trx" "$results/postgresql.trx"; do
  if [ ! -f "$trx" ]; then
    echo "0 passed, 0 failed (no test results were written to $(basename "$trx"))"
    exit 1
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(count total); executed=$(count executed)
  passed=$(( passed + $(count passed) )); failed=$(( failed + $(count failed) ))
  skipped=$(( skipped + total - executed )); executed_all=$(( executed_all + executed ))
  echo "$(basename "$trx" .trx): $(count passed) passed, $(count failed) failed, $(( total - executed )) skipped"
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$executed_all" = 0 ]; then exit 1; fi
exit $status
