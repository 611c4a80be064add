#!/usr/bin/env bash
# Search latency benchmark (JMH, SampleTime): 20,000 generated Japanese seeds, a mix of typical queries.
# Prints JMH's percentiles (p0.95 is the figure to watch) and writes bench/results/search.json.
# Takes about two minutes: one fork, 3 × 5 s warm-up, 5 × 5 s measurement, after indexing.
# Extra arguments go to JMH, e.g. `bench/search/run.sh -i 2 -wi 1` for a shorter run.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Compile main and test code (the JMH annotation processor generates the harness), and write the test
# classpath of cms-module; the reactor resolves content-types from its own build, nothing is installed.
./mvnw -B -q -pl cms-module -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

root="$(pwd)"
mkdir -p bench/results
classpath="$root/cms-module/target/test-classes:$root/cms-module/target/classes:$(cat cms-module/target/bench-classpath.txt)"
# The benchmark reads the demo content as the tests do, from ../seeds/content relative to cms-module.
cd cms-module
exec java -cp "$classpath" org.openjdk.jmh.Main 'jp.musubi.cms.search.bench.SearchLatencyBenchmark' \
  -rf json -rff ../bench/results/search.json "$@"
