#!/usr/bin/env bash
# Load test of the delivery API of an already started Musubi: wrk, 2 threads, 50 connections,
# 30 seconds, against loopback only. Prints wrk's report, then requests/s and the 99th percentile.
# Usage: bench/delivery/load.sh            (port 8080)
#        PORT=9090 bench/delivery/load.sh
set -euo pipefail

PORT="${PORT:-8080}"
if ! [[ "$PORT" =~ ^[0-9]{1,5}$ ]] || (( PORT < 1 || PORT > 65535 )); then
  echo "PORT には 1〜65535 のポート番号を指定してください（指定値: ${PORT}）。" >&2
  exit 2
fi
# Loopback only: this script never loads another machine.
URL="http://127.0.0.1:${PORT}/.rest/delivery/articles?limit=10"

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk が見つかりません。Debian では apt-get install wrk で入ります。" >&2
  exit 2
fi

# One request first: a load test of error pages or of a stopped server measures nothing.
if command -v curl >/dev/null 2>&1; then
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$URL" || true)
  if [[ "$status" != "200" ]]; then
    echo "${URL} が 200 を返しません（HTTP ${status:-接続不可}）。製品を起動し、記事が公開されているか確認してください。" >&2
    exit 1
  fi
fi

report=$(wrk --threads 2 --connections 50 --duration 30s --timeout 5s --latency "$URL")
echo "$report"
echo

rps=$(awk '$1 == "Requests/sec:" { print $2 }' <<<"$report")
p99=$(awk '$1 == "99%" { print $2; exit }' <<<"$report")
errors=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$report")

echo "requests/s: ${rps:-?}"
echo "p99: ${p99:-?}"
if [[ -n "$errors" ]]; then
  echo "警告: 2xx/3xx 以外の応答が ${errors} 件ありました。結果は配信性能を表していません。" >&2
  exit 1
fi
