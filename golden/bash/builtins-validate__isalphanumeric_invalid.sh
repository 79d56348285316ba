#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_text_is() {
  # Why: validate.isEmail, isURL, isUUID and isAlphaNumeric: one [[ =~ ]] each.
  # Usage: __utah_text_is KIND S (KIND: email url uuid alnum) -> status 0 when S
  # has that shape.  url compares its scheme in lower case.
  local __uti_s=$2 __uti_re
  case $1 in
    email) __uti_re='^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$' ;;
    url)
      __uti_re='^(https?|ftps?)://([^[:space:]/?#@]+@)?([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?([/?#][^[:space:]]*)?$'
      __uti_s=${2%%://*}
      __uti_s=${__uti_s,,}${2:${#__uti_s}}
      ;;
    uuid) __uti_re='^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$' ;;
    *) __uti_re='^[A-Za-z0-9]+$' ;;
  esac
  [[ $__uti_s =~ $__uti_re ]]
}

xs=('' 'a b' a_b 'é' 'a
' '*' a-b '[a]')
for x in "${xs[@]}"; do
  if __utah_text_is alnum "$x"; then
    __t1=true
  else
    __t1=false
  fi
  printf '%s\n' "$__t1"
done
