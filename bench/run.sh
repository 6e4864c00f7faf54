#!/usr/bin/env bash
# Runs the Levier benchmark against a throw-away MariaDB/MySQL database (default levier_bench on 127.0.0.1:3306 as
# root with an empty password, the local development set-up): drops and recreates that database, builds the bench
# module with the modules it needs, then runs org.levier.bench.Bench in its own JVM (1 GB heap) and keeps its output
# in bench/target/bench-<UTC time>.txt.
#
#   bench/run.sh                                  # baseline 10,000 dossiers, then 100,000
#   bench/run.sh --baseline 1000 --dossiers 10000 --repeat 3   # a quicker run
#   bench/run.sh --smoke                          # 100 then 200 dossiers, 1 run per query: proves the bench runs
#                                                 # (what CI does, .ci/smoke.sh); its figures mean nothing
#
# Environment: LEVIER_BENCH_DB (levier_bench), LEVIER_BENCH_DB_HOST (127.0.0.1), LEVIER_BENCH_DB_PORT (3306),
# LEVIER_BENCH_DB_USER (root), LEVIER_BENCH_DB_PASSWORD (empty), LEVIER_BENCH_HEAP (-Xmx1g), JAVA_HOME (JDK 25).
# The database named is DROPPED: never point this at a database you want to keep.
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

SQL_CLIENT="$(command -v mariadb || command -v mysql || true)"
if [ -z "$SQL_CLIENT" ]; then
    echo "run.sh: no mariadb/mysql client found" >&2
    exit 1
fi
CNF="$(mktemp)"
trap 'rm -f "$CNF"' EXIT
chmod 600 "$CNF"
printf '[client]\nuser=%s\npassword="%s"\nhost=%s\nport=%s\n' "$USER_NAME" "$PASSWORD" "$HOST" "$PORT" > "$CNF"
echo "run.sh: recreating database $DB on $HOST:$PORT"
"$SQL_CLIENT" --defaults-extra-file="$CNF" -e "DROP DATABASE IF EXISTS \`$DB\`;
    CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"

if [ "${1:-}" = "--smoke" ]; then
    shift
    set -- --baseline 100 --dossiers 200 --repeat 1 "$@"
fi

mkdir -p bench/target
OUT="bench/target/bench-$(date -u +%Y%m%dT%H%M%SZ).txt"
ARGS="--url jdbc:mysql://$HOST:$PORT/$DB --user $USER_NAME${PASSWORD:+ --password $PASSWORD} $*"
# -am: the application's modules come from this checkout, not from whatever ~/.m2 holds.
./mvnw -B -q -pl bench -am -Pbench verify -DskipTests "-Dbench.heap=$HEAP" "-Dbench.args=$ARGS" 2>&1 \
    | grep --line-buffered -v -e '^WARNING: ' -e '^INFO: ' -e 'org.flywaydb' | tee "$OUT"
echo "run.sh: output kept in $OUT"
