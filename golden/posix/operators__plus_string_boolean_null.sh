#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
t=true
u='undefined'
printf '%s\n' "b:$t b:false n:null u:${u#}"
