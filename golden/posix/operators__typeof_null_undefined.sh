#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
nul=null
u='undefined'
printf '%s\n' 'string string object undefined'
