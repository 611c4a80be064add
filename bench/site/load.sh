#!/usr/bin/env bash
# Every web target of Musubi in one run, each beside nginx serving the very same bytes, with the ratio
# printed: the public pages (top, article, issue, seed, member, event, fixed page, the list pages, both
# feeds, the sitemap) and the delivery API (a list and a single item). wrk, 2 threads, 50 connections,
# loopback only.
#
# By default it also starts the product itself from the jar, in a temporary directory (so the embedded
# H2 under ./data is new and the demo data loads, as on a first `java -jar`), and measures the time from
# `java -jar` to the first 200 of the top page, then the heap in use after a full GC. With PORT set, it
# uses a product already running there instead and measures no start-up.
#
# Usage: bench/site/load.sh                              (jar webapp/target/musubi.jar, 10 s per target)
#        DURATION=15s WARMUP=10s bench/site/load.sh
#        PORT=9090 bench/site/load.sh                    (a product already started on port 9090)
# Starts nothing but that product (JAR mode) and a temporary nginx (own config, own free port); stops
# both on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-10s}"
JAR="${JAR:-webapp/target/musubi.jar}"
NGINX="${NGINX:-/usr/sbin/nginx}"
JAVA_OPTS="${JAVA_OPTS:-}"
CONNECTIONS="${CONNECTIONS:-50}"

for tool in wrk curl python3 java; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "${tool} が見つかりません。Debian では apt-get install wrk nginx-light curl python3 で入ります。" >&2
    exit 2
  fi
done
if [[ ! -x "$NGINX" ]]; then
  echo "nginx が ${NGINX} にありません。apt-get install nginx-light で入ります（別の場所なら NGINX=...）。" >&2
  exit 2
fi

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

WORK=$(mktemp -d)
chmod 755 "$WORK"
NGINX_PID=""
PRODUCT_PID=""
cleanup() {
  for pid in "$NGINX_PID" "$PRODUCT_PID"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== machine"
echo "nproc $(nproc), $(free -g | awk '/^Mem:/ { print $2 " GiB" }'), $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

STARTUP=""
HEAP=""
if [[ -z "${PORT:-}" ]]; then
  if [[ ! -f "$JAR" ]]; then
    echo "${JAR} がありません。./mvnw -pl webapp -am -DskipTests package で作ってください。" >&2
    exit 2
  fi
  PORT=$(free_port)
  JAR_PATH="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
  mkdir -p "$WORK/product"
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$WORK/product" && exec java $JAVA_OPTS -jar "$JAR_PATH" --server.port="$PORT" --server.address=127.0.0.1 \
      >"$WORK/product.log" 2>&1) &
  PRODUCT_PID=$!
  # The first page a visitor can read: the top page and the demo article (the demo data loads after
  # Tomcat accepts connections, so / alone can answer before there is anything to show).
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${PORT}/" || true)" == "200" \
        && "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
              "http://127.0.0.1:${PORT}/articles/website-open-member-recruitment" || true)" == "200" ]]; do
    if ! kill -0 "$PRODUCT_PID" 2>/dev/null; then
      tail -40 "$WORK/product.log" >&2
      echo "製品が起動しませんでした。" >&2
      exit 1
    fi
    sleep 0.05
  done
  STARTUP=$(( ($(date +%s%N) - started) / 1000000 ))
  # CPU time the product used until then (user + system, all threads): on a shared machine the wall
  # time mostly measures the other processes, the CPU time what start-up itself costs.
  CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/${PRODUCT_PID}/stat")
  echo "start-up, java -jar to the first 200 of / and of the demo article: ${STARTUP} ms wall, ${CPU_MS} ms CPU (new ./data, demo data loaded)"
fi
BASE="http://127.0.0.1:${PORT}"

# name | path on the product | content type nginx sends
TARGETS=(
  "top page|/|text/html"
  "article page|/articles/website-open-member-recruitment|text/html"
  "issue page|/issues/nasushiobara-water-pipe-aging|text/html"
  "seed page|/seeds/lpwa-water-level-sensor|text/html"
  "member page|/members/nasuno-denshi|text/html"
  "event page|/events/idea-workshop-2026|text/html"
  "fixed page|/pages/terms|text/html"
  "article list|/articles|text/html"
  "issue list|/issues|text/html"
  "seed list|/seeds|text/html"
  "member list|/members|text/html"
  "event list|/events|text/html"
  "Atom feed|/articles/feed.atom|application/atom+xml"
  "RSS feed|/articles/feed.rss|application/rss+xml"
  "sitemap|/sitemap.xml|application/xml"
  "delivery list|/.rest/delivery/articles?limit=10|application/json"
  "delivery item|/.rest/delivery/articles/website-open-member-recruitment|application/json"
)

# The same bytes the product serves, saved once; a target that is not 200 measures nothing.
mkdir -p "$WORK/html" "$WORK/logs" "$WORK/tmp"
LOCATIONS=""
i=0
for target in "${TARGETS[@]}"; do
  IFS='|' read -r label path type <<<"$target"
  status=$(curl -s -o "$WORK/html/t$i" -w '%{http_code}' --max-time 10 "${BASE}${path}" || true)
  if [[ "$status" != "200" ]]; then
    echo "${BASE}${path} が 200 を返しません（HTTP ${status:-接続不可}）。" >&2
    exit 1
  fi
  LOCATIONS+="    location = /t$i { default_type \"$type\"; charset utf-8; }"$'\n'
  i=$((i + 1))
done
chmod -R a+rX "$WORK/html"

NGINX_PORT=$(free_port)
cat > "$WORK/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid ${WORK}/nginx.pid;
error_log ${WORK}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${WORK}/tmp;
  proxy_temp_path ${WORK}/tmp;
  fastcgi_temp_path ${WORK}/tmp;
  uwsgi_temp_path ${WORK}/tmp;
  scgi_temp_path ${WORK}/tmp;
  types { }
  sendfile on;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${WORK}/html;
${LOCATIONS}
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/logs/error.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do
  curl -s -o /dev/null --max-time 1 "http://127.0.0.1:${NGINX_PORT}/t0" && break
  sleep 0.1
done

# wrk's figures: requests/s, p99 in ms, and the count of non-2xx/3xx answers.
measure() {
  local url=$1 report rps p99 errors
  report=$(wrk --threads 2 --connections "$CONNECTIONS" --duration "$DURATION" --timeout 5s --latency "$url")
  rps=$(awk '$1 == "Requests/sec:" { printf "%d", $2 }' <<<"$report")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
             else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 } printf "%.1f", v; exit }' <<<"$report")
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$report")
  echo "${rps:-0} ${p99:-?} ${errors:-0}"
}

# A just-started JVM compiles its hot code during the first seconds: every product target warmed up, unreported.
for target in "${TARGETS[@]}"; do
  IFS='|' read -r label path type <<<"$target"
  wrk --threads 2 --connections "$CONNECTIONS" --duration "$WARMUP" --timeout 5s "${BASE}${path}" >/dev/null
done

echo
echo "== wrk --threads 2 --connections ${CONNECTIONS} --duration ${DURATION} per target, loopback (warm-up ${WARMUP} per target)"
printf '| %-14s | %12s | %9s | %12s | %9s | %6s |\n' "target" "Musubi req/s" "p99 ms" "nginx req/s" "p99 ms" "ratio"
printf '|%s|%s|%s|%s|%s|%s|\n' "----------------" "--------------" "-----------" "--------------" "-----------" "--------"
i=0
for target in "${TARGETS[@]}"; do
  IFS='|' read -r label path type <<<"$target"
  read -r m_rps m_p99 m_err <<<"$(measure "${BASE}${path}")"
  read -r n_rps n_p99 n_err <<<"$(measure "http://127.0.0.1:${NGINX_PORT}/t$i")"
  ratio=$(awk -v m="$m_rps" -v n="$n_rps" 'BEGIN { if (n > 0) printf "%.2f", m / n; else print "?" }')
  warn=""
  [[ "$m_err" != "0" ]] && warn="  (Musubi: ${m_err} non-2xx)"
  printf '| %-14s | %12s | %9s | %12s | %9s | %5s× |%s\n' "$label" "$m_rps" "$m_p99" "$n_rps" "$n_p99" "$ratio" "$warn"
  i=$((i + 1))
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ -n "$PRODUCT_PID" ]] && command -v jcmd >/dev/null 2>&1; then
  jcmd "$PRODUCT_PID" GC.run >/dev/null 2>&1 || true
  HEAP=$(jcmd "$PRODUCT_PID" GC.heap_info 2>/dev/null | awk '/used/ { for (f = 1; f <= NF; f++) if ($f == "used") { v = $(f + 1); sub(/K,?$/, "", v); printf "%.0f MiB", v / 1024; exit } }')
  echo "heap in use after a full GC (jcmd GC.run, GC.heap_info): ${HEAP:-?}"
  echo "start-up: ${STARTUP} ms wall, ${CPU_MS} ms CPU"
fi
