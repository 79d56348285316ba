#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_is_numeric() {
  # Why: validate.isNumeric: text that is a finite JS decimal number literal.
  # Usage: __utah_is_numeric S [json] -> status 0 when numeric; with json, S is
  # JSON text and a JSON string is tested without its quotes.
  local __uin_s=$1 __uin_re='^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$'
  if [[ ${2-} == json && $__uin_s == '"'*'"' ]]; then
    __uin_s=${__uin_s:1:${#__uin_s}-2}
  fi
  [[ $__uin_s =~ $__uin_re ]]
}

xs=(42 -1.5 +3 .5 5. 1e3 2.5E-3)
for x in "${xs[@]}"; do
  if __utah_is_numeric "$x"; then
    __t1=true
  else
    __t1=false
  fi
  printf '%s\n' "$x $__t1"
done
if __utah_is_numeric 3.25; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2"
