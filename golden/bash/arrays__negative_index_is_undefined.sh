#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=()
ys=(a b)
i=-1
__t2=$((${#xs[@]} - 1))
__t1="${xs[__t2 < 0 ? 2147483647 : __t2]-undefined}"
if [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t1='none'
fi
__t3=$((${#xs[@]} - 1))
if [[ "${xs[__t3 < 0 ? 2147483647 : __t3]-undefined}" == 'undefined' ]]; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t4"
__t5="${ys[i < 0 ? 2147483647 : i]-undefined}"
if [[ $__t5 == 'undefined' ]] || [[ $__t5 == 'null' ]]; then
  __t5='none'
fi
__t6='undefined'
if [[ $__t6 == 'undefined' ]] || [[ $__t6 == 'null' ]]; then
  __t6='none'
fi
if true; then
  __t7=true
else
  __t7=false
fi
__t8=$((${#ys[@]} - 1))
__t9=$((i + 1))
printf '%s\n' "$__t5 $__t6 $__t7 ${ys[__t8 < 0 ? 2147483647 : __t8]-undefined} ${ys[__t9 < 0 ? 2147483647 : __t9]-undefined}"
