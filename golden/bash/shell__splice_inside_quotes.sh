#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
v="x * \$HOME \`q\` \\ 'sq'"
printf '%s\n' "$(printf '%s' "dq[${v}]")"
w='it "has" $dollar and *'
printf '%s\n' "$(printf '%s' 'sq['"${w}"']')"
both='a b'
printf '%s\n' "$(printf '%s|' "${both}" ''"${both}"'' "$both")"
