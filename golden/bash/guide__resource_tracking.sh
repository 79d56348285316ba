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

__utah_math() {
  # Why: JS Math functions on number texts.  round floor ceil trunc abs sign min
  # max random work on the text in the shell; sqrt of a non-square and pow with
  # fractions use one awk.
  # Usage: __utah_math FN X... -> __r.  FN: round floor ceil trunc abs sign sqrt
  # pow (X Y) min max (any count; none gives Infinity / -Infinity) random (none).
  local __f=$1 __x=${2-} __g='' __q __y __u=0
  shift
  case $__f in
    min | max)
      __q='<' __r=Infinity
      if [[ $__f == max ]]; then __q='>' __r=-Infinity; fi
      for __x; do
        if [[ $__x == NaN ]]; then __r=NaN; return 0; fi
        if __utah_num_cmp "$__q" "$__x" "$__r"; then __r=$__x; fi
      done
      return 0 ;;
    random)
      __y=000000
      while [[ $__y == 000000* ]]; do
        printf -v __y '%05d%05d%05d' $(( ((RANDOM << 15) | RANDOM) % 100000 )) \
          $(( ((RANDOM << 15) | RANDOM) % 100000 )) $(( ((RANDOM << 15) | RANDOM) % 100000 ))
      done
      __r=0.${__y%"${__y##*[!0]}"}
      return 0 ;;
    pow) __utah_arith '**' "$__x" "${2-NaN}"; return 0 ;;
    abs) __r=${__x#-}; return 0 ;;
    sign)
      case $__x in NaN) __r=NaN ;; 0 | -0) __r=0 ;; -*) __r=-1 ;; *) __r=1 ;; esac
      return 0 ;;
    sqrt)
      if [[ $__x =~ ^[0-9]{1,15}$ ]]; then
        __y=$(( 10#$__x )) __q=$(( (10#$__x + 1) / 2 ))
        while (( __q < __y )); do __y=$__q __q=$(( (__q + 10#$__x / __q) / 2 )); done
        if (( __y * __y == 10#$__x )); then __r=$__y; return 0; fi
      fi
      __utah_float sqrt "$__x"
      return 0 ;;
  esac
  # round floor ceil trunc: __x = [-]int.frac, __u = 1 when the magnitude goes up
  case $__x in NaN | Infinity | -Infinity) __r=$__x; return 0 ;; esac
  case $__x in -*) __g=-; __x=${__x:1} ;; esac
  if [[ $__x == *[eE]-* ]]; then
    __y=0 __q=0000001
  elif [[ $__x == *[eE]* || $__x != *.* ]]; then
    __r=$__g$__x
    if [[ $__r == -0 ]]; then __r=0; fi
    return 0
  else
    __y=${__x%%.*} __q=${__x#*.}
    __q=${__q%"${__q##*[!0]}"}
  fi
  if [[ -n $__q ]]; then
    case $__f in
      floor) if [[ -n $__g ]]; then __u=1; fi ;;
      ceil) if [[ -z $__g ]]; then __u=1; fi ;;
      round) if [[ $__q == [5-9]* ]] && [[ -z $__g || $__q != 5 ]]; then __u=1; fi ;;
    esac
  fi
  __y=$(( 10#${__y:-0} + __u ))
  if (( __y == 0 )); then __g=; fi
  __r=$__g$__y
}

__utah_parse_float() {
  # Why: JS parseFloat(s): the longest decimal literal (or Infinity) after leading
  # whitespace, found with [[ =~ ]] (POSIX leftmost-longest), printed as JS does.
  # Usage: __utah_parse_float S -> __r (NaN when there is none).
  local __re='^[+-]?(Infinity|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)'
  __utah_trim_start "$1"
  if [[ $__r =~ $__re ]]; then
    __utah_num_canon "${BASH_REMATCH[0]}"
  else
    __r=NaN
  fi
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

__utah_split_re() {
  # Why: JS s.split(/re/, limit) with the regex translated to ERE; [[ =~ ]] finds
  # each match in the shell.  Capture groups are inserted as JS does.  A match is
  # located at the first occurrence of its text, which is exact for regexes
  # without anchors; ^ and $ are tested against the rest of the string.
  # Usage: __utah_split_re S ERE [LIMIT [NGROUPS]] -> __ra.  NGROUPS: how many
  # capture groups to insert (default all).
  local __s=$1 __re=$2 __n=4294967295 __g=999 __p=0 __q=0 __t __m __i __e __k
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if (( $# > 3 )); then __g=$4; fi
  if (( __n == 0 )); then __ra=(); return 0; fi
  if [[ -z $__s ]]; then
    if [[ $__s =~ $__re ]]; then __ra=(); else __ra=(""); fi
    return 0
  fi
  while (( __q < ${#__s} )); do
    __t=${__s:__q}
    if ! [[ $__t =~ $__re ]]; then break; fi
    __m=${BASH_REMATCH[0]}
    __t=${__t%%"$__m"*}
    __i=$(( __q + ${#__t} ))
    __e=$(( __i + ${#__m} ))
    if (( __i >= ${#__s} )); then break; fi
    if (( __e == __p )); then
      __q=$(( __i + 1 ))
      continue
    fi
    __uo+=("${__s:__p:__i-__p}")
    if (( ${#__uo[@]} >= __n )); then __ra=("${__uo[@]}"); return 0; fi
    for (( __k = 1; __k < ${#BASH_REMATCH[@]} && __k <= __g; __k++ )); do
      __uo+=("${BASH_REMATCH[__k]}")
      if (( ${#__uo[@]} >= __n )); then __ra=("${__uo[@]}"); return 0; fi
    done
    __p=$__e __q=$__e
    if (( __i == __e )); then __q=$(( __e + 1 )); fi
  done
  __uo+=("${__s:__p}")
  __ra=("${__uo[@]}")
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
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

collectSystemMetrics() {
  local timestamp cpuUsage totalMem __t2 usedMem __t4 loadAvg processCount __t6 __t8 __t9 __t10 __t11 __t12 __t13 __t14 __t15 __t16 __t17 __t18 __t19 __t20 __t21
  local -a memInfo
  __utah_parse_int "$(date +%s)"
  timestamp=$__r
  cpuUsage=$(top -bn1 | grep "Cpu(s)" | awk '{print $2}' | cut -d'%' -f1)
  __utah_split_re "$(free -m | grep Mem)" '[[:space:]]+'
  memInfo=("${__ra[@]}")
  __t2="${memInfo[1]-undefined}"
  if [[ -z $__t2 ]] || [[ $__t2 == 'undefined' ]] || [[ $__t2 == 'null' ]]; then
    __t2=0
  fi
  __utah_parse_int "$__t2"
  totalMem=$__r
  __t4="${memInfo[2]-undefined}"
  if [[ -z $__t4 ]] || [[ $__t4 == 'undefined' ]] || [[ $__t4 == 'null' ]]; then
    __t4=0
  fi
  __utah_parse_int "$__t4"
  usedMem=$__r
  loadAvg=$(uptime | awk -F'load average:' '{print $2}' | awk -F',' '{print $1}' | tr -d ' ')
  __utah_parse_int "$(ps aux | wc -l)"
  __t6=$__r
  __utah_arith - "$__t6" 1
  processCount=$__r
  __utah_json_number "$timestamp"
  __t8=$__r
  __utah_parse_float "$cpuUsage"
  __t10=$__r
  __t9=$__t10
  if [[ $__t9 == 0 ]] || [[ $__t9 == NaN ]]; then
    __t9=0
  fi
  __utah_json_number "$__t9"
  __t11=$__r
  __utah_json_number "$totalMem"
  __t12=$__r
  __utah_json_number "$usedMem"
  __t13=$__r
  __utah_arith / "$usedMem" "$totalMem"
  __t14=$__r
  __utah_arith '*' "$__t14" 100
  __t15=$__r
  __utah_math round "$__t15"
  __t16=$__r
  __utah_json_number "$__t16"
  __t17=$__r
  __utah_parse_float "$loadAvg"
  __t19=$__r
  __t18=$__t19
  if [[ $__t18 == 0 ]] || [[ $__t18 == NaN ]]; then
    __t18=0
  fi
  __utah_json_number "$__t18"
  __t20=$__r
  __utah_json_number "$processCount"
  __t21=$__r
  __r="{\"timestamp\":$__t8,\"cpu_usage_percent\":$__t11,\"memory_total_mb\":$__t12,\"memory_used_mb\":$__t13,\"memory_usage_percent\":$__t17,\"load_average\":$__t20,\"process_count\":$__t21}"
  return 0
}

monitorProcesses() {
  local -a pids=("${@:2:$1}")
  shift "$(($1 + 1))"
  local pid_2 __t23 exists __t24 psInfo __t25 __t26 processMetric __t27 __t28 __t29 __t30 __t31 __t32 __t33 __t34 __t35 __t36 __t37 __t38 __t39 __t40 __t41 __t42 __t43 __t44 __t45 __t46
  local -a processMetrics fields
  processMetrics=()
  for pid_2 in "${pids[@]}"; do
    __utah_trim "$pid_2"
    __t23=$__r
    if [[ -n $__t23 ]]; then
      exists=$(kill -0 "$pid_2" 2>/dev/null && echo "yes" || echo "no")
      __utah_trim "$exists"
      __t24=$__r
      if [[ $__t24 == yes ]]; then
        psInfo=$(ps -p "$pid_2" -o pid,ppid,pcpu,pmem,vsz,rss,comm --no-headers 2>/dev/null || echo "")
        __utah_trim "$psInfo"
        __t25=$__r
        if [[ -n $__t25 ]]; then
          __utah_trim "$psInfo"
          __t26=$__r
          __utah_split_re "$__t26" '[[:space:]]+'
          fields=("${__ra[@]}")
          __t27="${fields[0]-undefined}"
          if [[ -z $__t27 ]] || [[ $__t27 == 'undefined' ]] || [[ $__t27 == 'null' ]]; then
            __t27=0
          fi
          __utah_parse_int "$__t27"
          __t28=$__r
          __utah_json_number "$__t28"
          __t29=$__r
          __t30="${fields[1]-undefined}"
          if [[ -z $__t30 ]] || [[ $__t30 == 'undefined' ]] || [[ $__t30 == 'null' ]]; then
            __t30=0
          fi
          __utah_parse_int "$__t30"
          __t31=$__r
          __utah_json_number "$__t31"
          __t32=$__r
          __t33="${fields[2]-undefined}"
          if [[ -z $__t33 ]] || [[ $__t33 == 'undefined' ]] || [[ $__t33 == 'null' ]]; then
            __t33=0
          fi
          __utah_parse_float "$__t33"
          __t34=$__r
          __utah_json_number "$__t34"
          __t35=$__r
          __t36="${fields[3]-undefined}"
          if [[ -z $__t36 ]] || [[ $__t36 == 'undefined' ]] || [[ $__t36 == 'null' ]]; then
            __t36=0
          fi
          __utah_parse_float "$__t36"
          __t37=$__r
          __utah_json_number "$__t37"
          __t38=$__r
          __t39="${fields[4]-undefined}"
          if [[ -z $__t39 ]] || [[ $__t39 == 'undefined' ]] || [[ $__t39 == 'null' ]]; then
            __t39=0
          fi
          __utah_parse_int "$__t39"
          __t40=$__r
          __utah_json_number "$__t40"
          __t41=$__r
          __t42="${fields[5]-undefined}"
          if [[ -z $__t42 ]] || [[ $__t42 == 'undefined' ]] || [[ $__t42 == 'null' ]]; then
            __t42=0
          fi
          __utah_parse_int "$__t42"
          __t43=$__r
          __utah_json_number "$__t43"
          __t44=$__r
          __t45="${fields[6]-undefined}"
          if [[ -z $__t45 ]] || [[ $__t45 == 'undefined' ]] || [[ $__t45 == 'null' ]]; then
            __t45='unknown'
          fi
          __utah_json_quote "$__t45"
          __t46=$__r
          processMetric="{\"pid\":$__t29,\"ppid\":$__t32,\"cpu_percent\":$__t35,\"memory_percent\":$__t38,\"virtual_memory_kb\":$__t41,\"resident_memory_kb\":$__t44,\"command\":$__t46}"
          processMetrics+=("$processMetric")
        fi
      fi
    fi
  done
  __ra=("${processMetrics[@]}")
  return 0
}

startMonitoring() {
  local -a processesToMonitor=("${@:2:$1}")
  shift "$(($1 + 1))"
  local startTime systemMetrics dataPoint __t49 __t50 __t51 __t52 cpuUsage __t54 memUsage __t56 loadAvg __t58 activeProcesses __t60 __t61
  local -a monitoringData processMetrics
  printf '%s\n' "Starting resource monitoring (interval: ${monitorInterval}s)"
  printf '%s\n' "Monitoring $((${#processesToMonitor[@]})) processes"
  printf '%s\n' "Output file: $outputFile"
  monitoringData=()
  __utah_parse_int "$(date +%s)"
  startTime=$__r
  while true; do
    collectSystemMetrics
    systemMetrics=$__r
    monitorProcesses "${#processesToMonitor[@]}" "${processesToMonitor[@]}"
    processMetrics=("${__ra[@]}")
    __utah_json_array json processMetrics
    __t49=$__r
    __utah_parse_int "$(date +%s)"
    __t50=$__r
    __utah_arith - "$__t50" "$startTime"
    __t51=$__r
    __utah_json_number "$__t51"
    __t52=$__r
    dataPoint="{\"system\":$systemMetrics,\"processes\":$__t49,\"monitoring_duration\":$__t52}"
    monitoringData+=("$dataPoint")
    __utah_jq json.get "$systemMetrics" '_get(["cpu_usage_percent"])' -c || return 1
    __t54=$__r
    __utah_json_scalar number "$__t54"
    cpuUsage=$__r
    __utah_jq json.get "$systemMetrics" '_get(["memory_usage_percent"])' -c || return 1
    __t56=$__r
    __utah_json_scalar number "$__t56"
    memUsage=$__r
    __utah_jq json.get "$systemMetrics" '_get(["load_average"])' -c || return 1
    __t58=$__r
    __utah_json_scalar number "$__t58"
    loadAvg=$__r
    activeProcesses=$((${#processMetrics[@]}))
    printf '%s\n' "[$(date '+%H:%M:%S')] CPU: $cpuUsage%, Mem: $memUsage%, Load: $loadAvg, Active: $activeProcesses"
    __utah_json_array json monitoringData
    __t60=$__r
    __utah_jq json.stringify "$__t60" . --indent 2 || return 1
    __t61=$__r
    __utah_write_file write "$outputFile" "$__t61" || return 1
    if ((activeProcesses == 0)) && ((${#processesToMonitor[@]} > 0)); then
      printf '%s\n' 'All monitored processes have finished'
      break
    fi
    sleep "$monitorInterval" >/dev/null
  done
  printf '%s\n' "Monitoring completed. Data saved to: $outputFile"
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
__script_description='Monitor resource usage of parallel processes'
__utah_args_define --monitor-interval -i 'Monitoring interval in seconds' number false 5
__utah_args_define --output-file -o 'Output file for monitoring data' string false resource-usage.json
__utah_args_number --monitor-interval || __utah_uncaught
monitorInterval=$__r
__utah_args_get --output-file || __utah_uncaught
outputFile=$__r
backgroundTasks=('sleep 30' "find / -name '*.txt' 2>/dev/null | wc -l" 'dd if=/dev/zero of=/tmp/test_file bs=1M count=100 2>/dev/null' 'ping -c 100 8.8.8.8 >/dev/null')
taskPids=()
for ((i = 0; i < ${#backgroundTasks[@]}; i++)); do
  task="${backgroundTasks[i]-undefined}"
  printf '%s\n' "Starting task $((i + 1)): ${task#}"
  __utah_spawn "$task"
  pid=$!
  __utah_trim "$pid"
  __t65=$__r
  if [[ -n $__t65 ]]; then
    taskPids+=("$pid")
    printf '%s\n' "Task $((i + 1)) started with PID: $pid"
  fi
done
if ((${#taskPids[@]} > 0)); then
  startMonitoring "${#taskPids[@]}" "${taskPids[@]}" || __utah_uncaught
else
  printf '%s\n' 'No tasks started, exiting'
fi
