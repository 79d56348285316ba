"""`script.*` support: ``__utah_command_failed STATUS TEXT`` — after a raw command
statement outside `try` failed: under `script.exitOnError()` an uncaught error
(``error: command failed with status N: TEXT``, exit 1), else the status is kept."""

COMMAND_FAILED = r"""
__utah_command_failed() {
  # Why: script.exitOnError() makes a failing raw command statement fatal;
  # continueOnError() (the default) keeps shell rules and the status in $?.
  # Usage: __utah_command_failed STATUS TEXT -> exits 1, or returns STATUS.
  if [[ -n ${__exit_on_error-} ]]; then
    __err="command failed with status $1: $2"
    __utah_uncaught
  fi
  return "$1"
}
"""

COMMAND_FAILED_POSIX = r"""
__utah_command_failed() {
  # Why: script.exitOnError() makes a failing raw command statement fatal;
  # continueOnError() (the default) keeps shell rules and the status in $?.
  # Usage: __utah_command_failed STATUS TEXT -> exits 1, or returns STATUS.
  if [ -n "${__exit_on_error-}" ]; then
    __err="command failed with status $1: $2"
    __utah_uncaught
  fi
  return "$1"
}
"""

DEFINITIONS = [(COMMAND_FAILED, COMMAND_FAILED_POSIX)]
