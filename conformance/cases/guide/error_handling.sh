# Driver of error_handling.shx: runs it and names the PIDs it prints (the last child
# cleanupOrphanedProcesses finds is the command substitution running its pgrep).
$SHX_SHELL "$@" >out
status=$?
polite=$(sed -n 's/^polite=\([0-9]*\) .*/\1/p' out)
stubborn=$(sed -n 's/.* stubborn=\([0-9]*\)$/\1/p' out)
sed -E -e "s/\\b$polite\\b/POLITE/g" -e "s/\\b$stubborn\\b/STUBBORN/g" -e 's/: [0-9]+$/: N/' out
exit "$status"
