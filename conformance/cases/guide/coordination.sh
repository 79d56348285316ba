# Driver of file_coordination.shx and file_coordination_fixed.shx: runs 3 instances of the
# program against one sync dir at once. Once one has finished the others get 20 s more
# (the program's barriers poll every 2 s), then whatever still runs is reported and stopped.
# An instance that ended without finishing is reported with its status and last error.
prog=$1
shift
pids=
for id in 1 2 3; do
    $SHX_SHELL "$prog" --process-id "$id" --total-processes 3 --sync-dir ./sync "$@" \
        >"out.$id" 2>"err.$id" &
    pids="$pids $!"
done
grace=-1
while :; do
    running=0
    for pid in $pids; do
        kill -0 "$pid" 2>/dev/null && running=$((running + 1))
    done
    [ "$running" -eq 0 ] && break
    [ "$running" -lt 3 ] && [ "$grace" -lt 0 ] && grace=100
    [ "$grace" -eq 0 ] && break
    [ "$grace" -gt 0 ] && grace=$((grace - 1))
    sleep 0.2
done
id=0
for pid in $pids; do
    id=$((id + 1))
    if grep -q "^Process $id completed coordination. Processed [0-9]* items.$" "out.$id"; then
        echo "process $id finished"
    elif kill -0 "$pid" 2>/dev/null; then
        echo "process $id still running, last said: $(tail -n 1 "out.$id")"
    else
        wait "$pid"
        status=$?
        echo "process $id stopped with status $status: $(grep -v 'cannot overwrite existing file' "err.$id" | tail -n 1)"
    fi
done
for pid in $pids; do
    kill "$pid" 2>/dev/null
done
echo "distributing work: $(cat out.1 out.2 out.3 | grep -c 'is distributing work')"
echo "work items completed: $(grep -l '"status": "completed"' sync/work_item_*.json | wc -l | tr -d ' ')"
echo "claims:" $(cat out.1 out.2 out.3 | sed -n 's/.*claimed work item //p' | sort -n)
echo "locks left: $(ls sync | grep -c '\.lock$')"
if [ -f sync/final_results.json ]; then
    echo "final results: $(jq -c '[.process_results[].items_processed] | add' sync/final_results.json) items"
fi
cat err.1 err.2 err.3 >&2
