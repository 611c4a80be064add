#!/usr/bin/env bash
# Access-log recording's cost on a page view (issue 15): public pages through the application's filters with the
# statistics filter and without it (as with musubi.sitestats.enabled=false), in one JVM and one run, interleaved. Prints mean,
# p50, p95 and p99 of both and the load average. ROUNDS and REQUESTS (per round and side) are optional.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -B -o -q -pl webapp -am test -Dtest=SiteStatsCostBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmusubi.bench=true -Dmusubi.bench.rounds="${ROUNDS:-20}" -Dmusubi.bench.requests="${REQUESTS:-300}" \
  -Dsurefire.useFile=false
