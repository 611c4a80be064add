#!/usr/bin/env bash
# Member newsletter benchmark: one newsletter to MEMBERS generated members (default 10,000), composed
# and enqueued by the application's beans, delivered by the outbox sender with WORKERS threads into
# GreenMail on loopback. Prints the machine, then elapsed times and messages per second.
set -euo pipefail
cd "$(dirname "$0")/../.."

MEMBERS="${MEMBERS:-10000}"
WORKERS="${WORKERS:-2}"

echo "== machine"
echo "nproc: $(nproc)"
free -h
java -version 2>&1
echo

echo "== building and running (cms-module test sources, reactor build, nothing installed)"
log="$(mktemp)"
rm -f cms-module/target/newsletter-bench.txt
if ! ./mvnw -B -q -pl cms-module -am test \
    -Dtest=NewsletterBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmusubi.bench=true -Dmusubi.bench.members="$MEMBERS" -Dmusubi.bench.workers="$WORKERS" "$@" >"$log" 2>&1; then
  tail -80 "$log"
  echo "benchmark failed (full log: $log)" >&2
  exit 1
fi
rm -f "$log"
echo
echo "== result"
cat cms-module/target/newsletter-bench.txt
