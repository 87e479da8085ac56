# shellcheck shell=bash
# Shared functions for the deploy/local scripts. Source it; do not execute it:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# Provides REPO_ROOT, DEPLOY_DIR, RUN_DIR (deploy/local/.run), PID_DIR, LOG_DIR, the stack's ports
# and URLs (see STACK_PORT_OFFSET below) and:
#   start_bg NAME CMD [ARGS...]      start CMD in the background in its own session; PID in
#                                    .run/pids/NAME.pid, output in .run/logs/NAME.log; no-op if the
#                                    recorded PID is alive. Env/cwd: set them in the caller (subshell).
#   is_running NAME                  true if .run/pids/NAME.pid names a live process
#   stop NAME [TIMEOUT_S]            SIGTERM the process group of NAME, wait (default 30 s), then SIGKILL
#   wait_port PORT TIMEOUT_S [NAME]  wait until 127.0.0.1:PORT accepts TCP connections
#   wait_http URL TIMEOUT_S [NAME]   wait until URL answers 2xx
#   wait_log FILE PATTERN TIMEOUT_S [NAME]  wait until FILE contains the (grep -E) PATTERN
#   port_open PORT                   true if 127.0.0.1:PORT accepts TCP connections now
#   mvn_cmd                          prints ./mvnw if the repo has one, else mvn
#   lock_run_dir                     take an exclusive lock on .run/.lock (fd 9) until the script exits
# The wait_* functions return 1 on timeout, and fail early when NAME is given and its process died.

# Guard against double sourcing.
if [[ -n "${_SAFEGUARDING_LIB_SH:-}" ]]; then return 0; fi
_SAFEGUARDING_LIB_SH=1

DEPLOY_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPLOY_DIR="$(cd "$DEPLOY_LOCAL_DIR/.." && pwd)"
REPO_ROOT="$(cd "$DEPLOY_DIR/.." && pwd)"
RUN_DIR="${RUN_DIR:-$DEPLOY_LOCAL_DIR/.run}"
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"
mkdir -p "$PID_DIR" "$LOG_DIR"
export REPO_ROOT

# Ports and URLs of the stack. STACK_PORT_OFFSET (default 0) moves every port at once, so a second
# stack (e.g. deploy/reliability/fault-runs from another checkout) can run beside the usual one:
# offset 20000 gives PostgreSQL 25432, Kafka 29092, Keycloak 28180, services 28081-28084.
# Each port can also be set on its own. Exported for the services, seeds, tests and scripts.
STACK_PORT_OFFSET="${STACK_PORT_OFFSET:-0}"
PG_PORT="${PG_PORT:-$((5432 + STACK_PORT_OFFSET))}"
KAFKA_PORT="${KAFKA_PORT:-$((9092 + STACK_PORT_OFFSET))}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((9093 + STACK_PORT_OFFSET))}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-$((8180 + STACK_PORT_OFFSET))}"
INGESTION_PORT="${INGESTION_PORT:-$((8081 + STACK_PORT_OFFSET))}"
INDICATOR_PORT="${INDICATOR_PORT:-$((8082 + STACK_PORT_OFFSET))}"
EVIDENCE_PORT="${EVIDENCE_PORT:-$((8083 + STACK_PORT_OFFSET))}"
PUBLICATION_PORT="${PUBLICATION_PORT:-$((8084 + STACK_PORT_OFFSET))}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:$KEYCLOAK_PORT}"
INGESTION_URL="${INGESTION_URL:-http://localhost:$INGESTION_PORT}"
INDICATOR_URL="${INDICATOR_URL:-http://localhost:$INDICATOR_PORT}"
EVIDENCE_URL="${EVIDENCE_URL:-http://localhost:$EVIDENCE_PORT}"
PUBLICATION_URL="${PUBLICATION_URL:-http://localhost:$PUBLICATION_PORT}"
KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:$KAFKA_PORT}"
PG_HOST_PORT="${PG_HOST_PORT:-localhost:$PG_PORT}"
export STACK_PORT_OFFSET PG_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT KEYCLOAK_PORT \
  INGESTION_PORT INDICATOR_PORT EVIDENCE_PORT PUBLICATION_PORT KEYCLOAK_URL INGESTION_URL \
  INDICATOR_URL EVIDENCE_URL PUBLICATION_URL KAFKA_BOOTSTRAP_SERVERS PG_HOST_PORT

info() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[%s] WARN: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

pid_file() { echo "$PID_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

# Prints the recorded PID of NAME (empty if none).
recorded_pid() {
  local f
  f="$(pid_file "$1")"
  [[ -s "$f" ]] && tr -dc '0-9' <"$f" || true
}

is_running() {
  local pid
  pid="$(recorded_pid "$1")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

start_bg() {
  local name="$1"
  shift
  if is_running "$name"; then
    info "$name already running (pid $(recorded_pid "$name"))"
    return 0
  fi
  local log
  log="$(log_file "$name")"
  # keep the previous log for post-mortems
  [[ -s "$log" ]] && mv -f "$log" "$log.1"
  # setsid: own session and process group (pgid = pid), so Ctrl-C in the caller's terminal or the
  # end of the caller's job does not stop it, and `stop` can signal its whole group.
  # In a non-interactive shell the background child is not a group leader, so setsid does not
  # fork again and $! is the PID of CMD itself.
  # fd 9 is infra-up's lock (see lock_run_dir): the long-running child must not inherit it.
  if command -v setsid >/dev/null 2>&1; then
    nohup setsid "$@" >"$log" 2>&1 </dev/null 9>&- &
  else
    nohup "$@" >"$log" 2>&1 </dev/null 9>&- &
  fi
  echo $! >"$(pid_file "$name")"
  info "$name started (pid $!, log ${log#"$REPO_ROOT"/})"
}

# Fails when NAME was given and its process is gone (used by the wait_* loops).
_check_alive() {
  local name="${1:-}"
  [[ -z "$name" ]] && return 0
  if ! is_running "$name"; then
    warn "$name exited; last lines of $(log_file "$name"):"
    tail -n 30 "$(log_file "$name")" >&2 2>/dev/null || true
    return 1
  fi
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

wait_port() {
  local port="$1" timeout="$2" name="${3:-}" deadline=$((SECONDS + $2))
  until port_open "$port"; do
    _check_alive "$name" || return 1
    if ((SECONDS >= deadline)); then
      warn "timed out after ${timeout}s waiting for port $port${name:+ ($name)}"
      return 1
    fi
    sleep 0.2
  done
}

wait_http() {
  local url="$1" timeout="$2" name="${3:-}" deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    _check_alive "$name" || return 1
    if ((SECONDS >= deadline)); then
      warn "timed out after ${timeout}s waiting for $url${name:+ ($name)}"
      return 1
    fi
    sleep 0.5
  done
}

wait_log() {
  local file="$1" pattern="$2" timeout="$3" name="${4:-}" deadline=$((SECONDS + $3))
  until grep -Eq -- "$pattern" "$file" 2>/dev/null; do
    _check_alive "$name" || return 1
    if ((SECONDS >= deadline)); then
      warn "timed out after ${timeout}s waiting for /$pattern/ in $file"
      return 1
    fi
    sleep 0.2
  done
}

stop() {
  local name="$1" timeout="${2:-30}" pid pgid target
  pid="$(recorded_pid "$name")"
  if [[ -z "$pid" ]]; then
    info "$name: not started by these scripts (no pid file)"
    return 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    info "$name: not running (stale pid $pid)"
    rm -f "$(pid_file "$name")"
    return 0
  fi
  # Signal the whole process group when start_bg made the process its leader (setsid), so
  # wrapper scripts (kc.sh) and their JVMs stop together; otherwise just the PID.
  pgid="$(pgid_of "$pid")"
  if [[ "$pgid" == "$pid" ]]; then target="-$pid"; else target="$pid"; fi
  info "$name: stopping (pid $pid)"
  kill -TERM -- "$target" 2>/dev/null || true
  local deadline=$((SECONDS + timeout))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      warn "$name did not stop within ${timeout}s: SIGKILL"
      kill -KILL -- "$target" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  # stragglers of the group (e.g. the JVM under kc.sh)
  if [[ "$target" == -* ]] && command -v pgrep >/dev/null 2>&1 && pgrep -g "$pid" >/dev/null 2>&1; then
    sleep 1
    kill -KILL -- "$target" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  info "$name: stopped"
}

# Process group id of PID (ps if installed, else /proc: field 5 after the ")" ending the command name).
pgid_of() {
  local st
  if command -v ps >/dev/null 2>&1; then
    ps -o pgid= -p "$1" 2>/dev/null | tr -d ' ' || true
  elif st="$(cat "/proc/$1/stat" 2>/dev/null)"; then
    st="${st##*) }"
    echo "$st" | cut -d' ' -f3
  fi
}

# Serialise concurrent runs (e.g. two `up` commands at once) on fd 9; released when the script exits.
lock_run_dir() {
  command -v flock >/dev/null 2>&1 || return 0
  exec 9>"$RUN_DIR/.lock"
  if ! flock -n 9; then
    info "another infra-up/infra-down is running: waiting for it"
    flock 9
  fi
}

mvn_cmd() {
  if [[ -x "$REPO_ROOT/mvnw" ]]; then echo "$REPO_ROOT/mvnw"; else echo mvn; fi
}

java_cmd() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then echo "$JAVA_HOME/bin/java"; else echo java; fi
}

# sha256 of the given files (used to re-fetch or re-import when a pom/realm changes)
files_sha() { cat "$@" | sha256sum | cut -c1-64; }
