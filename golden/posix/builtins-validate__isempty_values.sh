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
  elif type == "array" or type == "string" then ($k | tostring) as $s | ($s | _idx) as $i
    | if $i != null then (if type == "array" then .[$i] elif $i < length then .[$i:$i + 1] else null end)
      elif $s == "length" then length else null end
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
def _nums: if type == "object" then map_values(_nums) elif type == "array" then map(_nums)
  elif type == "number" then . + 0 else . end;
def _zeros($n): [range($n) | "0"] | join("");
def _jsnum: tostring | ascii_downcase as $s
  | if ($s | index("e")) == null then $s
    else ($s | split("e")) as [$m, $x]
    | (if ($m | startswith("-")) then "-" else "" end) as $sign
    | ($m | ltrimstr("-") | split(".")) as [$int, $frac]
    | ($int + ($frac // "") | until(length == 1 or (endswith("0") | not); .[:-1])) as $d
    | ($d | length) as $k | ($x | tonumber) as $e | ($int | length + $e) as $n
    | $sign + if $k <= $n and $n <= 21 then $d + _zeros($n - $k)
      elif 0 < $n and $n <= 21 then $d[:$n] + "." + $d[$n:]
      elif -6 < $n and $n <= 0 then "0." + _zeros(0 - $n) + $d
      else $d[:1] + (if $k > 1 then "." + $d[1:] else "" end) + "e"
        + (if $n > 0 then "+" + ($n - 1 | tostring) else "-" + (1 - $n | tostring) end) end end;
def _js: if type == "number" then _jsnum
  elif type == "array" then "[" + (map(_js) | join(",")) + "]"
  elif type == "object" then "{" + (to_entries | map(.key as $k | .value | ($k | tojson) + ":" + _js) | join(",")) + "}"
  else tojson end;
def _jsp($in): if (type == "array" or type == "object") and length > 0 then ($in + "  ") as $deeper
    | if type == "array" then "[\n" + (map($deeper + _jsp($deeper)) | join(",\n")) + "\n" + $in + "]"
      else "{\n" + (to_entries | map($deeper + (.key | tojson) + ": " + (.value | _jsp($deeper)))
        | join(",\n")) + "\n" + $in + "}" end
  else _js end;
def _parse: if length == 1 then .[0] | _nums
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
    case $1:$__r in
      -j:*) ;;
      *[0-9][eE][-+]*)
        # a number with an exponent, as C writes it (1e-05, 1e+17; 1E-7 from jq 1.7), is
        # written again as JavaScript does (0.00001, 100000000000000000, 1e-7): _js, _jsp
        case $1 in
          --indent) __uq_f='_jsp("")' ;;
          *) __uq_f=_js ;;
        esac
        __r=$(jq -r "$__uq_lib$__uq_f" <<__UTAH_JQ_INPUT
$__r
__UTAH_JQ_INPUT
        ) ;;
    esac
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
