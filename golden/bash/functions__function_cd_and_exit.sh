#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

enter() {
  local dir=$1
  mkdir -p "${dir}"
  cd "${dir}" || exit 1
}

stop() {
  local code=$1
  printf '%s\n' stopping
  exit "$((code & 255))"
}

enter 'sub dir'
here=$(basename "$(pwd)")
printf '%s\n' "$here"
stop 5
printf '%s\n' 'not reached'
