#!/usr/bin/env bash
# Levier's test command: unit tests, then the integration tests and the browser tests against the built WAR on Payara Micro
# against a real MariaDB/MySQL server.
#
#   ./test.sh            (extra arguments go to Maven, e.g. ./test.sh -Dit.test=FoundationIT)
#
# Needs JDK 25 (JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64) and a MariaDB/MySQL server on 127.0.0.1:3306
# reachable by an administrator (LEVIER_IT_DB_ADMIN_USER, default root; LEVIER_IT_DB_ADMIN_PASSWORD, default empty).
# Each run drops and recreates the database levier_it (or $LEVIER_IT_DB_NAME) and its own user of the same name
# with a fresh random password:
# the administrator account is used here only, never by the application.
set -euo pipefail
cd "$(dirname "$0")"

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && "$(java_major "$JAVA_HOME")" -ge 25 ]]; then
    :
elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
else
    echo "test.sh: Levier needs JDK 25 or newer. Set JAVA_HOME to a JDK 25 (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
    exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"

DB_HOST=127.0.0.1
DB_PORT=3306
# LEVIER_IT_DB_NAME lets two checkouts on one server test at the same time without dropping each other's data.
DB_NAME="${LEVIER_IT_DB_NAME:-levier_it}"
DB_USER="$DB_NAME"
export LEVIER_IT_DB_NAME="$DB_NAME"
ADMIN_USER="${LEVIER_IT_DB_ADMIN_USER:-root}"

if command -v mariadb >/dev/null 2>&1; then
    SQL_CLIENT=mariadb
elif command -v mysql >/dev/null 2>&1; then
    SQL_CLIENT=mysql
else
    echo "test.sh: no mariadb/mysql client found; install mariadb-client (or run .ci/run, which installs the server)." >&2
    exit 1
fi

random_alnum() { # $1 characters of [A-Za-z0-9], from the kernel's CSPRNG
    local out=""
    while (( ${#out} < $1 )); do
        out+=$(head -c 96 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9')
    done
    printf '%s' "${out:0:$1}"
}

# Fresh secrets per run, exported for Maven (failsafe hands them to the tests and to Payara Micro); never printed.
LEVIER_IT_DB_PASSWORD="$(random_alnum 32)"
LEVIER_IT_DEMO_PASSWORD="Lv-$(random_alnum 20)-7q"
# The database administrator of the tests (ALL on both databases, never the application): tampering tests rewrite
# audit rows with it. The audit seal key of the deployed application (HMAC, outside the database).
LEVIER_IT_DBA_PASSWORD="$(random_alnum 32)"
LEVIER_IT_SEAL_KEY="$(random_alnum 48)"
export LEVIER_IT_DB_PASSWORD LEVIER_IT_DEMO_PASSWORD LEVIER_IT_DBA_PASSWORD LEVIER_IT_SEAL_KEY

# The administrator password goes through a private option file, not the command line.
ADMIN_CNF="$(mktemp)"
trap 'rm -f "$ADMIN_CNF"' EXIT
chmod 600 "$ADMIN_CNF"
printf '[client]\nuser=%s\npassword="%s"\nhost=%s\nport=%s\n' \
    "$ADMIN_USER" "${LEVIER_IT_DB_ADMIN_PASSWORD:-}" "$DB_HOST" "$DB_PORT" > "$ADMIN_CNF"

if ! "$SQL_CLIENT" --defaults-extra-file="$ADMIN_CNF" -e 'SELECT 1' >/dev/null; then
    echo "test.sh: cannot connect to MariaDB/MySQL at $DB_HOST:$DB_PORT as '$ADMIN_USER'" \
         "(set LEVIER_IT_DB_ADMIN_USER / LEVIER_IT_DB_ADMIN_PASSWORD, or run .ci/run to start a local server)." >&2
    exit 1
fi

echo "test.sh: recreating database $DB_NAME and user $DB_USER on $DB_HOST:$DB_PORT"
{
    echo "DROP DATABASE IF EXISTS \`$DB_NAME\`;"
    echo "DROP DATABASE IF EXISTS \`${DB_NAME}_audit\`;"
    echo "DROP USER IF EXISTS '${DB_NAME}_dba'@'127.0.0.1';"
    echo "DROP USER IF EXISTS '$DB_USER'@'127.0.0.1';"
    echo "DROP USER IF EXISTS '$DB_USER'@'localhost';"
    printf "SET @levier_db='%s', @levier_user='%s', @levier_password='%s';\n" \
        "$DB_NAME" "$DB_USER" "$LEVIER_IT_DB_PASSWORD"
    cat config/mysql/create-database.sql
    printf "CREATE USER '%s_dba'@'127.0.0.1' IDENTIFIED BY '%s';\n" "$DB_NAME" "$LEVIER_IT_DBA_PASSWORD"
    printf "GRANT ALL PRIVILEGES ON \`%s\`.* TO '%s_dba'@'127.0.0.1';\n" "$DB_NAME" "$DB_NAME"
    printf "GRANT ALL PRIVILEGES ON \`%s_audit\`.* TO '%s_dba'@'127.0.0.1';\n" "$DB_NAME" "$DB_NAME"
} | "$SQL_CLIENT" --defaults-extra-file="$ADMIN_CNF"

# The tests' own account must work before Maven starts a single container.
USER_CNF="$(mktemp)"
trap 'rm -f "$ADMIN_CNF" "$USER_CNF"' EXIT
chmod 600 "$USER_CNF"
printf '[client]\nuser=%s\npassword="%s"\nhost=%s\nport=%s\n' \
    "$DB_USER" "$LEVIER_IT_DB_PASSWORD" "$DB_HOST" "$DB_PORT" > "$USER_CNF"
"$SQL_CLIENT" --defaults-extra-file="$USER_CNF" "$DB_NAME" -e 'SELECT 1' >/dev/null
rm -f "$ADMIN_CNF" "$USER_CNF"

# Screenshots are evidence of this run only.
rm -rf web/target/screenshots
# Audit seals of the deployed application (a folder outside the database): they belong to this run's database.
rm -rf web/target/it-seals

exec ./mvnw -B verify "$@"
