#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
set -x
set +x
echo quiet-line
