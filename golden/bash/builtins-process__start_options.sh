#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_fs_fail() {
  # Why: fs.* errors name the path and say why, as Node's messages do.
  # Usage: __utah_fs_fail VERB P [REASON] -> __err set, status 1. REASON is what the
  # tool said; when the path tells more (empty, missing, a directory) that is used.
  local __uf_reason=${3:-permission denied} __uf_parent=${2%/*}
  [[ $2 == */* ]] || __uf_parent=.
  if [[ -z $2 ]]; then
    __uf_reason='empty path'
  elif [[ $1 == change* && ! -e $2 ]]; then
    __uf_reason='no such file or directory'
  elif [[ $1 == read* && ! -e $2 ]]; then
    __uf_reason='no such file or directory'
  elif [[ $1 == read* && -d $2 ]]; then
    __uf_reason='is a directory'
  elif [[ $1 == write* && -d $2 ]]; then
    __uf_reason='is a directory'
  elif [[ $1 == create* && -e $2 && ! -d $2 ]]; then
    __uf_reason='a file of that name exists'
  elif [[ $1 != read* && -n $__uf_parent && ! -d $__uf_parent ]]; then
    __uf_reason='no such directory'
  fi
  __err="cannot $1 '$2': $__uf_reason"
  return 1
}

__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [[ -d $1 ]] && return 0
  [[ -n $1 ]] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
}

__utah_now_ms() {
  # Why: milliseconds since the epoch from $EPOCHREALTIME (bash 5), no process;
  # bash 4 runs one `date`.
  # Usage: __utah_now_ms -> __r.
  local __unm_t=${EPOCHREALTIME-}
  if [[ -n $__unm_t ]]; then
    __unm_t=${__unm_t//[!0-9]/}
    __r=$(( 10#$__unm_t / 1000 ))
  else
    __r=$(date +%s%3N)
  fi
}

__utah_pid_ok() {
  # Why: a PID reaches kill and wait only as a positive integer: kill -0 -1 would
  # test every process, and text could be an option.
  # Usage: __utah_pid_ok PID -> status 0 when PID is a positive integer.
  [[ $1 =~ ^[1-9][0-9]{0,9}$ ]]
}

__utah_proc_is_child() {
  # Why: process.wait polls only a job of this script; another process (say PID 1)
  # may run for ever, and `wait` reports it at once as not ours.
  # Usage: __utah_proc_is_child PID -> status 0 when /proc says $$ is its parent
  # (or when there is no /proc to ask).
  local __upc_s
  if [[ ! -r /proc/$1/stat ]] || ! read -r __upc_s <"/proc/$1/stat"; then
    return 0
  fi
  __upc_s=${__upc_s##*) }
  __upc_s=${__upc_s#* }
  [[ ${__upc_s%% *} == "$$" ]]
}

__utah_proc_running() {
  # Why: process.isRunning: the process exists and may be signalled (kill -0).
  # Usage: __utah_proc_running PID -> status 0 while it runs.
  __utah_pid_ok "$1" && kill -0 "$1" 2>/dev/null
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1).
  local __x=$1 __g=
  case $__x in -*) __g=-; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  case $__x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=${__g}9007199254740991; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __x=${__x%%.*}
  __x=${__x#"${__x%%[!0]*}"}
  if [[ ! $__x =~ ^[0-9]*$ ]]; then
    __r=0
  elif (( ${#__x} > 15 )); then
    __r=${__g}9007199254740991
  else
    __r=$(( ${__g}10#${__x:-0} ))
  fi
}

__utah_proc_wait() {
  # Why: process.wait(pid, timeoutMs?) waits for a background job of the script
  # (bash's wait, in this shell).  With a timeout it polls kill -0 every 20 ms,
  # sleeping in `read -t` on a pipe nobody writes (one subshell for the pipe, no
  # sleep process per poll).
  # Usage: __utah_proc_wait PID [MS] -> __r: the job's exit status; 124 when MS
  # passed first (the job keeps running); 127 when PID is not a job of this script.
  local __upw_end __upw_fd __upw_x
  if ! __utah_pid_ok "$1"; then
    __r=127
    return 0
  fi
  if (( $# > 1 )) && __utah_proc_running "$1" && __utah_proc_is_child "$1"; then
    __utah_to_int "$2"
    __upw_end=$(( __r > 0 ? __r : 0 ))
    __utah_now_ms
    __upw_end=$(( __upw_end + __r ))
    exec {__upw_fd}<> <(:)
    while __utah_proc_running "$1"; do
      __utah_now_ms
      if (( __r >= __upw_end )); then
        exec {__upw_fd}>&-
        __r=124
        return 0
      fi
      read -r -t 0.02 -u "$__upw_fd" __upw_x || true
    done
    exec {__upw_fd}>&-
  fi
  wait "$1" 2>/dev/null
  __r=$?
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_write_file() {
  # Why: fs.writeFile/appendFile write exactly the text: no newline added.
  # Usage: __utah_write_file write|append P TEXT; failure: __err, status 1.
  if [[ $1 == append ]]; then
    { printf '%s' "$3" >>"$2"; } 2>/dev/null && return 0
  else
    { printf '%s' "$3" >"$2"; } 2>/dev/null && return 0
  fi
  __utah_fs_fail "$1 file" "$2"
}

__utah_mkdir 'sub dir $x' || __utah_uncaught
__utah_write_file write 'in *.txt' 'line one
' || __utah_uncaught
{
  cd -- 'sub dir $x' || exit 1
  eval 'cat; echo oops >&2; basename "$(pwd)"'
} <'in *.txt' >out.txt 2>err.txt &
p=$!
__utah_proc_wait "$p"
__t2=$__r
printf '%s\n' "$__t2"
{
  cd -- 'no such dir' || exit 1
  eval 'echo never'
} &
q=$!
__utah_proc_wait "$q"
__t4=$__r
printf '%s\n' "$__t4"
