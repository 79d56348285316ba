#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
set -x
echo traced-line
set +x
echo quiet-line
