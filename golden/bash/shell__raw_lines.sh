#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
echo "first" > out.txt
echo "second" >> out.txt
cat out.txt | sort -r
test -f out.txt && echo "exists"
test -f none.txt || echo "missing"
printf '%s-%s\n' "$((3 + 4))" "$(echo sub)"
sh -c 'n=5; echo "shell var $n"'
