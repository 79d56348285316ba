#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
o='{"n":1.5,"b":true,"z":null,"s":"x","a":[1,"2",false],"o":{}}'
printf '%s\n' "$o"
