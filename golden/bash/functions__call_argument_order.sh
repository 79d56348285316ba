#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}

tag() {
  local s=$1
  printf '%s\n' "tag $s"
  __r="[$s]"
  return 0
}

pair() {
  local a=$1
  local b=$2
  __r="$a$b"
  return 0
}

f() {
  local -a items=("${@:2:$1}")
  shift "$(($1 + 1))"
  local sep=$1
  shift
  local __t1
  __utah_join items "$sep"
  __t1=$__r
  __r="$((${#items[@]})):$__t1"
  return 0
}

lines() {
  __ra=(one 'two
three' '' '*')
  return 0
}

tag 1
__t2=$__r
tag '2 *'
__t3=$__r
pair "$__t2" "$__t3"
__t4=$__r
printf '%s\n' "$__t4"
__t5=()
f "${#__t5[@]}" "${__t5[@]}" ','
__t6=$__r
__t7=$__t6
__t8=('a b')
f "${#__t8[@]}" "${__t8[@]}" ','
__t9=$__r
__t10=$__t9
__t11=(x y)
f "${#__t11[@]}" "${__t11[@]}" ' * '
__t12=$__r
printf '%s\n' "$__t7 $__t10 $__t12"
lines
__t13=("${__ra[@]}")
for l in "${__t13[@]}"; do
  printf '%s\n' "<$l>"
done
