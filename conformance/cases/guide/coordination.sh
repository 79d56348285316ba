# Driver of file_coordination.shx: runs 3 instances of the compiled program ($1) at once
# against one sync dir with the shell under test ($SHX_SHELL), then checks what they did.
prog=$1
for id in 1 2 3; do
    $SHX_SHELL "$prog" --process-id "$id" --total-processes 3 --sync-dir ./sync \
        >"out.$id" 2>"err.$id" &
done
wait
total=0
for id in 1 2 3; do
    if grep -q "^Process $id completed coordination. Processed [0-9]* items.$" "out.$id"; then
        echo "process $id finished"
        n=$(sed -n "s/^Process $id completed coordination. Processed \([0-9]*\) items.$/\1/p" "out.$id")
        total=$((total + n))
    else
        echo "process $id did not finish; its output:"
        cat "out.$id" "err.$id"
    fi
done
echo "work items completed: $(grep -l '"status": "completed"' sync/work_item_*.json | wc -l | tr -d ' ')"
echo "items processed in total: $total"
if [ -f sync/final_results.json ]; then
    echo "final results written by one process"
fi
