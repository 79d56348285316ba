#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
pct='%s'
printf '%s\n' "$pct x"
printf '%s\n' '%d items 5 %o'
printf '%s\n' "100% %% $pct"
