#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=(p q r)
k=0
__t1=$k
k=$((k + 1))
first="${xs[__t1 < 0 ? 2147483647 : __t1]-undefined}"
__t2=$k
k=$((k + 1))
second="${xs[__t2 < 0 ? 2147483647 : __t2]-undefined}"
printf '%s\n' "${first#} ${second#} $k"
