#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

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

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1).
  local __x=$1 __g=
  case $__x in -*) __g=-; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  case $__x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=${__g}9007199254740991; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __x=${__x%%.*}
  __x=${__x#"${__x%%[!0]*}"}
  if [[ ! $__x =~ ^[0-9]*$ ]]; then
    __r=0
  elif (( ${#__x} > 15 )); then
    __r=${__g}9007199254740991
  else
    __r=$(( ${__g}10#${__x:-0} ))
  fi
}

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == "$2"* ]]
}

values=('*' -n 'a b' '' '[x]' '$HOME' 'é')
for v in "${values[@]}"; do
  if [[ $v == '*' ]]; then
    printf '%s\n' "star [$v]"
  elif __utah_str_starts_with "$v" -; then
    printf '%s\n' "dash [$v]"
  elif [[ -z $v ]]; then
    printf '%s\n' empty
  elif __utah_str_cmp '>' "$v" Z; then
    printf '%s\n' "above Z [$v]"
  else
    printf '%s\n' "other [$v]"
  fi
done
if false || false || false; then
  printf '%s\n' 'glob matched: wrong'
else
  printf '%s\n' 'no glob matching'
fi
