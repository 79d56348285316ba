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

__utah_acopy() {
  # Why: `DST+=("${SRC[@]:START}")`; the length of SRC is read first, so SRC may be DST.
  # Usage: __utah_acopy DST SRC START.
  __uap_i=$3
  eval "__uap_c=\${${2}__n:-0} __uap_n=\${${1}__n:-0}"
  while [ "$__uap_i" -lt "$__uap_c" ]; do
    eval "${1}__$__uap_n=\${${2}__$__uap_i}"
    __uap_n=$((__uap_n + 1))
    __uap_i=$((__uap_i + 1))
  done
  eval "${1}__n=\$__uap_n"
}

__utah_apop() {
  # Why: removes the last element of an array (if any).
  # Usage: __utah_apop NAME.
  eval "__uap_n=\${${1}__n:-0}"
  if [ "$__uap_n" -gt 0 ]; then
    __uap_n=$((__uap_n - 1))
    unset "${1}__$__uap_n"
    eval "${1}__n=\$__uap_n"
  fi
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

__utah_is_int() {
  # Why: POSIX sh has no =~; this tests for canonical integer text
  # -?(0|[1-9][0-9]*) of at most N digits with case patterns.
  # Usage: __utah_is_int X N -> status 0 when X is such an integer.
  __uii_x=${1#-}
  case $__uii_x in 0) return 0 ;; '' | 0* | *[!0-9]*) return 1 ;; esac
  [ ${#__uii_x} -le "$2" ]
}

__utah_arith() {
  # Why: JS arithmetic on number texts.  Integers below 2^53 (2^31 on mksh) stay
  # in $(( )); fractions, overflow, NaN and Infinity go to one awk (__utah_float).
  # Usage: __utah_arith OP A B (OP: + - * / % **) -> __r.
  __uar_a=$2 __uar_b=$3 __uar_k=0
  [ -n "${__uw-}" ] || __utah_int_width
  __uar_w=$(( __uw > 9 ? 15 : 9 ))
  if __utah_is_int "$__uar_a" "$__uar_w" && __utah_is_int "$__uar_b" "$__uar_w"; then
    case $1 in
      +) __r=$(( __uar_a + __uar_b )); return 0 ;;
      -) __r=$(( __uar_a - __uar_b )); return 0 ;;
      '*')
        __uar_p=${__uar_a#-}${__uar_b#-}
        if [ ${#__uar_p} -le "$__uar_w" ]; then __r=$(( __uar_a * __uar_b )); return 0; fi ;;
      /)
        if [ "$__uar_b" -ne 0 ] && [ $(( __uar_a % __uar_b )) -eq 0 ]; then
          __r=$(( __uar_a / __uar_b ))
          return 0
        fi ;;
      %)
        if [ "$__uar_b" -ne 0 ]; then __r=$(( __uar_a % __uar_b )); return 0; fi ;;
      '**')
        if [ "$__uar_b" -ge 0 ]; then
          __uar_m=$(( __uar_a < 0 ? -__uar_a : __uar_a ))
          if [ "$__uar_m" -lt 2 ]; then
            __r=$(( __uar_a == 0 ? __uar_b == 0 : (__uar_a == 1 || __uar_b % 2 == 0 ? 1 : -1) ))
            return 0
          fi
          __uar_p=1
          while [ "$__uar_k" -lt "$__uar_b" ] &&
            [ $(( (__uar_p < 0 ? -__uar_p : __uar_p) <= __um / __uar_m )) -eq 1 ]; do
            __uar_p=$(( __uar_p * __uar_a )) __uar_k=$(( __uar_k + 1 ))
          done
          if [ "$__uar_k" -eq "$__uar_b" ]; then __r=$__uar_p; return 0; fi
        fi ;;
    esac
  elif [ "$1" != '**' ] && { [ "$__uar_a" = NaN ] || [ "$__uar_b" = NaN ]; }; then
    __r=NaN
    return 0
  fi
  __utah_float "$1" "$__uar_a" "$__uar_b"
}

__utah_ra_len() {
  # Why: the POSIX target's array result __ra ends at __ra__n; elements past the
  # length are unset (the posix array convention).
  # Usage: __utah_ra_len N -> __ra__n=N, with __ra__N... unset.
  __url_i=$1
  while [ "$__url_i" -lt "${__ra__n:-0}" ]; do
    unset "__ra__$__url_i"
    __url_i=$(( __url_i + 1 ))
  done
  __ra__n=$1
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1) (+-(2^31-1)
  # on mksh, whose arithmetic is 32-bit).
  __uti_x=$1 __uti_g=
  [ -n "${__uw-}" ] || __utah_int_width
  case $__uti_x in -*) __uti_g=- __uti_x=${__uti_x#-} ;; +*) __uti_x=${__uti_x#+} ;; esac
  case $__uti_x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=$__uti_g$__um; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __uti_x=${__uti_x%%.*}
  __uti_x=${__uti_x#"${__uti_x%%[!0]*}"}
  case $__uti_x in *[!0-9]*) __r=0; return 0 ;; esac
  if [ ${#__uti_x} -gt $(( __uw > 9 ? 15 : 9 )) ]; then
    __r=$__uti_g$__um
  else
    __r=$(( $__uti_g${__uti_x:-0} ))
  fi
}

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).  With mksh's
  # 32-bit arithmetic a limit of 2^31 or more becomes 2^31-1 (as good as no limit).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  if [ "$__uw" -gt 9 ]; then
    __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
  elif [ "$__r" -lt 0 ]; then
    __r=$__um
  fi
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra (__ra__n, __ra__0...).
  __usp_s=$1 __usp_n=-1 __usp_k=0
  if [ $# -gt 2 ]; then __utah_to_uint32 "$3"; __usp_n=$__r; fi
  if [ -z "$2" ]; then
    while [ -n "$__usp_s" ] && [ "$__usp_k" -ne "$__usp_n" ]; do
      __usp_t=${__usp_s#?}
      __usp_t=${__usp_s%"$__usp_t"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_s=${__usp_s#?} __usp_k=$(( __usp_k + 1 ))
    done
  elif [ "$__usp_n" -ne 0 ]; then
    while :; do
      __usp_a=${__usp_s#*"$2"}
      if [ "$__usp_a" = "$__usp_s" ]; then break; fi
      __usp_t=${__usp_s%"$2$__usp_a"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_k=$(( __usp_k + 1 ))
      if [ "$__usp_k" -eq "$__usp_n" ]; then break; fi
      __usp_s=$__usp_a
    done
    if [ "$__usp_k" -ne "$__usp_n" ]; then eval "__ra__$__usp_k=\$__usp_s"; __usp_k=$(( __usp_k + 1 )); fi
  fi
  __utah_ra_len "$__usp_k"
}

u='undefined'
__t1=$u
if [ "$__t1" = 'undefined' ] || [ "$__t1" = 'null' ]; then
  __t1='z'
fi
u=$__t1
printf '%s\n' "${u#}"
w='null'
__t2=$w
if [ -z "$__t2" ] || [ "$__t2" = 'undefined' ] || [ "$__t2" = 'null' ]; then
  __t2='y'
fi
w=$__t2
printf '%s\n' "${w#}"
__utah_split k=v '='
__utah_aclear parts
__utah_acopy parts __ra 0
val="${parts__2-undefined}"
__t3=$val
if [ "$__t3" = 'undefined' ] || [ "$__t3" = 'null' ]; then
  __t3='none'
fi
val=$__t3
if [ "${parts__1-undefined}" = 'undefined' ]; then
  __t4=true
else
  __t4=false
fi
if [ "${parts__2-undefined}" = 'undefined' ]; then
  __t5=true
else
  __t5=false
fi
if [ "${parts__2-undefined}" != 'undefined' ]; then
  __t6=true
else
  __t6=false
fi
printf '%s\n' "${val#} $__t4 $__t5 $__t6"
i=$((0))
while [ "$((i < 3))" -ne 0 ]; do
  eval "__e1=\${parts__$((i))-undefined}"
  __t7=$__e1
  if [ "$__t7" = 'undefined' ] || [ "$__t7" = 'null' ]; then
    __t7='-'
  fi
  eval "__e1=\${parts__$((i))-undefined}"
  printf '%s\n' "$i $__t7 $__e1"
  i=$((i + 1))
done
__utah_aclear stack
__utah_apush stack 1
__t8='undefined'
if [ "$((stack__n > 0))" -ne 0 ]; then
  eval "__e1=\${stack__$((stack__n - 1))}"
  __t8=$__e1
  __utah_apop stack
fi
top=$__t8
__t9='undefined'
if [ "$((stack__n > 0))" -ne 0 ]; then
  eval "__e1=\${stack__$((stack__n - 1))}"
  __t9=$__e1
  __utah_apop stack
fi
next=$__t9
__utah_arith + "$top" 1
__t10=$__r
if [ "$next" = 'undefined' ]; then
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
