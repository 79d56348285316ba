#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

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

u='undefined'
__t1=$u
if [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t1='z'
fi
u=$__t1
printf '%s\n' "${u#}"
w='null'
__t2=$w
if [[ -z $__t2 ]] || [[ $__t2 == 'undefined' ]] || [[ $__t2 == 'null' ]]; then
  __t2='y'
fi
w=$__t2
printf '%s\n' "${w#}"
__utah_split k=v '='
parts=("${__ra[@]}")
val="${parts[2]-undefined}"
__t3=$val
if [[ $__t3 == 'undefined' ]] || [[ $__t3 == 'null' ]]; then
  __t3='none'
fi
val=$__t3
if [[ "${parts[1]-undefined}" == 'undefined' ]]; then
  __t4=true
else
  __t4=false
fi
if [[ "${parts[2]-undefined}" == 'undefined' ]]; then
  __t5=true
else
  __t5=false
fi
if [[ "${parts[2]-undefined}" != 'undefined' ]]; then
  __t6=true
else
  __t6=false
fi
printf '%s\n' "${val#} $__t4 $__t5 $__t6"
for ((i = 0; i < 3; i++)); do
  __t7="${parts[i]-undefined}"
  if [[ $__t7 == 'undefined' ]] || [[ $__t7 == 'null' ]]; then
    __t7='-'
  fi
  printf '%s\n' "$i $__t7 ${parts[i]-undefined}"
done
stack=(1)
__t8='undefined'
if ((${#stack[@]} > 0)); then
  __t8=${stack[${#stack[@]} - 1]}
  unset 'stack[${#stack[@]}-1]'
fi
top=$__t8
__t9='undefined'
if ((${#stack[@]} > 0)); then
  __t9=${stack[${#stack[@]} - 1]}
  unset 'stack[${#stack[@]}-1]'
fi
next=$__t9
__utah_arith + "$top" 1
__t10=$__r
if [[ $next == 'undefined' ]]; then
  __t11=true
else
  __t11=false
fi
case "$next" in
  'undefined')
    __t12='undefined'
    ;;
  'null')
    __t12='object'
    ;;
  *)
    __t12='number'
    ;;
esac
case "$top" in
  'undefined')
    __t13='undefined'
    ;;
  'null')
    __t13='object'
    ;;
  *)
    __t13='number'
    ;;
esac
printf '%s\n' "$__t10 $__t11 $__t12 $__t13"
