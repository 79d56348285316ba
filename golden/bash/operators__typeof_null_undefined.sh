#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
nul=null
u='undefined'
printf '%s\n' 'string string object undefined'
