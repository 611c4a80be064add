#!/usr/bin/env bash
# The delivery API list and the top page, each served three ways side by side in one run: by Musubi (its
# published-response cache), by a bare embedded Tomcat writing the same bytes from memory (TomcatBaseline.java,
# the same tomcat-embed-core the product ships, no Spring, no filters) and by nginx from a file. It shows how
# much of the gap to nginx is Tomcat's own and how much is the product's filters in front of the cache.
#
# Usage: bench/site/baseline/run.sh            (jar webapp/target/musubi.jar, 10 s per target after 5 s warm-up)
set -euo pipefail
cd "$(dirname "$0")/../../.."
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
JAR="${JAR:-webapp/target/musubi.jar}"
NGINX="${NGINX:-/usr/sbin/nginx}"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
WORK=$(mktemp -d); chmod 755 "$WORK"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
JAR_PATH="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
echo "nproc $(nproc), $(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

P_MUSUBI=$(free_port); mkdir -p "$WORK/product"
(cd "$WORK/product" && exec java -jar "$JAR_PATH" --server.port="$P_MUSUBI" --server.address=127.0.0.1 >"$WORK/product.log" 2>&1) &
PIDS+=($!)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${P_MUSUBI}/articles/website-open-member-recruitment" || true)" == "200" ]]; do sleep 0.5; done

TARGETS=("delivery list|/.rest/delivery/articles?limit=10|application/json" "top page|/|text/html;charset=UTF-8")
mkdir -p "$WORK/www"
for t in "${TARGETS[@]}"; do IFS='|' read -r name path type <<<"$t"; curl -s -o "$WORK/www/$(echo "$name" | tr ' ' _)" "http://127.0.0.1:${P_MUSUBI}${path}"; done

(cd "$WORK" && unzip -q "$JAR_PATH" 'BOOT-INF/lib/tomcat-embed-core-*')
TOMCAT_JAR=$(ls "$WORK"/BOOT-INF/lib/tomcat-embed-core-*.jar)

P_NGINX=$(free_port)
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; sendfile on; default_type application/octet-stream;
  server { listen 127.0.0.1:${P_NGINX}; root $WORK/www; location / { } } }
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" & PIDS+=($!)

wrk_row() {
  local url=$1
  wrk -t2 -c50 -d"$WARMUP" "$url" >/dev/null
  wrk -t2 -c50 -d"$DURATION" --latency "$url" | awk '/Requests\/sec/ {r=$2} /^ +99%/ {p=$2} END {print r, p}'
}
echo "| target | Musubi req/s | p99 | bare Tomcat req/s | p99 | nginx req/s | p99 | Musubi ÷ Tomcat | Tomcat ÷ nginx | Musubi ÷ nginx |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name path type <<<"$t"; file=$(echo "$name" | tr ' ' _)
  P_TOMCAT=$(free_port)
  java -cp "$TOMCAT_JAR" bench/site/baseline/TomcatBaseline.java "$P_TOMCAT" "$WORK/www/$file" "$type" >"$WORK/tomcat.log" 2>&1 &
  TPID=$!; PIDS+=($TPID)
  until curl -s -o /dev/null "http://127.0.0.1:${P_TOMCAT}/"; do sleep 0.3; done
  read -r m mp < <(wrk_row "http://127.0.0.1:${P_MUSUBI}${path}")
  read -r b bp < <(wrk_row "http://127.0.0.1:${P_TOMCAT}/x")
  read -r n np < <(wrk_row "http://127.0.0.1:${P_NGINX}/${file}")
  kill "$TPID"
  python3 - "$name" "$m" "$mp" "$b" "$bp" "$n" "$np" <<'PY'
import sys
name, m, mp, b, bp, n, np = sys.argv[1:]
m, b, n = float(m), float(b), float(n)
print(f"| {name} | {m:,.0f} | {mp} | {b:,.0f} | {bp} | {n:,.0f} | {np} | {m/b:.2f}× | {b/n:.2f}× | {m/n:.2f}× |")
PY
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
