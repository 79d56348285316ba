#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_jq() {
  # Why: JSON is read and updated by one jq per operation; a failure becomes a Utah
  # error that names the operation (LANGUAGE.md §7), never a half-read value.  The
  # functions below give paths JavaScript's meaning: a string segment is a key, or
  # an index when the value there is an array; a missing value reads as null.  The
  # input goes to jq through a here-document (no printf process in any shell); the
  # expanded value in a here-document is not expanded again.
  # Usage: __utah_jq WHAT INPUT FILTER [JQ-OPTION...] -> __r (jq's output, last
  # newline cut); an empty INPUT is null except for json.parse and json.isValid.
  __uq_what=$1 __uq_in=$2 __uq_f=$3
  __uq_lib='def _idx: (tonumber? // null) as $n
  | if $n != null and $n >= 0 and ($n | floor) == $n and ($n | tostring) == . then $n else null end;
def _k($k): if type == "object" then .[$k | tostring]
  elif type == "array" then ($k | tostring | _idx) as $i | if $i == null then null else .[$i] end
  else null end;
def _get($p): reduce $p[] as $k (.; _k($k));
def _elems: if type == "array" or type == "object" then .[] elif . == null then empty else . end;
def _keys: if type == "object" then keys_unsorted[]
  elif type == "array" then range(length) | tostring else empty end;
def _key($k): if type == "array" then
    (if ($k | type) == "number" then $k
     else ($k | _idx) // error("cannot use key \($k | tojson) on an array") end)
  elif type == "object" then $k | tostring elif type == "null" then $k
  else error("cannot set key \($k | tojson) on a \(type)") end;
def _set($p; $v): if ($p | length) == 0 then $v
  else _key($p[0]) as $k | .[$k] = (.[$k] | _set($p[1:]; $v)) end;
def _del($p): . as $o
  | reduce $p[] as $k ({v: $o, p: []};
      (.v | if type == "array" then ($k | tostring | _idx) // -1 else $k | tostring end) as $c
      | {v: (.v | _k($c)), p: (.p + [$c])})
  | .p as $q
  | if ($q | length) == 0 or ($q | index(-1)) != null then $o
    else ($o | try delpaths([$q]) catch $o) end;
def _has($p): if ($p | length) == 0 then true
  else ($p[-1] | tostring) as $s | _get($p[:-1])
  | if type == "object" then has($s)
    elif type == "array" then ($s | _idx) as $i | $i != null and $i < length
    else false end end;
def _parse: if length == 1 then .[0]
  else error("invalid JSON: expected one value, found \(length)") end;
def _merge($b): if type == "object" and ($b | type) == "object" then . * $b
  elif $b == null then . else $b end;
'
  shift 3
  if [ -z "$__uq_in" ]; then
    case $__uq_what in
      json.parse | json.isValid) ;;
      *) __uq_in=null ;;
    esac
  fi
  if __r=$(jq "$@" "$__uq_lib$__uq_f" 2>&1 <<__UTAH_JQ_INPUT
$__uq_in
__UTAH_JQ_INPUT
  ); then
    return 0
  fi
  __r=${__r#jq:\ error\ \(at\ \<stdin\>:*\):\ }
  __r=${__r#'jq: '}  # jq 1.7 and later put "jq: " before a parse error
  case $__r in
    'parse error'*) __r="invalid JSON: $__r" ;;
  esac
  __err="$__uq_what: $__r"
  return 1
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

o='{"a":1}'
__utah_jq json.set "$o" '_set(["a"]; $v)' -c --argjson v 2 || __utah_uncaught
p=$__r
printf '%s\n' "$o $p"
