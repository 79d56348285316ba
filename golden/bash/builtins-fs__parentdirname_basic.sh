#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_basename() {
  # Why: fs.filename as path.basename: the last component, trailing slashes ignored.
  # Usage: __utah_basename P -> __r.
  local __ub_p=$1
  while [[ $__ub_p == */ ]]; do __ub_p=${__ub_p%/}; done
  __r=${__ub_p##*/}
}

__utah_dirname() {
  # Why: fs.dirname as path.dirname / POSIX dirname, without a process.
  # Usage: __utah_dirname P -> __r.
  local __ud_p=$1
  while [[ $__ud_p == */ && $__ud_p != / ]]; do __ud_p=${__ud_p%/}; done
  if [[ $__ud_p != */* ]]; then
    __r=.
    return 0
  fi
  __ud_p=${__ud_p%/*}
  while [[ $__ud_p == */ ]]; do __ud_p=${__ud_p%/}; done
  __r=${__ud_p:-/}
}

__utah_dirname /srv/logs/app.log
__t1=$__r
__utah_basename "$__t1"
__t2=$__r
printf '%s\n' "$__t2"
__utah_dirname 'a b/* c/file'
__t3=$__r
__utah_basename "$__t3"
__t4=$__r
printf '%s\n' "$__t4"
__utah_dirname 'x/$HOME/f'
__t5=$__r
__utah_basename "$__t5"
__t6=$__r
printf '%s\n' "$__t6"
