#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  local -n __ua_in=$1
  local __ua_e
  for __ua_e in "${__ua_in[@]}"; do
    if [[ $__ua_e == "$2" ]]; then return 0; fi
  done
  return 1
}

xs=('a b' '*' c)
if __utah_array_includes xs a; then
  __t1=true
else
  __t1=false
fi
if __utah_array_includes xs 'a b'; then
  __t2=true
else
  __t2=false
fi
if __utah_array_includes xs '*'; then
  __t3=true
else
  __t3=false
fi
if __utah_array_includes xs '?'; then
  __t4=true
else
  __t4=false
fi
if __utah_array_includes xs c; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5"
if __utah_array_includes xs b; then
  __t6=true
else
  __t6=false
fi
if __utah_array_includes xs '*'; then
  __t7=true
else
  __t7=false
fi
__t8=(x)
if __utah_array_includes __t8 ''; then
  __t9=true
else
  __t9=false
fi
__t10=('')
if __utah_array_includes __t10 ''; then
  __t11=true
else
  __t11=false
fi
printf '%s\n' "$__t6 $__t7 $__t9 $__t11"
