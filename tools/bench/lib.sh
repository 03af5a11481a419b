# Helpers for ./bench: logging, timing whole processes, servers, signing in, wrk. Sourced, not run.
# Every measurement is taken from outside the JVM under test: the launcher as a user runs it, a real
# server over HTTP.

BENCH_TOOLS=tools/bench
SERVERS=()

say() { printf 'bench: %s\n' "$*" >&2; }

# Stops the run with a message naming the step; the EXIT trap stops servers and drops databases.
die() {
    printf '\nbench: FAILED: %s\n' "$*" >&2
    exit 1
}

# The JDK 25 ./kith would use, for running Maven (the default java may be older).
find_jdk25() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] &&
            "$candidate/bin/java" -version 2>&1 | grep -q 'version "25'; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# A port nobody listens on now (the kernel's choice of a free one).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# One line of results: VENDOR FIGURE key=value...; tools/bench/report.py turns them into the table.
record() { echo "$*" >> "$RESULTS"; }

# Runs a command as a whole process; sets T_WALL_MS, T_CPU_MS, T_RSS_KB and T_OUT / T_ERR (its output
# files), and stops the run if it fails.
timed() {
    local name=$1 line
    shift
    T_OUT="$LOGS/$name.out"
    T_ERR="$LOGS/$name.err"
    line=$(python3 "$BENCH_TOOLS/timed.py" "$T_OUT" "$T_ERR" "$@") || die "$name: could not run $*"
    eval "local $line"
    # shellcheck disable=SC2154 # set by the eval of timed.py's line
    if [ "$exit" -ne 0 ]; then
        tail -n 5 "$T_ERR" >&2
        die "$name: '$*' exited with $exit (output in $T_OUT and $T_ERR)"
    fi
    T_WALL_MS=$wall_ms T_CPU_MS=$cpu_ms T_RSS_KB=$rss_kb
}

# HOOK: the time a command says it spent, in ms, or "none". The CLI does not print one yet; when it
# does (a line such as "... in 2.31 s" / "took 2310 ms", or a JSON key "elapsedMs" / "seconds"), this
# finds it and the report shows it beside the whole-process time.
program_reported_ms() {
    python3 - "$@" <<'EOF'
import re, sys
text = "".join(open(f, encoding="utf-8", errors="replace").read() for f in sys.argv[1:])
found = re.findall(r'"(?:elapsedMs|elapsedMillis|durationMs)"\s*:\s*([0-9.]+)', text)
if found:
    print(round(float(found[-1]))); sys.exit()
found = re.findall(r'"(?:seconds|elapsedSeconds)"\s*:\s*([0-9.]+)', text)
if found:
    print(round(float(found[-1]) * 1000)); sys.exit()
found = re.findall(r'\b(?:in|took)\s+([0-9]+(?:\.[0-9]+)?)\s*(ms|s)\b', text)
if found:
    value, unit = found[-1]
    print(round(float(value) * (1 if unit == "ms" else 1000))); sys.exit()
print("none")
EOF
}

# Runs a command RUNS times as a new process each time; sets RUNS_MS to the times, comma-separated.
repeat_timed() {
    local name=$1 runs=$2 i times=()
    shift 2
    for ((i = 1; i <= runs; i++)); do
        timed "$name-$i" "$@"
        [ -s "$T_OUT" ] || die "$name: '$*' printed nothing (see $T_ERR)"
        times+=("$T_WALL_MS")
    done
    RUNS_MS=$(IFS=,; echo "${times[*]}")
}

# Starts `./kith GLOBAL_OPTIONS serve --port P` as the README says, with SERVER_ENV (VAR=value...) in
# its environment, and waits until /healthz answers. Sets SERVER_PID, BASE and SERVER_START_MS.
start_server() {
    local name=$1 port start log
    shift
    port=$(free_port)
    log="$LOGS/$name.log"
    BASE="http://127.0.0.1:$port"
    start=$(now_ms)
    env "${SERVER_ENV[@]}" ./kith "${DB[@]}" serve --port "$port" > "$log" 2>&1 &
    SERVER_PID=$!
    SERVERS+=("$SERVER_PID")
    echo "$SERVER_PID" >> "$SERVER_PIDS"
    until curl -fsS -o /dev/null --max-time 5 "$BASE/healthz" 2> /dev/null; do
        if ! kill -0 "$SERVER_PID" 2> /dev/null; then
            tail -n 20 "$log" >&2
            die "$name: the server exited before /healthz answered (log: $log)"
        fi
        if [ $(( $(now_ms) - start )) -gt $((SERVER_TIMEOUT_S * 1000)) ]; then
            die "$name: /healthz did not answer within $SERVER_TIMEOUT_S s (log: $log)"
        fi
        sleep 0.02
    done
    SERVER_START_MS=$(( $(now_ms) - start ))
    # The launcher execs java, so the process started is the JVM whose memory is read later.
    [ "$(cat "/proc/$SERVER_PID/comm" 2> /dev/null)" = java ] || die "$name: process $SERVER_PID is not the JVM"
}

# What Spring Boot says the server's start took ("process running for N" seconds) in ms, or "none".
server_reported_ms() {
    local seconds
    seconds=$(sed -n 's/.*(process running for \([0-9.]*\)).*/\1/p' "$1" | head -n 1)
    if [ -n "$seconds" ]; then
        awk -v s="$seconds" 'BEGIN { printf "%d\n", s * 1000 }'
    else
        echo none
    fi
}

# Stops a server and waits for it: the JVM writes its class-data archive as it exits.
stop_server() {
    local pid=$1 waited=0 remaining=()
    kill "$pid" 2> /dev/null || true
    while kill -0 "$pid" 2> /dev/null && [ $waited -lt 600 ]; do
        sleep 0.2
        waited=$((waited + 1))
    done
    kill -9 "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    for p in "${SERVERS[@]}"; do
        [ "$p" = "$pid" ] || remaining+=("$p")
    done
    SERVERS=("${remaining[@]}")
}

# Servers an earlier run started and could not stop (it was killed with -9): each pid it wrote down
# that is still this checkout's `kith serve`.
stop_leftover_servers() {
    local pid
    [ -f "$SERVER_PIDS" ] || return 0
    while read -r pid; do
        if tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q "$PWD/target/app/kith.jar .* serve "; then
            say "stopping server $pid, left running by an earlier run"
            kill "$pid" 2> /dev/null || true
        fi
    done < "$SERVER_PIDS"
    rm -f "$SERVER_PIDS"
}

stop_all_servers() {
    local pid
    for pid in "${SERVERS[@]}"; do
        stop_server "$pid"
    done
}

# VmRSS and VmHWM of the server's JVM in kB: sets RSS_KB and HWM_KB.
server_memory() {
    RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
    HWM_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status")
}

# Signs in at /login with the form a browser posts (username, password, _csrf) and keeps the session
# in the cookie jar; sets SESSION_COOKIE ("SESSION=...") for wrk.
sign_in() {
    local jar=$1 csrf location
    rm -f "$jar"
    csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | csrf_field) || die "sign-in: GET /login failed"
    [ -n "$csrf" ] || die "sign-in: /login has no _csrf field"
    location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$EMAIL" \
        --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login") ||
        die "sign-in: POST /login failed"
    case "$location" in
        "" | *"/login"*) die "sign-in: $EMAIL could not sign in (redirected to '$location')" ;;
    esac
    SESSION_COOKIE=$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar")
    [ -n "$SESSION_COOKIE" ] || die "sign-in: no SESSION cookie in $jar"
}

# The value of the first hidden _csrf field in the HTML on standard input.
csrf_field() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }

# Runs wrk against BASE with the paths in a file, with one header; sets WRK (its summary line:
# requests= seconds= p50_us= p99_us= max_us= mean_us= not_200= socket_errors=).
run_wrk() {
    local name=$1 threads=$2 connections=$3 seconds=$4 paths=$5 header=$6 out="$LOGS/$1.wrk"
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -H "$header" \
        -s "$BENCH_TOOLS/wrk/paths.lua" "$BASE" -- "$paths" > "$out" 2>&1 || die "$name: wrk failed (see $out)"
    WRK=$(sed -n 's/^BENCH //p' "$out")
    [ -n "$WRK" ] || die "$name: wrk printed no summary (see $out)"
}

# One connection after a warm-up: the latency of one kind of request as one user meets it.
latency() {
    local vendor=$1 figure=$2 paths=$3 header=$4
    run_wrk "$vendor-$figure-warmup" 1 1 "$WARMUP_S" "$paths" "$header"
    run_wrk "$vendor-$figure" 1 1 "$MEASURE_S" "$paths" "$header"
    check_answers "$vendor-$figure"
    record "$vendor" "$figure" "$WRK"
}

# Stops the run when a latency run got answers other than 200: its figures would be of error pages.
check_answers() {
    local not_200 socket_errors
    not_200=$(sed -n 's/.*not_200=\([0-9]*\).*/\1/p' <<< "$WRK")
    socket_errors=$(sed -n 's/.*socket_errors=\([0-9]*\).*/\1/p' <<< "$WRK")
    if [ "$not_200" -ne 0 ] || [ "$socket_errors" -ne 0 ]; then
        die "$1: $not_200 answers other than 200 and $socket_errors socket errors (see $LOGS/$1.wrk)"
    fi
}

# The first requests a server answers after its start, one at a time on one connection (one curl
# keeps it open): sets FIRST (p50_us= p99_us= max_us= requests= not_200=).
first_requests() {
    local name=$1 paths=$2 header=$3 config="$LOGS/$1.curl" out="$LOGS/$1.times"
    sed "s|^|url = \"$BASE|; s|\$|\"\\noutput = \"/dev/null\"|" "$paths" > "$config"
    curl -sS -K "$config" -H "$header" -w '%{http_code} %{time_total}\n' > "$out" ||
        die "$name: curl failed (see $out)"
    FIRST=$(sort -k2 -g "$out" | awk '
        { n++; t[n] = $2 * 1e6; if ($1 != 200) bad++ }
        END {
            p50 = t[int((n * 50 + 99) / 100)]; p99 = t[int((n * 99 + 99) / 100)]
            printf "p50_us=%d p99_us=%d max_us=%d requests=%d not_200=%d\n", p50, p99, t[n], n, bad
        }')
}
