#!/usr/bin/env bash
# Benchmark of publication-service's public downloads and queries with wrk, against nginx serving
# the identical CSV file and against /q/health, all in the same run on this machine.
# Needs: a running publication-service (URL, default http://localhost:18084) with a published
# version, and the Debian packages wrk and nginx. Loopback only; every wrk run is time-bounded.
set -euo pipefail
URL=${URL:-http://localhost:18084}
DS=${DS:-safeguarding-indicators}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
# which targets to run, e.g. TARGETS="health query query-post" for the query latency alone
TARGETS=${TARGETS:-health csv-service csv-nginx query query-post}
QUERY="indicators=referral-rate&areas=301,302,E92000001&periodFrom=2019-20&sort=timePeriod:desc&pageSize=50"
NGINX_PORT=${NGINX_PORT:-18090}
# connections for the CSV downloads (the issue's benchmark: 16)
CSV_CONNS=${CSV_CONNS:-16}
WORK=$(mktemp -d)
trap 'if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

VERSION=$(curl -sf "$URL/v1/data-sets/$DS" | python3 -c 'import json,sys; print(json.load(sys.stdin)["latestVersion"]["version"])')
CSV_PATH="/v1/data-sets/$DS/versions/$VERSION/csv"
mkdir -p "$WORK/www"
curl -sf -o "$WORK/www/data.csv" "$URL$CSV_PATH"
SIZE=$(stat -c %s "$WORK/www/data.csv")
# nginx's gzip variant: the service's own gzipped bytes, served with gzip_static
curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/www/data.csv.gz" "$URL$CSV_PATH"
GZ_SIZE=$(stat -c %s "$WORK/www/data.csv.gz")
cmp -s <(gunzip -c "$WORK/www/data.csv.gz") "$WORK/www/data.csv" || { echo "the gzipped CSV does not unzip to the CSV" >&2; exit 1; }
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  types { text/csv csv; }
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; etag on; gzip_static on; }
}
CONF
nginx -c "$WORK/nginx.conf"
sleep 0.5
# the same query as a JSON body (POST)
cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"indicators":["referral-rate"],"areas":["301","302","E92000001"],"periodFrom":"2019-20","sort":["timePeriod:desc"],"pageSize":50}'
LUA

# one wrk run -> "rps p50_ms p99_ms" (GZIP=1: with Accept-Encoding: gzip)
measure() {
  local conns=$1 url=$2 script=${3:-}
  local header=()
  if [[ "${GZIP:-0}" == 1 ]]; then header=(-H "Accept-Encoding: gzip"); fi
  wrk -t2 -c"$conns" -d"$DURATION" --latency "${header[@]}" ${script:+-s "$script"} "$url" | python3 -c '
import re, sys
t = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", t, re.M)
    v = float(m.group(1)); u = m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
print("%.1f %.2f %.2f" % (rps, ms("50%"), ms("99%")))'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "version $VERSION, CSV $SIZE bytes (gzip $GZ_SIZE), $ROUNDS rounds of $DURATION, CSV at $CSV_CONNS connections, $(nproc) cores"
declare -A RPS P50 P99
for round in $(seq 1 "$ROUNDS"); do
  for name in $TARGETS; do
    case $name in
      health) r=$(measure 64 "$URL/q/health/live") ;;
      csv-service) r=$(measure "$CSV_CONNS" "$URL$CSV_PATH") ;;
      csv-nginx) r=$(measure "$CSV_CONNS" "http://127.0.0.1:$NGINX_PORT/data.csv") ;;
      csv-gzip-service) r=$(GZIP=1 measure "$CSV_CONNS" "$URL$CSV_PATH") ;;
      csv-gzip-nginx) r=$(GZIP=1 measure "$CSV_CONNS" "http://127.0.0.1:$NGINX_PORT/data.csv") ;;
      query) r=$(measure 64 "$URL/v1/data-sets/$DS/query?$QUERY") ;;
      query-post) r=$(measure 64 "$URL/v1/data-sets/$DS/query" "$WORK/post.lua") ;;
    esac
    read -r a b c <<<"$r"
    RPS[$name]+="$a "; P50[$name]+="$b "; P99[$name]+="$c "
    echo "round $round $name: $a req/s, p50 $b ms, p99 $c ms"
  done
done
echo
printf "%-12s %12s %10s %10s\n" target "median rps" "p50 ms" "p99 ms"
for name in $TARGETS; do
  printf "%-12s %12s %10s %10s\n" "$name" "$(tr ' ' '\n' <<<"${RPS[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${P50[$name]}" | grep . | median)" "$(tr ' ' '\n' <<<"${P99[$name]}" | grep . | median)"
done
if [[ " $TARGETS " == *" csv-service "* && " $TARGETS " == *" csv-nginx "* ]]; then
S=$(tr ' ' '\n' <<<"${RPS[csv-service]}" | grep . | median); N=$(tr ' ' '\n' <<<"${RPS[csv-nginx]}" | grep . | median)
echo "csv-service / csv-nginx requests per second: $(python3 -c "print(round($S / $N, 2))") (target >= 0.8)"
fi
if [[ " $TARGETS " == *" csv-gzip-service "* && " $TARGETS " == *" csv-gzip-nginx "* ]]; then
S=$(tr ' ' '\n' <<<"${RPS[csv-gzip-service]}" | grep . | median); N=$(tr ' ' '\n' <<<"${RPS[csv-gzip-nginx]}" | grep . | median)
echo "csv-gzip-service / csv-gzip-nginx requests per second: $(python3 -c "print(round($S / $N, 2))") (target >= 0.8)"
fi
