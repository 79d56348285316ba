#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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

__utah_dirname /a/b/c.txt
__t1=$__r
printf '%s\n' "$__t1"
__utah_dirname 'rel dir/* x/f'
__t2=$__r
printf '%s\n' "$__t2"
__utah_dirname '$HOME/`x`/f'
__t3=$__r
printf '%s\n' "$__t3"
__utah_dirname -n/x
__t4=$__r
printf '%s\n' "$__t4"
__utah_dirname 'a
b/c'
__t5=$__r
printf '%s\n' "$__t5"
