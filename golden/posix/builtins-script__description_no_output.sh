#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__script_description='A quiet program'
printf '%s\n' ran
