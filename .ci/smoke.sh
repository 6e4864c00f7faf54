#!/usr/bin/env bash
# Smoke runs after the test suite (called by .ci/run after test.sh), so that the two scripts a user runs first cannot
# break silently:
#   1. bench/run.sh --smoke   the benchmark on MariaDB, 100 then 200 dossiers, one run per query (its own database,
#                             $LEVIER_SMOKE_BENCH_DB, default levier_bench_smoke, is dropped and recreated), then the
#                             HTTP benchmark (3 s per endpoint against the empty JAX-RS endpoint) and the page weight;
#   2. ./run.sh               the application on a temporary data folder (embedded H2) on a free port: waits for
#                             /api/v1/health and the login page, reads the printed demo password, checks that
#                             GET /api/v1/programmes/TI-DK answers 200 with it, then stops the application.
# Each step is bounded in time (LEVIER_SMOKE_BENCH_TIMEOUT, default 900 s; LEVIER_SMOKE_RUN_TIMEOUT, default 300 s)
# and fails with a clear message. Needs the build done (test.sh built the WAR) and MariaDB as root on 127.0.0.1.
#
#   .ci/smoke.sh              both;   .ci/smoke.sh bench   only the benchmark;   .ci/smoke.sh run   only run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
what=${1:-all}
bench_timeout=${LEVIER_SMOKE_BENCH_TIMEOUT:-900}
run_timeout=${LEVIER_SMOKE_RUN_TIMEOUT:-300}

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

smoke_bench() {
    local out="bench/target/smoke-bench.log" start=$SECONDS
    mkdir -p bench/target
    echo "smoke: bench/run.sh --smoke (at most ${bench_timeout} s)"
    if ! LEVIER_BENCH_DB="${LEVIER_SMOKE_BENCH_DB:-levier_bench_smoke}" LEVIER_BENCH_HEAP=-Xmx512m \
            timeout --kill-after=10 "$bench_timeout" bench/run.sh --smoke >"$out" 2>&1; then
        tail -n 40 "$out" >&2
        fail "bench/run.sh --smoke did not finish cleanly within ${bench_timeout} s (full output: $out)"
    fi
    # The figures are meaningless at this size; what must be there: both sizes measured, the ratios and the checks;
    # every endpoint of the HTTP table with its ratio; both pages weighed.
    for expected in "Queries at 100 dossiers" "Queries at 200 dossiers" "audit chain verification" \
            "Checks of the generated data" "HTTP throughput at 32 connections" "| empty JAX-RS endpoint (baseline) |" \
            "| health | \`/api/v1/health\`" "| dossier list, 50 per page |" "| leverage by axis |" "| portfolio |" \
            "| pipeline (dossiers per status) |" "page weight: login page" "page weight: dossier form"; do
        grep -q "$expected" "$out" || { tail -n 40 "$out" >&2; fail "bench output lacks \"$expected\" ($out)"; }
    done
    echo "smoke: bench OK in $((SECONDS - start)) s"
}

free_port() {
    local port
    for port in $(seq 18080 18180); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port in 18080..18180"
}

smoke_run() {
    local data port log pid start=$SECONDS status password base
    data=$(mktemp -d)
    port=$(free_port)
    log="$data/run.out"
    echo "smoke: ./run.sh on port $port, data in $data (at most ${run_timeout} s)"
    LEVIER_DATA="$data" LEVIER_PORT="$port" LEVIER_JAVA_OPTS=-Xmx768m ./run.sh >"$log" 2>&1 &
    pid=$!
    stop() {
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    }
    run_failed() {
        echo "--- run.sh output:" >&2
        tail -n 30 "$log" >&2
        if [ -f "$data/logs/payara.log" ]; then
            echo "--- Payara log (errors):" >&2
            grep -E "SEVERE|Exception|Caused by" "$data/logs/payara.log" | tail -n 20 >&2 || true
        fi
        stop
        fail "$1"
    }
    base="http://127.0.0.1:$port"
    status=000
    # run.sh prints the accounts once the application answers; wait for that (it has waited for /health).
    while ! grep -q "password for all:" "$log" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || run_failed "run.sh exited before the application answered"
        (( SECONDS - start < run_timeout )) || run_failed "the application did not answer within ${run_timeout} s"
        sleep 2
    done
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/api/v1/health" || true)
    [ "$status" = 200 ] || run_failed "GET /api/v1/health answered HTTP $status"
    status=$(curl -s -o "$data/login.html" -w '%{http_code}' --max-time 20 "$base/login.xhtml" || true)
    [ "$status" = 200 ] || run_failed "GET /login.xhtml answered HTTP $status"
    grep -q 'type="password"' "$data/login.html" || run_failed "GET /login.xhtml has no password field"
    local encoding
    encoding=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' --max-time 20 "$base/login.xhtml" \
        | tr -d '\r' | sed -n 's/^[Cc]ontent-[Ee]ncoding: *//p')
    [ "$encoding" = gzip ] || run_failed "pages are not compressed (Content-Encoding: '$encoding'; see config/payara/pre-boot-commands.asadmin)"
    for icon in favicon.svg favicon.ico; do
        status=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' --max-time 10 "$base/$icon" || true)
        case "$status" in
            "200 image/"*) ;;
            *) run_failed "GET /$icon answered $status (expected 200 and an image type)" ;;
        esac
    done
    password=$(sed -n 's/.*password for all: \([^)]*\)).*/\1/p' "$log" | head -n 1)
    [ -n "$password" ] || run_failed "run.sh printed no demo password"
    status=$(curl -s -o "$data/programme.json" -w '%{http_code}' --max-time 20 \
        -u "auditor@levier.example:$password" "$base/api/v1/programmes/TI-DK" || true)
    [ "$status" = 200 ] || run_failed "GET /api/v1/programmes/TI-DK with the printed demo password answered HTTP $status"
    grep -q '"TI-DK"' "$data/programme.json" || run_failed "GET /api/v1/programmes/TI-DK does not name TI-DK"
    stop
    rm -rf "$data"
    echo "smoke: run.sh OK in $((SECONDS - start)) s (health, login page compressed, favicon, TI-DK with the demo password)"
}

case "$what" in
    all) smoke_bench; smoke_run ;;
    bench) smoke_bench ;;
    run) smoke_run ;;
    *) fail "unknown step $what (all, bench or run)" ;;
esac
echo "smoke: passed"
