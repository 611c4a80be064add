#!/usr/bin/env bash
# Complete issue-to-matching cases per second on H2 (JMH, Throughput, one thread): the service layer
# beside the same diagram driven by the bare Flowable API, in one run. Writes bench/results/matching.json.
# About four minutes: one fork per benchmark, 6 × 10 s warm-up (the service layer warms up slowly), 5 × 10 s measurement each.
# Extra arguments go to JMH, e.g. `bench/matching/run.sh -wi 1 -i 2` for a shorter run.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Compile main and test code (the JMH annotation processor generates the harness) and write the test
# classpath of workflow; the reactor resolves the other modules from their own builds, nothing is installed.
./mvnw -B -q -pl workflow -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

root="$(pwd)"
mkdir -p bench/results
classpath="$root/workflow/target/test-classes:$root/workflow/target/classes:$(cat workflow/target/bench-classpath.txt)"
cd workflow
exec java -cp "$classpath" org.openjdk.jmh.Main 'jp.musubi.workflow.issuecase.MatchingThroughputBenchmark' \
  -rf json -rff ../bench/results/matching.json "$@"
