#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_elapsed() {
  # Why: process.elapsedTime from bash's $SECONDS (whole seconds since the script
  # started), no process.
  # Usage: __utah_elapsed -> __r: HH:MM:SS (hours grow past 99 if need be).
  local __ue_s=$SECONDS
  printf -v __r '%02d:%02d:%02d' $(( __ue_s / 3600 )) $(( __ue_s / 60 % 60 )) $(( __ue_s % 60 ))
}

__utah_elapsed
__t1=$__r
printf '%s\n' "$__t1"
