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

__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  case $1 in
    null | undefined) return 0 ;;
  esac
  return 1
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

__utah_qmarks() {
  # Why: POSIX sh has no ${s:i:n}; a pattern of N `?` strips N characters with
  # ${s#$pattern}.  Built by doubling, not one character per loop turn.
  # Usage: __utah_qmarks N -> __r (N question marks).
  __uqm_n=$1 __uqm_q='?' __r=
  while [ "$__uqm_n" -gt 0 ]; do
    if [ $(( __uqm_n % 2 )) -eq 1 ]; then __r=$__r$__uqm_q; fi
    __uqm_n=$(( __uqm_n / 2 )) __uqm_q=$__uqm_q$__uqm_q
  done
}

__utah_cut() {
  # Why: POSIX sh has no ${s:start:len}; this strips START characters and keeps
  # LEN with patterns of `?` (no process, no loop per character).
  # Usage: __utah_cut S START [LEN] -> __r (START, LEN >= 0).
  if [ "$2" -ge ${#1} ]; then __r=; return 0; fi
  __utah_qmarks "$2"
  __uct_t=${1#$__r}
  if [ $# -gt 2 ] && [ "$3" -lt ${#__uct_t} ]; then
    __utah_qmarks "$3"
    __r=${__uct_t#$__r}
    __r=${__uct_t%"$__r"}
  else
    __r=$__uct_t
  fi
}

__utah_subst() {
  # Why: a JS replace() replacement string may hold $$ $& $` $' patterns.
  # Usage: __utah_subst REPLACEMENT MATCHED BEFORE AFTER -> __r.
  __usb_t=$1 __r=
  while [ "${__usb_t#*\$}" != "$__usb_t" ]; do
    __r=$__r${__usb_t%%\$*}
    __usb_t=${__usb_t#*\$}
    case $__usb_t in
      \$*) __r=$__r\$ __usb_t=${__usb_t#?} ;;
      \&*) __r=$__r$2 __usb_t=${__usb_t#?} ;;
      \`*) __r=$__r$3 __usb_t=${__usb_t#?} ;;
      \'*) __r=$__r$4 __usb_t=${__usb_t#?} ;;
      *) __r=$__r\$ ;;
    esac
  done
  __r=$__r$__usb_t
}

__utah_replace_all() {
  # Why: JS s.replaceAll(str, rep) with literal search text (an empty search
  # inserts rep around every character), JS $-patterns in rep.
  # Usage: __utah_replace_all S SEARCH REPLACEMENT -> __r.
  __ura_s=$1 __ura_o='' __ura_m=$3 __ura_d=
  if [ -z "$2" ]; then
    while :; do
      case $3 in *\$*) __utah_subst "$3" '' "$__ura_d" "$__ura_s"; __ura_m=$__r ;; esac
      if [ -z "$__ura_s" ]; then break; fi
      __ura_b=${__ura_s#?}
      __ura_b=${__ura_s%"$__ura_b"}
      __ura_o=$__ura_o$__ura_m$__ura_b __ura_d=$__ura_d$__ura_b __ura_s=${__ura_s#?}
    done
    __r=$__ura_o$__ura_m
    return 0
  fi
  while :; do
    __ura_a=${__ura_s#*"$2"}
    if [ "$__ura_a" = "$__ura_s" ]; then break; fi
    __ura_b=${__ura_s%"$2$__ura_a"}
    __ura_s=$__ura_a __ura_d=$__ura_d$__ura_b
    case $3 in *\$*) __utah_subst "$3" "$2" "$__ura_d" "$__ura_s"; __ura_m=$__r ;; esac
    __ura_o=$__ura_o$__ura_b$__ura_m __ura_d=$__ura_d$2
  done
  __r=$__ura_o$__ura_s
}

__utah_json_quote() {
  # Why: JSON.stringify of a string without starting jq: \ and " are replaced as
  # literal text, then each control character is escaped (\b \t \n \f \r, others
  # as \u00XX).  The control characters are spelled out in order (posh has no
  # [[:cntrl:]]), so a character's code is its place in that list: no printf.
  # Usage: __utah_json_quote S -> __r (with the surrounding double quotes).
  __utah_replace_all "$1" '\' '\\'
  __utah_replace_all "$__r" '"' '\"'
  __ujq_s=$__r __ujq_o='' __ujq_cc='	
'
  while :; do
    __ujq_a=${__ujq_s#*[$__ujq_cc]}
    if [ "$__ujq_a" = "$__ujq_s" ]; then break; fi
    __ujq_s=${__ujq_s%"$__ujq_a"}
    __ujq_c=${__ujq_s#"${__ujq_s%?}"}
    __ujq_k=${__ujq_cc#*"$__ujq_c"}
    __ujq_k=$(( ${#__ujq_cc} - ${#__ujq_k} ))
    __ujq_o=$__ujq_o${__ujq_s%?} __ujq_s=$__ujq_a
    case $__ujq_k in
      8) __ujq_o=$__ujq_o'\b' ;;
      9) __ujq_o=$__ujq_o'\t' ;;
      10) __ujq_o=$__ujq_o'\n' ;;
      12) __ujq_o=$__ujq_o'\f' ;;
      13) __ujq_o=$__ujq_o'\r' ;;
      *)
        __utah_cut 0123456789abcdef $(( __ujq_k % 16 )) 1
        __ujq_o=$__ujq_o'\u00'$(( __ujq_k / 16 ))$__r ;;
    esac
  done
  __r=\"$__ujq_o$__ujq_s\"
}

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

__utah_float() {
  # Why: shell arithmetic is integer-only.  One awk process computes a JavaScript
  # double result and prints it as JS String() does (shortest round-trip digits).
  # Usage: __utah_float OP A [B] -> __r.  OP: + - * / % ** sqrt, fmt (canonical
  # text of the literal A), fixed (A.toFixed(B)), radix (digits A in radix B),
  # toradix (A.toString(B)).
  __r=$(awk '
function isnan(x) { return index(sprintf("%g", x), "nan") > 0 }
function isinf(x) { return !isnan(x) && index(sprintf("%g", x), "inf") > 0 }
function num(s) {
  if (s == "NaN") return NAN
  if (s == "Infinity" || s == "+Infinity") return INF
  if (s == "-Infinity") return -INF
  return s + 0
}
function zeros(k,   z) { z = ""; while (k-- > 0) z = z "0"; return z }
function inc(t,   k, c) {
  for (k = length(t); k > 0; k--) {
    c = substr(t, k, 1)
    if (c != "9") return substr(t, 1, k - 1) (c + 1) substr(t, k + 1)
    t = substr(t, 1, k - 1) "0" substr(t, k + 1)
  }
  return "1" t
}
function dec(t,   k, c) {
  for (k = length(t); k > 0; k--) {
    c = substr(t, k, 1)
    if (c != "0") return substr(t, 1, k - 1) (c - 1) substr(t, k + 1)
    t = substr(t, 1, k - 1) "9" substr(t, k + 1)
  }
  return t
}
function fmt(x,   s, p, sg, i, d, e, c, k, n) {
  if (isnan(x)) return "NaN"
  if (isinf(x)) return (x < 0) ? "-Infinity" : "Infinity"
  if (x == 0) return "0"
  sg = ""
  if (x < 0) { sg = "-"; x = -x }
  # shortest digits that read back as x: the nearest p-digit decimal, or a neighbour
  for (p = 0; p < 17; p++) {
    s = sprintf("%." p "e", x)
    i = index(s, "e"); d = substr(s, 1, i - 1); e = substr(s, i + 1) - p
    sub(/\./, "", d)
    if (s + 0 == x) break
    c = inc(d); if ((c "e" e) + 0 == x) { d = c; break }
    c = dec(d); if ((c "e" e) + 0 == x) { d = c; break }
  }
  n = length(d) + e
  while (substr(d, 1, 1) == "0") { d = substr(d, 2); n-- }
  sub(/0+$/, "", d)
  k = length(d)
  if (k <= n && n <= 21) return sg d zeros(n - k)
  if (0 < n && n <= 21) return sg substr(d, 1, n) "." substr(d, n + 1)
  if (-6 < n && n <= 0) return sg "0." zeros(-n) d
  s = sg substr(d, 1, 1)
  if (k > 1) s = s "." substr(d, 2)
  if (n > 0) return s "e+" (n - 1)
  return s "e-" (1 - n)
}
function fixed(x, d,   sg, s, i, t) {
  if (isnan(x)) return "NaN"
  if (isinf(x) || x >= 1e21 || x <= -1e21) return fmt(x)
  sg = ""
  if (x < 0) { sg = "-"; x = -x }
  s = sprintf("%." (d + 30) "f", x)
  i = index(s, ".")
  t = substr(s, 1, i - 1) substr(s, i + 1, d)
  if (substr(s, i + d + 1, 1) >= "5") t = inc(t)
  if (d > 0) t = substr(t, 1, length(t) - d) "." substr(t, length(t) - d + 1)
  return sg t
}
function fmod(a, b,   r, t, neg) {
  # exact remainder (the % of gawk is not fmod): subtract b * 2^k, largest first
  neg = a < 0; r = neg ? -a : a
  if (b < 0) b = -b
  t = b
  while (t * 2 <= r) t = t * 2
  for (; t >= b; t = t / 2) if (r >= t) r = r - t
  return neg ? -r : r
}
function sp(a,   c) { c = 134217729 * a; SH = c - (c - a); SL = a - SH }
function tp(a, b,   ah, al) {
  # PH + PL == a * b exactly (Dekker), portable to awks without fma
  PH = a * b; sp(a); ah = SH; al = SL; sp(b)
  PL = ((ah * SH - PH) + ah * SL + al * SH) + al * SL
}
function ddmul(xh, xl, yh, yl,   s) {
  tp(xh, yh); PL = PL + (xh * yl + xl * yh)
  s = PH + PL; DL = PL - (s - PH); DH = s
}
function ipow(a, n,   neg, rh, rl, bh, bl, q, e) {
  # a ^ n for an integer n in double-double, so that the one rounding at the end
  # matches pow() (gawk computes ^ by repeated multiplication)
  neg = n < 0; if (neg) n = -n
  rh = 1; rl = 0; bh = a; bl = 0
  while (n > 0) {
    if (n % 2 == 1) { ddmul(rh, rl, bh, bl); rh = DH; rl = DL; n = n - 1 }
    n = n / 2
    if (n > 0) { ddmul(bh, bl, bh, bl); bh = DH; bl = DL }
  }
  if (!neg) return rh + rl
  q = 1 / rh; tp(q, rh)
  e = (1 - PH) - PL - q * rl
  return q + q * e
}
function power(a, b,   r) {
  if (b == int(b) && b <= 2147483647 && b >= -2147483647 && a != 0 && !isinf(a)) {
    r = ipow(a, b)
    if (!isnan(r) && !isinf(r) && (r < 0 ? -r : r) < 1e290 && (r < 0 ? -r : r) > 1e-290) return r
  }
  return a ^ b
}
function digit(s, i) { return index("0123456789abcdefghijklmnopqrstuvwxyz", substr(s, i, 1)) - 1 }
function radix(s, R,   v, i, n, part, mul) {
  # powers of two accumulate exactly; other radixes follow V8 (parts below
  # 0xFFFFFFFF / 36 combined in doubles) so that rounding matches node
  if (R == 10) return s + 0
  s = tolower(s); v = 0; n = length(s)
  if (R == 2 || R == 4 || R == 8 || R == 16 || R == 32) {
    for (i = 1; i <= n; i++) v = v * R + digit(s, i)
    return v
  }
  for (i = 1; i <= n; ) {
    part = 0; mul = 1
    for (; i <= n && mul * R <= 119304647; i++) { part = part * R + digit(s, i); mul = mul * R }
    v = v * mul + part
  }
  return v
}
function toradix(x, R,   sg, ip, f, delta, p, s, d, k, z, t, r) {
  # as V8 DoubleToRadixCString: fraction digits while they are within half an ulp of
  # x (rounding to even, carrying back), integer digits by exact remainders
  if (x == 0) return "0"
  sg = ""
  if (x < 0) { sg = "-"; x = -x }
  ip = x; f = 0  # from 2^52 up every double is an integer (busybox int() is 64-bit)
  if (x < 4503599627370496) { ip = int(x); f = x - ip }
  p = 1
  if (x >= 1) { while (p * 2 <= x) p = p * 2 } else { while (p > x) p = p / 2 }
  delta = p / 9007199254740992
  if (delta == 0) { delta = 1; for (k = 0; k < 1074; k++) delta = delta / 2 }
  s = ""
  while (f >= delta) {
    f = f * R; delta = delta * R
    d = int(f); s = s substr(DIGITS, d + 1, 1); f = f - d
    if ((f > 0.5 || (f == 0.5 && d % 2 == 1)) && f + delta > 1) {
      for (k = length(s); k > 0; k--) {
        d = digit(s, k); s = substr(s, 1, k - 1)
        if (d + 1 < R) { s = s substr(DIGITS, d + 2, 1); break }
      }
      if (k == 0) ip = ip + 1
      break
    }
  }
  z = ""
  while (ip / R >= 9007199254740992) { ip = ip / R; z = z "0" }
  t = ""
  do { r = fmod(ip, R); t = substr(DIGITS, r + 1, 1) t; ip = (ip - r) / R } while (ip > 0)
  return sg t z (s == "" ? "" : "." s)
}
BEGIN {
  INF = 1e308 * 10; NAN = INF - INF
  DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
  op = ARGV[1]; sa = ARGV[2]; sb = ARGV[3]
  if (op == "fixed") { print fixed(num(sa), sb + 0); exit }
  if (op == "radix") { print fmt(radix(sa, sb + 0)); exit }
  if (op == "toradix") { print toradix(num(sa), sb + 0); exit }
  a = num(sa); b = num(sb)
  if (op == "fmt") r = a
  else if (op == "sqrt") r = (isnan(a) || a < 0) ? NAN : sqrt(a)
  else if (op == "**") {
    if (isnan(b)) r = NAN
    else if (b == 0) r = 1
    else if (isnan(a)) r = NAN
    else if ((a == 1 || a == -1) && isinf(b)) r = NAN
    else if (a == 0 && b < 0) r = (substr(sa, 1, 1) == "-" && b % 2 == -1) ? -INF : INF
    else r = power(a, b)
  }
  else if (isnan(a) || isnan(b)) r = NAN
  else if (op == "+") r = a + b
  else if (op == "-") r = a - b
  else if (op == "*") r = a * b
  else if (op == "/") {
    if (b != 0) r = a / b
    else if (a == 0) r = NAN
    else r = ((a > 0) == (substr(sb, 1, 1) != "-")) ? INF : -INF
  }
  else if (op == "%") {
    if (b == 0 || isinf(a)) r = NAN
    else if (isinf(b)) r = a
    else r = fmod(a, b)
  }
  else r = NAN
  print fmt(r)
}' "$@")
}

__utah_num_parts() {
  # Why: decimal text has no shell comparison.  This splits a JS number text into
  # sign, decimal exponent and significant digits, so numbers compare and print
  # exactly without a process.
  # Usage: __utah_num_parts TEXT -> globals __ns (-1, 0, 1, or NaN for anything
  # that is not a number), __nn and __nd (value = 0.__nd x 10^__nn; __nd has no
  # leading or trailing zeros).
  __unp_x=$1 __unp_e=0 __unp_f=
  __ns=1 __nn=0 __nd=
  case $__unp_x in -*) __ns=-1 __unp_x=${__unp_x#-} ;; +*) __unp_x=${__unp_x#+} ;; esac
  if [ "$__unp_x" = Infinity ]; then __nn=999999999 __nd=1; return 0; fi
  case $__unp_x in
    *[eE]*)
      __unp_e=${__unp_x#*[eE]} __unp_x=${__unp_x%%[eE]*}
      __unp_f=${__unp_e#[+-]}
      case $__unp_f in '' | *[!0-9]*) __ns=NaN; return 0 ;; esac
      if [ ${#__unp_f} -gt 9 ]; then __ns=NaN; return 0; fi
      __unp_f=${__unp_f#"${__unp_f%%[!0]*}"}
      case $__unp_e in -*) __unp_e=-${__unp_f:-0} ;; *) __unp_e=${__unp_f:-0} ;; esac
      __unp_f='' ;;
  esac
  case $__unp_x in '' | . | *.*.* | *[!0-9.]*) __ns=NaN; return 0 ;; esac
  case $__unp_x in *.*) __unp_f=${__unp_x#*.} __unp_x=${__unp_x%%.*} ;; esac
  __nd=$__unp_x$__unp_f
  __unp_z=${__nd%%[!0]*}
  __nd=${__nd#"$__unp_z"}
  __nn=$(( ${#__unp_x} + __unp_e - ${#__unp_z} ))
  __unp_z=${__nd##*[!0]}
  __nd=${__nd%"$__unp_z"}
  if [ -z "$__nd" ]; then __ns=0 __nn=0; fi
}

__utah_num_canon() {
  # Why: a parsed or literal number must print as JavaScript prints it ("2.50" ->
  # 2.5, "1e3" -> 1000, ".5" -> 0.5, "1e21" -> 1e+21).  Done in the shell when the
  # value has at most 15 significant digits, else by one awk.
  # Usage: __utah_num_canon TEXT -> __r.  TEXT: [+-]digits[.digits][e[+-]digits],
  # [+-].digits[e...], [+-]Infinity; anything else gives NaN.
  __unn_g=
  __utah_num_parts "$1"
  case $__ns in
    NaN) __r=NaN; return 0 ;;
    0) __r=0; return 0 ;;
    -1) __unn_g=- ;;
  esac
  __unn_k=${#__nd}
  if [ "$__nn" -eq 999999999 ]; then
    __r=${__unn_g}Infinity
  elif [ "$__unn_k" -gt 15 ] || [ "$__nn" -gt 300 ] || [ "$__nn" -lt -300 ]; then
    __utah_float fmt "$1"
  elif [ "$__unn_k" -le "$__nn" ] && [ "$__nn" -le 21 ]; then
    __r=$__unn_g$__nd
    while [ "$__unn_k" -lt "$__nn" ]; do __r=${__r}0 __unn_k=$(( __unn_k + 1 )); done
  elif [ 0 -lt "$__nn" ] && [ "$__nn" -le 21 ]; then
    __utah_qmarks "$__nn"
    __unn_z=${__nd#$__r}
    __r=$__unn_g${__nd%"$__unn_z"}.$__unn_z
  elif [ -6 -lt "$__nn" ] && [ "$__nn" -le 0 ]; then
    __r=${__unn_g}0. __unn_k=$__nn
    while [ "$__unn_k" -lt 0 ]; do __r=${__r}0 __unn_k=$(( __unn_k + 1 )); done
    __r=$__r$__nd
  else
    __unn_z=${__nd#?}
    __r=$__unn_g${__nd%"$__unn_z"}
    if [ -n "$__unn_z" ]; then __r=$__r.$__unn_z; fi
    if [ "$__nn" -gt 0 ]; then __r=${__r}e+$(( __nn - 1 )); else __r=${__r}e-$(( 1 - __nn )); fi
  fi
}

__utah_int_width() {
  # Why: mksh does shell arithmetic in 32 bits, the other shells in 64; integer fast
  # paths must know how many digits stay exact.  Pure arithmetic, set once.
  # Usage: __utah_int_width -> globals __uw (digits an integer comparison may hold:
  # 18 or 9) and __um (largest exact integer: 2^53-1 or 2^31-1).
  if [ $(( 2147483647 + 1 )) -gt 0 ]; then
    __uw=18 __um=9007199254740991
  else
    __uw=9 __um=2147483647
  fi
}

__utah_radix_value() {
  # Why: parseInt and Number of hex, octal, binary or radix-N digits, digit by
  # digit in $(( )) (POSIX has no R#digits) while the value stays exact, one awk beyond.
  # Usage: __utah_radix_value DIGITS RADIX -> __r (DIGITS valid in RADIX 2..36).
  __urv_d=$1 __urv_k=0 __urv_p=1
  __urv_s=0123456789abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ
  [ -n "${__uw-}" ] || __utah_int_width
  __urv_d=${__urv_d#"${__urv_d%%[!0]*}"}
  while [ "$__urv_p" -le $(( __um / $2 )) ]; do
    __urv_p=$(( __urv_p * $2 )) __urv_k=$(( __urv_k + 1 ))
  done
  if [ -z "$__urv_d" ]; then
    __r=0
  elif [ ${#__urv_d} -le "$__urv_k" ]; then
    __r=0
    while [ -n "$__urv_d" ]; do
      __urv_t=${__urv_d#?}
      __urv_t=${__urv_s%%"${__urv_d%"$__urv_t"}"*}
      __urv_d=${__urv_d#?}
      __r=$(( __r * $2 + ${#__urv_t} % 36 ))
    done
  elif [ "$2" -eq 10 ]; then
    __utah_num_canon "$__urv_d"
  else
    __utah_float radix "$__urv_d" "$2"
  fi
}

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

__utah_to_number() {
  # Why: JS Number(string): trims whitespace, "" is 0, 0x/0o/0b prefixes,
  # Infinity, exponents; anything else is NaN.  No process unless the value needs
  # more than 15 significant digits.
  # Usage: __utah_to_number S -> __r.
  __utah_trim "$1"
  __utn_s=${__r#??}
  case $__r in
    '') __r=0 ;;
    0[xX]*) case $__utn_s in '' | *[!0-9a-fA-F]*) __r=NaN ;; *) __utah_radix_value "$__utn_s" 16 ;; esac ;;
    0[oO]*) case $__utn_s in '' | *[!0-7]*) __r=NaN ;; *) __utah_radix_value "$__utn_s" 8 ;; esac ;;
    0[bB]*) case $__utn_s in '' | *[!01]*) __r=NaN ;; *) __utah_radix_value "$__utn_s" 2 ;; esac ;;
    *) __utah_num_canon "$__r" ;;
  esac
}

__utah_json_scalar() {
  # Why: a JSON value read from an object becomes a Utah string, number or boolean
  # as the declared type says; a missing value is falsy ("" / NaN / false) so that
  # `json.getNumber(o, p) || 0` works.
  # Usage: __utah_json_scalar string|number|boolean|text J -> __r; text is JS String()
  # (a missing value stays null), string is json.getString (missing is "").
  case $2 in
    '' | null)
      case $1 in string) __r= ;; number) __r=NaN ;; boolean) __r=false ;; *) __r=$2 ;; esac
      return 0 ;;
  esac
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

__utah_json_truthy() {
  # Why: a value of type any (JSON text) is falsy when it is null, false, 0, -0, NaN,
  # the empty string or undefined.
  # Usage: __utah_json_truthy J -> status 0 when truthy.
  case $1 in
    '' | null | false | 0 | -0 | NaN | '""' | undefined) return 1 ;;
  esac
  return 0
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__fn_f() {
  x=$1
  unset __t1 __t2 __t3 __t4 __t5 __t6
  __utah_json_scalar text "$x"
  __t1=$__r
  case "$x" in
    undefined)
      __t2='undefined'
      ;;
    \"*)
      __t2='string'
      ;;
    true|false)
      __t2='boolean'
      ;;
    [-0-9]*|NaN|Infinity)
      __t2='number'
      ;;
    *)
      __t2='object'
      ;;
  esac
  if [ "$x" = undefined ]; then
    __t3=true
  else
    __t3=false
  fi
  if [ "$x" = null ]; then
    __t4=true
  else
    __t4=false
  fi
  if __utah_json_truthy "$x"; then
    __t5='t'
  else
    __t5='f'
  fi
  if [ "$x" != undefined ]; then
    __t6=true
  else
    __t6=false
  fi
  printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5 $__t6"
}

f() {
  __utah_save x __t1 __t2 __t3 __t4 __t5 __t6
  __fn_f "$@"
  set -- "$?"
  __utah_restore __t6 __t5 __t4 __t3 __t2 __t1 x
  return "$1"
}

__fn_g() {
  y=$1
  unset __t7
  __t7=$y
  if __utah_is_nullish "$__t7"; then
    __t7='"default"'
  fi
  __utah_json_scalar string "$__t7"
  return 0
}

g() {
  __utah_save y __t7
  __fn_g "$@"
  set -- "$?"
  __utah_restore __t7 y
  return "$1"
}

f undefined
f null
__utah_aclear xs
__t10="${xs__0-undefined}"
case "$__t10" in
  'undefined')
    __t9='undefined'
    ;;
  'null')
    __t9=null
    ;;
  *)
    __utah_json_quote "$__t10"
    __t11=$__r
    __t9=$__t11
    ;;
esac
f "$__t9"
f '"undefined"'
f '"null"'
f 3
f true
m='null'
__t13=$m
case "$__t13" in
  'undefined')
    __t12='undefined'
    ;;
  'null')
    __t12=null
    ;;
  *)
    __utah_json_quote "$__t13"
    __t14=$__r
    __t12=$__t14
    ;;
esac
f "$__t12"
g undefined
__t15=$__r
__t16=$__t15
g undefined
__t17=$__r
__t18=$__t17
g null
__t19=$__r
__t20=$__t19
g 0
__t21=$__r
printf '%s\n' "$__t16 $__t18 $__t20 $__t21"
u='undefined'
__utah_json_scalar text "$u"
__t22=$__r
case "$u" in
  undefined)
    __t23='undefined'
    ;;
  \"*)
    __t23='string'
    ;;
  true|false)
    __t23='boolean'
    ;;
  [-0-9]*|NaN|Infinity)
    __t23='number'
    ;;
  *)
    __t23='object'
    ;;
esac
__utah_json_string "$u"
__t24=$__r
printf '%s\n' "$__t22 $__t23 $__t24"
o='{"k":1}'
case "$u" in
  undefined|NaN|Infinity|-Infinity)
    __t25=null
    ;;
  *)
    __t25=$u
    ;;
esac
__utah_jq json.set "$o" '_set(["u"]; $v)' -c --argjson v "$__t25" || __utah_uncaught
o=$__r
case "$u" in
  undefined|NaN|Infinity|-Infinity)
    __t27=null
    ;;
  *)
    __t27=$u
    ;;
esac
__t28="[$__t27,2]"
printf '%s\n' "$o $__t28"
