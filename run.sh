#!/usr/bin/env bash
# Builds (when needed) and runs Levier on Payara Micro at http://localhost:${LEVIER_PORT:-8080}/
#
#   ./run.sh                       embedded database (H2) under ./data, Dunkerque demo data, demo accounts printed
#   LEVIER_DB_URL=jdbc:mysql://127.0.0.1:3306/levier LEVIER_DB_USER=levier LEVIER_DB_PASSWORD=... ./run.sh
#                                  the same against MySQL 8 / MariaDB 10.11+ (Connector/J)
#
# Environment (all optional): LEVIER_AUDIT_SEAL_KEY (generated once into $LEVIER_DATA/secrets/audit-seal-key),
# LEVIER_AUDIT_SEAL_DIR ($LEVIER_DATA/seals), LEVIER_AUDIT_SEAL_MAIL_TO (none), LEVIER_PORT (8080), LEVIER_PUBLIC_URL (http://localhost:$LEVIER_PORT, for links in mails), LEVIER_DATA (./data), LEVIER_DEMO (true), LEVIER_DEMO_PORTFOLIO (= LEVIER_DEMO), LEVIER_DEMO_PASSWORD
# (generated once and kept in $LEVIER_DATA/secrets), LEVIER_DB_URL / _USER / _PASSWORD / _DATASOURCE_CLASS,
# LEVIER_JAVA_OPTS, JAVA_HOME (a JDK 25; /usr/lib/jvm/temurin-25-jdk-amd64 is tried when JAVA_HOME is older),
# LEVIER_DEPLOY_ALSO (WARs deployed next to the application, each FILE.war:CONTEXT, space-separated: the HTTP
# benchmark's empty endpoint, bench/run.sh).
#
#   LEVIER_DB_URL=jdbc:mysql://... LEVIER_DB_USER=... LEVIER_DB_PASSWORD=... ./run.sh --nodes 2
#                                  a cluster: N Payara Micro nodes (Hazelcast data grid, TCP/IP discovery on loopback)
#                                  behind HAProxy on LEVIER_PORT; needs MySQL/MariaDB (see run_cluster below)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

die() { echo "levier: $*" >&2; exit 1; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 25 ] 2>/dev/null; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
[ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 25 ] \
  || die "JDK 25 or newer is required (Payara Micro 7 refuses older ones): set JAVA_HOME to it."
export JAVA_HOME

nodes=0
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) [ $# -ge 2 ] || die "--nodes needs a number"; nodes=$2; shift 2 ;;
    --nodes=*) nodes=${1#--nodes=}; shift ;;
    *) die "unknown option: $1 (usage: ./run.sh [--nodes N])" ;;
  esac
done
case "$nodes" in ''|*[!0-9]*) die "--nodes needs a number from 1 to 9" ;; esac
[ "$nodes" -le 9 ] || die "--nodes needs a number from 1 to 9"

port=${LEVIER_PORT:-8080}
data=${LEVIER_DATA:-$root/data}
war=$root/web/target/levier.war
micro=$root/web/target/payara-micro.jar

# 1. Build when the WAR is missing (LEVIER_BUILD=never: use the built WAR as it is, e.g. from the tests) or older than any source.
if [ "${LEVIER_BUILD:-}" = never ]; then
  [ -f "$war" ] && [ -f "$micro" ] || die "LEVIER_BUILD=never but $war or $micro is missing"
elif [ ! -f "$war" ] || [ ! -f "$micro" ] || [ -n "$(find pom.xml ejb reports web/src web/pom.xml config -newer "$war" -type f -print -quit 2>/dev/null)" ]; then
  echo "levier: building (first run downloads dependencies; a few minutes)..."
  ./mvnw -q -B -DskipTests package || die "the build failed (see above)"
fi

# 2. Data folder: the embedded database and generated secrets survive restarts. Payara's own root directory is
#    laid anew at each start: a kept one would first redeploy the previous build of the application from its
#    saved configuration, answer with it, and only then deploy this one.
rm -rf "$data/payara"
mkdir -p "$data/secrets" "$data/logs" "$data/payara"
chmod 700 "$data/secrets"
secret() { # secret NAME: a random value generated on first use and kept
  local file="$data/secrets/$1"
  [ -s "$file" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' 'Aa' > "$file")
  cat "$file"
}

if [ -n "${LEVIER_DB_URL:-}" ]; then
  [ -n "${LEVIER_DB_USER:-}" ] && [ -n "${LEVIER_DB_PASSWORD:-}" ] || die "LEVIER_DB_URL needs LEVIER_DB_USER and LEVIER_DB_PASSWORD"
  case "$LEVIER_DB_URL" in
    jdbc:mysql:*) : "${LEVIER_DB_DATASOURCE_CLASS:=com.mysql.cj.jdbc.MysqlDataSource}" ;;
    jdbc:h2:*)    : "${LEVIER_DB_DATASOURCE_CLASS:=org.h2.jdbcx.JdbcDataSource}" ;;
    *) [ -n "${LEVIER_DB_DATASOURCE_CLASS:-}" ] || die "unknown JDBC URL: set LEVIER_DB_DATASOURCE_CLASS" ;;
  esac
  dbinfo="$LEVIER_DB_URL"
else
  # Embedded default: H2 (bundled with Payara Micro) in a file under the data folder. MODE=LEGACY keeps the
  # identity retrieval EclipseLink uses on H2 working with H2 2.x.
  LEVIER_DB_URL="jdbc:h2:file:$data/h2/levier;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE"
  LEVIER_DB_USER=levier
  LEVIER_DB_PASSWORD=$(secret h2-password)
  LEVIER_DB_DATASOURCE_CLASS=org.h2.jdbcx.JdbcDataSource
  dbinfo="embedded H2 in $data/h2"
fi
export LEVIER_DB_URL LEVIER_DB_USER LEVIER_DB_PASSWORD LEVIER_DB_DATASOURCE_CLASS

# Audit seals (see README, "The audit trail sealed"): an append-only file outside the database, HMAC-SHA256 under a
# key generated once into the secrets folder (0600) and handed to Payara through the environment, never printed.
export LEVIER_AUDIT_SEAL_DIR=${LEVIER_AUDIT_SEAL_DIR:-$data/seals}
mkdir -p "$LEVIER_AUDIT_SEAL_DIR"
if [ -z "${LEVIER_AUDIT_SEAL_KEY:-}" ]; then
  [ -s "$data/secrets/audit-seal-key" ] \
    || (umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n' > "$data/secrets/audit-seal-key")
  LEVIER_AUDIT_SEAL_KEY=$(cat "$data/secrets/audit-seal-key")
fi
export LEVIER_AUDIT_SEAL_KEY

# Links in mails (invitations, confirmations) point here; set it to the public address behind a proxy.
export LEVIER_PUBLIC_URL=${LEVIER_PUBLIC_URL:-http://localhost:$port}

export LEVIER_DEMO=${LEVIER_DEMO:-true}
if [ "$LEVIER_DEMO" = true ] && [ -z "${LEVIER_DEMO_PASSWORD:-}" ]; then
  LEVIER_DEMO_PASSWORD="Demo-$(secret demo-password)"
fi
export LEVIER_DEMO_PASSWORD=${LEVIER_DEMO_PASSWORD:-}
# The synthetic demo portfolio (fictitious "(démo)" dossiers, committed leverage 7.68); LEVIER_DEMO_PORTFOLIO=false
# leaves the whole allotment free for your own agreements.
export LEVIER_DEMO_PORTFOLIO=${LEVIER_DEMO_PORTFOLIO:-$LEVIER_DEMO}

if curl -fsS -o /dev/null "http://localhost:$port/api/v1/health" 2>/dev/null; then
  die "something already answers on port $port (another Levier?): stop it or set LEVIER_PORT"
fi

if [ "$nodes" -gt 0 ]; then
  # shellcheck source=config/cluster/cluster.sh
  . "$root/config/cluster/cluster.sh"
  run_cluster "$nodes"
  exit $?
fi

# 3. Start Payara Micro and wait for the application itself to answer: Payara says "ready" even when the
#    deployment failed, so only the application's health URL counts.
log="$data/logs/payara.log"
also=()
for extra in ${LEVIER_DEPLOY_ALSO:-}; do
  [ -f "${extra%:*}" ] || die "LEVIER_DEPLOY_ALSO: no such file: ${extra%:*}"
  also+=(--deploy "$extra")
done
echo "levier: starting Payara Micro on port $port ($dbinfo); log: $log"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${LEVIER_JAVA_OPTS:--Xmx1g} -Duser.timezone=UTC -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
  -jar "$micro" --nocluster --disablephonehome --rootdir "$data/payara" \
  --logproperties "$root/config/payara/logging.properties" \
  --prebootcommandfile "$root/config/payara/pre-boot-commands.asadmin" \
  --postbootcommandfile "$root/config/payara/post-boot-commands.asadmin" \
  --deploy "$war" --contextroot / "${also[@]}" --port "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' INT TERM

status=000
for _ in $(seq 1 180); do
  kill -0 $pid 2>/dev/null || break
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/v1/health" 2>/dev/null || true)
  [ "$status" = 200 ] && break
  sleep 1
done
if [ "$status" != 200 ]; then
  echo "levier: the application did not come up (health: HTTP $status). Last log lines:" >&2
  grep -E "SEVERE|Exception|Caused by" "$log" | tail -n 15 >&2 || tail -n 30 "$log" >&2
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  exit 1
fi

cat <<INFO

  Levier is running:  http://localhost:$port/
  REST API:           http://localhost:$port/api/v1/   (OpenAPI: /openapi, Swagger UI: /swagger-ui.html)
  Database:           $dbinfo
INFO
if [ "$LEVIER_DEMO" = true ]; then
  cat <<ACCOUNTS
  Demo accounts (password for all: $LEVIER_DEMO_PASSWORD)
    analyst@levier.example      ANALYST
    director1@levier.example    FUND_DIRECTOR
    director2@levier.example    FUND_DIRECTOR
    member1@levier.example      COMMITTEE_MEMBER
    member2@levier.example      COMMITTEE_MEMBER
    member3@levier.example      COMMITTEE_MEMBER
    auditor@levier.example      AUDITOR
    admin@levier.example        ADMIN
    applicant1@levier.example   APPLICANT (demo organisation 1)
    applicant2@levier.example   APPLICANT (demo organisation 2)
ACCOUNTS
fi
echo "  Stop with Ctrl-C."
wait $pid
