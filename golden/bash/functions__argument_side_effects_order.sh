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

__utah_json_number() {
  # Why: JSON has no NaN or Infinity; JSON.stringify writes them as null.
  # Usage: __utah_json_number N -> __r.
  case $1 in
    NaN | Infinity | -Infinity | '') __r=null ;;
    *) __r=$1 ;;
  esac
}

show() {
  local a=$1
  local b=$2
  printf '%s\n' "$a $b"
}

both() {
  local s=$1
  local t=$2
  __r="${s#}|${t#}"
  return 0
}

bump() {
  k=$((k + 10))
  __r=$k
  return 0
}

sizes() {
  local -a a=("${@:2:$1}")
  shift "$(($1 + 1))"
  local n_2=$1
  shift
  printf '%s\n' "$((${#a[@]})) $n_2"
}

i=0
__t1=$i
i=$((i + 1))
show "$__t1" "$i"
__t2=$i
__t3=$i
i=$((i + 1))
show "$__t2" "$__t3"
__t4=$i
i=$((i - 1))
show "$__t4" "$i"
words=(x y z)
j=0
__t5="${words[j < 0 ? 2147483647 : j]-undefined}"
j=$((j + 1))
both "$__t5" "${words[j < 0 ? 2147483647 : j]-undefined}"
__t6=$__r
printf '%s\n' "$__t6"
__t7="${words[j < 0 ? 2147483647 : j]-undefined}"
__t8=$j
j=$((j + 1))
both "$__t7" "$__t8"
__t9=$__r
printf '%s\n' "$__t9"
k=0
__t10=$k
bump
__t11=$__r
show "$__t10" "$__t11"
__t12=$k
bump
__t13=$__r
printf '%s\n' "$__t12 $__t13 $k"
n=1
__t14=$n
n=$((n + 1))
__t15=$n
__t16=$n
n=$((n + 1))
list=("$__t14" "$__t15" "$__t16" "$n")
__utah_join list ','
__t17=$__r
printf '%s\n' "$__t17"
__t18=$n
n=$((n + 1))
printf '%s\n' "$__t18 $n $n"
m=0
__t19=$m
m=$((m + 1))
__utah_json_number "$m"
__t20=$__r
o="{\"a\":$__t19,\"b\":$__t20}"
printf '%s\n' "$o"
xs=(1 2)
xs+=(3)
sizes "${#xs[@]}" "${xs[@]}" "${#xs[@]}"
