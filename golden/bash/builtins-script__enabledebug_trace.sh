#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
set -x
echo traced-line
set +x
echo quiet-line
