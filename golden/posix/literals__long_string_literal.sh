#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
s="The quick brown fox * jumps ? over [the] lazy dog; \$ \` \\ ' \" % & | < > ( ) { } # ~ !"
printf '%s\n' "$s"
printf '%s\n' "$((${#s}))"
