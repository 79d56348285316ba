#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__script_description='A quiet program'
printf '%s\n' ran
