#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

classify() {
  local v=$1
  local __t1
  case "$v" in
    a)
      __t1=0
      ;;
    b)
      __t1=1
      ;;
    c)
      __t1=3
      ;;
    *)
      __t1=2
      ;;
  esac
  while :; do
    if ((__t1 <= 0)); then
      printf '%s\n' A
    fi
    if ((__t1 <= 1)); then
      printf '%s\n' 'A or B'
      break
    fi
    if ((__t1 <= 2)); then
      printf '%s\n' other
    fi
    if ((__t1 <= 3)); then
      printf '%s\n' 'C (or fell from default)'
      break
    fi
    break
  done
}

classify a
classify b
classify c
classify z
n=2
case "$n" in
  1)
    __t2=0
    ;;
  2)
    __t2=1
    ;;
  3)
    __t2=2
    ;;
  *)
    __t2=3
    ;;
esac
while :; do
  if ((__t2 <= 0)); then
    printf '%s\n' one
    break
  fi
  if ((__t2 <= 2)); then
    printf '%s\n' 'two or three'
    break
  fi
  break
done
