#!/usr/bin/env bash
# Runs the Levier benchmarks and keeps their output in bench/target/bench-<UTC time>.txt:
#   1. the database benchmark against a throw-away MariaDB/MySQL database (default levier_bench on 127.0.0.1:3306 as
#      root with an empty password, the local development set-up): drops and recreates that database, builds the
#      bench module with the modules it needs, then runs org.levier.bench.Bench in its own JVM (1 GB heap);
#   2. the HTTP benchmark: starts the application with ./run.sh (embedded H2, the demo data, on a free port) with the
#      empty JAX-RS endpoint of bench/baseline deployed next to it on the same Payara Micro, measures the API against
#      that endpoint (org.levier.bench.HttpBench) and the page weight of the login page and the dossier form
#      (org.levier.bench.PageWeight), then stops the server (its log: bench/target/http-run/logs/payara.log).
#
#   bench/run.sh                                  # baseline 10,000 dossiers, then 100,000; then the HTTP benchmark
#   bench/run.sh --baseline 1000 --dossiers 10000 --repeat 3   # a quicker run
#   bench/run.sh --no-http ...                    # the database benchmark only
#   bench/run.sh --http-only                      # the HTTP benchmark and the page weight only (no MariaDB needed)
#   bench/run.sh --smoke                          # 100 then 200 dossiers, 1 run per query, 3 s per endpoint: proves
#                                                 # the benchmarks run (what CI does, .ci/smoke.sh); figures mean nothing
#
# Environment: LEVIER_BENCH_DB (levier_bench), LEVIER_BENCH_DB_HOST (127.0.0.1), LEVIER_BENCH_DB_PORT (3306),
# LEVIER_BENCH_DB_USER (root), LEVIER_BENCH_DB_PASSWORD (empty), LEVIER_BENCH_HEAP (-Xmx1g), JAVA_HOME (JDK 25);
# HTTP: LEVIER_BENCH_HTTP_SECONDS (30 per endpoint), LEVIER_BENCH_HTTP_WARMUP (10), LEVIER_BENCH_HTTP_CONNECTIONS (32),
# LEVIER_BENCH_HTTP_AUTH (basic, or bearer), LEVIER_BENCH_HTTP_JAVA_OPTS (the server's JVM options, -Xmx1g; e.g. add
# -XX:StartFlightRecording=filename=bench/target/http.jfr to profile), LEVIER_BENCH_HTTP_START_TIMEOUT (300 s).
# The database named is DROPPED (unless --measure-only true): never point this at a database you want to keep.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
DB="${LEVIER_BENCH_DB:-levier_bench}"
HOST="${LEVIER_BENCH_DB_HOST:-127.0.0.1}"
PORT="${LEVIER_BENCH_DB_PORT:-3306}"
USER_NAME="${LEVIER_BENCH_DB_USER:-root}"
PASSWORD="${LEVIER_BENCH_DB_PASSWORD:-}"
HEAP="${LEVIER_BENCH_HEAP:--Xmx1g}"
case "$DB" in
    *[!A-Za-z0-9_]*) echo "run.sh: database name must be letters, digits and _ only: $DB" >&2; exit 1 ;;
esac

db=true
http=true
smoke=false
args=()
for arg in "$@"; do
    case "$arg" in
        --smoke) smoke=true ;;
        --no-http) http=false ;;
        --http-only) db=false ;;
        *) args+=("$arg") ;;
    esac
done
if [ "$db" = false ] && [ "$http" = false ]; then
    echo "run.sh: --no-http and --http-only leave nothing to run" >&2
    exit 1
fi
if [ "$smoke" = true ]; then
    args=(--baseline 100 --dossiers 200 --repeat 1 "${args[@]}")
    : "${LEVIER_BENCH_HTTP_SECONDS:=3}" "${LEVIER_BENCH_HTTP_WARMUP:=2}"
fi

mkdir -p bench/target
OUT="bench/target/bench-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$OUT") 2>&1
tee_pid=$!
cleanup() {
    rm -f "${CNF:-}"
    stop_server
    # The whole output in $OUT before this script ends (CI reads it right after).
    exec >&- 2>&-
    wait "$tee_pid" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# shellcheck source=bench/http.sh
. bench/http.sh

modules=bench
if [ "$http" = true ]; then
    modules=bench,bench/baseline,web
fi
if [ "$db" = false ]; then
    # -am: the application's modules come from this checkout, not from whatever ~/.m2 holds.
    ./mvnw -B -q -pl "$modules" -am package -DskipTests 2>&1 \
        | { grep -v -e '^WARNING: ' -e '^compiled .*\.jrxml$' -e '^#' || true; }
    run_http
    echo "run.sh: output kept in $OUT"
    exit 0
fi

SQL_CLIENT="$(command -v mariadb || command -v mysql || true)"
if [ -z "$SQL_CLIENT" ]; then
    echo "run.sh: no mariadb/mysql client found" >&2
    exit 1
fi
CNF="$(mktemp)"
chmod 600 "$CNF"
printf '[client]\nuser=%s\npassword="%s"\nhost=%s\nport=%s\n' "$USER_NAME" "$PASSWORD" "$HOST" "$PORT" > "$CNF"
measure_only=false
for ((i = 0; i + 1 < ${#args[@]}; i++)); do
    if [ "${args[i]}" = --measure-only ] && [ "${args[i + 1]}" = true ]; then
        measure_only=true
    fi
done
if [ "$measure_only" = true ]; then
    # The data already there are measured (and migrated to this checkout's schema): the database is kept.
    echo "run.sh: measuring the data already in $DB on $HOST:$PORT (kept)"
else
    echo "run.sh: recreating database $DB on $HOST:$PORT"
    "$SQL_CLIENT" --defaults-extra-file="$CNF" -e "DROP DATABASE IF EXISTS \`$DB\`;
        CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
fi

ARGS="--url jdbc:mysql://$HOST:$PORT/$DB --user $USER_NAME${PASSWORD:+ --password $PASSWORD} ${args[*]}"
# -am: the application's modules come from this checkout, not from whatever ~/.m2 holds (with the HTTP benchmark,
# the WAR and the empty endpoint's WAR are built by the same command).
./mvnw -B -q -pl "$modules" -am -Pbench verify -DskipTests -DskipITs "-Dbench.heap=$HEAP" "-Dbench.args=$ARGS" 2>&1 \
    | { grep --line-buffered -v -e '^WARNING: ' -e '^INFO: ' -e 'org.flywaydb' -e '^compiled .*\.jrxml$' -e '^#' \
        || true; }
if [ "$http" = true ]; then
    run_http
fi
echo "run.sh: output kept in $OUT"
