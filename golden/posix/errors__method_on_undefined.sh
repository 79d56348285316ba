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

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
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

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in "$2"*) return 0 ;; esac
  return 1
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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_case_map() {
  # Why: JS toUpperCase / toLowerCase on the POSIX target without tr (GNU tr maps
  # no multibyte letter) and without a process: each ASCII and Latin-1 letter is
  # replaced as literal text, so byte-counting shells map UTF-8 text too.  Other
  # letters (ß, ÿ, µ, Greek, Cyrillic...) are left as they are.
  # Usage: __utah_case_map S upper|lower -> __r.
  __ucm_s=$1
  for __ucm_p in \
    a:A b:B c:C d:D e:E f:F g:G h:H i:I j:J k:K l:L m:M n:N o:O p:P q:Q r:R s:S \
    t:T u:U v:V w:W x:X y:Y z:Z à:À á:Á â:Â ã:Ã ä:Ä å:Å æ:Æ ç:Ç è:È é:É ê:Ê ë:Ë \
    ì:Ì í:Í î:Î ï:Ï ð:Ð ñ:Ñ ò:Ò ó:Ó ô:Ô õ:Õ ö:Ö ø:Ø ù:Ù ú:Ú û:Û ü:Ü ý:Ý þ:Þ; do
    if [ "$2" = upper ]; then __ucm_f=${__ucm_p%:*} __ucm_t=${__ucm_p#*:}; else __ucm_f=${__ucm_p#*:} __ucm_t=${__ucm_p%:*}; fi
    case $__ucm_s in *"$__ucm_f"*) ;; *) continue ;; esac
    __r=
    while :; do
      __ucm_a=${__ucm_s#*"$__ucm_f"}
      if [ "$__ucm_a" = "$__ucm_s" ]; then break; fi
      __r=$__r${__ucm_s%"$__ucm_f$__ucm_a"}$__ucm_t __ucm_s=$__ucm_a
    done
    __ucm_s=$__r$__ucm_s
  done
  __r=$__ucm_s
}

__utah_upper() {
  # Why: JS s.toUpperCase() (POSIX sh has no ${s^^}).
  # Usage: __utah_upper S -> __r.
  __utah_case_map "$1" upper
}

__fn_upper() {
  s=$1
  if [ "$s" = 'undefined' ] || [ "$s" = 'null' ]; then
    __err="Cannot read properties of ${s#} (reading 'toUpperCase')"
    return 1
  fi
  __utah_upper "$s"
  return 0
}

upper() {
  __utah_save s
  __fn_upper "$@"
  set -- "$?"
  __utah_restore s
  return "$1"
}

__fn_safe() {
  unset __t2 e_4
  __t2=0
  while :; do
    upper 'undefined' || { __t2=1; break; }
    __r=$__r
    return 0
  done
  if [ "$((__t2 == 1))" -ne 0 ]; then
    __t2=0
    e_4=$__err
    __r="caught: $e_4"
    return 0
  fi
}

safe() {
  __utah_save __t2 e_4
  __fn_safe "$@"
  set -- "$?"
  __utah_restore e_4 __t2
  return "$1"
}

__utah_aclear xs
__utah_apush xs 'a,b'
m="${xs__3-undefined}"
__t3=0
while :; do
  if [ "$m" = 'undefined' ] || [ "$m" = 'null' ]; then
    __err="Cannot read properties of ${m#} (reading 'trim')"
    __t3=1
    break
  fi
  __utah_trim "$m"
  __t4=$__r
  printf '%s\n' "$__t4"
  break
done
if [ "$((__t3 == 1))" -ne 0 ]; then
  __t3=0
  e=$__err
  printf '%s\n' "$e"
fi
safe
__t5=$__r
__t6=$__t5
upper x || __utah_uncaught
__t7=$__r
printf '%s\n' "$__t6 $__t7"
n='null'
__t8=0
while :; do
  if [ "$n" = 'undefined' ] || [ "$n" = 'null' ]; then
    __err="Cannot read properties of ${n#} (reading 'toFixed')"
    __t8=1
    break
  fi
  __utah_to_fixed "$n" 2 || { __t8=1; break; }
  __t9=$__r
  printf '%s\n' "$__t9"
  break
done
if [ "$((__t8 == 1))" -ne 0 ]; then
  __t8=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
__t10=0
while :; do
  __t11="${xs__5-undefined}"
  if [ "$__t11" = 'undefined' ] || [ "$__t11" = 'null' ]; then
    __err="Cannot read properties of ${__t11#} (reading 'startsWith')"
    __t10=1
    break
  fi
  if __utah_str_starts_with "$__t11" a; then
    printf '%s\n' 'not reached'
  fi
  break
done
if [ "$((__t10 == 1))" -ne 0 ]; then
  __t10=0
  e_3=$__err
  printf '%s\n' "$e_3"
fi
__t12="${xs__0-undefined}"
if [ "$__t12" = 'undefined' ] || [ "$__t12" = 'null' ]; then
  __err="Cannot read properties of ${__t12#} (reading 'split')"
  __utah_uncaught
fi
__utah_split "$__t12" ','
__utah_aclear __t13
__utah_acopy __t13 __ra 0
__t14=$m
if [ "$__t14" = 'undefined' ] || [ "$__t14" = 'null' ]; then
  __t15='undefined'
else
  __utah_trim "$__t14"
  __t15=$__r
fi
__t17=$m
if [ "$__t17" = 'undefined' ] || [ "$__t17" = 'null' ]; then
  __t18='undefined'
else
  __utah_trim "$__t17"
  __t19=$__r
  __t18=$((${#__t19}))
fi
printf '%s\n' "$((__t13__n)) ${__t15#} ${__t18#}"
__t20='undefined'
if [ "$((xs__n > 0))" -ne 0 ]; then
  eval "__e1=\${xs__$((xs__n - 1))}"
  __t20=$__e1
  __utah_apop xs
fi
if [ "$__t20" = 'undefined' ] || [ "$__t20" = 'null' ]; then
  __err="Cannot read properties of ${__t20#} (reading 'toUpperCase')"
  __utah_uncaught
fi
__utah_upper "$__t20"
__t21=$__r
printf '%s\n' "$__t21"
__t22='undefined'
if [ "$((xs__n > 0))" -ne 0 ]; then
  eval "__e1=\${xs__$((xs__n - 1))}"
  __t22=$__e1
  __utah_apop xs
fi
if [ "$__t22" = 'undefined' ] || [ "$__t22" = 'null' ]; then
  __err="Cannot read properties of ${__t22#} (reading 'toUpperCase')"
  __utah_uncaught
fi
__utah_upper "$__t22"
__t23=$__r
printf '%s\n' "$__t23"
printf '%s\n' 'not reached'
