#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

__utah_save_array() {
  # Why: a local array is saved element by element (the stack holds scalars).
  # Usage: __utah_save_array NAME -> pushes the elements, then the length.
  __usa_i=0
  eval "__usa_c=\${${1}__n:-0}"
  while [ "$__usa_i" -lt "$__usa_c" ]; do
    __utah_save "${1}__$__usa_i"
    __usa_i=$((__usa_i + 1))
  done
  __utah_save "${1}__n"
}

__utah_restore_array() {
  # Why: undoes __utah_save_array; the elements the function left are unset first.
  # Usage: __utah_restore_array NAME.
  __utah_aclear "$1"
  __utah_restore "${1}__n"
  eval "__usa_i=\${${1}__n:-0}"
  while [ "$__usa_i" -gt 0 ]; do
    __usa_i=$((__usa_i - 1))
    __utah_restore "${1}__$__usa_i"
  done
}

__utah_abind() {
  # Why: an array argument arrives as its length followed by its elements.
  # Usage: __utah_abind NAME COUNT ELEMENT... -> NAME holds the first COUNT elements.
  __uab_name=$1
  __uab_c=$2
  shift 2
  __utah_aclear "$__uab_name"
  while [ "$__uab_c" -gt 0 ]; do
    __utah_apush "$__uab_name" "$1"
    shift
    __uab_c=$((__uab_c - 1))
  done
}

__utah_refs() {
  # Why: "${NAME[@]}" as arguments of a command: the command runs through eval over
  # text that names each element, so no value ever becomes shell code.
  # Usage: __utah_refs NAME START -> __uref (text `"$NAME__START" …`).
  __uref=
  __urf_i=$2
  eval "__urf_n=\${${1}__n:-0}"
  while [ "$__urf_i" -lt "$__urf_n" ]; do
    __uref="$__uref \"\$${1}__$__urf_i\""
    __urf_i=$((__urf_i + 1))
  done
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

__utah_base64_decode() {
  # Why: utility.base64Decode runs one `base64 -d`; its status travels after the
  # text so that trailing newlines of the decoded text survive $( ).
  # Usage: __utah_base64_decode TEXT -> __r; invalid base64 or no base64 tool (status
  # 126/127: not found or not runnable) -> __err, status 1.
  # NUL bytes cannot live in a shell string: they are dropped.
  { __r=$(printf '%s' "$1" | base64 -d 2>/dev/null; printf '/%d' "$?"); } 2>/dev/null
  case ${__r##*/} in
    0) __r=${__r%/*} ;;
    126 | 127) __err="utility.base64Decode: base64 failed (is it installed?)"; return 1 ;;
    *) __err="utility.base64Decode: invalid base64 text"; return 1 ;;
  esac
}

__utah_date_now() {
  # Why: date.now in seconds: POSIX sh has no clock, so one `date +%s`.
  # Usage: __utah_date_now -> __r.
  __r=$(date +%s)
}

__utah_date_ts() {
  # Why: a timestamp is checked and cut to whole seconds (toward negative
  # infinity: -1.5 is -2) before it reaches `date`.
  # Usage: __utah_date_ts FN TS -> __r (TS '' means now); a TS that is not a
  # finite decimal number (at most 15 integer digits) -> __err, status 1.
  if [ -z "$2" ]; then
    __utah_date_now
    return 0
  fi
  __udt_i=${2#-}
  __udt_f=
  case $__udt_i in *.*) __udt_f=${__udt_i#*.} __udt_i=${__udt_i%%.*} ;; esac
  case $__udt_i in
    '' | *[!0123456789]* | ????????????????*) ;;
    *)
      case $__udt_f in
        *[!0123456789]*) ;;
        *)
          __udt_i=${__udt_i#"${__udt_i%%[!0]*}"}
          __r=${__udt_i:-0}
          case $2 in
            -*)
              __r=$((-__r))
              case $__udt_f in *[123456789]*) __r=$((__r - 1)) ;; esac
              ;;
          esac
          return 0
          ;;
      esac
      ;;
  esac
  __err="date.$1: invalid timestamp '$2'"
  return 1
}

__utah_date_format() {
  # Why: date.format: POSIX sh cannot format a time, so one `date -d @TS +FMT`
  # (GNU, busybox) or `date -r TS +FMT` (BSD).  A % that starts no conversion is
  # doubled first, so it stays a %, as in the bash build (so are %N and %q, GNU
  # date's own, which strftime does not know); a final x keeps the
  # trailing newlines of the text from $( ).
  # Usage: __utah_date_format TS FMT -> __r (TS '' = now, local time zone, TZ
  # honoured); %% is %, a lone % stays; TS not a number -> __err, status 1.
  __utah_date_ts format "$1" || return 1
  __udf_ts=$__r
  __udf_f=$2
  __udf_out=
  while :; do
    case $__udf_f in
      *%*) ;;
      *) break ;;
    esac
    __udf_out=$__udf_out${__udf_f%%%*}%
    __udf_f=${__udf_f#*%}
    __udf_c=$__udf_f
    while :; do
      case $__udf_c in
        [_0^#-]*) __udf_c=${__udf_c#?} ;;
        *) break ;;
      esac
    done
    while :; do
      case $__udf_c in
        [0123456789]*) __udf_c=${__udf_c#?} ;;
        *) break ;;
      esac
    done
    case $__udf_c in [EO]*) __udf_c=${__udf_c#?} ;; esac
    case $__udf_c in
      [ABCDEFGHIJKLMOPQRSTUVWXYZabcdefghijklmnoprstuvwxyz+%]*)
        __udf_c=${__udf_c#?}
        __udf_out=$__udf_out${__udf_f%"$__udf_c"}
        __udf_f=$__udf_c
        ;;
      *) __udf_out=$__udf_out% ;;
    esac
  done
  __udf_out=$__udf_out$__udf_f
  __r=$(date -d "@$__udf_ts" "+${__udf_out}x" 2>/dev/null || date -r "$__udf_ts" "+${__udf_out}x")
  __r=${__r%x}
}

__utah_day_of_week() {
  # Why: date.dayOfWeek in English whatever the locale: the day's number (%w) from
  # __utah_date_format, the name from a list.
  # Usage: __utah_day_of_week TS -> __r (TS '' = today); bad TS -> __err, status 1.
  __utah_date_ts dayOfWeek "$1" || return 1
  __utah_date_format "$__r" %w
  case $__r in
    0) __r=Sunday ;;
    1) __r=Monday ;;
    2) __r=Tuesday ;;
    3) __r=Wednesday ;;
    4) __r=Thursday ;;
    5) __r=Friday ;;
    *) __r=Saturday ;;
  esac
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

__utah_num_to_radix() {
  # Why: JS x.toString(radix).  Integers of up to 15 digits (9 on mksh) convert in
  # shell arithmetic, each digit picked from the positional parameters; fractions
  # and larger numbers go to the one awk (V8's digits).
  # Usage: __utah_num_to_radix X RADIX -> __r; RADIX outside 2..36 sets __err,
  # status 1.
  __unr_x=$1 __unr_c=''  # __unr_c is set by eval below
  __utah_to_int "$2"
  __unr_R=$__r
  if [ "$__unr_R" -lt 2 ] || [ "$__unr_R" -gt 36 ]; then
    __err="toString() radix argument must be between 2 and 36"
    return 1
  fi
  case ${__unr_x#-} in
    0) __r=0; return 0 ;;
    NaN | Infinity) __r=$__unr_x; return 0 ;;
  esac
  if [ "$__unr_R" -eq 10 ]; then __r=$__unr_x; return 0; fi
  if ! __utah_is_int "$__unr_x" $(( __uw > 9 ? 15 : 9 )); then
    __utah_float toradix "$__unr_x" "$__unr_R"
    return 0
  fi
  set -- 0 1 2 3 4 5 6 7 8 9 a b c d e f g h i j k l m n o p q r s t u v w x y z
  __unr_n=${__unr_x#-} __r=
  while [ "$__unr_n" -gt 0 ]; do
    eval "__unr_c=\${$(( __unr_n % __unr_R + 1 ))}"
    __r=$__unr_c$__r __unr_n=$(( __unr_n / __unr_R ))
  done
  case $__unr_x in -*) __r=-$__r ;; esac
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

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace (space, tab,
  # newline, VT, FF, CR: posh has no [[:space:]], so the set is spelled out).
  # Usage: __utah_trim_start S -> __r.
  __uts_w=' 	
'
  __r=${1#"${1%%[!$__uts_w]*}"}
}

__utah_parse_float() {
  # Why: JS parseFloat(s): the longest decimal literal (or Infinity) after leading
  # whitespace, [+-](Infinity|(digits[.digits]|.digits)([eE][+-]digits)),
  # scanned with patterns (POSIX sh has no =~), printed as JS does.
  # Usage: __utah_parse_float S -> __r (NaN when there is none).
  __upf_g='' __upf_f=
  __utah_trim_start "$1"
  case $__r in [+-]*) __upf_g=${__r%"${__r#?}"} __r=${__r#?} ;; esac
  case $__r in Infinity*) __utah_num_canon "${__upf_g}Infinity"; return 0 ;; esac
  __upf_m=${__r%%[!0-9]*}
  __r=${__r#"$__upf_m"}
  case $__r in
    .*)
      __r=${__r#.}
      __upf_f=${__r%%[!0-9]*}
      __r=${__r#"$__upf_f"}
      if [ -n "$__upf_m$__upf_f" ]; then __upf_m=$__upf_m.$__upf_f; fi ;;
  esac
  if [ -z "$__upf_m" ]; then __r=NaN; return 0; fi
  case $__r in
    [eE][0-9]* | [eE][+-][0-9]*)
      __upf_f=${__r#?}
      __upf_f=${__upf_f#[+-]}
      __upf_f=${__upf_f%%[!0-9]*}
      __upf_m=$__upf_m${__r%"${__r#?}"}
      case $__r in ?[+-]*) __r=${__r#?} __upf_m=$__upf_m${__r%"${__r#?}"} ;; esac
      __upf_m=$__upf_m$__upf_f ;;
  esac
  __utah_num_canon "$__upf_g$__upf_m"
}

__utah_str_repeat() {
  # Why: JS s.repeat(n) by doubling (no printf/seq loop per copy).
  # Usage: __utah_str_repeat S N -> __r; N < 0 or Infinity sets __err, status 1.
  __urp_s=$1
  __utah_to_int "$2"
  if [ "$__r" -lt 0 ] || [ "$2" = Infinity ]; then
    __err="Invalid count value: $2"
    return 1
  fi
  __urp_n=$__r __r=
  while [ "$__urp_n" -gt 0 ]; do
    if [ $(( __urp_n % 2 )) -eq 1 ]; then __r=$__r$__urp_s; fi
    __urp_n=$(( __urp_n / 2 ))
    if [ "$__urp_n" -gt 0 ]; then __urp_s=$__urp_s$__urp_s; fi
  done
}

__utah_to_fixed() {
  # Why: JS x.toFixed(d) rounds the exact binary value half up ((1.005).toFixed(2)
  # is 1.00, (2.5).toFixed(0) is 3); short exact cases are padded in the shell,
  # the rest is computed by one awk from the exact decimal expansion.
  # Usage: __utah_to_fixed X D -> __r; D outside 0..100 sets __err, status 1.
  __utf_x=$1 __utf_z=
  __utah_to_int "$2"
  __utf_d=$__r
  if [ "$__utf_d" -lt 0 ] || [ "$__utf_d" -gt 100 ]; then
    __err="toFixed() digits argument must be between 0 and 100"
    return 1
  fi
  if [ "$__utf_x" = -0 ]; then __utf_x=0; fi
  __utf_i=${__utf_x%%.*}
  __utf_i=${__utf_i#-}
  case $__utf_x in *.*) __utf_z=${__utf_x#*.} ;; esac
  case ${__utf_x#-} in
    '' | .* | *. | *.*.* | *[!0-9.]*) ;;
    *)
      if [ ${#__utf_z} -le "$__utf_d" ] && [ $(( ${#__utf_i} + __utf_d )) -le 15 ]; then
        __r=$__utf_x
        if [ "$__utf_d" -gt 0 ] && [ -z "$__utf_z" ]; then __r=$__r.; fi
        __utf_i=${#__utf_z}
        while [ "$__utf_i" -lt "$__utf_d" ]; do __r=${__r}0 __utf_i=$(( __utf_i + 1 )); done
        return 0
      fi ;;
  esac
  __utah_float fixed "$__utf_x" "$__utf_d"
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__fn_repeated() {
  n=$1
  __utah_str_repeat ab "$n" || return 1
  return 0
}

repeated() {
  __utah_save n
  __fn_repeated "$@"
  set -- "$?"
  __utah_restore n
  return "$1"
}

__fn_inRadix() {
  n=$1
  r=$2
  __utah_num_to_radix "$n" "$r" || return 1
  return 0
}

inRadix() {
  __utah_save n r
  __fn_inRadix "$@"
  set -- "$?"
  __utah_restore r n
  return "$1"
}

__fn_fixed() {
  n=$1
  d=$2
  __utah_to_fixed "$n" "$d" || return 1
  return 0
}

fixed() {
  __utah_save n d
  __fn_fixed "$@"
  set -- "$?"
  __utah_restore d n
  return "$1"
}

__fn_decoded() {
  s=$1
  __utah_base64_decode "$s" || return 1
  return 0
}

decoded() {
  __utah_save s
  __fn_decoded "$@"
  set -- "$?"
  __utah_restore s
  return "$1"
}

__fn_total() {
  __utah_abind xs "$@"
  shift "$(($1 + 1))"
  unset a __t5 __t6 b __t7 __t8
  if [ "$((xs__n == 0))" -ne 0 ]; then
    __err='Reduce of empty array with no initial value'
    return 1
  fi
  a=$xs__0
  __t6=0
  __utah_aclear __f1
  __utah_acopy __f1 xs 1
  __i2=0
  while [ "$__i2" -lt "$__f1__n" ]; do
    eval "__t5=\${__f1__$__i2}"
    __i2=$((__i2 + 1))
    __t6=$((__t6 + 1))
    b=$__t5
    __utah_arith + "$a" "$b"
    __t7=$__r
    __t8=$__t7
    a=$__t8
  done
  __r=$a
  return 0
}

total() {
  __utah_save a __t5 __t6 b __t7 __t8 __i2
  __utah_save_array xs
  __utah_save_array __f1
  __fn_total "$@"
  set -- "$?"
  __utah_restore_array __f1
  __utah_restore_array xs
  __utah_restore __i2 __t8 __t7 b __t6 __t5 a
  return "$1"
}

__fn_day() {
  t=$1
  __utah_day_of_week "$t" || return 1
  return 0
}

day() {
  __utah_save t
  __fn_day "$@"
  set -- "$?"
  __utah_restore t
  return "$1"
}

__t10=0
while :; do
  repeated -1 || { __t10=1; break; }
  __t11=$__r
  printf '%s\n' "$__t11"
  break
done
if [ "$((__t10 == 1))" -ne 0 ]; then
  __t10=0
  e=$__err
  printf '%s\n' "caught: $e"
fi
__t12=0
while :; do
  inRadix 5 99 || { __t12=1; break; }
  __t13=$__r
  printf '%s\n' "$__t13"
  break
done
if [ "$((__t12 == 1))" -ne 0 ]; then
  __t12=0
  e_2=$__err
  printf '%s\n' "caught: $e_2"
fi
__t14=0
while :; do
  fixed 1.5 101 || { __t14=1; break; }
  __t15=$__r
  printf '%s\n' "$__t15"
  break
done
if [ "$((__t14 == 1))" -ne 0 ]; then
  __t14=0
  e_3=$__err
  printf '%s\n' "caught: $e_3"
fi
__t16=0
while :; do
  decoded '***' || { __t16=1; break; }
  __t17=$__r
  printf '%s\n' "$__t17"
  break
done
if [ "$((__t16 == 1))" -ne 0 ]; then
  __t16=0
  e_4=$__err
  printf '%s\n' "caught: $e_4"
fi
__t18=0
while :; do
  __utah_aclear __t19
  { __e1=$__t19__n; __utah_refs __t19 0; __e2=$__uref; eval "total \"\$__e1\" $__e2"; } || { __t18=1; break; }
  __t20=$__r
  printf '%s\n' "$__t20"
  break
done
if [ "$((__t18 == 1))" -ne 0 ]; then
  __t18=0
  e_5=$__err
  printf '%s\n' "caught: $e_5"
fi
__t21=0
while :; do
  __utah_parse_float x
  __t22=$__r
  day "$__t22" || { __t21=1; break; }
  __t23=$__r
  printf '%s\n' "$__t23"
  break
done
if [ "$((__t21 == 1))" -ne 0 ]; then
  __t21=0
  e_6=$__err
  printf '%s\n' "caught: $e_6"
fi
repeated 2 || __utah_uncaught
__t24=$__r
__t25=$__t24
inRadix 5 2 || __utah_uncaught
__t26=$__r
__t27=$__t26
__utah_aclear __t28
__utah_apush __t28 1 2
{ __e1=$__t28__n; __utah_refs __t28 0; __e2=$__uref; eval "total \"\$__e1\" $__e2"; } || __utah_uncaught
__t29=$__r
printf '%s\n' "$__t25 $__t27 $__t29"
