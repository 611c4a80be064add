#!/usr/bin/env bash
# Survey invitations benchmark: one survey to TARGETS imported organizations (default 1,500, Kumamoto's
# 機運醸成調査), invitations rendered and written to the outbox by the secretariat's send, delivered by
# the outbox sender with WORKERS threads into GreenMail on loopback. Prints the machine, its load, and
# the elapsed times; the target is 15 s for the 1,500 invitations.
set -euo pipefail
cd "$(dirname "$0")/../.."

TARGETS="${TARGETS:-1500}"
WORKERS="${WORKERS:-2}"

echo "== machine"
echo "nproc: $(nproc)"
echo "load before: $(cat /proc/loadavg)"
free -h
java -version 2>&1
echo

echo "== building and running (webapp test sources, reactor build, nothing installed)"
log="$(mktemp)"
rm -f webapp/target/survey-bench.txt
if ! ./mvnw -B -q -pl webapp -am test \
    -Dtest=SurveyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmusubi.bench=true -Dmusubi.bench.targets="$TARGETS" -Dmusubi.bench.workers="$WORKERS" "$@" >"$log" 2>&1; then
  tail -80 "$log"
  echo "benchmark failed (full log: $log)" >&2
  exit 1
fi
rm -f "$log"
echo
echo "== result"
cat webapp/target/survey-bench.txt
echo "load after: $(cat /proc/loadavg)"
