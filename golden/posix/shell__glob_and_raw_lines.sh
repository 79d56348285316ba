#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace (space, tab,
  # newline, VT, FF, CR: posh has no [[:space:]], so the set is spelled out).
  # Usage: __utah_trim_start S -> __r.
  __uts_w=' 	
'
  __r=${1#"${1%%[!$__uts_w]*}"}
}

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace (the set of
  # __utah_trim_start).
  # Usage: __utah_trim_end S -> __r.
  __ute_w=' 	
'
  __r=${1%"${1##*[!$__ute_w]}"}
}

__utah_trim() {
  # Why: JS s.trim() without sed: strips whitespace at both ends.
  # Usage: __utah_trim S -> __r.
  __utah_trim_start "$1"
  __utah_trim_end "$__r"
}

dir='my dir'
mkdir -p "${dir}"
touch "${dir}/b.txt" "${dir}/a.txt" "${dir}/c.log"
found=$(ls "$dir"/*.txt)
printf '%s\n' "$found"
pattern='*.txt'
literal=$(ls "$dir"/"$pattern" 2>/dev/null || echo "no file named *.txt")
printf '%s\n' "$literal"
echo "raw echo: ${dir}"
printf '%s\n' "shell arithmetic: $((6 * 7))"
count=$(ls "${dir}" | wc -l)
__utah_trim "$count"
__t1=$__r
printf '%s\n' "$__t1"
