# PostgreSQL for ./bench: the server in $KITH_TEST_DB_URL (with $KITH_TEST_DB_USER and
# $KITH_TEST_DB_PASSWORD), else Debian's own cluster (apt-get install -y postgresql), started if it
# is down and stopped again at the end. Each data set is a schema of its own, named after this run,
# dropped when the run ends however it ends. Sourced by ./bench after tools/bench/lib.sh.

PG_SCHEMAS=()
PG_STARTED=""
PG_LOCAL=""

pg_setup() {
    if [ -n "${KITH_TEST_DB_URL:-}" ]; then
        PG_JDBC=$KITH_TEST_DB_URL
        PG_USER=${KITH_TEST_DB_USER:-}
        PG_PASSWORD=${KITH_TEST_DB_PASSWORD:-}
        PG_WHERE="the server in \$KITH_TEST_DB_URL"
    else
        pg_local_cluster
    fi
    command -v psql > /dev/null || die "PostgreSQL: psql is missing (apt-get install -y postgresql-client)"
    # psql takes the JDBC URL's host, port and database; JDBC-only parameters are left out.
    PG_URI="postgresql://${PG_JDBC#jdbc:postgresql://}"
    PG_URI=${PG_URI%%\?*}
    PG_VERSION=$(pg_sql "SHOW server_version" | cut -d' ' -f1) || die "PostgreSQL: cannot connect to $PG_URI"
    if [ -n "$PG_LOCAL" ]; then
        pg_drop_stale_schemas
    fi
}

# Debian's cluster: the first one pg_lsclusters lists; a role and a database of the benchmark's own.
pg_local_cluster() {
    local version cluster port status
    command -v pg_lsclusters > /dev/null ||
        die "PostgreSQL is not installed: apt-get install -y postgresql, or set KITH_TEST_DB_URL, or run ./bench --vendors sqlite"
    read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
    [ -n "$version" ] || die "PostgreSQL: pg_lsclusters lists no cluster (pg_createcluster 15 main)"
    if [ "$status" != online ]; then
        say "starting PostgreSQL $version/$cluster (stopped again at the end)"
        pg_ctlcluster "$version" "$cluster" start || die "PostgreSQL: pg_ctlcluster $version $cluster start failed"
        PG_STARTED="$version $cluster"
    fi
    if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'kith_bench'" | grep -q 1; then
        as_postgres psql -p "$port" -qc "CREATE ROLE kith_bench LOGIN PASSWORD 'kith_bench'" ||
            die "PostgreSQL: cannot create the role kith_bench"
    fi
    if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'kith_bench'" | grep -q 1; then
        as_postgres createdb -p "$port" -O kith_bench kith_bench || die "PostgreSQL: cannot create the database kith_bench"
    fi
    PG_JDBC="jdbc:postgresql://127.0.0.1:$port/kith_bench"
    PG_USER=kith_bench
    PG_PASSWORD=kith_bench
    PG_LOCAL=yes
    PG_WHERE="Debian's PostgreSQL $version cluster '$cluster'"
}

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -n -u postgres "$@" || die "PostgreSQL: run ./bench as root (or with sudo) to set up the local cluster"
    fi
}

pg_sql() {
    PGOPTIONS="-c client_min_messages=warning" PGPASSWORD=$PG_PASSWORD \
        psql "$PG_URI" ${PG_USER:+-U "$PG_USER"} -v ON_ERROR_STOP=1 -qAt -c "$1"
}

# A new schema for one data set; sets DB_URL to the JDBC URL that puts Kith's tables in it.
pg_new_schema() {
    local schema="kith_bench_${RUN_ID}_$1"
    pg_sql "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" > /dev/null ||
        die "PostgreSQL: cannot create the schema $schema"
    PG_SCHEMAS+=("$schema")
    case "$PG_JDBC" in
        *\?*) DB_URL="$PG_JDBC&currentSchema=$schema" ;;
        *) DB_URL="$PG_JDBC?currentSchema=$schema" ;;
    esac
}

# As autovacuum leaves a database some minutes after a bulk load (visibility map set, statistics
# taken), so that it does not start in the middle of the measurements.
pg_vacuum_schema() {
    local schema="kith_bench_${RUN_ID}_$1"
    PGPASSWORD=$PG_PASSWORD psql "$PG_URI" ${PG_USER:+-U "$PG_USER"} -v ON_ERROR_STOP=1 -qAt > /dev/null <<EOF ||
SELECT format('VACUUM ANALYZE %I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = '$schema' \gexec
EOF
        die "PostgreSQL: VACUUM ANALYZE of $schema failed"
}

# Schemas of earlier runs on this machine whose ./bench is no longer running (killed with -9).
pg_drop_stale_schemas() {
    local schema pid
    for schema in $(pg_sql "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'kith\\_bench\\_%'"); do
        pid=$(cut -d_ -f3 <<< "$schema")
        if [[ $pid =~ ^[0-9]+$ ]] && ! kill -0 "$pid" 2> /dev/null; then
            pg_sql "DROP SCHEMA $schema CASCADE" > /dev/null || true
        fi
    done
}

# At exit, after the servers have stopped: the run's schemas go, and a cluster it started stops.
pg_cleanup() {
    local schema
    for schema in "${PG_SCHEMAS[@]}"; do
        pg_sql "DROP SCHEMA IF EXISTS $schema CASCADE" > /dev/null 2>&1 ||
            say "could not drop the PostgreSQL schema $schema; drop it by hand"
    done
    PG_SCHEMAS=()
    if [ -n "$PG_STARTED" ]; then
        # shellcheck disable=SC2086 # "VERSION CLUSTER"
        pg_ctlcluster $PG_STARTED stop || say "could not stop PostgreSQL $PG_STARTED"
        PG_STARTED=""
    fi
}
