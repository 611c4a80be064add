#!/usr/bin/env bash
# Inbox list benchmark (JMH, SampleTime): the whole application on in-memory H2 with 10,000 open
# tasks, the inbox list page requested as PREF_STAFF through MockMvc (filters, controller, SQL,
# Thymeleaf; no network). Prints JMH's percentiles and writes bench/results/inbox.json.
# Takes about four minutes on 2 cores: start-up and 10,000 submitted issues, then per benchmark
# 3 × 5 s warm-up and 5 × 5 s measurement. Extra arguments go to JMH, e.g. `-p openTasks=1000`.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Compile main and test code (the JMH annotation processor generates the harness) and write the test
# classpath of the webapp; the reactor resolves the other modules from their builds, nothing is installed.
./mvnw -B -q -pl webapp -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

root="$(pwd)"
mkdir -p bench/results
classpath="$root/webapp/target/test-classes:$root/webapp/target/classes"
for module in workflow cms-module content-types; do
  classpath="$classpath:$root/$module/target/classes"
done
classpath="$classpath:$(cat webapp/target/bench-classpath.txt)"
# The demo data is read from ../seeds relative to the webapp, as in the tests.
cd webapp
exec java -cp "$classpath" org.openjdk.jmh.Main 'jp.musubi.webapp.inbox.bench.InboxListBenchmark' \
  -rf json -rff ../bench/results/inbox.json "$@"
