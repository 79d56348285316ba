#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

__utah_args_define() {
  # Why: args.define registers an option for the parser and the usage text.
  # Usage: __utah_args_define LONG SHORT DESC TYPE REQUIRED [DEFAULT].
  local __ud_long=${1#--} __ud_type=string
  case $4 in
    number) __ud_type=number ;;
    boolean | bool | flag) __ud_type=boolean ;;
  esac
  __args_long+=("${__ud_long#-}")
  __args_short+=("${2#-}")
  __args_desc+=("$3")
  __args_type+=("$__ud_type")
  __args_req+=("$5")
  if (( $# > 5 )); then
    __args_def+=("$6")
    __args_hasdef+=(1)
  else
    __args_def+=('')
    __args_hasdef+=('')
  fi
  __args_parsed=''
}

__utah_args_find() {
  # Why: map a name to its definition: `--long`, `-s`, or either without dashes.
  # Usage: __utah_args_find NAME [exact] -> __r (index), status 1 when none.
  # With `exact` only the command-line spellings `--long` and `-s` match.
  local __uf_i
  for __uf_i in "${!__args_long[@]}"; do
    if [[ $1 == "--${__args_long[__uf_i]}" || ( -n ${__args_short[__uf_i]} && $1 == "-${__args_short[__uf_i]}" ) ]]; then
      __r=$__uf_i
      return 0
    fi
    if [[ -z ${2-} && ( ${1#--} == "${__args_long[__uf_i]}" || ( -n ${__args_short[__uf_i]} && ${1#-} == "${__args_short[__uf_i]}" ) ) ]]; then
      __r=$__uf_i
      return 0
    fi
  done
  return 1
}

__utah_args_usage() {
  # Why: --help and option errors show a usage built from the definitions and
  # script.description.
  # Usage: __utah_args_usage -> the text on stdout.
  local __uu_i __uu_w=10 __uu_left=() __uu_note
  printf 'Usage: %s [options]\n' "${0##*/}"
  if [[ -n ${__script_description-} ]]; then
    printf '\n%s\n' "$__script_description"
  fi
  for __uu_i in "${!__args_long[@]}"; do
    __uu_left[__uu_i]="${__args_short[__uu_i]:+-${__args_short[__uu_i]}, }"
    [[ -n ${__args_short[__uu_i]} ]] || __uu_left[__uu_i]='    '
    __uu_left[__uu_i]+="--${__args_long[__uu_i]}"
    if [[ ${__args_type[__uu_i]} != boolean ]]; then
      __uu_left[__uu_i]+=" <${__args_type[__uu_i]}>"
    fi
    (( ${#__uu_left[__uu_i]} > __uu_w )) && __uu_w=${#__uu_left[__uu_i]}
  done
  printf '\nOptions:\n'
  for __uu_i in "${!__args_long[@]}"; do
    __uu_note=
    if [[ ${__args_req[__uu_i]} == true ]]; then
      __uu_note=' (required)'
    elif [[ -n ${__args_hasdef[__uu_i]} ]]; then
      __uu_note=" (default: ${__args_def[__uu_i]})"
    fi
    printf '  %-*s  %s\n' "$__uu_w" "${__uu_left[__uu_i]}" "${__args_desc[__uu_i]}$__uu_note"
  done
  printf '  %-*s  %s\n' "$__uu_w" '-h, --help' 'Show this help and exit'
}

__utah_args_fail() {
  # Why: a command-line mistake is the user's, not the program's: say what is
  # wrong, show the usage, exit 2 (as getopt-style tools do).
  # Usage: __utah_args_fail MESSAGE -> exits 2.
  {
    printf 'error: %s\n\n' "$1"
    __utah_args_usage
  } >&2
  exit 2
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

__utah_args_parse() {
  # Why: the script's arguments are checked against the definitions once, when a
  # value is first asked for (all defines have run by then).
  # Usage: __utah_args_parse -> fills __args_val __args_given __args_pos, or exits.
  local __up_i=0 __up_a __up_n __up_v __up_has __up_k
  [[ -n ${__args_parsed-} ]] && return 0
  __args_parsed=1
  __args_val=() __args_given=() __args_pos=()
  while (( __up_i < ${#__args_argv[@]} )); do
    __up_a=${__args_argv[__up_i]}
    (( ++__up_i ))
    if [[ $__up_a == -- ]]; then
      __args_pos+=("${__args_argv[@]:__up_i}")
      break
    fi
    if [[ $__up_a != -?* || $__up_a =~ ^-[0-9.] ]]; then
      __args_pos+=("$__up_a")
      continue
    fi
    __up_n=$__up_a __up_v='' __up_has=''
    if [[ $__up_a == *=* ]]; then
      __up_n=${__up_a%%=*} __up_v=${__up_a#*=} __up_has=1
    fi
    if ! __utah_args_find "$__up_n" exact; then
      if [[ $__up_n == --help || $__up_n == -h ]]; then
        __utah_args_usage
        exit 0
      fi
      if [[ $__up_n != --* && ${#__up_n} -gt 2 ]] && __utah_args_find "${__up_n:0:2}" exact \
          && [[ ${__args_type[__r]} != boolean ]]; then
        __up_v=${__up_a:2} __up_has=1 __up_n=${__up_n:0:2}
      else
        __utah_args_fail "unknown option $__up_n"
      fi
    fi
    __up_k=$__r
    if [[ ${__args_type[__up_k]} == boolean ]]; then
      [[ -n $__up_has ]] || __up_v=true
      [[ $__up_v == true || $__up_v == false ]] \
        || __utah_args_fail "option $__up_n is a flag (true or false), got '$__up_v'"
    elif [[ -z $__up_has ]]; then
      (( __up_i < ${#__args_argv[@]} )) || __utah_args_fail "option $__up_n needs a value"
      __up_v=${__args_argv[__up_i]}
      (( ++__up_i ))
    fi
    if [[ ${__args_type[__up_k]} == number ]]; then
      __utah_to_number "$__up_v"
      if [[ $__r == NaN || -z ${__up_v//[[:space:]]/} ]]; then
        __utah_args_fail "option $__up_n expects a number, got '$__up_v'"
      fi
      __up_v=$__r
    fi
    __args_val[__up_k]=$__up_v
    __args_given[__up_k]=1
  done
  for __up_k in "${!__args_long[@]}"; do
    if [[ ${__args_req[__up_k]} == true && -z ${__args_given[__up_k]-} && -z ${__args_hasdef[__up_k]} ]]; then
      __utah_args_fail "missing required option --${__args_long[__up_k]}"
    fi
  done
}

__utah_args_lookup() {
  # Why: every args getter parses first and needs the option's definition; asking
  # for an option that was never defined is a bug in the program, an error that
  # `try` can catch (LANGUAGE.md §7).
  # Usage: __utah_args_lookup NAME -> __r (index); undefined NAME: __err, status 1.
  __utah_args_parse
  __utah_args_find "$1" && return 0
  __err="args: no option '$1' was defined"
  return 1
}

__utah_args_get() {
  # Why: args.get/getString: the value given, else the default, else "" (false
  # for a flag).
  # Usage: __utah_args_get NAME -> __r; undefined NAME: __err, status 1.
  __utah_args_lookup "$1" || return 1
  if [[ -n ${__args_given[__r]-} ]]; then
    __r=${__args_val[__r]}
  elif [[ -n ${__args_hasdef[__r]} ]]; then
    __r=${__args_def[__r]}
  elif [[ ${__args_type[__r]} == boolean ]]; then
    __r=false
  else
    __r=''
  fi
}

__utah_args_number() {
  # Why: args.getNumber: the value as a number; NaN (falsy) when there is none.
  # Usage: __utah_args_number NAME -> __r; undefined NAME: __err, status 1.
  __utah_args_get "$1" || return 1
  if [[ -z $__r ]]; then __r=NaN; else __utah_to_number "$__r"; fi
}

__utah_arith() {
  # Why: JS arithmetic on number texts.  Integers below 2^53 stay in $(( ));
  # fractions, overflow, NaN and Infinity go to one awk (__utah_float).
  # Usage: __utah_arith OP A B (OP: + - * / % **) -> __r.
  local __i='^-?(0|[1-9][0-9]{0,14})$' __a=$2 __b=$3 __p __k=0 __m
  if [[ $__a =~ $__i && $__b =~ $__i ]]; then
    case $1 in
      +) __r=$(( __a + __b )); return 0 ;;
      -) __r=$(( __a - __b )); return 0 ;;
      '*')
        __p=${__a#-}${__b#-}
        if (( ${#__p} <= 15 )); then __r=$(( __a * __b )); return 0; fi ;;
      /)
        if (( __b != 0 && __a % __b == 0 )); then __r=$(( __a / __b )); return 0; fi ;;
      %)
        if (( __b != 0 )); then __r=$(( __a % __b )); return 0; fi ;;
      '**')
        if (( __b >= 0 )); then
          __m=$(( __a < 0 ? -__a : __a ))
          if (( __m < 2 )); then
            __r=$(( __a == 0 ? __b == 0 : (__a == 1 || __b % 2 == 0 ? 1 : -1) ))
            return 0
          fi
          __p=1
          while (( __k < __b && (__p < 0 ? -__p : __p) <= 9007199254740992 / __m )); do
            __p=$(( __p * __a )) __k=$(( __k + 1 ))
          done
          if (( __k == __b )); then __r=$__p; return 0; fi
        fi ;;
    esac
  elif [[ $__a == NaN || $__b == NaN ]] && [[ $1 != '**' ]]; then
    __r=NaN
    return 0
  fi
  __utah_float "$1" "$__a" "$__b"
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

__utah_json_number() {
  # Why: JSON has no NaN or Infinity; JSON.stringify writes them as null.
  # Usage: __utah_json_number N -> __r.
  case $1 in
    NaN | Infinity | -Infinity | '') __r=null ;;
    *) __r=$1 ;;
  esac
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

__utah_json_array() {
  # Why: an array value becomes JSON text (for console.log, object literals, json.*)
  # without starting jq.
  # Usage: __utah_json_array KIND NAME -> __r; KIND: string number boolean json.
  # A null or undefined element (its marked text) is JSON null, and so is NaN or an
  # infinity (JSON has neither), as JSON.stringify writes them.
  local -n __uj_in=$2
  local __uj_out='' __uj_x
  for __uj_x in "${__uj_in[@]}"; do
    case $1:$__uj_x in
      *:$'\001null' | *:$'\001undefined') __r=null ;;
      json:NaN | json:Infinity | json:-Infinity) __r=null ;;  # (held by an `any`)
      string:*) __utah_json_quote "$__uj_x" ;;
      number:*) __utah_json_number "$__uj_x" ;;
      *) __r=$__uj_x ;;
    esac
    __uj_out+=${__uj_out:+,}$__r
  done
  __r=[$__uj_out]
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

__utah_fs_fail() {
  # Why: fs.* errors name the path and say why, as Node's messages do.
  # Usage: __utah_fs_fail VERB P [REASON] -> __err set, status 1. REASON is what the
  # tool said; when the path tells more (empty, missing, a directory) that is used.
  local __uf_reason=${3:-permission denied} __uf_parent=${2%/*}
  [[ $2 == */* ]] || __uf_parent=.
  if [[ -z $2 ]]; then
    __uf_reason='empty path'
  elif [[ $1 == change* && ! -e $2 ]]; then
    __uf_reason='no such file or directory'
  elif [[ $1 == read* && ! -e $2 ]]; then
    __uf_reason='no such file or directory'
  elif [[ $1 == read* && -d $2 ]]; then
    __uf_reason='is a directory'
  elif [[ $1 == write* && -d $2 ]]; then
    __uf_reason='is a directory'
  elif [[ $1 == create* && -e $2 && ! -d $2 ]]; then
    __uf_reason='a file of that name exists'
  elif [[ $1 != read* && -n $__uf_parent && ! -d $__uf_parent ]]; then
    __uf_reason='no such directory'
  fi
  __err="cannot $1 '$2': $__uf_reason"
  return 1
}

__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [[ -d $1 ]] && return 0
  [[ -n $1 ]] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
}

__utah_num_cmp() {
  # Why: [[ ]] compares only integers and JS compares NaN as false; this compares
  # any two JS number texts (fractions, exponents, Infinity) exactly, in the shell.
  # Usage: __utah_num_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  local __c=0 __s __n __d __x __y __i='^-?(0|[1-9][0-9]{0,17})$'
  if [[ $2 =~ $__i && $3 =~ $__i ]]; then
    __c=$(( $2 < $3 ? -1 : ($2 > $3 ? 1 : 0) ))
  else
    __utah_num_parts "$2"
    __s=$__ns __n=$__nn __d=$__nd
    __utah_num_parts "$3"
    if [[ $__s == NaN || $__ns == NaN ]]; then
      [[ $1 == '!=' ]]
      return
    fi
    if (( __s != __ns )); then
      __c=$(( __s < __ns ? -1 : 1 ))
    elif (( __s != 0 && __n != __nn )); then
      __c=$(( (__n < __nn ? -1 : 1) * __s ))
    else
      while [[ -n $__d$__nd ]]; do
        __x=${__d:0:18}000000000000000000 __y=${__nd:0:18}000000000000000000
        __x=${__x:0:18} __y=${__y:0:18}
        if (( 10#$__x != 10#$__y )); then
          __c=$(( (10#$__x < 10#$__y ? -1 : 1) * __s ))
          break
        fi
        __d=${__d:18} __nd=${__nd:18}
      done
    fi
  fi
  case $1 in
    '<') (( __c < 0 )) ;;
    '<=') (( __c <= 0 )) ;;
    '>') (( __c > 0 )) ;;
    '>=') (( __c >= 0 )) ;;
    '==') (( __c == 0 )) ;;
    '!=') (( __c != 0 )) ;;
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

__utah_parse_int() {
  # Why: JS parseInt(s, radix): leading whitespace, sign, 0x prefix, digits up to
  # the first non-digit; pure shell below 2^53.
  # Usage: __utah_parse_int S [RADIX] -> __r (NaN when no digit).
  local __s __g='' __R=10 __x=1 __set=0123456789abcdefghijklmnopqrstuvwxyz
  __utah_trim_start "$1"
  __s=$__r
  case $__s in -*) __g=-; __s=${__s:1} ;; +*) __s=${__s:1} ;; esac
  if (( $# > 1 )) && [[ $2 != *Infinity ]]; then
    __utah_to_int "$2"
    __R=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
    __R=$(( __R >= 2147483648 ? __R - 4294967296 : __R ))
    if (( __R == 0 )); then
      __R=10
    elif (( __R < 2 || __R > 36 )); then
      __r=NaN
      return 0
    elif (( __R != 16 )); then
      __x=0
    fi
  fi
  if (( __x )) && [[ $__s == 0[xX]* ]]; then __s=${__s:2} __R=16; fi
  __set=${__set:0:__R}
  __set+=${__set^^}
  __s=${__s%%[!"$__set"]*}
  if [[ -z $__s ]]; then __r=NaN; return 0; fi
  __utah_radix_value "$__s" "$__R"
  if [[ -n $__g && $__r != 0 ]]; then __r=-$__r; fi
}

__utah_spawn() {
  # Why: `$(${cmd} & echo $!)` starts a command line held in a string as a job of the
  # script. A single command is started directly, so the job's PID is the command's own
  # (`kill` and `ps` see it); a list or pipeline runs as one job in a subshell.
  # Usage: __utah_spawn CMDLINE -> a background job; its PID is in $!.
  case $1 in
    *[\;\&\|]* | *'
'*) eval "$1" & ;;
    *) eval "$1 &" ;;
  esac
}

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra.
  local __s=$1 __t __n=4294967295 __i
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if [[ -z $2 ]]; then
    for (( __i = 0; __i < ${#__s} && __i < __n; __i++ )); do __uo+=("${__s:__i:1}"); done
  elif (( __n > 0 )); then
    while [[ $__s == *"$2"* ]]; do
      __t=${__s%%"$2"*}
      __uo+=("$__t")
      if (( ${#__uo[@]} >= __n )); then break; fi
      __s=${__s:${#__t}+${#2}}
    done
    if (( ${#__uo[@]} < __n )); then __uo+=("$__s"); fi
  fi
  __ra=("${__uo[@]}")
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_write_file() {
  # Why: fs.writeFile/appendFile write exactly the text: no newline added.
  # Usage: __utah_write_file write|append P TEXT; failure: __err, status 1.
  if [[ $1 == append ]]; then
    { printf '%s' "$3" >>"$2"; } 2>/dev/null && return 0
  else
    { printf '%s' "$3" >"$2"; } 2>/dev/null && return 0
  fi
  __utah_fs_fail "$1 file" "$2"
}

createWorkerScript() {
  local workerScript_2
  workerScript_2="#!/bin/bash
# Worker script for file processing

process_file() {
  local input_file=\"\$1\"
  local output_dir=\"\$2\"
  local worker_id=\"\$3\"
  
  echo \"[Worker \$worker_id] Processing: \$input_file\"
  
  # Get filename without path
  local filename=\$(basename \"\$input_file\")
  local output_file=\"\$output_dir/processed_\$filename\"
  
  # Example processing: convert to uppercase and add metadata
  {
    echo \"# Processed by Worker \$worker_id at \$(date)\"
    echo \"# Original file: \$input_file\"
    echo \"# ================================\"
    cat \"\$input_file\" | tr '[:lower:]' '[:upper:]'
  } > \"\$output_file\"
  
  echo \"[Worker \$worker_id] ‚úÖ Completed: \$output_file\"
}

# Execute if called with arguments
if [ \$# -eq 3 ]; then
  process_file \"\$1\" \"\$2\" \"\$3\"
fi
"
  __utah_write_file write worker.sh "$workerScript_2" || return 1
  chmod +x worker.sh >/dev/null
  __r='worker.sh'
  return 0
}

distributeFiles() {
  local -a files_2=("${@:2:$1}")
  shift "$(($1 + 1))"
  local numWorkers=$1
  shift
  local i __t1 i_2 workerIndex workerQueue __t3 __t4 __t5
  local -a workerQueues_2 fileList_2
  workerQueues_2=()
  i=0
  while __utah_num_cmp '<' "$i" "$numWorkers"; do
    __t1="{\"worker_id\":$((i + 1)),\"files\":[]}"
    workerQueues_2+=("$__t1")
    i=$((i + 1))
  done
  for ((i_2 = 0; i_2 < ${#files_2[@]}; i_2++)); do
    __utah_arith % "$i_2" "$numWorkers"
    workerIndex=$__r
    workerQueue="${workerQueues_2[workerIndex < 0 ? 2147483647 : workerIndex]-undefined}"
    __utah_jq json.get "$workerQueue" '_get(["files"]) | _elems' -c || return 1
    __t3=$__r
    __utah_json_lines string "$__t3"
    fileList_2=("${__ra[@]}")
    fileList_2+=("${files_2[i_2]-undefined}")
    __utah_json_array string fileList_2
    __t4=$__r
    __utah_jq json.set "$workerQueue" '_set(["files"]; $v)' -c --argjson v "$__t4" || return 1
    __t5=$__r
    while ((${#workerQueues_2[@]} < workerIndex)); do
      workerQueues_2+=('undefined')
    done
    workerQueues_2[workerIndex]=$__t5
  done
  __ra=("${workerQueues_2[@]}")
  return 0
}

__args_argv=("$@")
__args_long=()
__args_short=()
__args_type=()
__args_desc=()
__args_req=()
__args_def=()
__args_hasdef=()
__script_description='Process multiple files concurrently'
__utah_args_define --input-dir -i 'Input directory' string true
__utah_args_define --output-dir -o 'Output directory' string true
__utah_args_define --pattern -p 'File pattern to process' string false '*.txt'
__utah_args_define --workers -w 'Number of worker processes' number false 4
__utah_args_get --input-dir || __utah_uncaught
inputDir=$__r
__utah_args_get --output-dir || __utah_uncaught
outputDir=$__r
__utah_args_get --pattern || __utah_uncaught
pattern=$__r
__utah_args_number --workers || __utah_uncaught
workers=$__r
if ! [[ -e $inputDir ]]; then
  printf '%s\n' "‚ùå Input directory not found: $inputDir"
  exit 1
fi
__utah_mkdir "$outputDir" || __utah_uncaught
__utah_split "$(find "$inputDir" -name "${pattern}" -type f)" '
'
files=("${__ra[@]}")
validFiles=()
for file in "${files[@]}"; do
  __utah_trim "$file"
  __t10=$__r
  if [[ -n $__t10 ]]; then
    __utah_trim "$file"
    __t11=$__r
    validFiles+=("$__t11")
  fi
done
if ((${#validFiles[@]} == 0)); then
  printf '%s\n' "‚ùå No files found matching pattern: $pattern"
  exit 1
fi
printf '%s\n' "Found $((${#validFiles[@]})) files to process"
createWorkerScript || __utah_uncaught
workerScript=$__r
distributeFiles "${#validFiles[@]}" "${validFiles[@]}" "$workers" || __utah_uncaught
workerQueues=("${__ra[@]}")
workerPids=()
for queue in "${workerQueues[@]}"; do
  __utah_jq json.get "$queue" '_get(["worker_id"])' -c || __utah_uncaught
  __t12=$__r
  __utah_json_scalar number "$__t12"
  workerId=$__r
  __utah_jq json.get "$queue" '_get(["files"]) | _elems' -c || __utah_uncaught
  __t14=$__r
  __utah_json_lines string "$__t14"
  fileList=("${__ra[@]}")
  if ((${#fileList[@]} > 0)); then
    printf '%s\n' "Starting worker $workerId with $((${#fileList[@]})) files"
    workerCommand=''
    for file_2 in "${fileList[@]}"; do
      workerCommand+="./worker.sh \"$file_2\" \"$outputDir\" \"$workerId\"; "
    done
    __utah_spawn "$workerCommand"
    pid=$!
    __utah_trim "$pid"
    __t16=$__r
    if [[ -n $__t16 ]]; then
      workerPids+=("$pid")
      printf '%s\n' "‚úÖ Worker $workerId started (PID: $pid)"
    else
      printf '%s\n' "‚ùå Failed to start worker $workerId"
    fi
  fi
done
printf '%s\n' "Monitoring $((${#workerPids[@]})) workers..."
__utah_parse_int "$(date +%s)"
startTime=$__r
for pid_2 in "${workerPids[@]}"; do
  printf '%s\n' "Waiting for worker PID $pid_2..."
  wait "$pid_2" >/dev/null
done
__utah_parse_int "$(date +%s)"
endTime=$__r
__utah_arith - "$endTime" "$startTime"
duration=$__r
rm -f worker.sh >/dev/null
__utah_split "$(find "$outputDir" -name "processed_*" -type f)" '
'
processedFiles=("${__ra[@]}")
processedCount=0
for file_3 in "${processedFiles[@]}"; do
  __utah_trim "$file_3"
  __t20=$__r
  if [[ -n $__t20 ]]; then
    processedCount=$((processedCount + 1))
  fi
done
printf '%s\n' "üéâ Parallel processing completed in $duration seconds"
printf '%s\n' "Files processed: $processedCount/$((${#validFiles[@]}))"
if ((processedCount == ${#validFiles[@]})); then
  printf '%s\n' '‚úÖ All files processed successfully'
else
  printf '%s\n' "‚ö†Ô∏è  $((${#validFiles[@]} - processedCount)) files failed to process"
fi
