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

__utah_fs_change() {
  # Why: fs.chmod/chown/delete run COMMAND… P; a failure is a catchable error naming
  # the path and giving the tool's reason (the first line it wrote, less "TOOL: ").
  # Usage: __utah_fs_change VERB P COMMAND ARG...; failure: __err, status 1.
  __ufc_verb=$1 __ufc_p=$2 __ufc_nl='
'
  shift 2
  __ufc_said=$("$@" "$__ufc_p" 2>&1 >/dev/null) && return 0
  __ufc_rest=${__ufc_said#*"$__ufc_nl"}
  __ufc_said=${__ufc_said%"$__ufc_nl$__ufc_rest"}
  __utah_fs_fail "$__ufc_verb" "$__ufc_p" "${__ufc_said#"$1: "}"
}

__utah_delete() {
  # Why: fs.delete removes a file or a whole tree; a missing path is not an error.
  # Usage: __utah_delete P; failure: __err, status 1.
  [ -n "$1" ] || { __utah_fs_fail delete "$1"; return; }
  __utah_fs_change delete "$1" rm -rf -- || return 1
  [ ! -e "$1" ] && [ ! -L "$1" ] && return 0
  __utah_fs_fail delete "$1"
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

__utah_pad() {
  # Why: JS s.padStart / s.padEnd(len, fill): the fill repeats and is cut to fit.
  # Usage: __utah_pad start|end S LEN [FILL] -> __r (FILL defaults to one space).
  __upd_f=${4- }
  __utah_to_int "$3"
  __upd_n=$(( __r - ${#2} ))
  if [ "$__upd_n" -le 0 ] || [ -z "$__upd_f" ]; then __r=$2; return 0; fi
  while [ ${#__upd_f} -lt "$__upd_n" ]; do __upd_f=$__upd_f$__upd_f; done
  __utah_cut "$__upd_f" 0 "$__upd_n"
  if [ "$1" = start ]; then __r=$__r$2; else __r=$2$__r; fi
}

__utah_read_file() {
  # Why: fs.readFile reads the whole text in the script's shell (no cat), line by
  # line (POSIX read has no -d), keeping trailing newlines and a last line without one.
  # Usage: __utah_read_file P -> __r; missing/unreadable: __err, status 1.
  if [ -d "$1" ] || [ ! -r "$1" ] || ! { true <"$1"; } 2>/dev/null; then
    __utah_fs_fail 'read file' "$1"
    return 1
  fi
  __r=
  __urf_line=
  __urf_nl='
'
  while IFS= read -r __urf_line; do __r=$__r$__urf_line$__urf_nl; done <"$1"
  __r=$__r$__urf_line
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

__utah_replace() {
  # Why: JS s.replace(str, rep): first occurrence of literal text, JS $-patterns in
  # rep; built by concatenation, immune to glob characters.
  # Usage: __utah_replace S SEARCH REPLACEMENT -> __r.
  __urr_s=$1 __urr_m=$3
  __urr_a=${__urr_s#*"$2"}
  if [ -n "$2" ] && [ "$__urr_a" = "$1" ]; then __r=$1; return 0; fi
  __urr_b=${__urr_s%"$2$__urr_a"}
  case $__urr_m in *\$*) __utah_subst "$__urr_m" "$2" "$__urr_b" "$__urr_a"; __urr_m=$__r ;; esac
  __r=$__urr_b$__urr_m$__urr_a
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

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}

__utah_str_ends_with() {
  # Why: JS s.endsWith(p, end) as a status, with p matched literally.
  # Usage: __utah_str_ends_with S P [END] -> status 0 when true.
  __r=${#1}
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" 0 "$__r"
  case $__r in *"$2") return 0 ;; esac
  return 1
}

__utah_str_includes() {
  # Why: JS s.includes(sub, from) as a status, with sub matched literally.
  # Usage: __utah_str_includes S SUB [FROM] -> status 0 when found.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in *"$2"*) return 0 ;; esac
  return 1
}

__utah_str_index_of() {
  # Why: JS s.indexOf(sub, from) by parameter expansion (no grep, no awk).
  # Usage: __utah_str_index_of S SUB [FROM] -> __r (index, or -1).
  __usi_p=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; __usi_p=$__r; fi
  if [ -z "$2" ]; then __r=$__usi_p; return 0; fi
  __utah_cut "$1" "$__usi_p"
  __usi_t=${__r#*"$2"}
  if [ "$__usi_t" = "$__r" ]; then __r=-1; else __r=$(( __usi_p + ${#__r} - ${#__usi_t} - ${#2} )); fi
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

__utah_temp_folder() {
  # Why: fs.createTempFolder makes a fresh private directory (mktemp -d).
  # Usage: __utah_temp_folder [PREFIX [BASE]] -> __r; failure: __err, status 1.
  __utf_base=${2:-${TMPDIR:-/tmp}}
  __utf_base=${__utf_base%/}
  case $__utf_base in -*) __utf_base=./$__utf_base ;; esac
  if __r=$(mktemp -d "${__utf_base:-/}/${1:-utah}.XXXXXX" 2>/dev/null); then
    return 0
  fi
  __utah_fs_fail 'create a temporary folder in' "${__utf_base:-/}"
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

__utah_aclear xs
__utah_apush xs a
m="${xs__3-undefined}"
s='undefined-x'
if __utah_str_starts_with "$s" "${m#}"; then
  __t1=true
else
  __t1=false
fi
if __utah_str_includes "$s" "${xs__5-undefined}"; then
  __t2=true
else
  __t2=false
fi
__utah_str_index_of "$s" "${m#}"
__t3=$__r
if __utah_str_ends_with "$s" "${m#}"; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
__utah_replace a-b - "${xs__4-undefined}"
__t5=$__r
__utah_replace_all a-b - "${m#}"
__t6=$__r
if __utah_str_starts_with nullx null; then
  __t7=true
else
  __t7=false
fi
printf '%s\n' "$__t5 $__t6 $__t7"
__utah_aclear __t8
__utah_apush __t8 1 2
__t9="${xs__7-undefined}"
case "$__t9" in
  'undefined')
    __t10=','
    ;;
  *)
    __t10="${__t9#}"
    ;;
esac
__utah_join __t8 "$__t10"
__t11=$__r
__utah_aclear __t12
__utah_apush __t12 1 2
__utah_join __t12 null
__t13=$__r
case "$m" in
  'undefined')
    __t14=' '
    ;;
  *)
    __t14="${m#}"
    ;;
esac
__utah_pad start ab 4 "$__t14"
__t15=$__r
__utah_pad end ab 4 null
__t16=$__r
printf '%s\n' "$__t11 $__t13 $__t15 $__t16"
__utah_trim "${m#}"
__t17=$__r
__utah_upper null
__t18=$__r
printf '%s\n' "$__t17 $__t18"
__utah_temp_folder || __utah_uncaught
dir=$__r
p="$dir/out.txt"
__utah_write_file write "$p" "${xs__9-undefined}" || __utah_uncaught
__t20=$p
__t22='undefined'
if [ "$((xs__n > 0))" -ne 0 ]; then
  eval "__e1=\${xs__$((xs__n - 1))}"
  __t22=$__e1
  __utah_apop xs
fi
__t21=$__t22
if [ "$__t21" = 'undefined' ] || [ "$__t21" = 'null' ]; then
  __t21='!'
fi
__utah_write_file append "$__t20" "$__t21" || __utah_uncaught
__t23=$p
__t24='undefined'
if [ "$((xs__n > 0))" -ne 0 ]; then
  eval "__e1=\${xs__$((xs__n - 1))}"
  __t24=$__e1
  __utah_apop xs
fi
__utah_write_file append "$__t23" "${__t24#}" || __utah_uncaught
__utah_read_file "$p" || __utah_uncaught
__t25=$__r
__t26=$__t25
if [ -e "${m#}" ]; then
  __t27=true
else
  __t27=false
fi
printf '%s\n' "$__t26 $__t27"
__utah_delete "$dir" || __utah_uncaught
