# The HTTP benchmark's server, sourced by bench/run.sh (run_http, stop_server): the application started by ./run.sh
# on a free port with a fresh data folder (embedded H2, the demo data, a generated demo password) and the empty
# JAX-RS endpoint (bench/baseline/target/bench-baseline.war at /bench-baseline) deployed on the same Payara Micro;
# then org.levier.bench.HttpBench and org.levier.bench.PageWeight against it. Expects the WARs built and the bench
# classes compiled (run.sh's Maven command) and the current directory at the root of the checkout.

server_pid=
server_children=

http_free_port() {
    local port
    for port in $(seq 18300 18400); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "run.sh: no free port in 18300..18400" >&2
    return 1
}

stop_server() {
    [ -n "$server_pid" ] || return 0
    server_children=$(pgrep -P "$server_pid" 2>/dev/null || true)
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 1
    done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    # run.sh stops Payara on TERM; should it not have, its JVM (by its process id) goes now.
    local child
    for child in $server_children; do
        kill -0 "$child" 2>/dev/null && kill -KILL "$child" 2>/dev/null
    done
    server_pid=
}

run_http() {
    local root data port password base baseline_war secured_war start=$SECONDS status
    root=$(pwd)
    data="$root/bench/target/http-run"
    baseline_war="$root/bench/baseline/target/bench-baseline.war"
    secured_war="$root/bench/baseline/target/bench-baseline-secured.war"
    [ -f "$root/web/target/levier.war" ] && [ -f "$baseline_war" ] && [ -f "$secured_war" ] \
        && [ -d "$root/bench/target/classes" ] || {
        echo "run.sh: the WARs or the bench classes are missing (the build above failed?)" >&2
        return 1
    }
    port=$(http_free_port)
    password="Bench-$(head -c 18 /dev/urandom | base64 | tr '+/' 'Aa')"
    base="http://127.0.0.1:$port"
    rm -rf "$data"
    mkdir -p "$data"
    echo
    echo "run.sh: starting the application and the empty endpoint on port $port (embedded H2, demo data);" \
        "log: $data/logs/payara.log"
    env -u LEVIER_DB_URL -u LEVIER_DB_USER -u LEVIER_DB_PASSWORD -u LEVIER_DB_DATASOURCE_CLASS \
        LEVIER_DATA="$data" LEVIER_PORT="$port" LEVIER_BUILD=never LEVIER_DEMO=true LEVIER_DEMO_PORTFOLIO=true \
        LEVIER_DEMO_PASSWORD="$password" LEVIER_DEPLOY_ALSO="$baseline_war:bench-baseline $secured_war:bench-secured" \
        LEVIER_JAVA_OPTS="${LEVIER_BENCH_HTTP_JAVA_OPTS:--Xmx1g}" ./run.sh >"$data/run.out" 2>&1 &
    server_pid=$!
    # run.sh prints the accounts once the application's health answers (Payara says "ready" even when a
    # deployment failed); the empty endpoint must answer too.
    until grep -q "password for all:" "$data/run.out" 2>/dev/null; do
        if ! kill -0 "$server_pid" 2>/dev/null || (( SECONDS - start > ${LEVIER_BENCH_HTTP_START_TIMEOUT:-300} )); then
            echo "run.sh: the application did not start (see $data/run.out and $data/logs/payara.log):" >&2
            tail -n 20 "$data/run.out" >&2
            return 1
        fi
        sleep 2
    done
    status=000
    for _ in $(seq 1 30); do
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/bench-baseline/ping" || true)
        [ "$status" = 200 ] && status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 \
            "$base/bench-secured/ping" || true)
        [ "$status" = 200 ] && break
        sleep 1
    done
    if [ "$status" != 200 ]; then
        echo "run.sh: an empty endpoint ($base/bench-baseline/ping, $base/bench-secured/ping) answered HTTP $status" >&2
        grep -E "SEVERE|Exception" "$data/logs/payara.log" | tail -n 10 >&2 || true
        return 1
    fi
    echo "run.sh: application up in $((SECONDS - start)) s"
    # The server's JVM (run.sh's child running Payara Micro): HttpBench reads its CPU time per measuring window.
    local jvm
    jvm=$(pgrep -P "$server_pid" -f payara-micro | head -n 1 || true)
    [ -n "$jvm" ] || echo "run.sh: the server's JVM was not found: no CPU figures" >&2
    "$JAVA_HOME/bin/java" -Xmx256m -cp bench/target/classes org.levier.bench.HttpBench --base "$base" \
        --user analyst@levier.example --password "$password" --server-pid "$jvm" \
        --connections "${LEVIER_BENCH_HTTP_CONNECTIONS:-32}" --warmup "${LEVIER_BENCH_HTTP_WARMUP:-10}" \
        --seconds "${LEVIER_BENCH_HTTP_SECONDS:-30}" --auth "${LEVIER_BENCH_HTTP_AUTH:-basic}" || return 1
    "$JAVA_HOME/bin/java" -Xmx256m -cp bench/target/classes org.levier.bench.PageWeight --base "$base" \
        --user applicant1@levier.example --password "$password" || return 1
    stop_server
}
