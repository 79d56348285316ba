#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
nul='null'
u='undefined'
case "$nul" in
  'undefined')
    __t1='undefined'
    ;;
  'null')
    __t1='object'
    ;;
  *)
    __t1='string'
    ;;
esac
case "$u" in
  'undefined')
    __t2='undefined'
    ;;
  'null')
    __t2='object'
    ;;
  *)
    __t2='string'
    ;;
esac
printf '%s\n' "$__t1 $__t2 object undefined"
