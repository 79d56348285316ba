#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_spawn() {
  # Why: `$(${cmd} & echo $!)` starts a command line held in a string as a job of the
  # script. A single command is started directly, so the job's PID is the command's own
  # (`kill` and `ps` see it); a list or pipeline runs as one job in a subshell.
  # Usage: __utah_spawn CMDLINE -> a background job; its PID is in $!.
  case $1 in
    *[\;\&\|]* | *'
'*) eval "$1" & ;;
    *) eval "$1 &" ;;
  esac
}

command='sleep 5'
__utah_spawn "$command"
pid=$!
name=$(i=0; while [ "$(ps -o comm= -p "$pid")" != sleep ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; ps -o comm= -p "$pid")
printf '%s\n' "$name"
kill "$pid" >/dev/null
wait "$pid"
__t2=$?
printf '%s\n' "$__t2"
