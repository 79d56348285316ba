"""JSON helpers: running jq (one process per JSON operation) and converting its output.

jq always writes JSON text (compact, one value per line); the conversions to Utah's
shell values happen here, in the shell, without a second process.

* ``__utah_jq WHAT INPUT FILTER [JQ-OPTION...]`` -> ``__r``: jq's output; status 1 with
  ``__err`` = "WHAT: message" when jq fails (invalid JSON, a type error).  FILTER may
  use the jq functions the helper defines (``_get _set _del _has _keys _elems``…).
* ``__utah_json_unquote J`` -> ``__r``: the text of a JSON string literal as jq writes it.
* ``__utah_json_scalar KIND J`` -> ``__r``: a JSON value as a Utah string, number or
  boolean (KIND), JavaScript-falsy when missing: ``""``, ``NaN``, ``false``; KIND text
  is JavaScript's String(value).
* ``__utah_json_lines KIND TEXT`` -> ``__ra``: one element per line of JSON text;
  KIND json keeps each line's JSON, string/number/boolean convert it.
* ``__utah_any_equals J KIND V`` — status 0 when the JSON value J is strictly equal to
  the string, number or boolean V (KIND).
* ``__utah_json_string J`` -> ``__r``: JavaScript's String() of a JSON value (an array
  joined with commas, by one jq).
* ``__utah_json_path PATH`` -> ``__r``: a path held in a variable (``.a.b[0]``,
  ``."k.e.y"``) as a JSON array of segments (keys as strings, ``[n]`` as numbers).
"""

_JQ_LIB = r"""'def _idx: (tonumber? // null) as $n
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
'"""

JQ = r"""
__utah_jq() {
  # Why: JSON is read and updated by one jq per operation; a failure becomes a Utah
  # error that names the operation (LANGUAGE.md §7), never a half-read value.  The
  # functions below give paths JavaScript's meaning: a string segment is a key, or
  # an index when the value there is an array; a missing value reads as null.
  # Usage: __utah_jq WHAT INPUT FILTER [JQ-OPTION...] -> __r (jq's output, last
  # newline cut); an empty INPUT is null except for json.parse and json.isValid.
  local __uq_what=$1 __uq_in=$2 __uq_f=$3 __uq_lib
  __uq_lib=@LIB@
  shift 3
  if [[ -z $__uq_in && $__uq_what != json.parse && $__uq_what != json.isValid ]]; then
    __uq_in=null
  fi
  if __r=$(jq "$@" "$__uq_lib$__uq_f" 2>&1 <<<"$__uq_in"); then
    if [[ $__r == *[0-9][eE][-+]* && $1 != -j ]]; then
      # a number with an exponent, as C writes it (1e-05, 1e+17; 1E-7 from jq 1.7), is
      # written again as JavaScript does (0.00001, 100000000000000000, 1e-7): _js, _jsp
      if [[ $1 == --indent ]]; then __uq_f='_jsp("")'; else __uq_f=_js; fi
      __r=$(jq -r "$__uq_lib$__uq_f" <<<"$__r")
    fi
    return 0
  fi
  __r=${__r#jq: error (at <stdin>:*): }
  __r=${__r#jq: }  # jq 1.7 and later put "jq: " before a parse error
  if [[ $__r == 'parse error'* ]]; then __r="invalid JSON: $__r"; fi
  __err="$__uq_what: $__r"
  return 1
}
""".replace("@LIB@", _JQ_LIB)

JSON_UNQUOTE = r"""
__utah_json_unquote() {
  # Why: jq writes strings as JSON literals (so newlines and trailing whitespace
  # survive the command substitution); this decodes one without a process.  jq
  # escapes only \" \\ and control characters, which printf %b decodes in order.
  # Usage: __utah_json_unquote J -> __r (J is a JSON string literal from jq).
  local __s=${1:1:${#1}-2} __q='"' __b='\'
  if [[ $__s == *"$__b"* ]]; then
    __s=${__s//"$__b$__q"/"$__q"}
    printf -v __s '%b' "$__s"
  fi
  __r=$__s
}
"""

JSON_SCALAR = r"""
__utah_json_scalar() {
  # Why: a JSON value read from an object becomes a Utah string, number or boolean
  # as the declared type says; a missing value is falsy ("" / NaN / false) so that
  # `json.getNumber(o, p) || 0` works.
  # Usage: __utah_json_scalar string|number|boolean|text J -> __r; text is JS String()
  # (a missing value stays null), string is json.getString (missing is "").
  if [[ -z $2 || $2 == null ]]; then
    case $1 in string) __r= ;; number) __r=NaN ;; boolean) __r=false ;; *) __r=$2 ;; esac
    return 0
  fi
  case $1:$2 in
    string:\"* | text:\"*) __utah_json_unquote "$2" ;;
    string:[-0-9]* | text:[-0-9]*) __utah_num_canon "$2" ;;
    string:* | text:*) __r=$2 ;;
    number:\"*) __utah_json_unquote "$2"; __utah_to_number "$__r" ;;
    number:true) __r=1 ;;
    number:false) __r=0 ;;
    number:[-0-9]*) __utah_num_canon "$2" ;;
    number:*) __r=NaN ;;
    boolean:true | 'boolean:"true"') __r=true ;;
    boolean:*) __r=false ;;
  esac
}
"""

JSON_LINES = r"""
__utah_json_lines() {
  # Why: jq writes the elements of an array one JSON text per line (a newline in a
  # string is escaped there), so elements with spaces, quotes or newlines come back
  # intact; string, number and boolean elements are converted in the shell.
  # Usage: __utah_json_lines json|string|number|boolean TEXT -> __ra.
  local __ul_i
  __ra=()
  if [[ -z $2 ]]; then return 0; fi
  mapfile -t __ra <<<"$2"
  if [[ $1 == json ]]; then return 0; fi
  for __ul_i in "${!__ra[@]}"; do
    __utah_json_scalar "$1" "${__ra[__ul_i]}"
    __ra[__ul_i]=$__r
  done
}
"""

JSON_PATH = r"""
__utah_json_path() {
  # Why: a path held in a variable is known only at run time; it is split here at
  # its dots and [n] (a "quoted" segment is one key) into jq path segments,
  # without a process.
  # Usage: __utah_json_path PATH -> __r (JSON array: keys as strings, [n] as numbers).
  local __p=$1 __o='' __k __re='^"(([^"\\]|\\.)*)"'
  __p=${__p#.}
  while [[ -n $__p ]]; do
    if [[ $__p == '['* && $__p == *']'* ]]; then
      __k=${__p%%]*} __k=${__k:1} __p=${__p#*]}
      if [[ $__k =~ ^[0-9]+$ ]]; then
        __o+=,$(( 10#$__k ))
        __k=
      elif [[ $__k =~ $__re ]]; then
        __o+=,${BASH_REMATCH[0]}
        __k=
      fi
    elif [[ $__p =~ $__re ]]; then
      __o+=,${BASH_REMATCH[0]}
      __p=${__p:${#BASH_REMATCH[0]}}
      __k=
    else
      __k=${__p%%[.[]*}
      __p=${__p:${#__k}}
      if [[ $__k == '' && $__p == '['* ]]; then __k='[' __p=${__p:1}; fi
    fi
    if [[ -n $__k ]]; then
      __utah_json_quote "$__k"
      __o+=,$__r
    fi
    __p=${__p#.}
  done
  __r=[${__o#,}]
}
"""

# --------------------------------------------------------------- POSIX sh versions
# No locals in POSIX sh: helper variables are globals with a prefix of their own, and
# an array result is __ra__n and __ra__0 … (runtime/posix.py).
#
# Decoding scheme (exact for every string): jq writes JSON text, compact, one value per
# line -- jq escapes every control character inside a string, so a line is exactly one
# value and splitting at newlines is exact.  A JSON string literal is decoded in the
# shell by cutting it at each backslash with parameter expansion (`${s%%"$b"*}`); only
# the escapes jq (or the compiler's own JSON quoting) writes occur: \" \\ \/ \n \t are
# literal text, and \b \f \r \u00XX are written by one printf of octal escapes
# (one command substitution per such rare character, never a jq).  Nothing read from
# JSON is ever evaluated as shell code; eval only names array elements.

JQ_POSIX = r"""
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
  __uq_lib=@LIB@
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
""".replace("@LIB@", _JQ_LIB)

JSON_UNQUOTE_POSIX = r"""
__utah_json_unquote() {
  # Why: jq writes strings as JSON literals (so newlines and trailing whitespace
  # survive the command substitution); this decodes one without jq.  The text is
  # cut at each backslash; \" \\ \/ \n \t are literal text; \b \f \r and \uXXXX are
  # written by printf from the octal escapes of their UTF-8 bytes (one command
  # substitution, for those rare characters only).  As in the bash version (printf
  # %b), \u0000 ends the string and each half of a surrogate pair is encoded alone.
  # Usage: __utah_json_unquote J -> __r (J is a JSON string literal from jq).
  __uju_s=${1#?}
  __uju_s=${__uju_s%?}
  __uju_b='\'
  __uju_o=
  while :; do
    case $__uju_s in
      *\\*) ;;
      *) break ;;
    esac
    __uju_o=$__uju_o${__uju_s%%\\*}
    __uju_s=${__uju_s#*\\}
    __uju_t=${__uju_s#?}
    __uju_k=
    case $__uju_s in
      '"'* | '\'* | /*) __uju_o=$__uju_o${__uju_s%"$__uju_t"} ;;
      n*) __uju_k=10 ;;
      t*) __uju_k=9 ;;
      b*) __uju_k=8 ;;
      f*) __uju_k=12 ;;
      r*) __uju_k=13 ;;
      u[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]*)
        __uju_t=${__uju_s#?????}
        __uju_k=${__uju_s%"$__uju_t"}
        __uju_k=$(( 0x${__uju_k#u} )) ;;
      *) __uju_o=$__uju_o$__uju_b __uju_t=$__uju_s ;;
    esac
    __uju_s=$__uju_t
    case $__uju_k in
      '') ;;
      0) __uju_s=; break ;;
      9) __uju_o="$__uju_o	" ;;
      10) __uju_o="$__uju_o
" ;;
      *)
        if [ "$__uju_k" -lt 128 ]; then
          set -- "$__uju_k"
        elif [ "$__uju_k" -lt 2048 ]; then
          set -- $(( 192 + __uju_k / 64 )) $(( 128 + __uju_k % 64 ))
        else
          set -- $(( 224 + __uju_k / 4096 )) $(( 128 + __uju_k / 64 % 64 )) $(( 128 + __uju_k % 64 ))
        fi
        __uju_f=
        for __uju_k in "$@"; do
          __uju_f=$__uju_f\\$(( __uju_k / 64 ))$(( __uju_k / 8 % 8 ))$(( __uju_k % 8 ))
        done
        # shellcheck disable=SC2059 # the format is only the octal escapes made above
        __uju_o=$__uju_o$(printf "$__uju_f") ;;
    esac
  done
  __r=$__uju_o$__uju_s
}
"""

# the same conversions; only the test for a missing value is written without [[ ]]
JSON_SCALAR_POSIX = JSON_SCALAR.replace(r"""
  if [[ -z $2 || $2 == null ]]; then
    case $1 in string) __r= ;; number) __r=NaN ;; boolean) __r=false ;; *) __r=$2 ;; esac
    return 0
  fi
""", r"""
  case $2 in
    '' | null)
      case $1 in string) __r= ;; number) __r=NaN ;; boolean) __r=false ;; *) __r=$2 ;; esac
      return 0 ;;
  esac
""")
assert JSON_SCALAR_POSIX != JSON_SCALAR

JSON_LINES_POSIX = r"""
__utah_json_lines() {
  # Why: jq writes the elements of an array one JSON text per line (a newline in a
  # string is escaped there), so elements with spaces, quotes or newlines come back
  # intact; string, number and boolean elements are converted in the shell.  The
  # text is split by field splitting at newlines with globbing off (linear time; a
  # JSON line is never empty, so no empty field is lost), then IFS and globbing are
  # restored before the elements are converted.
  # Usage: __utah_json_lines json|string|number|boolean TEXT -> __ra.
  __utah_aclear __ra
  __ujl_ifs=${IFS+s$IFS} __ujl_g=
  case $- in
    *f*) ;;
    *) __ujl_g=1; set -f ;;
  esac
  IFS='
'
  __ujl_i=0
  for __ujl_x in $2; do
    eval "__ra__$__ujl_i=\$__ujl_x"
    __ujl_i=$(( __ujl_i + 1 ))
  done
  __ra__n=$__ujl_i
  case $__ujl_ifs in
    s*) IFS=${__ujl_ifs#s} ;;
    *) unset IFS ;;
  esac
  if [ -n "$__ujl_g" ]; then set +f; fi
  if [ "$1" = json ]; then return 0; fi
  __ujl_i=0
  while [ "$__ujl_i" -lt "$__ra__n" ]; do
    eval "__utah_json_scalar \"\$1\" \"\$__ra__$__ujl_i\""
    eval "__ra__$__ujl_i=\$__r"
    __ujl_i=$(( __ujl_i + 1 ))
  done
}
"""

JSON_PATH_POSIX = r"""
__utah_json_path() {
  # Why: a path held in a variable is known only at run time; it is split here at
  # its dots and [n] (a "quoted" segment is one key) into jq path segments,
  # without a process.  A "quoted" segment (with \" and \\ escapes) is found by a
  # scan that does what the bash version's regex ^"(([^"\\]|\\.)*)" does.
  # Usage: __utah_json_path PATH -> __r (JSON array: keys as strings, [n] as numbers).
  __ujp_p=${1#.} __ujp_o=
  while [ -n "$__ujp_p" ]; do
    __ujp_k='' __ujp_q=$__ujp_p __ujp_w=plain
    case $__ujp_p in
      '['*']'*)
        __ujp_k=${__ujp_p%%]*}
        __ujp_k=${__ujp_k#?}
        __ujp_p=${__ujp_p#*]}
        __ujp_q=$__ujp_k __ujp_w=bracket
        case $__ujp_k in
          '' | *[!0-9]*) ;;
          *)
            while :; do
              case $__ujp_k in
                0?*) __ujp_k=${__ujp_k#0} ;;
                *) break ;;
              esac
            done
            __ujp_o=$__ujp_o,$__ujp_k
            __ujp_k='' __ujp_q='' ;;
        esac ;;
    esac
    __ujp_m=
    case $__ujp_q in
      '"'*)
        __ujp_m='"'
        __ujp_t=${__ujp_q#?}
        while :; do
          case $__ujp_t in
            '"'*) __ujp_m=$__ujp_m'"'; break ;;
            '\'?*)
              __ujp_c=${__ujp_t#??}
              __ujp_m=$__ujp_m${__ujp_t%"$__ujp_c"}
              __ujp_t=$__ujp_c ;;
            [!\"\\]*[\"\\]*)
              __ujp_c=${__ujp_t%%[\"\\]*}
              __ujp_m=$__ujp_m$__ujp_c
              __ujp_t=${__ujp_t#"$__ujp_c"} ;;
            *) __ujp_m=; break ;;
          esac
        done ;;
    esac
    if [ -n "$__ujp_m" ]; then
      __ujp_o=$__ujp_o,$__ujp_m
      __ujp_k=
      if [ "$__ujp_w" = plain ]; then __ujp_p=${__ujp_p#"$__ujp_m"}; fi
    elif [ "$__ujp_w" = plain ]; then
      __ujp_k=${__ujp_p%%[.[]*}
      __ujp_p=${__ujp_p#"$__ujp_k"}
      case $__ujp_k$__ujp_p in
        '['*) __ujp_k='[' __ujp_p=${__ujp_p#?} ;;
      esac
    fi
    if [ -n "$__ujp_k" ]; then
      __utah_json_quote "$__ujp_k"
      __ujp_o=$__ujp_o,$__r
    fi
    __ujp_p=${__ujp_p#.}
  done
  __r=[${__ujp_o#,}]
}
"""

ANY_EQUALS = r"""
__utah_any_equals() {
  # Why: `===` between a value of type any (JSON text) and a typed string, number or
  # boolean holds only when the JSON value has that type too: the JSON string "1" never
  # equals the number 1, nor "01" the number 1. Text that is not JSON (an element of an
  # untyped array) is taken as it is.
  # Usage: __utah_any_equals J string|number|boolean V -> status 0 when J === V.
  case $2:$1 in
    string:\"*) __utah_json_unquote "$1"; [[ $__r == "$3" ]] ;;
    number:\"*) return 1 ;;
    number:*) __utah_num_cmp '==' "$1" "$3" ;;
    *) [[ $1 == "$3" ]] ;;
  esac
}
"""

ANY_EQUALS_POSIX = ANY_EQUALS.replace('[[ $__r == "$3" ]]', '[ "$__r" = "$3" ]').replace(
    '[[ $1 == "$3" ]]', '[ "$1" = "$3" ]')
assert "[[" not in ANY_EQUALS_POSIX

JSON_STRING = r"""
__utah_json_string() {
  # Why: String() of a JSON value joins an array's elements' texts with commas (null
  # as "", nested arrays too), as JavaScript does; console.log shows the array's JSON
  # (__utah_json_scalar text), so only String() and interpolation pay for the jq.
  # Usage: __utah_json_string J -> __r.
  case $1 in
    \[*)
      __utah_jq String "$1" 'def _s: if type == "array" then map(if . == null then "" else _s end)
        | join(",") elif type == "string" then . elif type == "number" then _jsnum
        else tojson end; _s, "."' -j || __r=$1.
      __r=${__r%.} ;;
    *) __utah_json_scalar text "$1" ;;
  esac
}
"""

DEFINITIONS = [(JQ, JQ_POSIX), (JSON_UNQUOTE, JSON_UNQUOTE_POSIX), (JSON_SCALAR, JSON_SCALAR_POSIX),
               (JSON_LINES, JSON_LINES_POSIX), (JSON_PATH, JSON_PATH_POSIX),
               (ANY_EQUALS, ANY_EQUALS_POSIX), (JSON_STRING, JSON_STRING)]
