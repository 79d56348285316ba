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

__utah_args_define() {
  # Why: args.define registers an option for the parser and the usage text.
  # Usage: __utah_args_define LONG SHORT DESC TYPE REQUIRED [DEFAULT].
  __uad_long=${1#--} __uad_type=string
  case $4 in
    number) __uad_type=number ;;
    boolean | bool | flag) __uad_type=boolean ;;
  esac
  __utah_apush __args_long "${__uad_long#-}"
  __utah_apush __args_short "${2#-}"
  __utah_apush __args_desc "$3"
  __utah_apush __args_type "$__uad_type"
  __utah_apush __args_req "$5"
  if [ $# -gt 5 ]; then
    __utah_apush __args_def "$6"
    __utah_apush __args_hasdef 1
  else
    __utah_apush __args_def ''
    __utah_apush __args_hasdef ''
  fi
  __args_parsed=''
}

__utah_args_find() {
  # Why: map a name to its definition: `--long`, `-s`, or either without dashes.
  # Usage: __utah_args_find NAME [exact] -> __r (index), status 1 when none.
  # With `exact` only the command-line spellings `--long` and `-s` match.
  __uaf_i=0
  while [ "$__uaf_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uaf_l=\${__args_long__$__uaf_i} __uaf_s=\${__args_short__$__uaf_i}"
    if [ "$1" = "--$__uaf_l" ] || { [ -n "$__uaf_s" ] && [ "$1" = "-$__uaf_s" ]; }; then
      __r=$__uaf_i
      return 0
    fi
    if [ -z "${2-}" ] && { [ "${1#--}" = "$__uaf_l" ] || { [ -n "$__uaf_s" ] && [ "${1#-}" = "$__uaf_s" ]; }; }; then
      __r=$__uaf_i
      return 0
    fi
    __uaf_i=$((__uaf_i + 1))
  done
  return 1
}

__utah_args_line() {
  # Why: one usage line, the option padded to WIDTH (POSIX printf has no %*s).
  # Usage: __utah_args_line WIDTH OPTION TEXT -> the line on stdout.
  __ual_x=$2
  while [ "${#__ual_x}" -lt "$1" ]; do __ual_x="$__ual_x "; done
  printf '  %s  %s\n' "$__ual_x" "$3"
}

__utah_args_usage() {
  # Why: --help and option errors show a usage built from the definitions and
  # script.description.
  # Usage: __utah_args_usage -> the text on stdout.
  __uau_w=10
  printf 'Usage: %s [options]\n' "${0##*/}"
  if [ -n "${__script_description-}" ]; then
    printf '\n%s\n' "$__script_description"
  fi
  __uau_i=0
  while [ "$__uau_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uau_s=\${__args_short__$__uau_i} __uau_l=\${__args_long__$__uau_i} __uau_t=\${__args_type__$__uau_i}"
    if [ -n "$__uau_s" ]; then __uau_x="-$__uau_s, "; else __uau_x='    '; fi
    __uau_x=$__uau_x--$__uau_l
    if [ "$__uau_t" != boolean ]; then
      __uau_x="$__uau_x <$__uau_t>"
    fi
    eval "__uau_left__$__uau_i=\$__uau_x"
    if [ "${#__uau_x}" -gt "$__uau_w" ]; then __uau_w=${#__uau_x}; fi
    __uau_i=$((__uau_i + 1))
  done
  printf '\nOptions:\n'
  __uau_i=0
  while [ "$__uau_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uau_x=\${__uau_left__$__uau_i} __uau_r=\${__args_req__$__uau_i} __uau_h=\${__args_hasdef__$__uau_i}"
    __uau_note=
    if [ "$__uau_r" = true ]; then
      __uau_note=' (required)'
    elif [ -n "$__uau_h" ]; then
      eval "__uau_note=\" (default: \${__args_def__$__uau_i})\""
    fi
    eval "__uau_d=\${__args_desc__$__uau_i}"
    __utah_args_line "$__uau_w" "$__uau_x" "$__uau_d$__uau_note"
    __uau_i=$((__uau_i + 1))
  done
  __utah_args_line "$__uau_w" '-h, --help' 'Show this help and exit'
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

__utah_args_parse() {
  # Why: the script's arguments are checked against the definitions once, when a
  # value is first asked for (all defines have run by then).
  # Usage: __utah_args_parse -> fills __args_val__K __args_given__K __args_pos, or exits.
  [ -n "${__args_parsed-}" ] && return 0
  __args_parsed=1
  __uapr_k=0 __uapr_w=' 	
'
  while [ "$__uapr_k" -lt "${__args_long__n:-0}" ]; do
    unset "__args_val__$__uapr_k" "__args_given__$__uapr_k"
    __uapr_k=$((__uapr_k + 1))
  done
  __utah_aclear __args_pos
  __uapr_i=0
  while [ "$__uapr_i" -lt "${__args_argv__n:-0}" ]; do
    eval "__uapr_a=\${__args_argv__$__uapr_i}"
    __uapr_i=$((__uapr_i + 1))
    if [ "$__uapr_a" = -- ]; then
      __utah_acopy __args_pos __args_argv "$__uapr_i"
      break
    fi
    case $__uapr_a in
      '' | - | [!-]* | -[0123456789.]*)
        __utah_apush __args_pos "$__uapr_a"
        continue
        ;;
    esac
    __uapr_n=$__uapr_a __uapr_v='' __uapr_has=''
    case $__uapr_a in
      *=*) __uapr_n=${__uapr_a%%=*} __uapr_v=${__uapr_a#*=} __uapr_has=1 ;;
    esac
    if ! __utah_args_find "$__uapr_n" exact; then
      if [ "$__uapr_n" = --help ] || [ "$__uapr_n" = -h ]; then
        __utah_args_usage
        exit 0
      fi
      __uapr_rest=${__uapr_a#??}
      __uapr_two=${__uapr_a%"$__uapr_rest"}
      __uapr_ok=
      case $__uapr_n in
        --* | ? | ??) ;;
        *)
          if __utah_args_find "$__uapr_two" exact; then
            eval "__uapr_t=\${__args_type__$__r}"
            [ "$__uapr_t" = boolean ] || __uapr_ok=1
          fi
          ;;
      esac
      if [ -z "$__uapr_ok" ]; then
        __utah_args_fail "unknown option $__uapr_n"
      fi
      __uapr_v=$__uapr_rest __uapr_has=1 __uapr_n=$__uapr_two
    fi
    __uapr_k=$__r
    eval "__uapr_t=\${__args_type__$__uapr_k}"
    if [ "$__uapr_t" = boolean ]; then
      [ -n "$__uapr_has" ] || __uapr_v=true
      case $__uapr_v in
        true | false) ;;
        *) __utah_args_fail "option $__uapr_n is a flag (true or false), got '$__uapr_v'" ;;
      esac
    elif [ -z "$__uapr_has" ]; then
      [ "$__uapr_i" -lt "${__args_argv__n:-0}" ] || __utah_args_fail "option $__uapr_n needs a value"
      eval "__uapr_v=\${__args_argv__$__uapr_i}"
      __uapr_i=$((__uapr_i + 1))
    fi
    if [ "$__uapr_t" = number ]; then
      __utah_to_number "$__uapr_v"
      case $__uapr_v in
        *[!$__uapr_w]*) [ "$__r" != NaN ] ;;
        *) false ;;
      esac || __utah_args_fail "option $__uapr_n expects a number, got '$__uapr_v'"
      __uapr_v=$__r
    fi
    eval "__args_val__$__uapr_k=\$__uapr_v __args_given__$__uapr_k=1"
  done
  __uapr_k=0
  while [ "$__uapr_k" -lt "${__args_long__n:-0}" ]; do
    eval "__uapr_r=\${__args_req__$__uapr_k} __uapr_g=\${__args_given__$__uapr_k-} __uapr_h=\${__args_hasdef__$__uapr_k}"
    if [ "$__uapr_r" = true ] && [ -z "$__uapr_g" ] && [ -z "$__uapr_h" ]; then
      eval "__utah_args_fail \"missing required option --\${__args_long__$__uapr_k}\""
    fi
    __uapr_k=$((__uapr_k + 1))
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
  eval "__uag_g=\${__args_given__$__r-} __uag_h=\${__args_hasdef__$__r} __uag_t=\${__args_type__$__r}"
  if [ -n "$__uag_g" ]; then
    eval "__r=\${__args_val__$__r}"
  elif [ -n "$__uag_h" ]; then
    eval "__r=\${__args_def__$__r}"
  elif [ "$__uag_t" = boolean ]; then
    __r=false
  else
    __r=''
  fi
}

__utah_args_number() {
  # Why: args.getNumber: the value as a number; NaN (falsy) when there is none.
  # Usage: __utah_args_number NAME -> __r; undefined NAME: __err, status 1.
  __utah_args_get "$1" || return 1
  if [ -z "$__r" ]; then __r=NaN; else __utah_to_number "$__r"; fi
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

__utah_json_number() {
  # Why: JSON has no NaN or Infinity; JSON.stringify writes them as null.
  # Usage: __utah_json_number N -> __r.
  case $1 in
    NaN | Infinity | -Infinity | '') __r=null ;;
    *) __r=$1 ;;
  esac
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

__utah_json_array() {
  # Why: an array value becomes JSON text (for console.log, object literals, json.*)
  # without starting jq.
  # Usage: __utah_json_array KIND NAME -> __r; KIND: string number boolean json.
  # A null or undefined element (its marked text) is JSON null, and so is NaN or an
  # infinity (JSON has neither), as JSON.stringify writes them.
  __uj_out=
  __uj_i=0
  eval "__uj_n=\${${2}__n:-0}"
  while [ "$__uj_i" -lt "$__uj_n" ]; do
    eval "__uj_x=\${${2}__$__uj_i}"
    case $1:$__uj_x in
      *:''null | *:''undefined) __r=null ;;
      json:NaN | json:Infinity | json:-Infinity) __r=null ;;  # (held by an `any`)
      string:*) __utah_json_quote "$__uj_x" ;;
      number:*) __utah_json_number "$__uj_x" ;;
      *) __r=$__uj_x ;;
    esac
    __uj_out=$__uj_out${__uj_out:+,}$__r
    __uj_i=$((__uj_i + 1))
  done
  __r=[$__uj_out]
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

__utah_fs_fail() {
  # Why: fs.* errors name the path and say why, as Node's messages do.
  # Usage: __utah_fs_fail VERB P [REASON] -> __err set, status 1. REASON is what the
  # tool said; when the path tells more (empty, missing, a directory) that is used.
  __uff_reason=${3:-permission denied}
  case $2 in
    */*) __uff_parent=${2%/*} ;;
    *) __uff_parent=. ;;
  esac
  case $1 in
    read* | write* | create*) __uff_k=${1%%[!a-z]*} ;;
    *) __uff_k= ;;
  esac
  if [ -z "$2" ]; then
    __uff_reason='empty path'
  elif [ "${1%% *}" = change ] && [ ! -e "$2" ]; then
    __uff_reason='no such file or directory'
  elif [ "$__uff_k" = read ] && [ ! -e "$2" ]; then
    __uff_reason='no such file or directory'
  elif [ "$__uff_k" != create ] && [ "$__uff_k" != '' ] && [ -d "$2" ]; then
    __uff_reason='is a directory'
  elif [ "$__uff_k" = create ] && [ -e "$2" ] && [ ! -d "$2" ]; then
    __uff_reason='a file of that name exists'
  elif [ "$__uff_k" != read ] && [ -n "$__uff_parent" ] && [ ! -d "$__uff_parent" ]; then
    __uff_reason='no such directory'
  fi
  __err="cannot $1 '$2': $__uff_reason"
  return 1
}

__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [ -d "$1" ] && return 0
  [ -n "$1" ] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
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

__utah_parse_int() {
  # Why: JS parseInt(s, radix): leading whitespace, sign, 0x prefix, digits up to
  # the first non-digit; pure shell below 2^53.
  # Usage: __utah_parse_int S [RADIX] -> __r (NaN when no digit).
  __upi_g='' __upi_R=10 __upi_x=1
  __utah_trim_start "$1"
  __upi_s=$__r
  case $__upi_s in -*) __upi_g=- __upi_s=${__upi_s#-} ;; +*) __upi_s=${__upi_s#+} ;; esac
  if [ $# -gt 1 ] && [ "${2%Infinity}" = "$2" ]; then
    __utah_to_int "$2"
    __upi_R=$__r
    if [ "$__uw" -gt 9 ]; then
      __upi_R=$(( (__upi_R % 4294967296 + 4294967296) % 4294967296 ))
      __upi_R=$(( __upi_R >= 2147483648 ? __upi_R - 4294967296 : __upi_R ))
    fi
    if [ "$__upi_R" -eq 0 ]; then
      __upi_R=10
    elif [ "$__upi_R" -lt 2 ] || [ "$__upi_R" -gt 36 ]; then
      __r=NaN
      return 0
    elif [ "$__upi_R" -ne 16 ]; then
      __upi_x=0
    fi
  fi
  case $__upi_x$__upi_s in 10[xX]*) __upi_s=${__upi_s#??} __upi_R=16 ;; esac
  __utah_qmarks "$__upi_R"
  __upi_d=0123456789abcdefghijklmnopqrstuvwxyz __upi_u=0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ
  __upi_d=${__upi_d%"${__upi_d#$__r}"}${__upi_u%"${__upi_u#$__r}"}
  __upi_s=${__upi_s%%[!$__upi_d]*}
  if [ -z "$__upi_s" ]; then __r=NaN; return 0; fi
  __utah_radix_value "$__upi_s" "$__upi_R"
  if [ -n "$__upi_g" ] && [ "$__r" != 0 ]; then __r=-$__r; fi
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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_write_file() {
  # Why: fs.writeFile/appendFile write exactly the text: no newline added.
  # Usage: __utah_write_file write|append P TEXT; failure: __err, status 1.
  if [ "$1" = append ]; then
    { printf '%s' "$3" >>"$2"; } 2>/dev/null && return 0
  else
    { printf '%s' "$3" >"$2"; } 2>/dev/null && return 0
  fi
  __utah_fs_fail "$1 file" "$2"
}

__fn_createWorkerScript() {
  unset workerScript_2
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

createWorkerScript() {
  __utah_save workerScript_2
  __fn_createWorkerScript "$@"
  set -- "$?"
  __utah_restore workerScript_2
  return "$1"
}

__fn_distributeFiles() {
  __utah_abind files_2 "$@"
  shift "$(($1 + 1))"
  numWorkers=$1
  shift
  unset i __t1 i_2 workerIndex workerQueue __t3 __t4 __t5
  __utah_aclear workerQueues_2
  __utah_aclear fileList_2
  __utah_aclear workerQueues_2
  i=0
  while __utah_num_cmp '<' "$i" "$numWorkers"; do
    __t1="{\"worker_id\":$((i + 1)),\"files\":[]}"
    __utah_apush workerQueues_2 "$__t1"
    i=$((i + 1))
  done
  i_2=$((0))
  while [ "$((i_2 < files_2__n))" -ne 0 ]; do
    __utah_arith % "$i_2" "$numWorkers"
    workerIndex=$__r
    eval "__e1=\${workerQueues_2__$((workerIndex < 0 ? 2147483647 : workerIndex))-undefined}"
    workerQueue=$__e1
    __utah_jq json.get "$workerQueue" '_get(["files"]) | _elems' -c || return 1
    __t3=$__r
    __utah_json_lines string "$__t3"
    __utah_aclear fileList_2
    __utah_acopy fileList_2 __ra 0
    eval "__e1=\${files_2__$((i_2))-undefined}"
    __utah_apush fileList_2 "$__e1"
    __utah_json_array string fileList_2
    __t4=$__r
    __utah_jq json.set "$workerQueue" '_set(["files"]; $v)' -c --argjson v "$__t4" || return 1
    __t5=$__r
    __utah_aset workerQueues_2 "$((workerIndex))" "$__t5"
    i_2=$((i_2 + 1))
  done
  __utah_aclear __ra
  __utah_acopy __ra workerQueues_2 0
  return 0
}

distributeFiles() {
  __utah_save numWorkers i __t1 i_2 workerIndex workerQueue __t3 __t4 __t5
  __utah_save_array files_2
  __utah_save_array workerQueues_2
  __utah_save_array fileList_2
  __fn_distributeFiles "$@"
  set -- "$?"
  __utah_restore_array fileList_2
  __utah_restore_array workerQueues_2
  __utah_restore_array files_2
  __utah_restore __t5 __t4 __t3 workerQueue workerIndex i_2 __t1 i numWorkers
  return "$1"
}

__utah_aclear __args_argv
__utah_apush __args_argv "$@"
__utah_aclear __args_long
__utah_aclear __args_short
__utah_aclear __args_type
__utah_aclear __args_desc
__utah_aclear __args_req
__utah_aclear __args_def
__utah_aclear __args_hasdef
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
if ! [ -e "$inputDir" ]; then
  printf '%s\n' "‚ùå Input directory not found: $inputDir"
  exit 1
fi
__utah_mkdir "$outputDir" || __utah_uncaught
__utah_split "$(find "$inputDir" -name "${pattern}" -type f)" '
'
__utah_aclear files
__utah_acopy files __ra 0
__utah_aclear validFiles
__utah_aclear __f1
__utah_acopy __f1 files 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "file=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __utah_trim "$file"
  __t10=$__r
  if [ -n "$__t10" ]; then
    __utah_trim "$file"
    __t11=$__r
    __utah_apush validFiles "$__t11"
  fi
done
if [ "$((validFiles__n == 0))" -ne 0 ]; then
  printf '%s\n' "‚ùå No files found matching pattern: $pattern"
  exit 1
fi
printf '%s\n' "Found $((validFiles__n)) files to process"
createWorkerScript || __utah_uncaught
workerScript=$__r
{ __e1=$validFiles__n; __utah_refs validFiles 0; __e2=$__uref; __e4=$workers; eval "distributeFiles \"\$__e1\" $__e2 \"\$__e4\""; } || __utah_uncaught
__utah_aclear workerQueues
__utah_acopy workerQueues __ra 0
__utah_aclear workerPids
__utah_aclear __f3
__utah_acopy __f3 workerQueues 0
__i4=0
while [ "$__i4" -lt "$__f3__n" ]; do
  eval "queue=\${__f3__$__i4}"
  __i4=$((__i4 + 1))
  __utah_jq json.get "$queue" '_get(["worker_id"])' -c || __utah_uncaught
  __t12=$__r
  __utah_json_scalar number "$__t12"
  workerId=$__r
  __utah_jq json.get "$queue" '_get(["files"]) | _elems' -c || __utah_uncaught
  __t14=$__r
  __utah_json_lines string "$__t14"
  __utah_aclear fileList
  __utah_acopy fileList __ra 0
  if [ "$((fileList__n > 0))" -ne 0 ]; then
    printf '%s\n' "Starting worker $workerId with $((fileList__n)) files"
    workerCommand=''
    __utah_aclear __f5
    __utah_acopy __f5 fileList 0
    __i6=0
    while [ "$__i6" -lt "$__f5__n" ]; do
      eval "file_2=\${__f5__$__i6}"
      __i6=$((__i6 + 1))
      workerCommand="$workerCommand./worker.sh \"$file_2\" \"$outputDir\" \"$workerId\"; "
    done
    __utah_spawn "$workerCommand"
    pid=$!
    __utah_trim "$pid"
    __t16=$__r
    if [ -n "$__t16" ]; then
      __utah_apush workerPids "$pid"
      printf '%s\n' "‚úÖ Worker $workerId started (PID: $pid)"
    else
      printf '%s\n' "‚ùå Failed to start worker $workerId"
    fi
  fi
done
printf '%s\n' "Monitoring $((workerPids__n)) workers..."
__utah_parse_int "$(date +%s)"
startTime=$__r
__utah_aclear __f7
__utah_acopy __f7 workerPids 0
__i8=0
while [ "$__i8" -lt "$__f7__n" ]; do
  eval "pid_2=\${__f7__$__i8}"
  __i8=$((__i8 + 1))
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
__utah_aclear processedFiles
__utah_acopy processedFiles __ra 0
processedCount=0
__utah_aclear __f9
__utah_acopy __f9 processedFiles 0
__i10=0
while [ "$__i10" -lt "$__f9__n" ]; do
  eval "file_3=\${__f9__$__i10}"
  __i10=$((__i10 + 1))
  __utah_trim "$file_3"
  __t20=$__r
  if [ -n "$__t20" ]; then
    processedCount=$((processedCount + 1))
  fi
done
printf '%s\n' "üéâ Parallel processing completed in $duration seconds"
printf '%s\n' "Files processed: $processedCount/$((validFiles__n))"
if [ "$((processedCount == validFiles__n))" -ne 0 ]; then
  printf '%s\n' '‚úÖ All files processed successfully'
else
  printf '%s\n' "‚ö†Ô∏è  $((validFiles__n - processedCount)) files failed to process"
fi
