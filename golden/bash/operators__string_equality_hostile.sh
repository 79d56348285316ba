#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_str_cmp() {
  # Why: JS compares strings by code unit, but [[ < ]] follows the locale's
  # collation; with LC_ALL=C for the comparison the order is by bytes, which for
  # UTF-8 is code point order.
  # Usage: __utah_str_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  local LC_ALL=C
  case $1 in
    '<') [[ $2 < "$3" ]] ;;
    '>') [[ $2 > "$3" ]] ;;
    '<=') ! [[ $2 > "$3" ]] ;;
    '>=') ! [[ $2 < "$3" ]] ;;
    '==') [[ $2 == "$3" ]] ;;
    '!=') [[ $2 != "$3" ]] ;;
    *) return 2 ;;
  esac
}

star='*'
q='?'
if [[ $star == abc ]]; then
  __t1=true
else
  __t1=false
fi
if [[ abc == "$star" ]]; then
  __t2=true
else
  __t2=false
fi
if [[ $star == '*' ]]; then
  __t3=true
else
  __t3=false
fi
if [[ $q == a ]]; then
  __t4=true
else
  __t4=false
fi
if __utah_str_cmp '<' a "$star"; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 false $__t5"
if true; then
  __t6=true
else
  __t6=false
fi
printf '%s\n' "$__t6 true"
