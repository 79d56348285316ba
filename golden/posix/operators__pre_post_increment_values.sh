#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
i=0
__t1=$i
i=$((i + 1))
__t2=$__t1
__t3=$i
i=$((i + 1))
__t4=$i
__t5=$i
__t6=$i
i=$((i - 1))
__t7=$__t6
__t8=$i
i=$((i - 1))
printf '%s\n' "$__t2 $__t3 $__t4 $__t5 $__t7 $__t8 $i $i"
