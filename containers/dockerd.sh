#!/bin/sh
# Start or stop a local Docker engine for the conformance harness.
#
#   containers/dockerd.sh start    install docker.io + debootstrap if missing, start dockerd
#   containers/dockerd.sh stop     stop the dockerd that `start` launched (by its PID)
#   containers/dockerd.sh status   exit 0 when an engine answers
#
# No image registry is reachable here, so dockerd runs without touching the
# host's firewall or forwarding (--iptables=false --ip-forward=false
# --bridge=none); containers must use --network none.  Images are built
# locally by `python -m conformance.harness.images build`.
#
# Environment:
#   UTAH_DOCKERD_DIR      state dir (pidfile, log); default /var/run/utah-dockerd
#   UTAH_DOCKERD_TIMEOUT  seconds to wait for `docker info`; default 60
#   UTAH_DOCKER_DATA      data root; default /var/lib/docker
set -eu

STATE_DIR=${UTAH_DOCKERD_DIR:-/var/run/utah-dockerd}
PIDFILE=$STATE_DIR/dockerd.pid
LOG=$STATE_DIR/dockerd.log
TIMEOUT=${UTAH_DOCKERD_TIMEOUT:-60}
DATA_ROOT=${UTAH_DOCKER_DATA:-/var/lib/docker}

log() { printf 'dockerd.sh: %s\n' "$*" >&2; }

engine_answers() {
    command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

install_missing() {
    missing=
    command -v dockerd >/dev/null 2>&1 || missing="$missing docker.io"
    command -v docker >/dev/null 2>&1 || missing="$missing docker.io"
    command -v debootstrap >/dev/null 2>&1 || missing="$missing debootstrap"
    [ -n "$missing" ] || return 0
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ')
    log "installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q </dev/null >&2
    # shellcheck disable=SC2086
    as_root apt-get install -y -q --no-install-recommends $missing </dev/null >&2
}

our_pid() {
    # Prints the PID of the dockerd we started, if it is still alive.
    [ -f "$PIDFILE" ] || return 1
    pid=$(cat "$PIDFILE" 2>/dev/null || true)
    [ -n "$pid" ] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against PID reuse: the process must be a dockerd.
    case "$(cat "/proc/$pid/comm" 2>/dev/null || true)" in
        dockerd) printf '%s\n' "$pid" ;;
        *) return 1 ;;
    esac
}

launch() {
    driver=$1
    : >"$LOG"
    # setsid + nohup: the daemon outlives this script and its session, and
    # does not read from (or get signals via) the caller's terminal.
    setsid nohup dockerd \
        --data-root "$DATA_ROOT" \
        --storage-driver "$driver" \
        --iptables=false --ip-forward=false --bridge=none \
        --pidfile "$STATE_DIR/dockerd.internal.pid" \
        </dev/null >>"$LOG" 2>&1 &
    echo $! >"$PIDFILE"
}

wait_ready() {
    # Returns 0 once `docker info` answers, 1 if our daemon died, 2 on timeout.
    deadline=$(( $(date +%s) + TIMEOUT ))
    while :; do
        if engine_answers; then return 0; fi
        our_pid >/dev/null || return 1
        [ "$(date +%s)" -lt "$deadline" ] || return 2
        sleep 0.2
    done
}

fail_with_log() {
    log "$1; last lines of $LOG:"
    tail -n 30 "$LOG" >&2 || true
    exit 1
}

start() {
    if engine_answers; then
        log "a Docker engine already answers; nothing to do"
        return 0
    fi
    install_missing
    mkdir -p "$STATE_DIR"
    if pid=$(our_pid); then
        log "dockerd (pid $pid) already started; waiting for it"
        wait_ready && return 0
        fail_with_log "dockerd (pid $pid) does not answer"
    fi
    for driver in overlay2 vfs; do
        log "starting dockerd (storage driver $driver)"
        launch "$driver"
        rc=0
        wait_ready || rc=$?
        case $rc in
            0) log "dockerd ready (pid $(cat "$PIDFILE"), driver $driver, log $LOG)"
               return 0 ;;
            2) stop_ours
               fail_with_log "dockerd did not answer within ${TIMEOUT}s" ;;
        esac
        log "dockerd exited with storage driver $driver:"
        tail -n 10 "$LOG" >&2 || true
        rm -f "$PIDFILE"
    done
    fail_with_log "could not start dockerd"
}

stop_ours() {
    if ! pid=$(our_pid); then
        log "no dockerd started by this script is running"
        rm -f "$PIDFILE"
        return 0
    fi
    log "stopping dockerd (pid $pid)"
    kill -TERM "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1))
        if [ "$i" -gt 150 ]; then
            log "dockerd (pid $pid) ignored SIGTERM for 30 s; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
    rm -f "$PIDFILE"
}

case "${1:-}" in
    start) start ;;
    stop) stop_ours ;;
    status) engine_answers ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
