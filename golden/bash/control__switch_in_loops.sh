#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}

log=()
for ((i = 0; i < 5; i++)); do
  case "$i" in
    1)
      __t1=0
      ;;
    3)
      __t1=1
      ;;
    *)
      __t1=2
      ;;
  esac
  while :; do
    if ((__t1 <= 0)); then
      continue 2
    fi
    if ((__t1 <= 1)); then
      break
    fi
    if ((__t1 <= 2)); then
      log+=("d$i")
    fi
    break
  done
  log+=("after$i")
done
__utah_join log ' '
__t2=$__r
printf '%s\n' "$__t2"
j=0
while ((j < 10)); do
  j=$((j + 1))
  case "$((j % 4))" in
    0)
      __t3=0
      ;;
    *)
      __t3=1
      ;;
  esac
  while :; do
    if ((__t3 <= 0)); then
      break
    fi
    if ((__t3 <= 1)); then
      continue 2
    fi
    break
  done
  if ((j >= 8)); then
    break
  fi
  printf '%s\n' "multiple of 4: $j"
done
printf '%s\n' "j $j"
