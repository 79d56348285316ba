#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_is_blank() {
  # Why: validate.isEmpty: "" or only whitespace is empty (as a form validator
  # sees it); JSON null, [], {} and strings of only whitespace are empty too.
  # Usage: __utah_is_blank S [json] -> status 0 when empty.
  local __uib_s=$1
  if [[ ${2-} == json ]]; then
    case $1 in
      null | '[]' | '{}') return 0 ;;
      '"'*'"') __uib_s=${1:1:${#1}-2} ;;
    esac
  fi
  [[ ! $__uib_s =~ [^[:space:]] ]]
}

xs=('' '   ' ' 
	 ' x ' x ' null '[]' 0)
for x in "${xs[@]}"; do
  if __utah_is_blank "$x"; then
    __t1=true
  else
    __t1=false
  fi
  printf '%s\n' "$__t1"
done
