#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_aclear() {
  # Why: `NAME=()`: the elements are unset, so reading past the end gives "".
  # Usage: __utah_aclear NAME -> NAME is the empty array.
  eval "__uac_i=\${${1}__n:-0}"
  while [ "$__uac_i" -gt 0 ]; do
    __uac_i=$((__uac_i - 1))
    unset "${1}__$__uac_i"
  done
  eval "${1}__n=0"
}

__utah_apush() {
  # Why: `NAME+=(VALUE…)` on an array held as NAME__n and NAME__0 ….
  # Usage: __utah_apush NAME VALUE... -> appends the values.
  __uap_name=$1
  shift
  eval "__uap_n=\${${__uap_name}__n:-0}"
  for __uap_v in "$@"; do
    eval "${__uap_name}__$__uap_n=\$__uap_v"
    __uap_n=$((__uap_n + 1))
  done
  eval "${__uap_name}__n=\$__uap_n"
}

__utah_is_blank() {
  # Why: validate.isEmpty: "" or only whitespace is empty (as a form validator
  # sees it); JSON null, [], {} and strings of only whitespace are empty too.
  # Usage: __utah_is_blank S [json] -> status 0 when empty.
  __uib_s=$1 __uib_w=' 	
'
  if [ "${2-}" = json ]; then
    case $1 in
      null | '[]' | '{}') return 0 ;;
      \"*\")
        __uib_s=${1#?}
        __uib_s=${__uib_s%?}
        ;;
    esac
  fi
  case $__uib_s in *[!$__uib_w]*) return 1 ;; esac
  return 0
}

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

__utah_aclear empty
__utah_aclear full
__utah_apush full a
if [ "$((empty__n == 0))" -ne 0 ]; then
  __t1=true
else
  __t1=false
fi
if [ "$((full__n == 0))" -ne 0 ]; then
  __t2=true
else
  __t2=false
fi
if false; then
  __t3=true
else
  __t3=false
fi
if false; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
__utah_jq json.parse '{"a": "", "b": null, "c": [], "d": {}, "e": "x"}' _parse -c -s || __utah_uncaught
o=$__r
__utah_jq json.get "$o" '_get(["a"])' -c || __utah_uncaught
__t6=$__r
if __utah_is_blank "$__t6" json; then
  __t7=true
else
  __t7=false
fi
__utah_jq json.get "$o" '_get(["b"])' -c || __utah_uncaught
__t8=$__r
if __utah_is_blank "$__t8" json; then
  __t9=true
else
  __t9=false
fi
__utah_jq json.get "$o" '_get(["c"])' -c || __utah_uncaught
__t10=$__r
if __utah_is_blank "$__t10" json; then
  __t11=true
else
  __t11=false
fi
__utah_jq json.get "$o" '_get(["d"])' -c || __utah_uncaught
__t12=$__r
if __utah_is_blank "$__t12" json; then
  __t13=true
else
  __t13=false
fi
__utah_jq json.get "$o" '_get(["e"])' -c || __utah_uncaught
__t14=$__r
if __utah_is_blank "$__t14" json; then
  __t15=true
else
  __t15=false
fi
printf '%s\n' "$__t7 $__t9 $__t11 $__t13 $__t15"
