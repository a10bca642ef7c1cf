# shellcheck shell=bash
# Library of the local launcher (deploy/local/platform): runtimes, PostgreSQL, Kafka, Keycloak and the
# Quarkus apps as background processes with PID files. Sourced, never executed; a benchmark script may
# source it too and call the dj_* functions (dj_instance first).
#
# Conventions: every function returns non-zero (after printing why) instead of exiting, so callers under
# `set -e` stop at the first failure; progress lines look like `[ok] kafka ready on 127.0.0.1:9092 (3 s)`.

DJ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DJ_CACHE=${DANGJIAN_CACHE:-$HOME/.cache/dangjian}
DJ_STATE_ROOT=${DANGJIAN_STATE:-$HOME/.local/state/dangjian}
DJ_M2_REPO=${DANGJIAN_M2_REPO:-$HOME/.m2/repository}

DJ_KAFKA_VERSION=4.1.2
DJ_KC_VERSION=26.7.3
DJ_KAFKA_HOME=$DJ_CACHE/kafka-$DJ_KAFKA_VERSION
DJ_KAFKA_LIB=$DJ_KAFKA_HOME/lib
DJ_KC_PRISTINE=$DJ_CACHE/keycloak-$DJ_KC_VERSION
DJ_REALM_FILE=$DJ_ROOT/deploy/keycloak/dangjian-realm.json

# JVM flags of the five Quarkus apps (one place: the start-up benchmark reuses it).
# C1 only (TieredStopAtLevel=1): on two shared cores it starts ~0.7 s faster and settles ~30 MB smaller than full
# tiered compilation; a production deployment that runs for weeks should drop it for C2's peak throughput.
APP_JAVA_OPTS=${APP_JAVA_OPTS:-"-Xms32m -Xmx128m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=128m -XX:TieredStopAtLevel=1"}
# glibc's per-thread malloc arenas cost tens of MB of RSS per JVM for nothing here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
KAFKA_JAVA_OPTS=${KAFKA_JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true"}
KC_HEAP_OPTS=${KC_HEAP_OPTS:-"-Xms64m -Xmx256m"}

DJ_TIMEOUT_KAFKA=${DJ_TIMEOUT_KAFKA:-60}
DJ_TIMEOUT_KEYCLOAK=${DJ_TIMEOUT_KEYCLOAK:-300}
DJ_TIMEOUT_APP=${DJ_TIMEOUT_APP:-180}
DJ_STOP_TIMEOUT=${DJ_STOP_TIMEOUT:-15}

DJ_PG_HOST=127.0.0.1
DJ_PG_PORT=5432
DJ_DB_USER=dangjian
DJ_DB_PASSWORD=dangjian
# service database stems; each has <stem>, <stem>_test (module @QuarkusTests) and <stem>_systest (system tests)
DJ_DB_STEMS=(dangjian_organisation dangjian_member dangjian_activity dangjian_points)

# start order; `down` stops in reverse
DJ_APPS=(organisation-service member-service activity-service volunteer-points-service gateway)

if [[ -n ${JAVA_HOME:-} && -x ${JAVA_HOME}/bin/java ]]; then DJ_JAVA=$JAVA_HOME/bin/java; else DJ_JAVA=java; fi

# ---------------------------------------------------------------------------------------------- output
dj_ok()   { printf '[ok] %s\n' "$*"; }
dj_info() { printf '[..] %s\n' "$*"; }
dj_skip() { printf '[--] %s\n' "$*"; }
dj_fail() { printf '[!!] %s\n' "$*" >&2; }

# ------------------------------------------------------------------------------------------- instances
# dj_instance platform|test — selects the state dir and the ports of Kafka and Keycloak.
dj_instance() {
  DJ_INSTANCE=$1
  DJ_STATE=$DJ_STATE_ROOT/$1
  DJ_PIDS=$DJ_STATE/pids
  DJ_LOGS=$DJ_STATE/logs
  case $1 in
    platform)
      DJ_KAFKA_PORT=9092 DJ_KAFKA_CONTROLLER_PORT=9093 DJ_KC_PORT=8180 DJ_KC_MGMT_PORT=9180
      DJ_KAFKA_CLUSTER_ID=ZGFuZ2ppYW4tbG9jYWwtMQ ;;   # base64url("dangjian-local-1")
    test)
      DJ_KAFKA_PORT=19092 DJ_KAFKA_CONTROLLER_PORT=19093 DJ_KC_PORT=18180 DJ_KC_MGMT_PORT=19180
      DJ_KAFKA_CLUSTER_ID=ZGFuZ2ppYW4tdGVzdHMtMQ ;;   # base64url("dangjian-tests-1")
    *) dj_fail "unknown instance '$1'"; return 1 ;;
  esac
  DJ_KAFKA_BOOTSTRAP=127.0.0.1:$DJ_KAFKA_PORT
  DJ_KC_URL=http://127.0.0.1:$DJ_KC_PORT
  DJ_KC_ISSUER=http://localhost:$DJ_KC_PORT/realms/dangjian
  mkdir -p "$DJ_PIDS" "$DJ_LOGS"
}

dj_other_instance() { [[ $DJ_INSTANCE == platform ]] && echo test || echo platform; }

# ------------------------------------------------------------------------------------------- processes
dj_pidfile() { echo "$DJ_PIDS/$1.pid"; }
dj_pid() { local f; f=$(dj_pidfile "$1"); if [[ -s $f ]]; then cat "$f"; fi; }

# dj_alive PART — the PID file points to a live process that we started for this instance and part
# (checked through the DANGJIAN_PART variable in its environment, so a recycled PID is not mistaken).
dj_alive() {
  local pid; pid=$(dj_pid "$1")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r /proc/$pid/environ ]]; then
    { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qx "DANGJIAN_PART=$DJ_INSTANCE/$1" || return 1
  fi
  return 0
}

# dj_part_log PART — the main log of a part (Kafka's own log4j file; stdout/stderr of the others)
dj_part_log() {
  if [[ $1 == kafka ]]; then echo "$DJ_LOGS/kafka.log"; else echo "$DJ_LOGS/$1.log"; fi
}

dj_show_log_tail() {
  local part=$1 n=${2:-40} f
  for f in "$DJ_LOGS/$part.console.log" "$(dj_part_log "$part")"; do
    [[ -s $f ]] || continue
    printf -- '---- last %s lines of %s\n' "$n" "$f" >&2
    tail -n "$n" "$f" >&2
    printf -- '----\n' >&2
  done
}

# dj_start_bg PART LOGFILE CMD... — runs CMD in its own session (setsid: PID = process group, so `down`
# reaches child processes too, e.g. Keycloak's kc.sh and its JVM), stdin from /dev/null, output to LOGFILE
# (the previous run's log is kept as LOGFILE.prev), PID into pids/PART.pid.
dj_start_bg() {
  local part=$1 log=$2; shift 2
  mkdir -p "$DJ_PIDS" "$(dirname "$log")"
  [[ -f $log ]] && mv -f "$log" "$log.prev"
  printf '=== %s: starting %s (%s)\n' "$(date '+%F %T')" "$part" "$DJ_INSTANCE" >"$log"
  if command -v setsid >/dev/null 2>&1; then
    DANGJIAN_PART="$DJ_INSTANCE/$part" setsid "$@" </dev/null >>"$log" 2>&1 &
  else
    DANGJIAN_PART="$DJ_INSTANCE/$part" nohup "$@" </dev/null >>"$log" 2>&1 &
  fi
  echo $! >"$(dj_pidfile "$part")"
}

dj_http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }
dj_tcp_ok() { timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }

# dj_wait PART TIMEOUT WHAT CHECK... — polls CHECK until it succeeds; fails early if PART died, or after
# TIMEOUT seconds, showing the tail of PART's log. Sets DJ_WAITED (seconds).
dj_wait() {
  local part=$1 timeout=$2 what=$3; shift 3
  local start=$SECONDS
  until "$@"; do
    if ! dj_alive "$part"; then
      dj_fail "$part exited while starting (waited for $what)"
      dj_show_log_tail "$part"
      return 1
    fi
    if (( SECONDS - start >= timeout )); then
      dj_fail "$part not ready after ${timeout} s (waited for $what); it is left running, see 'status'/'logs'"
      dj_show_log_tail "$part"
      return 1
    fi
    sleep 1
  done
  DJ_WAITED=$(( SECONDS - start ))
}

# dj_port_free PART PORT... — refuses to start PART when another program holds one of its ports
dj_port_free() {
  local part=$1 p; shift
  for p in "$@"; do
    if dj_tcp_ok 127.0.0.1 "$p"; then
      dj_fail "cannot start $part: port $p on 127.0.0.1 is already taken by a process this launcher did not start ($DJ_INSTANCE)"
      return 1
    fi
  done
}

# dj_stop PART — TERM to the part's process group, up to DJ_STOP_TIMEOUT s, then KILL
dj_stop() {
  local part=$1 pid target start
  pid=$(dj_pid "$part")
  if ! dj_alive "$part"; then
    rm -f "$(dj_pidfile "$part")"
    dj_skip "$part not running"
    return 0
  fi
  target=$pid
  if [[ $(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') == "$pid" ]]; then target=-$pid; fi
  start=$SECONDS
  kill -TERM -- "$target" 2>/dev/null || true
  while kill -0 -- "$target" 2>/dev/null; do
    if (( SECONDS - start >= DJ_STOP_TIMEOUT )); then
      dj_fail "$part (pid $pid) still running after ${DJ_STOP_TIMEOUT} s: KILL"
      kill -KILL -- "$target" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f "$(dj_pidfile "$part")"
  dj_ok "$part stopped (pid $pid, $(( SECONDS - start )) s)"
}

# ------------------------------------------------------------------------------------------------ locks
# Serialises runtime downloads and database creation between a concurrent `up` and `test`.
dj_lock() {
  command -v flock >/dev/null 2>&1 || return 0
  mkdir -p "$DJ_CACHE"
  exec 9>"$DJ_CACHE/.$1.lock"
  flock 9
}
dj_unlock() {
  command -v flock >/dev/null 2>&1 || return 0
  flock -u 9 || true
  exec 9>&-
}

dj_mvnw() { (cd "$DJ_ROOT" && ./mvnw "$@"); }

# -------------------------------------------------------------------------------------------- runtimes
# Kafka: Maven Central jars copied once into ~/.cache/dangjian/kafka-<v>/lib (temp dir + rename, so an
# interrupted fetch is redone).
dj_kafka_fetch() {
  [[ -d $DJ_KAFKA_LIB ]] && return 0
  dj_lock runtimes
  if [[ ! -d $DJ_KAFKA_LIB ]]; then
    dj_info "fetching Kafka $DJ_KAFKA_VERSION jars into $DJ_KAFKA_LIB"
    mkdir -p "$DJ_KAFKA_HOME"
    rm -rf "$DJ_KAFKA_HOME"/lib.partial.*
    local tmp=$DJ_KAFKA_HOME/lib.partial.$$
    if ! dj_mvnw -q -B -f deploy/runtimes/kafka/pom.xml dependency:copy-dependencies -DoutputDirectory="$tmp"; then
      rm -rf "$tmp"; dj_unlock
      dj_fail "could not fetch the Kafka jars (Maven Central reachable? see the Maven output above)"
      return 1
    fi
    mv "$tmp" "$DJ_KAFKA_LIB"
    dj_ok "Kafka $DJ_KAFKA_VERSION jars in $DJ_KAFKA_LIB ($(ls "$DJ_KAFKA_LIB" | wc -l) jars)"
  fi
  dj_unlock
}

# Keycloak: the distribution zip from Maven Central (via ~/.m2), unpacked once, kept pristine; every
# instance runs its own copy (build-time options and the dev database live inside the folder).
dj_keycloak_fetch() {
  [[ -x $DJ_KC_PRISTINE/bin/kc.sh ]] && return 0
  dj_lock runtimes
  if [[ ! -x $DJ_KC_PRISTINE/bin/kc.sh ]]; then
    local zip=$DJ_M2_REPO/org/keycloak/keycloak-quarkus-dist/$DJ_KC_VERSION/keycloak-quarkus-dist-$DJ_KC_VERSION.zip
    if [[ ! -f $zip ]]; then
      dj_info "downloading Keycloak $DJ_KC_VERSION (170 MB) into ~/.m2"
      # -Dtransitive=false: only the zip (its pom names dependencies that are not all on Maven Central)
      if ! dj_mvnw -q -B -f deploy/runtimes/kafka/pom.xml dependency:get \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$DJ_KC_VERSION:zip" -Dtransitive=false; then
        dj_unlock; dj_fail "could not download org.keycloak:keycloak-quarkus-dist:$DJ_KC_VERSION:zip"; return 1
      fi
    fi
    dj_info "unpacking Keycloak $DJ_KC_VERSION into $DJ_KC_PRISTINE"
    mkdir -p "$DJ_CACHE"
    rm -rf "$DJ_CACHE"/keycloak.partial.*
    local tmp=$DJ_CACHE/keycloak.partial.$$
    mkdir -p "$tmp"
    if ! unzip -q "$zip" -d "$tmp"; then
      rm -rf "$tmp"; dj_unlock
      dj_fail "could not unpack $zip (damaged? delete it and retry)"; return 1
    fi
    mv "$tmp/keycloak-$DJ_KC_VERSION" "$DJ_KC_PRISTINE"
    rm -rf "$tmp"
    dj_ok "Keycloak $DJ_KC_VERSION unpacked"
  fi
  dj_unlock
}

dj_fetch_runtimes() { dj_kafka_fetch && dj_keycloak_fetch; }

# ----------------------------------------------------------------------------------------------- Kafka
dj_kafka_write_config() {
  local conf=$DJ_STATE/kafka/server.properties
  mkdir -p "$DJ_STATE/kafka" "$DJ_STATE/kafka-data"
  cp "$DJ_ROOT/deploy/runtimes/kafka/log4j2.xml" "$DJ_STATE/kafka/log4j2.xml"
  cat >"$conf" <<EOF
# generated by deploy/local/lib.sh for the '$DJ_INSTANCE' instance; rewritten at every start
node.id=1
process.roles=broker,controller
controller.quorum.bootstrap.servers=127.0.0.1:$DJ_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$DJ_KAFKA_PORT,CONTROLLER://127.0.0.1:$DJ_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$DJ_KAFKA_PORT,CONTROLLER://127.0.0.1:$DJ_KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DJ_STATE/kafka-data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=3
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# the 128 MB default would be taken from the small heap at start
log.cleaner.dedupe.buffer.size=8388608
log.retention.hours=168
log.segment.bytes=67108864
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
EOF
  echo "$conf"
}

dj_kafka_start() {
  local conf
  if dj_alive kafka; then
    dj_ok "kafka already running (pid $(dj_pid kafka))"
    return 0
  fi
  dj_port_free kafka "$DJ_KAFKA_PORT" "$DJ_KAFKA_CONTROLLER_PORT" || return 1
  conf=$(dj_kafka_write_config)
  if [[ ! -f $DJ_STATE/kafka-data/meta.properties ]]; then
    if ! "$DJ_JAVA" -cp "$DJ_KAFKA_LIB/*" -Dkafka.logs.dir="$DJ_LOGS" \
          -Dlog4j2.configurationFile="$DJ_STATE/kafka/log4j2.xml" \
          kafka.tools.StorageTool format -t "$DJ_KAFKA_CLUSTER_ID" -c "$conf" --standalone \
          >"$DJ_LOGS/kafka-format.log" 2>&1; then
      dj_fail "formatting Kafka storage failed:"; cat "$DJ_LOGS/kafka-format.log" >&2; return 1
    fi
    dj_ok "kafka storage formatted (cluster id $DJ_KAFKA_CLUSTER_ID)"
  fi
  # shellcheck disable=SC2086
  dj_start_bg kafka "$DJ_LOGS/kafka.console.log" "$DJ_JAVA" $KAFKA_JAVA_OPTS \
    -Dkafka.logs.dir="$DJ_LOGS" -Dlog4j2.configurationFile="$DJ_STATE/kafka/log4j2.xml" \
    -cp "$DJ_KAFKA_LIB/*" kafka.Kafka "$conf"
  DJ_STARTED_AT_kafka=$SECONDS
  dj_info "kafka starting (pid $(dj_pid kafka))"
}

dj_kafka_wait() {
  local start=${DJ_STARTED_AT_kafka:-$SECONDS}
  dj_wait kafka "$DJ_TIMEOUT_KAFKA" "TCP $DJ_KAFKA_BOOTSTRAP" dj_tcp_ok 127.0.0.1 "$DJ_KAFKA_PORT" || return 1
  dj_ok "kafka ready on $DJ_KAFKA_BOOTSTRAP ($(( SECONDS - start )) s)"
}

# -------------------------------------------------------------------------------------------- Keycloak
# The instance's own copy of Keycloak, with the realm file in data/import/. When the realm file changed
# since this copy imported it, its dev database is dropped so that the new realm is imported at start
# (Keycloak never re-imports an existing realm).
dj_keycloak_prepare() {
  local kc=$DJ_STATE/keycloak sum old=""
  if [[ ! -x $kc/bin/kc.sh ]]; then
    rm -rf "$kc" "$kc.partial"
    cp -a "$DJ_KC_PRISTINE" "$kc.partial"
    mv "$kc.partial" "$kc"
  fi
  sum=$(sha256sum "$DJ_REALM_FILE" | cut -d' ' -f1)
  [[ -f $kc/data/dangjian-realm.sha256 ]] && old=$(cat "$kc/data/dangjian-realm.sha256")
  if [[ $old != "$sum" && -d $kc/data/h2 ]]; then
    dj_info "keycloak ($DJ_INSTANCE): realm file changed, dropping its dev database to re-import the realm"
    rm -rf "$kc/data/h2"
  fi
  mkdir -p "$kc/data/import"
  cp "$DJ_REALM_FILE" "$kc/data/import/dangjian-realm.json"
  echo "$sum" >"$kc/data/dangjian-realm.sha256"
}

dj_keycloak_start() {
  if dj_alive keycloak; then
    if [[ $(cat "$DJ_STATE/keycloak/data/dangjian-realm.sha256" 2>/dev/null) == "$(sha256sum "$DJ_REALM_FILE" | cut -d' ' -f1)" ]]; then
      dj_ok "keycloak already running (pid $(dj_pid keycloak))"
      return 0
    fi
    dj_info "keycloak ($DJ_INSTANCE) runs an older realm file: restarting it"
    dj_stop keycloak
  fi
  dj_port_free keycloak "$DJ_KC_PORT" "$DJ_KC_MGMT_PORT" || return 1
  dj_keycloak_prepare
  local kc=$DJ_STATE/keycloak
  dj_start_bg keycloak "$DJ_LOGS/keycloak.log" env \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="$KC_HEAP_OPTS" \
    "$kc/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$DJ_KC_PORT" --http-management-port="$DJ_KC_MGMT_PORT" \
      --health-enabled=true --hostname="http://localhost:$DJ_KC_PORT" --hostname-backchannel-dynamic=true \
      --import-realm
  DJ_STARTED_AT_keycloak=$SECONDS
  dj_info "keycloak starting (pid $(dj_pid keycloak); a fresh instance builds itself first, ~1 min)"
}

dj_keycloak_wait() {
  local start=${DJ_STARTED_AT_keycloak:-$SECONDS}
  dj_wait keycloak "$DJ_TIMEOUT_KEYCLOAK" "http://127.0.0.1:$DJ_KC_MGMT_PORT/health/ready" \
    dj_http_ok "http://127.0.0.1:$DJ_KC_MGMT_PORT/health/ready" || return 1
  if ! dj_http_ok "$DJ_KC_URL/realms/dangjian/.well-known/openid-configuration"; then
    dj_fail "keycloak is up but realm 'dangjian' is missing (import failed?)"
    dj_show_log_tail keycloak; return 1
  fi
  dj_ok "keycloak ready on $DJ_KC_URL, issuer $DJ_KC_ISSUER ($(( SECONDS - start )) s)"
}

# ------------------------------------------------------------------------------------------ PostgreSQL
dj_pg_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$DJ_PG_HOST" -p "$DJ_PG_PORT"
  else
    dj_tcp_ok "$DJ_PG_HOST" "$DJ_PG_PORT"
  fi
}

dj_pg_cluster() { pg_lsclusters -h 2>/dev/null | awk -v p="$DJ_PG_PORT" '$3 == p { print $1, $2; exit }'; }

# psql as the postgres superuser over the local socket
dj_pg_admin_psql() {
  if [[ $(id -u) -eq 0 ]]; then
    if command -v runuser >/dev/null 2>&1; then
      (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$DJ_PG_PORT" -d postgres "$@")
    else
      (cd / && su postgres -s /bin/sh -c "psql -X -q -v ON_ERROR_STOP=1 -p $DJ_PG_PORT -d postgres")
    fi
  elif command -v sudo >/dev/null 2>&1; then
    (cd / && sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 -p "$DJ_PG_PORT" -d postgres "$@")
  else
    dj_fail "need root or sudo to create the role and databases as the postgres user"; return 1
  fi
}

dj_db_names() {
  local s
  for s in "${DJ_DB_STEMS[@]}"; do echo "$s" "${s}_test" "${s}_systest"; done | tr ' ' '\n'
}

dj_pg_login_ok() {
  PGPASSWORD=$DJ_DB_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -At -h "$DJ_PG_HOST" -p "$DJ_PG_PORT" \
    -U "$DJ_DB_USER" -d "${1:-postgres}" -c "${2:-select 1}" 2>/dev/null
}

# dj_pg_ensure — PostgreSQL on 127.0.0.1:5432 (starting the local cluster, or installing Debian's, if
# needed; a cluster we start is recorded in the state dir so that `down` stops it), then role and databases.
dj_pg_ensure() {
  local start=$SECONDS cluster
  if dj_pg_ready; then
    dj_ok "postgresql ready on $DJ_PG_HOST:$DJ_PG_PORT"
  else
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
      if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
        dj_info "installing PostgreSQL (apt-get install postgresql)"
        apt-get update -q >"$DJ_LOGS/apt.log" 2>&1 &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >>"$DJ_LOGS/apt.log" 2>&1 || {
            dj_fail "apt-get install postgresql failed, see $DJ_LOGS/apt.log"; return 1; }
      else
        dj_fail "no PostgreSQL on $DJ_PG_HOST:$DJ_PG_PORT and no way to start one here."
        dj_fail "Install PostgreSQL 15+ listening on 127.0.0.1:5432 (Debian/Ubuntu: apt-get install postgresql;"
        dj_fail "macOS: brew install postgresql@15 && brew services start postgresql@15), then run this again."
        return 1
      fi
    fi
    if ! dj_pg_ready; then
      cluster=$(dj_pg_cluster)
      if [[ -z $cluster ]]; then dj_fail "no PostgreSQL cluster on port $DJ_PG_PORT (pg_lsclusters)"; return 1; fi
      # shellcheck disable=SC2086
      pg_ctlcluster $cluster start || { dj_fail "pg_ctlcluster $cluster start failed"; return 1; }
      echo "$cluster" >"$DJ_STATE/postgresql-started-by-launcher"
      dj_ok "postgresql cluster $cluster started by the launcher (will be stopped by 'down')"
    fi
    until dj_pg_ready; do
      if (( SECONDS - start >= 30 )); then dj_fail "postgresql not ready after 30 s"; return 1; fi
      sleep 1
    done
    dj_ok "postgresql ready on $DJ_PG_HOST:$DJ_PG_PORT ($(( SECONDS - start )) s)"
  fi
  dj_pg_databases
}

dj_pg_databases() {
  local names list n want have
  names=$(dj_db_names)
  want=$(wc -l <<<"$names")
  list=$(sed "s/.*/'&'/" <<<"$names" | paste -sd, -)
  have=$(dj_pg_login_ok postgres "select count(*) from pg_database where datname in ($list) and pg_get_userbyid(datdba) = '$DJ_DB_USER'" || true)
  if [[ $have != "$want" ]]; then
    dj_lock postgres
    {
      cat <<EOF
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DJ_DB_USER') THEN
    CREATE ROLE $DJ_DB_USER LOGIN CREATEDB PASSWORD '$DJ_DB_PASSWORD';
  ELSE
    ALTER ROLE $DJ_DB_USER LOGIN CREATEDB PASSWORD '$DJ_DB_PASSWORD';
  END IF;
END \$\$;
EOF
      for n in $names; do
        echo "SELECT 'CREATE DATABASE $n OWNER $DJ_DB_USER ENCODING ''UTF8'' TEMPLATE template0' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$n') \\gexec"
        echo "ALTER DATABASE $n OWNER TO $DJ_DB_USER;"
      done
    } | dj_pg_admin_psql >"$DJ_LOGS/postgresql-setup.log" 2>&1 || {
      dj_unlock; dj_fail "creating role/databases failed:"; cat "$DJ_LOGS/postgresql-setup.log" >&2; return 1; }
    dj_unlock
  fi
  if [[ $(dj_pg_login_ok dangjian_member "select current_user") != "$DJ_DB_USER" ]]; then
    dj_fail "password login as '$DJ_DB_USER' over TCP to $DJ_PG_HOST:$DJ_PG_PORT fails."
    dj_fail "pg_hba.conf needs e.g. 'host all all 127.0.0.1/32 scram-sha-256' (Debian's default has it)."
    return 1
  fi
  dj_ok "postgresql role '$DJ_DB_USER' and $want databases ready ($(paste -sd' ' <<<"$names" | cut -c1-60)...)"
}

# dj_pg_release — stops PostgreSQL if this instance's launcher started it, unless the other instance still
# runs (then the other instance inherits the duty).
dj_pg_release() {
  local marker=$DJ_STATE/postgresql-started-by-launcher cluster other
  [[ -f $marker ]] || return 0
  cluster=$(cat "$marker")
  other=$(dj_other_instance)
  if ( dj_instance "$other" >/dev/null && { dj_alive kafka || dj_alive keycloak; } ); then
    mv -f "$marker" "$DJ_STATE_ROOT/$other/postgresql-started-by-launcher"
    dj_skip "postgresql left running (the $other instance still uses it)"
    return 0
  fi
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster stop && rm -f "$marker" && dj_ok "postgresql cluster $cluster stopped"
}

# -------------------------------------------------------------------------------------------- the apps
dj_app_port() {
  case $1 in
    gateway) echo 8080 ;; member-service) echo 8081 ;; organisation-service) echo 8082 ;;
    activity-service) echo 8083 ;; volunteer-points-service) echo 8084 ;;
    *) return 1 ;;
  esac
}
dj_app_db() {
  case $1 in
    organisation-service) echo dangjian_organisation ;; member-service) echo dangjian_member ;;
    activity-service) echo dangjian_activity ;; volunteer-points-service) echo dangjian_points ;;
    *) return 1 ;;
  esac
}
dj_app_jar() { echo "$DJ_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# dj_app_env APP — the environment variables the app reads (one NAME=value per line)
dj_app_env() {
  local app=$1
  echo "HTTP_HOST=127.0.0.1"
  echo "HTTP_PORT=$(dj_app_port "$app")"
  echo "OIDC_AUTH_SERVER_URL=http://127.0.0.1:$DJ_KC_PORT/realms/dangjian"
  if [[ $app == gateway ]]; then
    echo "MEMBER_SERVICE_URL=http://127.0.0.1:8081"
    echo "ORGANISATION_SERVICE_URL=http://127.0.0.1:8082"
    echo "ACTIVITY_SERVICE_URL=http://127.0.0.1:8083"
    echo "VOLUNTEER_POINTS_SERVICE_URL=http://127.0.0.1:8084"
    echo "GATEWAY_RATE_LIMIT_ENABLED=${GATEWAY_RATE_LIMIT_ENABLED:-true}"
  else
    echo "DB_URL=jdbc:postgresql://$DJ_PG_HOST:$DJ_PG_PORT/$(dj_app_db "$app")"
    echo "DB_USERNAME=$DJ_DB_USER"
    echo "DB_PASSWORD=$DJ_DB_PASSWORD"
    echo "KAFKA_BOOTSTRAP_SERVERS=$DJ_KAFKA_BOOTSTRAP"
  fi
}

# dj_apps_need_build — true when a jar is missing or older than its module's (or the shared modules') sources
dj_apps_need_build() {
  local app jar
  for app in "${DJ_APPS[@]}"; do
    jar=$(dj_app_jar "$app")
    [[ -f $jar ]] || return 0
    if [[ -n $(cd "$DJ_ROOT" && find "$app/src" "$app/pom.xml" pom.xml \
                 platform-web/src platform-web/pom.xml platform-events/src platform-events/pom.xml \
                 -type f -newer "$jar" -print -quit 2>/dev/null) ]]; then
      return 0
    fi
  done
  return 1
}

dj_apps_build() {
  if dj_apps_need_build; then
    local start=$SECONDS
    dj_info "building the apps (./mvnw -B -q -DskipTests install)"
    dj_mvnw -B -q -DskipTests install || { dj_fail "build failed"; return 1; }
    dj_ok "apps built ($(( SECONDS - start )) s)"
  else
    dj_ok "apps up to date (target/quarkus-app/quarkus-run.jar newer than sources)"
  fi
}

dj_app_start() {
  local app=$1 port jar
  port=$(dj_app_port "$app")
  jar=$(dj_app_jar "$app")
  if dj_alive "$app"; then
    dj_ok "$app already running (pid $(dj_pid "$app"))"
    return 0
  fi
  [[ -f $jar ]] || { dj_fail "$jar is missing (build first)"; return 1; }
  dj_port_free "$app" "$port" || return 1
  mkdir -p "$DJ_STATE/run/$app"
  local -a envs
  mapfile -t envs < <(dj_app_env "$app")
  # cwd: an empty folder of its own, so no stray .env or config/ of the caller is picked up
  # shellcheck disable=SC2086
  (cd "$DJ_STATE/run/$app" && dj_start_bg "$app" "$DJ_LOGS/$app.log" env "${envs[@]}" \
      "$DJ_JAVA" $APP_JAVA_OPTS -jar "$jar")
  eval "DJ_STARTED_AT_${app//-/_}=$SECONDS"
  dj_info "$app starting on 127.0.0.1:$port (pid $(dj_pid "$app"))"
}

dj_app_wait() {
  local app=$1 port var start
  port=$(dj_app_port "$app")
  var=DJ_STARTED_AT_${app//-/_}
  start=${!var:-$SECONDS}
  dj_wait "$app" "$DJ_TIMEOUT_APP" "http://127.0.0.1:$port/q/health/ready" \
    dj_http_ok "http://127.0.0.1:$port/q/health/ready" || return 1
  dj_ok "$app ready on http://127.0.0.1:$port ($(( SECONDS - start )) s)"
}

# --------------------------------------------------------------------------------------------- status
# dj_part_port PART, dj_part_ready PART — for `status`
dj_part_port() {
  case $1 in
    postgresql) echo "$DJ_PG_PORT" ;; kafka) echo "$DJ_KAFKA_PORT" ;; keycloak) echo "$DJ_KC_PORT" ;;
    *) dj_app_port "$1" ;;
  esac
}
dj_part_ready() {
  case $1 in
    postgresql) dj_pg_ready ;;
    kafka) dj_tcp_ok 127.0.0.1 "$DJ_KAFKA_PORT" ;;
    keycloak) dj_http_ok "http://127.0.0.1:$DJ_KC_MGMT_PORT/health/ready" ;;
    *) dj_http_ok "http://127.0.0.1:$(dj_app_port "$1")/q/health/ready" ;;
  esac
}

dj_status_line() {
  local part=$1 state pid="-" ready="-"
  if [[ $part == postgresql ]]; then
    if dj_pg_ready; then state=running; ready=ready; else state=stopped; fi
    [[ -f $DJ_STATE/postgresql-started-by-launcher ]] && pid="(ours)"
  elif dj_alive "$part"; then
    state=running; pid=$(dj_pid "$part")
    if dj_part_ready "$part"; then ready=ready; else ready="not ready"; fi
  else
    state=stopped
  fi
  printf '%-26s %-8s pid %-8s 127.0.0.1:%-6s %s\n' "$part" "$state" "$pid" "$(dj_part_port "$part")" "$ready"
}
