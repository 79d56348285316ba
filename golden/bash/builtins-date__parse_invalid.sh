#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

__utah_date_parse() {
  # Why: date.parse needs a date parser; GNU `date -d` is the one process.
  # Usage: __utah_date_parse TEXT -> __r (seconds); blank or unparseable TEXT, or a
  # date without -d (BSD) -> __err, status 1.
  if [[ ! $1 =~ [^[:space:]] ]] || ! __r=$(date -d "$1" +%s 2>/dev/null) \
      || [[ ! $__r =~ ^-?[0-9]+$ ]]; then
    __err="date.parse: cannot parse '$1'"
    return 1
  fi
}

texts=('not a date' '' '   ' 2024-13-45 '$(touch pwned)')
for t in "${texts[@]}"; do
  __t1=0
  while :; do
    __utah_date_parse "$t" || { __t1=1; break; }
    __t2=$__r
    printf '%s\n' "parsed $t"
    break
  done
  if ((__t1 == 1)); then
    __t1=0
    e=$__err
    printf '%s\n' "$e"
  fi
done
if [[ -e pwned ]]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
