#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
v='x'
printf '%s\n' "\${v} is $v"
