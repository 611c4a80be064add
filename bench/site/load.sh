#!/usr/bin/env bash
# Load test of the public website of an already started Musubi, beside nginx serving the same HTML
# saved as static files, in one run: wrk, 2 threads, 50 connections, loopback only. Four targets:
# the product's top page and an article page, then nginx's copies of both. Starts nothing but a
# temporary nginx (own config, own free port, stopped on exit); the product must be running.
# Usage: bench/site/load.sh                         (product on port 8080, 30 s per target, 15 s warm-up)
#        PORT=9090 DURATION=15s ARTICLE=/articles/website-open-member-recruitment bench/site/load.sh
set -euo pipefail

PORT="${PORT:-8080}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-15s}"
ARTICLE="${ARTICLE:-/articles/website-open-member-recruitment}"
NGINX="${NGINX:-/usr/sbin/nginx}"
if ! [[ "$PORT" =~ ^[0-9]{1,5}$ ]] || (( PORT < 1 || PORT > 65535 )); then
  echo "PORT には 1〜65535 のポート番号を指定してください（指定値: ${PORT}）。" >&2
  exit 2
fi
if ! [[ "$ARTICLE" =~ ^/articles/[a-z0-9-]+$ ]]; then
  echo "ARTICLE には /articles/記事名 の形で指定してください（指定値: ${ARTICLE}）。" >&2
  exit 2
fi
for tool in wrk curl python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "${tool} が見つかりません。Debian では apt-get install wrk nginx-light curl python3 で入ります。" >&2
    exit 2
  fi
done
if [[ ! -x "$NGINX" ]]; then
  echo "nginx が ${NGINX} にありません。apt-get install nginx-light で入ります（別の場所なら NGINX=...）。" >&2
  exit 2
fi

# Loopback only: this script never loads another machine.
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
# nginx's workers may run as another user (root starts them as nobody): the saved pages must be readable.
chmod 755 "$WORK"
NGINX_PID=""
cleanup() {
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill "$NGINX_PID"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The same HTML the product serves, saved once; a page that is not 200 measures nothing.
mkdir -p "$WORK/html/articles"
for path in / "$ARTICLE"; do
  file="$WORK/html${path}"
  [[ "$path" == "/" ]] && file="$WORK/html/index.html"
  status=$(curl -s -o "$file" -w '%{http_code}' --max-time 10 "${BASE}${path}" || true)
  if [[ "$status" != "200" ]]; then
    echo "${BASE}${path} が 200 を返しません（HTTP ${status:-接続不可}）。製品を起動し、記事が公開されているか確認してください。" >&2
    exit 1
  fi
done

chmod -R a+rX "$WORK/html"

NGINX_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$WORK/logs" "$WORK/tmp"
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
  default_type text/html;
  charset utf-8;
  sendfile on;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${WORK}/html;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/logs/error.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do
  curl -s -o /dev/null --max-time 1 "http://127.0.0.1:${NGINX_PORT}/" && break
  sleep 0.1
done

run() {
  local label=$1 url=$2 report rps p99 errors
  report=$(wrk --threads 2 --connections 50 --duration "$DURATION" --timeout 5s --latency "$url")
  rps=$(awk '$1 == "Requests/sec:" { print $2 }' <<<"$report")
  p99=$(awk '$1 == "99%" { print $2; exit }' <<<"$report")
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$report")
  printf '%-22s requests/s: %-10s p99: %s%s\n' "$label" "${rps:-?}" "${p99:-?}" \
    "${errors:+  （警告: 2xx/3xx 以外の応答 ${errors} 件）}"
}

# A just-started JVM compiles its hot code during the first seconds: warm both pages up, unreported.
wrk --threads 2 --connections 50 --duration "$WARMUP" --timeout 5s "${BASE}/" >/dev/null
wrk --threads 2 --connections 50 --duration "$WARMUP" --timeout 5s "${BASE}${ARTICLE}" >/dev/null

echo "wrk --threads 2 --connections 50 --duration ${DURATION} (loopback; warm-up ${WARMUP} per product page)"
run "Musubi top page"      "${BASE}/"
run "Musubi article page"  "${BASE}${ARTICLE}"
run "nginx top page"       "http://127.0.0.1:${NGINX_PORT}/"
run "nginx article page"   "http://127.0.0.1:${NGINX_PORT}${ARTICLE}"
