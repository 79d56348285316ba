#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
printf '%s\n' '1e-7 0.000001 1.23e-18 100000000000000000000 1e+21 1.5e+301 1.1805916207174113e+21'
