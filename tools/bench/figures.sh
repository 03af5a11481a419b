# The figures of ./bench, one function per kind, each run against one vendor's data sets. Sourced by
# ./bench after tools/bench/lib.sh and tools/bench/postgres.sh; results go to $RESULTS via record.

# A fresh data set: a new data folder (uploads and SQLite's kith.db live there) and, on PostgreSQL, a
# new schema. Sets DB, the global options every ./kith command of that data set is given.
new_dataset() {
    local vendor=$1 name=$2 dir="$WORK/$1-$2"
    rm -rf "$dir"
    mkdir -p "$dir"
    DB=(--data "$dir")
    if [ "$vendor" = postgresql ]; then
        pg_new_schema "$name"
        DB+=(--db-url "$DB_URL" --db-user "$PG_USER" --db-password "$PG_PASSWORD")
    fi
    timed "$vendor-$name-init" ./kith "${DB[@]}" init --email "$EMAIL" --name "Bench Owner" --password-stdin \
        <<< "$PASSWORD"
    record "$vendor" "init_$name" "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB"
}

# kith import linkedin FILE into a fresh data set, timed as a whole process.
cli_import() {
    local vendor=$1 name=$2 rows=$3 created
    new_dataset "$vendor" "$name"
    say "$vendor: kith import linkedin, $rows rows"
    timed "$vendor-$name" ./kith "${DB[@]}" import linkedin "$WORK/connections-$rows/Connections.csv" --json
    created=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["created"])' "$T_OUT") ||
        die "$vendor-$name: the import printed no JSON report (see $T_OUT)"
    [ "$created" -eq "$rows" ] || die "$vendor-$name: created $created people, not $rows (see $T_OUT)"
    record "$vendor" "$name" "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB" \
        "reported_ms=$(program_reported_ms "$T_OUT" "$T_ERR")"
}

# kith dev seed into a fresh data set, timed as a whole process.
cli_seed() {
    local vendor=$1 name=$2 people=$3 interactions=$4
    new_dataset "$vendor" "$name"
    say "$vendor: kith dev seed --people $people --interactions $interactions"
    timed "$vendor-$name" ./kith "${DB[@]}" dev seed --people "$people" --interactions "$interactions"
    grep -Eq "people +$people\b" "$T_OUT" || die "$vendor-$name: the seed did not report $people people (see $T_OUT)"
    record "$vendor" "$name" "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB" \
        "reported_ms=$(program_reported_ms "$T_OUT" "$T_ERR")"
}

# The web import of the same file into a fresh data set, over HTTP as a browser sends it: upload
# (the server answers with its dry run), then confirm.
web_import() {
    local vendor=$1 rows=$2 jar="$WORK/$1-web.cookies" csrf token upload confirm created
    local csv="$WORK/connections-$rows/Connections.csv"
    new_dataset "$vendor" web_import
    SERVER_ENV=()
    start_server "$vendor-web-import-server"
    sign_in "$jar"
    say "$vendor: web import of $rows rows: upload, preview, confirm"
    csrf=$(curl -fsS -b "$jar" -c "$jar" "$BASE/import" | csrf_field)
    [ -n "$csrf" ] || die "web import: /import has no _csrf field"
    upload=$(curl -sS -b "$jar" -c "$jar" -o "$LOGS/$vendor-web-preview.html" -w '%{http_code} %{time_total}' \
        -F format=linkedin -F "_csrf=$csrf" -F "file=@$csv;filename=Connections.csv;type=text/csv" "$BASE/import")
    [ "${upload%% *}" = 200 ] || die "web import: the upload answered ${upload%% *} (see $LOGS/$vendor-web-preview.html)"
    token=$(sed -n 's/.*name="token" value="\([^"]*\)".*/\1/p' "$LOGS/$vendor-web-preview.html" | head -n 1)
    csrf=$(csrf_field < "$LOGS/$vendor-web-preview.html")
    [ -n "$token" ] || die "web import: the preview has no confirmation token (see $LOGS/$vendor-web-preview.html)"
    confirm=$(curl -sS -b "$jar" -c "$jar" -o "$LOGS/$vendor-web-imported.html" -w '%{http_code} %{time_total}' \
        --data-urlencode "token=$token" --data-urlencode "_csrf=$csrf" "$BASE/import/confirm")
    [ "${confirm%% *}" = 200 ] || die "web import: the confirmation answered ${confirm%% *} (see $LOGS/$vendor-web-imported.html)"
    created=$(tr -d '\n' < "$LOGS/$vendor-web-imported.html" |
        sed -n 's/.*<dt>new people<\/dt> *<dd[^>]*>\([0-9]*\)<\/dd>.*/\1/p')
    [ "$created" = "$rows" ] || die "web import: created '$created' people, not $rows (see $LOGS/$vendor-web-imported.html)"
    record "$vendor" web_import "upload_ms=$(seconds_to_ms "${upload#* }") confirm_ms=$(seconds_to_ms "${confirm#* }")"
    stop_server "$SERVER_PID"
}

seconds_to_ms() { awk -v s="$1" 'BEGIN { printf "%d\n", s * 1000 }'; }

# Cold starts of the command line on the seeded data set: a new JVM each time, through ./kith.
cli_cold_starts() {
    local vendor=$1 query
    query=$(cat "$WORK/$vendor-workload/query.txt")
    say "$vendor: command line cold starts, $CLI_RUNS runs each"
    repeat_timed "$vendor-cli-people-list" "$CLI_RUNS" ./kith "${DB[@]}" people list --query "$query" --limit 20
    record "$vendor" cli_people_list "runs_ms=$RUNS_MS query=$query"
    repeat_timed "$vendor-cli-today" "$CLI_RUNS" ./kith "${DB[@]}" today
    record "$vendor" cli_today "runs_ms=$RUNS_MS"
    repeat_timed "$vendor-cli-help" "$CLI_RUNS" ./kith "${DB[@]}" --help
    record "$vendor" cli_help "runs_ms=$RUNS_MS"
}

# The server on the seeded data set: start-up, its first requests, warm latency, load and memory.
server_figures() {
    local vendor=$1 w="$WORK/$1-workload" jar="$WORK/$1.cookies" starts=() reported=() i bearer
    bearer="Authorization: Bearer $TOKEN"
    # The search figures measure what a request costs, not the per-token rate limit (600 a minute).
    SERVER_ENV=(KITH_API_RATE_PER_TOKEN=0)
    for ((i = 1; i <= SERVER_STARTS; i++)); do
        say "$vendor: kith serve, start $i of $SERVER_STARTS"
        start_server "$vendor-serve-$i"
        starts+=("$SERVER_START_MS")
        reported+=("$(server_reported_ms "$LOGS/$vendor-serve-$i.log")")
        if [ "$i" -lt "$SERVER_STARTS" ]; then
            stop_server "$SERVER_PID"
        fi
    done
    record "$vendor" serve_start "runs_ms=$(IFS=,; echo "${starts[*]}") reported_ms=$(IFS=,; echo "${reported[*]}")"

    say "$vendor: the first 200 searches after the start, one at a time"
    first_requests "$vendor-first-searches" "$w/first.paths" "$bearer"
    record "$vendor" first_searches "$FIRST"

    sign_in "$jar"
    say "$vendor: warm latency over one connection (${WARMUP_S} s warm-up, ${MEASURE_S} s measured, each)"
    latency "$vendor" search "$w/search.paths" "$bearer"
    latency "$vendor" person "$w/person.paths" "Cookie: $SESSION_COOKIE"
    latency "$vendor" people_list "$w/list.paths" "Cookie: $SESSION_COOKIE"
    latency "$vendor" today "$w/today.paths" "Cookie: $SESSION_COOKIE"
    picture_latencies "$vendor" "$bearer"

    say "$vendor: person pages, 16 connections, $LOAD_S s"
    run_wrk "$vendor-person-16" 2 16 "$LOAD_S" "$w/person.paths" "Cookie: $SESSION_COOKIE"
    server_memory
    record "$vendor" person_16 "$WRK rss_kb=$RSS_KB hwm_kb=$HWM_KB"
    stop_server "$SERVER_PID"
}

# Issue 18's pictures, warm over one connection, on a signed-in server: the network overview and the
# graph's data (GET /api/v1/graph). The person page's charts are drawn in it (see chart_cost).
picture_latencies() {
    local vendor=$1 bearer=$2 w="$WORK/$1-workload"
    latency "$vendor" overview "$w/overview.paths" "Cookie: $SESSION_COOKIE"
    latency "$vendor" graph_data "$w/graph.paths" "$bearer"
}

# The person page with its charts against the same pages without them (KITH_PERSON_CHARTS=false):
# two servers on the same data, measured in turn (charts, plain, charts, plain), so that neither has
# the machine to itself after the seed while the other does not; the second round is the one kept.
chart_cost() {
    local vendor=$1 paths="$WORK/$1-workload/person.paths" round
    local charts_base charts_cookie charts_pid plain_base plain_cookie plain_pid
    say "$vendor: person pages with and without their charts, two servers measured in turn"
    SERVER_ENV=()
    start_server "$vendor-serve-charts"
    sign_in "$WORK/$vendor-charts.cookies"
    charts_base=$BASE charts_cookie=$SESSION_COOKIE charts_pid=$SERVER_PID
    SERVER_ENV=(KITH_PERSON_CHARTS=false)
    start_server "$vendor-serve-plain"
    SERVER_ENV=()
    sign_in "$WORK/$vendor-plain.cookies"
    plain_base=$BASE plain_cookie=$SESSION_COOKIE plain_pid=$SERVER_PID
    if curl -fsS -H "Cookie: $plain_cookie" "$plain_base$(head -n 1 "$paths")" | grep -q 'class="touch-chart"'; then
        die "$vendor: KITH_PERSON_CHARTS=false still drew the charts"
    fi
    for round in 1 2; do
        say "$vendor: round $round of 2"
        BASE=$charts_base
        latency "$vendor" person_charted "$paths" "Cookie: $charts_cookie"
        BASE=$plain_base
        latency "$vendor" person_plain "$paths" "Cookie: $plain_cookie"
    done
    stop_server "$charts_pid"
    stop_server "$plain_pid"
}

# ./bench --only overview: the person page and the pictures' latencies alone, on a fresh server.
overview_figures() {
    local vendor=$1 jar="$WORK/$1-overview.cookies"
    say "$vendor: the overview, the graph's data and the person page with and without its charts"
    SERVER_ENV=(KITH_API_RATE_PER_TOKEN=0)
    start_server "$vendor-serve-overview"
    SERVER_ENV=()
    sign_in "$jar"
    latency "$vendor" person "$WORK/$vendor-workload/person.paths" "Cookie: $SESSION_COOKIE"
    picture_latencies "$vendor" "Authorization: Bearer $TOKEN"
    stop_server "$SERVER_PID"
    chart_cost "$vendor"
}

# The same 16-connection load on a server whose heap is capped at 128 MB. ./kith has no variable of
# its own for JVM options; JAVA_TOOL_OPTIONS is read by every JVM.
small_heap() {
    local vendor=$1 w="$WORK/$1-workload" jar="$WORK/$1-small-heap.cookies"
    say "$vendor: the same load at -Xmx128m"
    SERVER_ENV=(JAVA_TOOL_OPTIONS=-Xmx128m)
    start_server "$vendor-serve-xmx128m"
    SERVER_ENV=()
    grep -q "Picked up JAVA_TOOL_OPTIONS: -Xmx128m" "$LOGS/$vendor-serve-xmx128m.log" ||
        die "$vendor: the -Xmx128m server did not pick up JAVA_TOOL_OPTIONS (see $LOGS/$vendor-serve-xmx128m.log)"
    sign_in "$jar"
    run_wrk "$vendor-person-16-xmx128m-warmup" 1 1 "$WARMUP_S" "$w/person.paths" "Cookie: $SESSION_COOKIE"
    run_wrk "$vendor-person-16-xmx128m" 2 16 "$LOAD_S" "$w/person.paths" "Cookie: $SESSION_COOKIE"
    server_memory
    record "$vendor" person_16_xmx128m "$WRK rss_kb=$RSS_KB hwm_kb=$HWM_KB"
    stop_server "$SERVER_PID"
}

# The CardDAV figures (issue 16) on the seeded data set, as a phone syncing sees them: the initial
# sync of every card, sync-collection with nothing changed and after one change, and new cards PUT
# from 8 connections. Last, as the PUTs add people to the data set.
dav_figures() {
    local vendor=$1 line
    say "$vendor: CardDAV: initial sync, sync-collection, $DAV_PUTS PUTs over 8 connections"
    SERVER_ENV=(KITH_API_RATE_PER_TOKEN=0)
    start_server "$vendor-serve-dav"
    SERVER_ENV=()
    line=$(python3 tools/bench/dav.py "$BASE" "$EMAIL" "$TOKEN" $((PEOPLE + 1)) "$DAV_PUTS" 2> "$LOGS/$vendor-dav.err") ||
        die "$vendor: the CardDAV figures failed: $(cat "$LOGS/$vendor-dav.err")"
    server_memory
    record "$vendor" dav "$line rss_kb=$RSS_KB hwm_kb=$HWM_KB"
    record "$vendor" dav_sync "$(echo "$line" | tr ' ' '\n' | sed -n 's/^sync_\(p50_us\|p99_us\|max_us\)=/\1=/p' | tr '\n' ' ')"
    stop_server "$SERVER_PID"
}

# Waits until PORT on loopback takes connections; dies with MESSAGE if PID ends first.
wait_for_port() {
    local port=$1 pid=$2 message=$3
    until python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$port" \
            2> /dev/null; do
        kill -0 "$pid" 2> /dev/null || die "$message"
        sleep 0.2
    done
}

# The mail source's figures (issue 15): a loopback GreenMail mailbox of $IMAP_MESSAGES headers, from
# the data set's people and from strangers, lists and robots (tools/bench/mailbox.py), at most
# $IMAP_FOLDER_SIZE to a folder (GreenMail's FETCH is quadratic in its folder's size), read by
# `kith sources sync` as a whole process: the first sync with the heap capped at 128 MB, then a re-sync
# with nothing new. The re-sync is also timed as a user of the running server meets it: POST
# /api/v1/sources/{id}/sync (the Sources page's "Sync now" runs the same), timed by curl, 5 times.
imap_figures() {
    local vendor=$1 port log filled folders id two i jar="$WORK/tools/greenmail-standalone-$GREENMAIL_VERSION.jar"
    local allow=(env KITH_FETCH_ALLOW=127.0.0.1) flags=()
    say "$vendor: mail source: $IMAP_MESSAGES headers from a loopback GreenMail, first sync and re-sync"
    if [ ! -f "$jar" ]; then
        JAVA_HOME=$(find_jdk25) ./mvnw -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
            -DoutputDirectory="$WORK/tools" > "$LOGS/greenmail-fetch.log" 2>&1 ||
            die "cannot fetch GreenMail's standalone jar from Maven Central (see $LOGS/greenmail-fetch.log)"
    fi
    port=$(free_port)
    log="$LOGS/$vendor-greenmail.log"
    "$(find_jdk25)/bin/java" -Xmx1g -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$port" \
        -Dgreenmail.users="bench:$PASSWORD_NO_SPACES@example.com" -Dgreenmail.users.login=email -jar "$jar" > "$log" 2>&1 &
    GREENMAIL_PID=$!
    wait_for_port "$port" "$GREENMAIL_PID" "GreenMail did not start (see $log)"
    timed "$vendor-imap-people" ./kith "${DB[@]}" people list --json
    python3 tools/bench/mailbox.py "$port" "$EMAIL" "$PASSWORD_NO_SPACES" "$T_OUT" "$IMAP_MESSAGES" "$IMAP_FOLDER_SIZE" \
        > "$WORK/$vendor-mailbox.txt" || die "$vendor: cannot fill the mailbox"
    filled=$(head -n 1 "$WORK/$vendor-mailbox.txt")
    folders=$(sed -n 2p "$WORK/$vendor-mailbox.txt")
    for i in ${folders//,/ }; do
        flags+=(--folder "$i")
    done
    timed "$vendor-imap-add" "${allow[@]}" ./kith "${DB[@]}" sources add imap --host 127.0.0.1 --port "$port" \
        --tls none --user "$EMAIL" "${flags[@]}" --start 2000-01-01 --password-stdin <<< "$PASSWORD_NO_SPACES"
    id=$(head -n 1 "$T_OUT")
    timed "$vendor-imap-first" "${allow[@]}" JDK_JAVA_OPTIONS=-Xmx128m ./kith "${DB[@]}" sources sync --json
    record "$vendor" imap_first "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB $filled" \
        "$(imap_report "$T_OUT")"
    timed "$vendor-imap-again" "${allow[@]}" ./kith "${DB[@]}" sources sync --json
    record "$vendor" imap_again "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB" "$(imap_report "$T_OUT")"
    # A source of two folders, as a mailbox's default (INBOX and Sent) is, read once before.
    timed "$vendor-imap-add2" "${allow[@]}" ./kith "${DB[@]}" sources add imap --host 127.0.0.1 --port "$port" \
        --tls none --user "$EMAIL" --folder INBOX --folder "$(cut -d, -f2 <<< "$folders")" --name "two folders" --start 2000-01-01 \
        --password-stdin <<< "$PASSWORD_NO_SPACES"
    two=$(head -n 1 "$T_OUT")
    timed "$vendor-imap-first2" "${allow[@]}" ./kith "${DB[@]}" sources sync "$two" --json
    imap_report "$T_OUT" > /dev/null
    SERVER_ENV=(KITH_FETCH_ALLOW=127.0.0.1)
    start_server "$vendor-serve-imap"
    SERVER_ENV=()
    api_resyncs "$vendor" "$id" imap_again_api
    api_resyncs "$vendor" "$two" imap_again_api2
    stop_server "$SERVER_PID"
    kill "$GREENMAIL_PID" 2> /dev/null
    wait "$GREENMAIL_PID" 2> /dev/null || true
    GREENMAIL_PID=""
}

# The calendar source's figure (issue 15): an iCalendar file of $ICS_EVENTS meetings with the data
# set's people and strangers (tools/bench/gen_ics.py), served from loopback by Python's http.server
# (which answers If-Modified-Since with 304), read by `kith sources sync ID` as a whole process, then
# again unchanged.
ics_figures() {
    local vendor=$1 port id generated dir="$WORK/$vendor-ics"
    local allow=(env KITH_FETCH_ALLOW=127.0.0.1)
    say "$vendor: calendar source: $ICS_EVENTS events from a loopback HTTP server, first sync and re-sync"
    mkdir -p "$dir"
    timed "$vendor-ics-people" ./kith "${DB[@]}" people list --json
    generated=$(python3 tools/bench/gen_ics.py "$T_OUT" "$EMAIL" "$ICS_EVENTS" "$dir/calendar.ics") ||
        die "$vendor: cannot write the calendar"
    port=$(free_port)
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir" > "$LOGS/$vendor-ics-http.log" 2>&1 &
    ICS_PID=$!
    wait_for_port "$port" "$ICS_PID" "the calendar's HTTP server did not start (see $LOGS/$vendor-ics-http.log)"
    timed "$vendor-ics-add" "${allow[@]}" ./kith "${DB[@]}" sources add ics --url-stdin --start 2000-01-01 \
        <<< "http://127.0.0.1:$port/calendar.ics"
    id=$(head -n 1 "$T_OUT")
    timed "$vendor-ics-first" "${allow[@]}" ./kith "${DB[@]}" sources sync "$id" --json
    record "$vendor" ics_first "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB $generated" \
        "$(imap_report "$T_OUT")"
    timed "$vendor-ics-again" "${allow[@]}" ./kith "${DB[@]}" sources sync "$id" --json
    record "$vendor" ics_again "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB" "$(imap_report "$T_OUT")"
    kill "$ICS_PID" 2> /dev/null
    wait "$ICS_PID" 2> /dev/null || true
    ICS_PID=""
}

# POST /api/v1/sources/ID/sync on the running server 6 times, timed by curl: the first warms the
# server's code paths, the 5 after it are recorded as NAME.
api_resyncs() {
    local vendor=$1 id=$2 name=$3 i answer times=()
    for i in 1 2 3 4 5 6; do
        answer=$(curl -sS -X POST -H "Authorization: Bearer $TOKEN" -o "$LOGS/$vendor-$name-$i.json" \
            -w '%{http_code} %{time_total}' "$BASE/api/v1/sources/$id/sync") || die "$vendor: POST .../sync failed"
        [ "${answer%% *}" = 200 ] || die "$vendor: POST /api/v1/sources/$id/sync answered ${answer%% *}"
        echo "[$(cat "$LOGS/$vendor-$name-$i.json")]" > "$LOGS/$vendor-$name-$i.report"
        imap_report "$LOGS/$vendor-$name-$i.report" > /dev/null
        [ "$i" = 1 ] || times+=("$(seconds_to_ms "${answer#* }")")
    done
    record "$vendor" "$name" "runs_ms=$(IFS=,; echo "${times[*]}")" "$(imap_report "$LOGS/$vendor-$name-6.report")"
}

# messages=N logged=L of `kith sources sync --json`'s one report.
imap_report() {
    python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))[0]
if r.get("error"): sys.exit("the sync failed: " + r["error"])
print("messages=%d logged=%d" % (r["messages"], r["logged"]))' "$1" || die "the sync printed no report (see $1)"
}

# The seeded data set the server figures read: kith dev seed, then an API token (TOKEN) for it. DB
# then names that data set.
seeded_dataset() {
    local vendor=$1
    cli_seed "$vendor" seed "$PEOPLE" "$INTERACTIONS"
    if [ "$vendor" = postgresql ]; then
        pg_vacuum_schema seed
    fi
    timed "$vendor-token" ./kith "${DB[@]}" token create --name bench
    TOKEN=$(head -n 1 "$T_OUT")
    [ -n "$TOKEN" ] || die "$vendor: kith token create printed no token (see $T_OUT)"
}

# ./bench --only LIST: those figures alone (dav, imap, ics, overview), on the seeded data set.
only_vendor() {
    local vendor=$1
    seeded_dataset "$vendor"
    if [[ ,$ONLY, == *,overview,* ]]; then
        timed "$vendor-people-json" ./kith "${DB[@]}" people list --json
        mkdir -p "$WORK/$vendor-workload"
        python3 tools/bench/workload.py "$T_OUT" "$WORK/$vendor-workload" || die "$vendor: cannot make the workload"
        overview_figures "$vendor"
    fi
    [[ ,$ONLY, == *,imap,* ]] && imap_figures "$vendor"
    [[ ,$ONLY, == *,ics,* ]] && ics_figures "$vendor"
    [[ ,$ONLY, == *,dav,* ]] && dav_figures "$vendor"
    return 0
}

bench_vendor() {
    local vendor=$1
    cli_import "$vendor" import_small "$SMALL_PEOPLE"
    cli_import "$vendor" import "$PEOPLE"
    cli_seed "$vendor" seed_small "$SMALL_PEOPLE" "$SMALL_INTERACTIONS"
    seeded_dataset "$vendor"
    timed "$vendor-people-json" ./kith "${DB[@]}" people list --json
    mkdir -p "$WORK/$vendor-workload"
    python3 tools/bench/workload.py "$T_OUT" "$WORK/$vendor-workload" || die "$vendor: cannot make the workload"
    cli_cold_starts "$vendor"
    server_figures "$vendor"
    local seeded=("${DB[@]}")
    web_import "$vendor" "$PEOPLE"
    DB=("${seeded[@]}")
    chart_cost "$vendor"
    small_heap "$vendor"
    imap_figures "$vendor"
    ics_figures "$vendor"
    dav_figures "$vendor"
}

# The older micro-benchmarks, run inside one JVM by Maven (a diagnosis aid, never in the table of
# record), at the same sizes; their markdown goes to DIR.
in_process_benchmarks() {
    local dir=$1
    say "in-process micro-benchmarks (a diagnosis aid, not of record)"
    JAVA_HOME=$(find_jdk25) || die "in-process: no JDK 25 (set JAVA_HOME, or install one under /usr/lib/jvm)"
    export JAVA_HOME
    mkdir -p "$dir"
    ./mvnw -q -B test -Dtest=KithBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dkith.bench.vendors="$VENDORS" \
        -Dkith.bench.people="$PEOPLE" -Dkith.bench.interactions="$INTERACTIONS" -Dkith.bench.out="$dir/kith.md" ||
        die "in-process: KithBenchmark failed"
    ./mvnw -q -B test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.argLine=-Xmx256m \
        -Dkith.bench.connections="$PEOPLE" -Dkith.bench.cards=$((PEOPLE * 10 / 3)) ||
        die "in-process: ImportBenchmark failed"
    cp target/bench/imports.md "$dir/imports.md"
    ./mvnw -q -B test -Dtest=CalendarBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dkith.bench.people="$PEOPLE" \
        -Dkith.bench.calendar.out="$dir/calendar.md" || die "in-process: CalendarBenchmark failed"
}

# The due digests of many members (issue 14's target): K accounts of P people each, seeded in one
# process with their daily digest due, then a server whose scheduler ticks every second sends them to
# a loopback SMTP server (tools/bench/smtp_sink.py). Timed from outside: from /healthz answering to the
# K-th message's arrival; per digest, the gaps between arrivals (the tick sends one after another).
digest_figures() {
    local vendor=$1 accounts=$DIGEST_ACCOUNTS people=$DIGEST_PEOPLE interactions=$DIGEST_INTERACTIONS
    local dir="$WORK/$vendor-digests" port arrivals sink waited=0 up_ms took
    rm -rf "$dir"
    mkdir -p "$dir"
    DB=(--data "$dir")
    if [ "$vendor" = postgresql ]; then
        pg_new_schema digests
        DB+=(--db-url "$DB_URL" --db-user "$PG_USER" --db-password "$PG_PASSWORD")
    fi
    say "$vendor: kith dev seed --accounts $accounts --people $people --interactions $interactions --digest-due"
    timed "$vendor-digest-seed" ./kith "${DB[@]}" dev seed --accounts "$accounts" --people "$people" \
        --interactions "$interactions" --digest-due
    record "$vendor" digest_seed "wall_ms=$T_WALL_MS cpu_ms=$T_CPU_MS rss_kb=$T_RSS_KB accounts=$accounts people=$people"
    if [ "$vendor" = postgresql ]; then
        pg_vacuum_schema digests
    fi
    port=$(free_port)
    arrivals="$dir/arrivals.txt"
    : > "$arrivals"
    "$SINK_PYTHON" tools/bench/smtp_sink.py "$port" "$arrivals" > "$LOGS/$vendor-smtp-sink.log" 2>&1 &
    sink=$!
    until python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$port" \
            2> /dev/null; do
        kill -0 "$sink" 2> /dev/null || die "the SMTP sink did not start (apt-get install -y python3-aiosmtpd; see $LOGS/$vendor-smtp-sink.log)"
        sleep 0.1
    done
    say "$vendor: kith serve sends the $accounts due digests to a loopback SMTP server"
    SERVER_ENV=(KITH_SMTP_URL="smtp://127.0.0.1:$port" KITH_MAIL_FROM=kith@bench.invalid
        KITH_BASE_URL=http://127.0.0.1:8080 KITH_DIGEST_TICK="* * * * * *")
    start_server "$vendor-digest-server"
    SERVER_ENV=()
    up_ms=$(now_ms)
    while [ "$(wc -l < "$arrivals")" -lt "$accounts" ] && [ $waited -lt 600 ]; do
        sleep 1
        waited=$((waited + 1))
    done
    stop_server "$SERVER_PID"
    kill "$sink" 2> /dev/null || true
    wait "$sink" 2> /dev/null || true
    [ "$(wc -l < "$arrivals")" -ge "$accounts" ] ||
        die "$vendor: $(wc -l < "$arrivals") of $accounts digests arrived within 600 s (see $LOGS/$vendor-digest-server.log)"
    [ "$(cut -d' ' -f2 "$arrivals" | sort -u | wc -l)" -eq "$accounts" ] ||
        die "$vendor: the digests did not go to $accounts different accounts once each (see $arrivals)"
    # Each digest's own time, made and sent, as the server's log says it (DeliveryAttempts).
    took=$(sed -n 's/.* sent by email in \([0-9]*\) ms: .*/\1/p' "$LOGS/$vendor-digest-server.log" | paste -sd, -)
    record "$vendor" digests "up_ms=$up_ms arrivals_ms=$(cut -d' ' -f1 "$arrivals" | paste -sd, -) took_ms=${took:-none}" \
        "accounts=$accounts people=$people"
}
