#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

__utah_aset() {
  # Why: `NAME[INDEX]=VALUE`; an index at or past the end makes the array longer,
  # with undefined in the gap (as in JS).
  # Usage: __utah_aset NAME INDEX VALUE.
  eval "${1}__$2=\$3"
  eval "__uap_n=\${${1}__n:-0}"
  if [ "$2" -ge "$__uap_n" ]; then
    __uap_i=$__uap_n
    while [ "$__uap_i" -lt "$2" ]; do
      eval "${1}__$__uap_i=''undefined"
      __uap_i=$((__uap_i + 1))
    done
    eval "${1}__n=$(($2 + 1))"
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

__utah_char_at() {
  # Why: JS s.charAt(i): "" outside 0..length-1.
  # Usage: __utah_char_at S I -> __r.
  __utah_to_int "$2"
  if [ "$__r" -lt 0 ] || [ "$__r" -ge ${#1} ]; then __r=; else __utah_cut "$1" "$__r" 1; fi
}

__utah_join() {
  # Why: JS a.join(sep) of an array held as NAME__n, NAME__0... (no arrays in sh);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  __uaj_n='' __uaj_e=''  # set by eval below
  eval "__uaj_n=\${$1__n:-0}"
  __uaj_i=0 __r=
  while [ "$__uaj_i" -lt "$__uaj_n" ]; do
    if [ "$__uaj_i" -gt 0 ]; then __r=$__r$2; fi
    eval "__uaj_e=\${$1__$__uaj_i}"
    case $__uaj_e in ''null | ''undefined) ;; *) __r=$__r$__uaj_e ;; esac
    __uaj_i=$(( __uaj_i + 1 ))
  done
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

__utah_num_cmp() {
  # Why: test compares only integers and JS compares NaN as false; this compares
  # any two JS number texts (fractions, exponents, Infinity) exactly, in the shell.
  # Usage: __utah_num_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  __unc_c=0
  [ -n "${__uw-}" ] || __utah_int_width
  if __utah_is_int "$2" "$__uw" && __utah_is_int "$3" "$__uw"; then
    __unc_c=$(( $2 < $3 ? -1 : ($2 > $3 ? 1 : 0) ))
  else
    __utah_num_parts "$2"
    __unc_s=$__ns __unc_n=$__nn __unc_d=$__nd
    __utah_num_parts "$3"
    if [ "$__unc_s" = NaN ] || [ "$__ns" = NaN ]; then
      [ "$1" = '!=' ]
      return
    fi
    if [ "$__unc_s" -ne "$__ns" ]; then
      __unc_c=$(( __unc_s < __ns ? -1 : 1 ))
    elif [ "$__unc_s" -ne 0 ] && [ "$__unc_n" -ne "$__nn" ]; then
      __unc_c=$(( (__unc_n < __nn ? -1 : 1) * __unc_s ))
    else
      # compare the digit strings in chunks of __uw digits, zero-padded
      __unc_r=$__r
      __utah_qmarks "$__uw"
      __unc_q=$__r __r=$__unc_r
      while [ -n "$__unc_d$__nd" ]; do
        __unc_x=$__unc_d __unc_y=$__nd
        if [ ${#__unc_x} -gt "$__uw" ]; then __unc_x=${__unc_d#$__unc_q} __unc_x=${__unc_d%"$__unc_x"}; fi
        if [ ${#__unc_y} -gt "$__uw" ]; then __unc_y=${__nd#$__unc_q} __unc_y=${__nd%"$__unc_y"}; fi
        __unc_d=${__unc_d#"$__unc_x"} __nd=${__nd#"$__unc_y"}
        while [ ${#__unc_x} -lt "$__uw" ]; do __unc_x=${__unc_x}0; done
        while [ ${#__unc_y} -lt "$__uw" ]; do __unc_y=${__unc_y}0; done
        __unc_x=1$__unc_x __unc_y=1$__unc_y
        if [ "$__unc_x" != "$__unc_y" ]; then
          __unc_c=$(( (__unc_x < __unc_y ? -1 : 1) * __unc_s ))
          break
        fi
      done
    fi
  fi
  case $1 in
    '<') [ "$__unc_c" -lt 0 ] ;;
    '<=') [ "$__unc_c" -le 0 ] ;;
    '>') [ "$__unc_c" -gt 0 ] ;;
    '>=') [ "$__unc_c" -ge 0 ] ;;
    '==') [ "$__unc_c" -eq 0 ] ;;
    '!=') [ "$__unc_c" -ne 0 ] ;;
    *) return 2 ;;
  esac
}

__utah_str_cmp() {
  # Why: JS compares strings by code unit; POSIX test has no string order (and
  # [ < ] where it exists follows the locale).  The common prefix is skipped, then
  # the first differing characters are ranked in a table of ASCII; other characters
  # by printf's character code (one process, only for such characters): UTF-8 byte
  # order and code point order agree.
  # Usage: __utah_str_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  __usc_a=$2 __usc_b=$3 __usc_c=0
  if [ "$__usc_a" != "$__usc_b" ]; then
    while :; do
      __usc_x=${__usc_a#?} __usc_y=${__usc_b#?}
      __usc_x=${__usc_a%"$__usc_x"} __usc_y=${__usc_b%"$__usc_y"}
      if [ "$__usc_x" != "$__usc_y" ]; then break; fi
      __usc_a=${__usc_a#?} __usc_b=${__usc_b#?}
    done
    __usc_t='	
 !"#$%&'"'"'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~'
    __usc_i=${__usc_t#*"$__usc_x"} __usc_j=${__usc_t#*"$__usc_y"}
    if [ -z "$__usc_x" ]; then
      __usc_c=-1
    elif [ -z "$__usc_y" ]; then
      __usc_c=1
    elif [ "$__usc_i" = "$__usc_t" ] || [ "$__usc_j" = "$__usc_t" ]; then
      __usc_i=$(printf %d "'$__usc_x") __usc_j=$(printf %d "'$__usc_y")
      __usc_c=$(( __usc_i < __usc_j ? -1 : 1 ))
    else
      __usc_c=$(( ${#__usc_i} > ${#__usc_j} ? -1 : 1 ))
    fi
  fi
  case $1 in
    '<') [ "$__usc_c" -lt 0 ] ;;
    '>') [ "$__usc_c" -gt 0 ] ;;
    '<=') [ "$__usc_c" -le 0 ] ;;
    '>=') [ "$__usc_c" -ge 0 ] ;;
    '==') [ "$__usc_c" -eq 0 ] ;;
    '!=') [ "$__usc_c" -ne 0 ] ;;
    *) return 2 ;;
  esac
}

__utah_aclear ns
__utah_apush ns 10 9 1 2.5 -3 100 9
__utah_aclear __t1
__utah_acopy __t1 ns 0
__t2=$__t1__n
__t3=1
while [ "$((__t3 < __t2))" -ne 0 ]; do
  eval "__e1=\${__t1__$((__t3))}"
  __t5=$__e1
  __t4=$((__t3 - 1))
  while [ "$((__t4 >= 0))" -ne 0 ]; do
    a=$__t5
    eval "__e1=\${__t1__$((__t4))}"
    b=$__e1
    __utah_arith - "$a" "$b"
    __t6=$__r
    if __utah_num_cmp '<' "$__t6" 0; then
      eval "__e1=\${__t1__$((__t4))}"
      __utah_aset __t1 "$((__t4 + 1))" "$__e1"
      __t4=$((__t4 - 1))
    else
      break
    fi
  done
  __utah_aset __t1 "$((__t4 + 1))" "$__t5"
  __t3=$((__t3 + 1))
done
__utah_aclear ns
__utah_acopy ns __t1 0
__utah_join ns ','
__t7=$__r
printf '%s\n' "$__t7"
__utah_aclear __t8
__utah_acopy __t8 ns 0
__t9=$__t8__n
__t10=1
while [ "$((__t10 < __t9))" -ne 0 ]; do
  eval "__e1=\${__t8__$((__t10))}"
  __t12=$__e1
  __t11=$((__t10 - 1))
  while [ "$((__t11 >= 0))" -ne 0 ]; do
    a_2=$__t12
    eval "__e1=\${__t8__$((__t11))}"
    b_2=$__e1
    __utah_arith - "$b_2" "$a_2"
    __t13=$__r
    if __utah_num_cmp '<' "$__t13" 0; then
      eval "__e1=\${__t8__$((__t11))}"
      __utah_aset __t8 "$((__t11 + 1))" "$__e1"
      __t11=$((__t11 - 1))
    else
      break
    fi
  done
  __utah_aset __t8 "$((__t11 + 1))" "$__t12"
  __t10=$((__t10 + 1))
done
__utah_aclear ns
__utah_acopy ns __t8 0
__utah_join ns ' '
__t14=$__r
printf '%s\n' "$__t14"
__utah_aclear ws
__utah_apush ws pear fig 'a b' kiwi '*' banana
__utah_aclear __t15
__utah_acopy __t15 ws 0
__t16=$__t15__n
__t17=1
while [ "$((__t17 < __t16))" -ne 0 ]; do
  eval "__e1=\${__t15__$((__t17))}"
  __t19=$__e1
  __t18=$((__t17 - 1))
  while [ "$((__t18 >= 0))" -ne 0 ]; do
    a_3=$__t19
    eval "__e1=\${__t15__$((__t18))}"
    b_3=$__e1
    __t20=''
    while :; do
      if [ "$((${#a_3} != ${#b_3}))" -ne 0 ]; then
        __t20=$((${#a_3} - ${#b_3}))
        break
      fi
      if __utah_str_cmp '<' "$a_3" "$b_3"; then
        __t20=-1
      else
        __t20=1
      fi
      break
    done
    if __utah_num_cmp '<' "$__t20" 0; then
      eval "__e1=\${__t15__$((__t18))}"
      __utah_aset __t15 "$((__t18 + 1))" "$__e1"
      __t18=$((__t18 - 1))
    else
      break
    fi
  done
  __utah_aset __t15 "$((__t18 + 1))" "$__t19"
  __t17=$((__t17 + 1))
done
__utah_aclear ws
__utah_acopy ws __t15 0
__utah_join ws '|'
__t22=$__r
printf '%s\n' "$__t22"
__utah_aclear keyed
__utah_apush keyed b1 a2 b0 a1
__utah_aclear __t23
__utah_acopy __t23 keyed 0
__t24=$__t23__n
__t25=1
while [ "$((__t25 < __t24))" -ne 0 ]; do
  eval "__e1=\${__t23__$((__t25))}"
  __t27=$__e1
  __t26=$((__t25 - 1))
  while [ "$((__t26 >= 0))" -ne 0 ]; do
    x=$__t27
    eval "__e1=\${__t23__$((__t26))}"
    y=$__e1
    __utah_char_at "$x" 0
    __t29=$__r
    __utah_char_at "$y" 0
    __t30=$__r
    if __utah_str_cmp '<' "$__t29" "$__t30"; then
      __t28=-1
    else
      __utah_char_at "$x" 0
      __t32=$__r
      __utah_char_at "$y" 0
      __t33=$__r
      if __utah_str_cmp '>' "$__t32" "$__t33"; then
        __t31=1
      else
        __t31=0
      fi
      __t28=$__t31
    fi
    if __utah_num_cmp '<' "$__t28" 0; then
      eval "__e1=\${__t23__$((__t26))}"
      __utah_aset __t23 "$((__t26 + 1))" "$__e1"
      __t26=$((__t26 - 1))
    else
      break
    fi
  done
  __utah_aset __t23 "$((__t26 + 1))" "$__t27"
  __t25=$((__t25 + 1))
done
__utah_aclear keyed
__utah_acopy keyed __t23 0
__utah_join keyed ','
__t34=$__r
printf '%s\n' "$__t34"
__utah_aclear bad
__utah_apush bad 3 1 2
__t35=0
while :; do
  __utah_aclear __t36
  __utah_acopy __t36 bad 0
  __t37=$__t36__n
  __t38=1
  while [ "$((__t38 < __t37))" -ne 0 ]; do
    eval "__e1=\${__t36__$((__t38))}"
    __t40=$__e1
    __t39=$((__t38 - 1))
    while [ "$((__t39 >= 0))" -ne 0 ]; do
      a_4=$__t40
      eval "__e1=\${__t36__$((__t39))}"
      b_4=$__e1
      __t41=''
      while :; do
        if __utah_num_cmp '==' "$a_4" 2 || __utah_num_cmp '==' "$b_4" 2; then
          __err='no twos'
          __t35=1
          break 4
        fi
        __utah_arith - "$a_4" "$b_4"
        __t41=$__r
        break
      done
      if __utah_num_cmp '<' "$__t41" 0; then
        eval "__e1=\${__t36__$((__t39))}"
        __utah_aset __t36 "$((__t39 + 1))" "$__e1"
        __t39=$((__t39 - 1))
      else
        break
      fi
    done
    __utah_aset __t36 "$((__t39 + 1))" "$__t40"
    __t38=$((__t38 + 1))
  done
  __utah_aclear bad
  __utah_acopy bad __t36 0
  break
done
if [ "$((__t35 == 1))" -ne 0 ]; then
  __t35=0
  e=$__err
  __utah_join bad ','
  __t43=$__r
  printf '%s\n' "caught $e: $__t43"
fi
