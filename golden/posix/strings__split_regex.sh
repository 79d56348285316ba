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

__utah_replace_re() {
  # Why: JS s.replace(/re/, rep) and the g flag: POSIX sh cannot match a regular
  # expression, so one awk does the whole replacement (values pass through the
  # environment, which awk does not unescape).
  # Usage: __utah_replace_re S ERE REPLACEMENT [g] -> __r.
  __r=$(__urr_s=$1 __urr_re=$2 __urr_rep=$3 __urr_g=${4-} awk 'BEGIN {
    s = ENVIRON["__urr_s"]; re = ENVIRON["__urr_re"]; rep = ENVIRON["__urr_rep"]
    out = ""; pre = ""; done = 0
    while (!done && match(s, re)) {
      b = substr(s, 1, RSTART - 1); m = substr(s, RSTART, RLENGTH); a = substr(s, RSTART + RLENGTH)
      r = ""; t = rep; i = index(t, "$")
      while (i > 0) {
        r = r substr(t, 1, i - 1); c = substr(t, i + 1, 1); t = substr(t, i + 2)
        if (c == "$") r = r "$"
        else if (c == "&") r = r m
        else if (c == "`") r = r pre b
        else if (c == "\047") r = r a
        else { r = r "$"; t = c t }
        i = index(t, "$")
      }
      out = out b r t; pre = pre b m; s = a
      if (RLENGTH == 0) {
        if (s == "") done = 1
        else { out = out substr(s, 1, 1); pre = pre substr(s, 1, 1); s = substr(s, 2) }
      }
      if (ENVIRON["__urr_g"] != "g") done = 1
    }
    printf "%s.", out s
  }')
  __r=${__r%.}
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

__utah_split_re() {
  # Why: JS s.split(/re/, limit) with the regex translated to ERE.  POSIX sh has
  # no regex matching, so one awk finds the matches (leftmost-longest, like the
  # bash version) and prints the pieces after a separator character that does not
  # occur in S; the shell splits that text.  Capture groups are not inserted on
  # this target (POSIX awk's match() does not report them).
  # Usage: __utah_split_re S ERE [LIMIT [NGROUPS]] -> __ra.
  __usr_n=4294967295 __usr_k=0
  if [ $# -gt 2 ]; then __utah_to_uint32 "$3"; __usr_n=$__r; fi
  __utah_ra_len 0
  if [ "$__usr_n" -eq 0 ]; then return 0; fi
  __usr_o=$(__usr_s=$1 __usr_re=$2 awk -v n="$__usr_n" 'BEGIN {
  s = ENVIRON["__usr_s"]; re = ENVIRON["__usr_re"]
  for (c = 31; c > 1; c--) if (index(s, sprintf("%c", c)) == 0) break
  d = sprintf("%c", c); printf "%s", d
  if (s == "") { if (!match(s, re)) printf "%s", d; exit }
  p = 0; q = 0; k = 0; z = length(s)
  while (q < z) {
    if (!match(substr(s, q + 1), re)) break
    i = q + RSTART - 1; e = i + RLENGTH
    if (i >= z) break
    if (e == p) { q = i + 1; continue }
    printf "%s%s", substr(s, p + 1, i - p), d
    if (++k >= n) exit
    p = e; q = e
    if (i == e) q = e + 1
  }
  printf "%s%s", substr(s, p + 1), d
}')
  __usr_d=${__usr_o#?}
  __usr_d=${__usr_o%"$__usr_d"}
  __usr_o=${__usr_o#?}
  while [ -n "$__usr_o" ]; do
    __usr_a=${__usr_o#*"$__usr_d"}
    __usr_t=${__usr_o%"$__usr_d$__usr_a"}
    eval "__ra__$__usr_k=\$__usr_t"
    __usr_o=$__usr_a __usr_k=$(( __usr_k + 1 ))
  done
  __utah_ra_len "$__usr_k"
}

text='one  two	three'
__utah_split_re "$text" '[[:space:]]+'
__utah_aclear words
__utah_acopy words __ra 0
__utah_join words '|'
__t1=$__r
printf '%s\n' "$((words__n)) $__t1"
csv='a,b,c,d'
__utah_split "$csv" ',' 2
__utah_aclear __t2
__utah_acopy __t2 __ra 0
__utah_join __t2 '|'
__t3=$__r
printf '%s\n' "$__t3"
__utah_split 'x
y
' '
'
__utah_aclear lines
__utah_acopy lines __ra 0
printf '%s\n' "$((lines__n))"
__utah_replace_re 2024-01-15 - / g
__t4=$__r
printf '%s\n' "$__t4"
__utah_replace_re Hello l+ L
__t5=$__r
printf '%s\n' "$__t5"
