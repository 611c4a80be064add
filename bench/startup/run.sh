#!/usr/bin/env bash
# Start-up of the product from its jar on the embedded default (new ./data, demo data loaded): the time
# from `java` to the first 200 of the top page and of the demo article, the CPU time the JVM used until
# then, and the heap in use after a full GC. Twice per run, so they are read side by side:
#
#   plain  java -jar webapp/target/musubi.jar
#   cds    the same jar extracted (java -Djarmode=tools -jar musubi.jar extract) and started with a
#          class-data-sharing archive made by one training start (-XX:ArchiveClassesAtExit with
#          -Dspring.context.exit=onRefresh): Spring Boot's documented CDS recipe
#
# Usage: bench/startup/run.sh            (RUNS=3 by default: each mode three times, alternating)
#        RUNS=1 JAVA_OPTS=-Xmx1g bench/startup/run.sh
# Starts only the product, on free loopback ports, in temporary directories it removes at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR="${JAR:-webapp/target/musubi.jar}"
RUNS="${RUNS:-3}"
JAVA_OPTS="${JAVA_OPTS:-}"
if [[ ! -f "$JAR" ]]; then
  echo "${JAR} がありません。./mvnw -pl webapp -am -DskipTests package で作ってください。" >&2
  exit 2
fi
JAR_PATH="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
WORK=$(mktemp -d)
PID=""
cleanup() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"; wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

echo "== machine"
echo "nproc $(nproc), $(free -g | awk '/^Mem:/ { print $2 " GiB" }'), $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== preparing the CDS variant (extract, one training start)"
java -Djarmode=tools -jar "$JAR_PATH" extract --destination "$WORK/app" >/dev/null
APP_JAR="$WORK/app/$(basename "$JAR_PATH")"
mkdir -p "$WORK/training"
# shellcheck disable=SC2086
(cd "$WORK/training" && java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$APP_JAR" --server.port=0 --server.address=127.0.0.1 >"$WORK/training.log" 2>&1) || {
  tail -20 "$WORK/training.log" >&2; echo "CDS の学習起動に失敗しました。" >&2; exit 1; }
echo "archive: $(du -m "$WORK/app.jsa" | cut -f1) MiB"

# One start: prints "<wall ms> <cpu ms> <heap MiB>".
start_once() {
  local mode=$1 dir port started wall cpu heap
  dir=$(mktemp -d "$WORK/run.XXXX")
  port=$(free_port)
  started=$(date +%s%N)
  if [[ "$mode" == "cds" ]]; then
    # shellcheck disable=SC2086
    (cd "$dir" && exec java $JAVA_OPTS -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$APP_JAR" \
        --server.port="$port" --server.address=127.0.0.1 >"$dir/log" 2>&1) &
  else
    # shellcheck disable=SC2086
    (cd "$dir" && exec java $JAVA_OPTS -jar "$JAR_PATH" --server.port="$port" --server.address=127.0.0.1 \
        >"$dir/log" 2>&1) &
  fi
  PID=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${port}/" || true)" == "200" \
        && "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
              "http://127.0.0.1:${port}/articles/website-open-member-recruitment" || true)" == "200" ]]; do
    if ! kill -0 "$PID" 2>/dev/null; then
      tail -40 "$dir/log" >&2; echo "製品が起動しませんでした。" >&2; exit 1
    fi
    sleep 0.05
  done
  wall=$(( ($(date +%s%N) - started) / 1000000 ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/${PID}/stat")
  jcmd "$PID" GC.run >/dev/null 2>&1 || true
  heap=$(jcmd "$PID" GC.heap_info 2>/dev/null | awk '/used/ { for (f = 1; f <= NF; f++) if ($f == "used") { v = $(f + 1); sub(/K,?$/, "", v); printf "%.0f", v / 1024; exit } }')
  kill "$PID"; wait "$PID" 2>/dev/null || true
  PID=""
  echo "$wall $cpu ${heap:-?}"
}

echo
echo "== java to the first 200 of / and of the demo article (new ./data each time, demo data loaded)"
printf '| %-5s | %3s | %12s | %11s | %13s | %-14s |\n' "mode" "run" "wall ms" "CPU ms" "heap MiB (GC)" "load average"
printf '|%s|%s|%s|%s|%s|%s|\n' "-------" "-----" "--------------" "-------------" "---------------" "----------------"
for run in $(seq 1 "$RUNS"); do
  for mode in plain cds; do
    read -r wall cpu heap <<<"$(start_once "$mode")"
    printf '| %-5s | %3s | %12s | %11s | %13s | %-14s |\n' "$mode" "$run" "$wall" "$cpu" "$heap" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
