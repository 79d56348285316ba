#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

which() {
  local s_2=$1
  local __t1 __t2
  __t2=$s_2
  if [[ $__t2 == '*' ]]; then
    __t1=0
  elif [[ $__t2 == '?' ]]; then
    __t1=1
  elif [[ $__t2 == '[ab]' ]]; then
    __t1=2
  elif [[ $__t2 == 'a|b' ]]; then
    __t1=3
  elif [[ $__t2 == "$HOME" ]]; then
    __t1=4
  else
    __t1=5
  fi
  while :; do
    if ((__t1 <= 0)); then
      __r='star'
      return 0
    fi
    if ((__t1 <= 1)); then
      __r='question'
      return 0
    fi
    if ((__t1 <= 2)); then
      __r='brackets'
      return 0
    fi
    if ((__t1 <= 3)); then
      __r='pipe'
      return 0
    fi
    if ((__t1 <= 4)); then
      __r='dollar'
      return 0
    fi
    if ((__t1 <= 5)); then
      __r="default($s_2)"
      return 0
    fi
    break
  done
}

for s in '*' '?' '[ab]' a b x 'a|b' "$HOME" '' 'a b'; do
  which "$s"
  __t3=$__r
  printf '%s\n' "$__t3"
done
