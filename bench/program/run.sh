#!/usr/bin/env bash
# The programme dashboard (/admin/program) and the monthly PDF report with a year of data: 1,000
# members, 200 published issues, 2,000 proposals, selection meetings, 300 articles, 30 newsletters
# and 20 events, in in-memory H2 with Tochigi's FY2026 targets (program-tochigi.yml beside this file).
# Prints p50/p95/max of GET /admin/program (through the security filter chain and the page template)
# and of five monthly PDF reports. Arguments: warm-up requests, measured requests (default 30 100).
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -q -o -pl workflow -am test-compile dependency:build-classpath -Dexec.skip=true \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

root="$(pwd)"
classpath="$root/workflow/target/test-classes:$root/workflow/target/classes:$(cat workflow/target/bench-classpath.txt)"
cd workflow
exec java -Xmx1g -cp "$classpath" jp.musubi.workflow.program.ProgramDashboardBenchmark "$@"
