#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  [[ $1 == null || $1 == undefined ]]
}

__utah_jq() {
  # Why: JSON is read and updated by one jq per operation; a failure becomes a Utah
  # error that names the operation (LANGUAGE.md §7), never a half-read value.  The
  # functions below give paths JavaScript's meaning: a string segment is a key, or
  # an index when the value there is an array; a missing value reads as null.
  # Usage: __utah_jq WHAT INPUT FILTER [JQ-OPTION...] -> __r (jq's output, last
  # newline cut); an empty INPUT is null except for json.parse and json.isValid.
  local __uq_what=$1 __uq_in=$2 __uq_f=$3 __uq_lib
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

__utah_json_quote() {
  # Why: JSON.stringify of a string without starting jq: escapes \ and " and the
  # control characters (\b \t \n \f \r, others as \u00XX) by parameter expansion.
  # Usage: __utah_json_quote S -> __r (with the surrounding double quotes).
  local __s=$1 __q='"' __b=\\ __i __h __c
  __s=${__s//"$__b"/"$__b$__b"}
  __s=${__s//"$__q"/"$__b$__q"}
  if [[ $__s == *[[:cntrl:]]* ]]; then
    __s=${__s//$'\n'/"$__b"n}
    __s=${__s//$'\t'/"$__b"t}
    __s=${__s//$'\r'/"$__b"r}
    __s=${__s//$'\b'/"$__b"b}
    __s=${__s//$'\f'/"$__b"f}
    for (( __i = 1; __i < 32; __i++ )); do
      printf -v __h '%02x' "$__i"
      printf -v __c '%b' "\\x$__h"
      if [[ $__s == *"$__c"* ]]; then __s=${__s//"$__c"/"$__b"u00$__h}; fi
    done
  fi
  __r=$__q$__s$__q
}

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
  local __x=$1 __e=0 __f='' __z
  __ns=1 __nn=0 __nd=
  case $__x in -*) __ns=-1; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  if [[ $__x == Infinity ]]; then __nn=999999999 __nd=1; return 0; fi
  if ! [[ $__x =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,9})?$ ]]; then
    __ns=NaN
    return 0
  fi
  case $__x in *[eE]*) __e=${__x#*[eE]}; __x=${__x%%[eE]*} ;; esac
  case $__x in *.*) __f=${__x#*.}; __x=${__x%%.*} ;; esac
  case $__e in -*) __e=$(( -10#${__e:1} )) ;; +*) __e=$(( 10#${__e:1} )) ;; *) __e=$(( 10#$__e )) ;; esac
  __nd=$__x$__f
  __z=${__nd%%[!0]*}
  __nd=${__nd:${#__z}}
  __nn=$(( ${#__x} + __e - ${#__z} ))
  __z=${__nd##*[!0]}
  __nd=${__nd:0:${#__nd}-${#__z}}
  if [[ -z $__nd ]]; then __ns=0 __nn=0; fi
}

__utah_num_canon() {
  # Why: a parsed or literal number must print as JavaScript prints it ("2.50" ->
  # 2.5, "1e3" -> 1000, ".5" -> 0.5, "1e21" -> 1e+21).  Done in the shell when the
  # value has at most 15 significant digits, else by one awk.
  # Usage: __utah_num_canon TEXT -> __r.  TEXT: [+-]digits[.digits][e[+-]digits],
  # [+-].digits[e...], [+-]Infinity; anything else gives NaN.
  local __g='' __z __k
  __utah_num_parts "$1"
  case $__ns in
    NaN) __r=NaN; return 0 ;;
    0) __r=0; return 0 ;;
    -1) __g=- ;;
  esac
  __k=${#__nd}
  if (( __nn == 999999999 )); then
    __r=${__g}Infinity
  elif (( __k > 15 || __nn > 300 || __nn < -300 )); then
    __utah_float fmt "$1"
  elif (( __k <= __nn && __nn <= 21 )); then
    printf -v __z '%*s' $(( __nn - __k )) ''
    __r=$__g$__nd${__z// /0}
  elif (( 0 < __nn && __nn <= 21 )); then
    __r=$__g${__nd:0:__nn}.${__nd:__nn}
  elif (( -6 < __nn && __nn <= 0 )); then
    printf -v __z '%*s' $(( -__nn )) ''
    __r=${__g}0.${__z// /0}$__nd
  else
    __r=$__g${__nd:0:1}
    if (( __k > 1 )); then __r+=.${__nd:1}; fi
    if (( __nn > 0 )); then __r+=e+$(( __nn - 1 )); else __r+=e-$(( 1 - __nn )); fi
  fi
}

__utah_radix_value() {
  # Why: parseInt and Number of hex, octal, binary or radix-N digits: $(( R#digits ))
  # while the value stays below 2^53, one awk beyond (JS rounds to a double).
  # Usage: __utah_radix_value DIGITS RADIX -> __r (DIGITS valid in RADIX 2..36).
  local __d=$1 __k=0 __p=1
  __d=${__d#"${__d%%[!0]*}"}
  while (( __p <= 9007199254740991 / $2 )); do
    __p=$(( __p * $2 )) __k=$(( __k + 1 ))
  done
  if [[ -z $__d ]]; then
    __r=0
  elif (( ${#__d} <= __k )); then
    __r=$(( $2#$__d ))
  elif (( $2 == 10 )); then
    __utah_num_canon "$__d"
  else
    __utah_float radix "$__d" "$2"
  fi
}

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace ([:space:]).
  # Usage: __utah_trim_end S -> __r.
  __r=${1%"${1##*[![:space:]]}"}
}

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace ([:space:]).
  # Usage: __utah_trim_start S -> __r.
  __r=${1#"${1%%[![:space:]]*}"}
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
  local __s
  __utah_trim "$1"
  __s=$__r
  case $__s in
    '') __r=0 ;;
    0[xX]*) if [[ ${__s:2} =~ ^[0-9a-fA-F]+$ ]]; then __utah_radix_value "${__s:2}" 16; else __r=NaN; fi ;;
    0[oO]*) if [[ ${__s:2} =~ ^[0-7]+$ ]]; then __utah_radix_value "${__s:2}" 8; else __r=NaN; fi ;;
    0[bB]*) if [[ ${__s:2} =~ ^[01]+$ ]]; then __utah_radix_value "${__s:2}" 2; else __r=NaN; fi ;;
    *) __utah_num_canon "$__s" ;;
  esac
}

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
  [[ -n $1 && $1 != null && $1 != false && $1 != 0 && $1 != -0 && $1 != NaN && $1 != '""'
     && $1 != undefined ]]
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

f() {
  local x=$1
  local __t1 __t2 __t3 __t4 __t5 __t6
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
  if [[ $x == undefined ]]; then
    __t3=true
  else
    __t3=false
  fi
  if [[ $x == null ]]; then
    __t4=true
  else
    __t4=false
  fi
  if __utah_json_truthy "$x"; then
    __t5='t'
  else
    __t5='f'
  fi
  if [[ $x != undefined ]]; then
    __t6=true
  else
    __t6=false
  fi
  printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5 $__t6"
}

g() {
  local y=$1
  local __t7
  __t7=$y
  if __utah_is_nullish "$__t7"; then
    __t7='"default"'
  fi
  __utah_json_scalar string "$__t7"
  return 0
}

f undefined
f null
xs=()
__t10="${xs[0]-undefined}"
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
