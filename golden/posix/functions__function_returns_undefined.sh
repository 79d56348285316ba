#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_save() {
  # Why: POSIX sh has no `local`; a function saves the variables it uses as locals.
  # Usage: __utah_save NAME... -> pushes each variable's value (or that it is unset).
  for __us_name in "$@"; do
    __us_n=$((${__us_n:-0} + 1))
    eval "__us_$__us_n=\${$__us_name+s}\${$__us_name-}"
  done
}

__utah_restore() {
  # Why: undoes __utah_save when the function returns.
  # Usage: __utah_restore NAME... (the saved names in reverse order) -> pops each.
  for __us_name in "$@"; do
    eval "__us_v=\$__us_$__us_n"
    unset "__us_$__us_n"
    __us_n=$((__us_n - 1))
    case $__us_v in
      s*) eval "$__us_name=\${__us_v#s}" ;;
      *) unset "$__us_name" ;;
    esac
  done
}

__fn_lookup() {
  key=$1
  if [ "$key" = a ]; then
    __r='alpha'
    return 0
  fi
  if [ "$key" = n ]; then
    __r='null'
    return 0
  fi
  __r='undefined'
  return 0
}

lookup() {
  __utah_save key
  __fn_lookup "$@"
  set -- "$?"
  __utah_restore key
  return "$1"
}

__fn_echoed() {
  s=$1
  __r=$s
  return 0
}

echoed() {
  __utah_save s
  __fn_echoed "$@"
  set -- "$?"
  __utah_restore s
  return "$1"
}

lookup a
__t1=$__r
__t2="${__t1#}"
lookup b
__t3=$__r
__t4="${__t3#}"
lookup n
__t5=$__r
printf '%s\n' "$__t2 $__t4 ${__t5#}"
lookup b
__t7=$__r
__t6=$__t7
if [ "$__t6" = 'undefined' ] || [ "$__t6" = 'null' ]; then
  __t6='none'
fi
__t8=$__t6
lookup n
__t10=$__r
__t9=$__t10
if [ -z "$__t9" ] || [ "$__t9" = 'undefined' ] || [ "$__t9" = 'null' ]; then
  __t9='empty'
fi
__t11=$__t9
lookup b
__t13=$__r
case "$__t13" in
  'undefined')
    __t12='undefined'
    ;;
  'null')
    __t12='object'
    ;;
  *)
    __t12='string'
    ;;
esac
__t14=$__t12
lookup n
__t16=$__r
case "$__t16" in
  'undefined')
    __t15='undefined'
    ;;
  'null')
    __t15='object'
    ;;
  *)
    __t15='string'
    ;;
esac
printf '%s\n' "$__t8 $__t11 $__t14 $__t15"
lookup z
__t17=$__r
echoed "$__t17"
v=$__r
if [ "$v" = 'undefined' ]; then
  __t18=true
else
  __t18=false
fi
__t19=$v
if [ -z "$__t19" ] || [ "$__t19" = 'undefined' ] || [ "$__t19" = 'null' ]; then
  __t20=true
else
  __t20=false
fi
printf '%s\n' "${v#} $__t18 $__t20"
lookup a
__t21=$__r
if [ -n "$__t21" ] && [ "$__t21" != 'undefined' ] && [ "$__t21" != 'null' ]; then
  printf '%s\n' 'found a'
fi
