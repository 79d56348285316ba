"""File-system helpers (`fs.*`).

Reading and writing text never starts a process: `read -r -d ''` reads a whole file
(every byte but NUL, which a shell variable cannot hold; trailing newlines kept, as
Node's readFileSync keeps them) and `printf '%s'` writes exactly the text. Commands
that must run (mkdir, rm, cp, mv, chmod, chown, find, mktemp) get `--` or a `./`
prefix, so a path that starts with `-` is never an option.

Calling conventions (failures set ``__err`` naming the path and return status 1):

* ``__utah_read_file P`` -> ``__r``
* ``__utah_write_file write|append P TEXT``
* ``__utah_mkdir P``, ``__utah_delete P``
* ``__utah_fs_change VERB P COMMAND ARG...`` (chmod/chown/rm: ``COMMAND ARG... P``)
* ``__utah_fs_fail VERB P [REASON]`` -> status 1, ``__err`` = ``cannot VERB 'P': REASON``
* ``__utah_dirname P``, ``__utah_basename P``, ``__utah_extension P`` -> ``__r`` (no process)
* ``__utah_path PART...`` -> ``__r`` (joined with single slashes, empty parts skipped)
* ``__utah_find DIR [PATTERN]`` -> ``__ra`` (paths of the files under DIR, NUL-safe)
* ``__utah_temp_folder [PREFIX [BASE]]`` -> ``__r``
"""

FS_FAIL = r"""
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
"""

READ_FILE = r"""
__utah_read_file() {
  # Why: fs.readFile reads the whole text in the script's shell (no cat), keeping
  # trailing newlines; NUL bytes, which no shell variable can hold, are dropped.
  # Usage: __utah_read_file P -> __r; missing/unreadable: __err, status 1.
  local __ur_chunk
  if [[ -d $1 || ! -r $1 ]] || ! { : <"$1"; } 2>/dev/null; then
    __utah_fs_fail 'read file' "$1"
    return 1
  fi
  __r=
  while IFS= read -r -d '' __ur_chunk; do __r+=$__ur_chunk; done <"$1"
  __r+=$__ur_chunk
}
"""

WRITE_FILE = r"""
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
"""

MKDIR = r"""
__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [[ -d $1 ]] && return 0
  [[ -n $1 ]] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
}
"""

DELETE = r"""
__utah_delete() {
  # Why: fs.delete removes a file or a whole tree; a missing path is not an error.
  # Usage: __utah_delete P; failure: __err, status 1.
  [[ -n $1 ]] || { __utah_fs_fail delete "$1"; return; }
  __utah_fs_change delete "$1" rm -rf -- || return 1
  [[ ! -e $1 && ! -L $1 ]] && return 0
  __utah_fs_fail delete "$1"
}
"""

CHANGE = r"""
__utah_fs_change() {
  # Why: fs.chmod/chown/delete run COMMAND… P; a failure is a catchable error naming
  # the path and giving the tool's reason (the first line it wrote, less "TOOL: ").
  # Usage: __utah_fs_change VERB P COMMAND ARG...; failure: __err, status 1.
  local __ufc_said
  __ufc_said=$("${@:3}" "$2" 2>&1 >/dev/null) && return 0
  __ufc_said=${__ufc_said%%$'\n'*}
  __utah_fs_fail "$1" "$2" "${__ufc_said#"$3: "}"
}
"""

DIRNAME = r"""
__utah_dirname() {
  # Why: fs.dirname as path.dirname / POSIX dirname, without a process.
  # Usage: __utah_dirname P -> __r.
  local __ud_p=$1
  while [[ $__ud_p == */ && $__ud_p != / ]]; do __ud_p=${__ud_p%/}; done
  if [[ $__ud_p != */* ]]; then
    __r=.
    return 0
  fi
  __ud_p=${__ud_p%/*}
  while [[ $__ud_p == */ ]]; do __ud_p=${__ud_p%/}; done
  __r=${__ud_p:-/}
}
"""

BASENAME = r"""
__utah_basename() {
  # Why: fs.filename as path.basename: the last component, trailing slashes ignored.
  # Usage: __utah_basename P -> __r.
  local __ub_p=$1
  while [[ $__ub_p == */ ]]; do __ub_p=${__ub_p%/}; done
  __r=${__ub_p##*/}
}
"""

EXTENSION = r"""
__utah_extension() {
  # Why: fs.extension as path.extname without the dot; a leading dot
  # (".bashrc") starts a name, not an extension.
  # Usage: __utah_extension P -> __r.
  local __ue_b
  __utah_basename "$1"
  __ue_b=$__r
  while [[ $__ue_b == .* ]]; do __ue_b=${__ue_b#.}; done
  if [[ $__ue_b == *.* ]]; then __r=${__ue_b##*.}; else __r=; fi
}
"""

PATH_JOIN = r"""
__utah_path() {
  # Why: fs.path joins parts with one slash between them; empty parts are skipped.
  # Usage: __utah_path PART... -> __r.
  local __up_out='' __up_x
  for __up_x in "$@"; do
    [[ -n $__up_x ]] || continue
    if [[ -z $__up_out ]]; then
      __up_out=$__up_x
    else
      while [[ $__up_out == */ ]]; do __up_out=${__up_out%/}; done
      while [[ $__up_x == /* ]]; do __up_x=${__up_x#/}; done
      __up_out+=/$__up_x
    fi
  done
  __r=$__up_out
}
"""

FIND = r"""
__utah_find() {
  # Why: fs.find lists the files under DIR (whose names match PATTERN, a shell
  # glob) one element each, whatever characters the names hold.
  # Usage: __utah_find DIR [PATTERN] -> __ra (sorted); a missing DIR gives none.
  local __uf_d=$1 __uf_x __uf_pre=''
  __ra=()
  [[ -d $__uf_d ]] || return 0
  [[ $__uf_d == -* ]] && __uf_pre=./
  while IFS= read -r -d '' __uf_x; do
    __ra+=("${__uf_x#"$__uf_pre"}")
  done < <(find "$__uf_pre$__uf_d" -type f -name "${2:-*}" -print0 2>/dev/null | sort -z)
}
"""

TEMP_FOLDER = r"""
__utah_temp_folder() {
  # Why: fs.createTempFolder makes a fresh private directory (mktemp -d).
  # Usage: __utah_temp_folder [PREFIX [BASE]] -> __r; failure: __err, status 1.
  local __ut_base=${2:-${TMPDIR:-/tmp}}
  __ut_base=${__ut_base%/}
  [[ $__ut_base == -* ]] && __ut_base=./$__ut_base
  if __r=$(mktemp -d "${__ut_base:-/}/${1:-utah}.XXXXXX" 2>/dev/null); then
    return 0
  fi
  __utah_fs_fail 'create a temporary folder in' "${__ut_base:-/}"
}
"""


# --------------------------------------------------------------- POSIX sh versions
# No locals in POSIX sh: helper variables are globals with a prefix of their own.

FS_FAIL_POSIX = r"""
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
"""

READ_FILE_POSIX = r"""
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
"""

WRITE_FILE_POSIX = r"""
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
"""

MKDIR_POSIX = r"""
__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [ -d "$1" ] && return 0
  [ -n "$1" ] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
}
"""

DELETE_POSIX = r"""
__utah_delete() {
  # Why: fs.delete removes a file or a whole tree; a missing path is not an error.
  # Usage: __utah_delete P; failure: __err, status 1.
  [ -n "$1" ] || { __utah_fs_fail delete "$1"; return; }
  __utah_fs_change delete "$1" rm -rf -- || return 1
  [ ! -e "$1" ] && [ ! -L "$1" ] && return 0
  __utah_fs_fail delete "$1"
}
"""

CHANGE_POSIX = r"""
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
"""

DIRNAME_POSIX = r"""
__utah_dirname() {
  # Why: fs.dirname as path.dirname / POSIX dirname, without a process.
  # Usage: __utah_dirname P -> __r.
  __udn_p=$1
  while [ "$__udn_p" != / ]; do
    case $__udn_p in
      */) __udn_p=${__udn_p%/} ;;
      *) break ;;
    esac
  done
  case $__udn_p in
    */*) __udn_p=${__udn_p%/*} ;;
    *) __r=.; return 0 ;;
  esac
  __utah_strip_slashes "$__udn_p"
  __r=${__r:-/}
}
"""

STRIP_SLASHES = r"""
__utah_strip_slashes() {
  # Why: trailing slashes of a path are cut in several fs.* helpers (POSIX sh has no
  # extglob, so one at a time).
  # Usage: __utah_strip_slashes P -> __r (P without its trailing slashes; "/" gives "").
  __r=$1
  while :; do
    case $__r in
      */) __r=${__r%/} ;;
      *) return 0 ;;
    esac
  done
}
"""

BASENAME_POSIX = r"""
__utah_basename() {
  # Why: fs.filename as path.basename: the last component, trailing slashes ignored.
  # Usage: __utah_basename P -> __r.
  __utah_strip_slashes "$1"
  __r=${__r##*/}
}
"""

EXTENSION_POSIX = r"""
__utah_extension() {
  # Why: fs.extension as path.extname without the dot; a leading dot
  # (".bashrc") starts a name, not an extension.
  # Usage: __utah_extension P -> __r.
  __utah_basename "$1"
  __uex_b=$__r
  while :; do
    case $__uex_b in
      .*) __uex_b=${__uex_b#.} ;;
      *) break ;;
    esac
  done
  case $__uex_b in
    *.*) __r=${__uex_b##*.} ;;
    *) __r= ;;
  esac
}
"""

PATH_JOIN_POSIX = r"""
__utah_path() {
  # Why: fs.path joins parts with one slash between them; empty parts are skipped.
  # Usage: __utah_path PART... -> __r.
  __upj_out=
  for __upj_x in "$@"; do
    [ -n "$__upj_x" ] || continue
    if [ -z "$__upj_out" ]; then
      __upj_out=$__upj_x
      continue
    fi
    __utah_strip_slashes "$__upj_out"
    __upj_out=$__r
    while :; do
      case $__upj_x in
        /*) __upj_x=${__upj_x#/} ;;
        *) break ;;
      esac
    done
    __upj_out=$__upj_out/$__upj_x
  done
  __r=$__upj_out
}
"""

FIND_POSIX = r"""
__utah_find() {
  # Why: fs.find lists the files under DIR (whose names match PATTERN, a shell
  # glob) one element each, whatever characters the names hold.  POSIX sh cannot
  # read NUL-separated names, so one awk per batch of names (given as arguments,
  # never parsed from text) writes each on one line, % as %p and newline as %n;
  # sort orders the lines and the loop here undoes the escapes.  (Names holding %
  # or a newline may sort a little differently from the bash build's sort -z.)
  # Usage: __utah_find DIR [PATTERN] -> __ra (sorted); a missing DIR gives none.
  __ufd_pre=
  __utah_aclear __ra
  [ -d "$1" ] || return 0
  case $1 in -*) __ufd_pre=./ ;; esac
  __ufd_nl='
'
  __ufd_list=$(find "$__ufd_pre$1" -type f -name "${2:-*}" -exec awk 'BEGIN {
    for (i = 1; i < ARGC; i++) { s = ARGV[i]; gsub(/%/, "%p", s); gsub(/\n/, "%n", s); print s }
  }' {} + 2>/dev/null | sort)
  while [ -n "$__ufd_list" ]; do
    __ufd_x=${__ufd_list%%[$__ufd_nl]*}
    __ufd_list=${__ufd_list#"$__ufd_x"}
    __ufd_list=${__ufd_list#"$__ufd_nl"}
    __ufd_out=
    while :; do
      case $__ufd_x in
        *%*) ;;
        *) break ;;
      esac
      __ufd_out=$__ufd_out${__ufd_x%%%*}
      __ufd_x=${__ufd_x#*%}
      case $__ufd_x in
        n*) __ufd_out=$__ufd_out$__ufd_nl ;;
        *) __ufd_out=$__ufd_out% ;;
      esac
      __ufd_x=${__ufd_x#?}
    done
    __ufd_out=$__ufd_out$__ufd_x
    __utah_apush __ra "${__ufd_out#"$__ufd_pre"}"
  done
}
"""

TEMP_FOLDER_POSIX = r"""
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
"""

DEFINITIONS = [(FS_FAIL, FS_FAIL_POSIX), (READ_FILE, READ_FILE_POSIX), (WRITE_FILE, WRITE_FILE_POSIX),
               (MKDIR, MKDIR_POSIX), (DELETE, DELETE_POSIX), (CHANGE, CHANGE_POSIX),
               (DIRNAME, DIRNAME_POSIX), (STRIP_SLASHES, STRIP_SLASHES), (BASENAME, BASENAME_POSIX),
               (EXTENSION, EXTENSION_POSIX), (PATH_JOIN, PATH_JOIN_POSIX), (FIND, FIND_POSIX),
               (TEMP_FOLDER, TEMP_FOLDER_POSIX)]
