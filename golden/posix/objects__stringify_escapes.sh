#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
o='{"q":"a\"b","bs":"c\\d","nl":"e\nf","tab":"g\th","u":"é日"}'
printf '%s\n' "$o"
