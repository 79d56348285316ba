#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=(a)
__t1="${xs[5]-undefined}"
if [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t1='dflt'
fi
printf '%s\n' "${xs[0]-undefined} ${xs[1]-undefined} $__t1"
