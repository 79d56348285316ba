# Driver of process_pool.shx and process_pool_fixed.shx: 8 tasks (3 failing) with
# --max-workers 3. Each task runs under bin/track, which records that it ran and how many
# tasks were running when it started; t1-t3 wait (at most 20 s) until all three run at once.
prog=$1
shift
mkdir bin running met
cat >bin/track <<'TRACK'
#!/bin/sh
# track NAME CMD...: runs CMD as task NAME, recording the tasks running beside it
name=$1
shift
: >"running/$name"
echo "$name $(ls running | wc -l)" >>started.log
"$@"
status=$?
rm -f "running/$name"
exit "$status"
TRACK
cat >bin/meet <<'MEET'
#!/bin/sh
# meet N: waits until N tasks have called meet
: >"met/$$"
i=0
while [ "$(ls met | wc -l)" -lt "$1" ]; do
    i=$((i + 1))
    [ "$i" -gt 200 ] && { echo "meet $$ waited alone" >>met.timeout; exit 1; }
    sleep 0.1
done
MEET
chmod +x bin/track bin/meet
cat >tasks.txt <<'TASKS'
track t1 sh -c 'meet 3 && echo output of t1'
track t2 sh -c 'meet 3 && echo output of t2'
   track t3 sh -c 'meet 3 && echo output of t3'

track t4 sh -c 'echo output of t4; exit 3'
track t5 echo output of t5
track t6 sh -c 'echo output of t6 >&2; false'

track t7 echo output of t7
track t8 sh -c 'echo output of t8; exit 2'
TASKS
PATH="$PWD/bin:$PATH" $SHX_SHELL "$prog" --task-file tasks.txt --max-workers 3 "$@" >out 2>err
echo "status $?"
grep -e '^Processing' -e 'Process pool completed' out
echo "started workers: $(grep -c 'Started worker' out)"
echo "first three workers:" $(sed -n 's/.*Started worker \(task-[0-9]*\) .*/\1/p' out | head -n 3)
echo "workers reported failed: $(grep -c 'failed in' out)"
sed -n 's/.*failed in [0-9]*s (exit code: \([0-9]*\)).*/failed with exit code \1/p' out | sort
echo "tasks run:" $(cut -d' ' -f1 started.log | sort)
echo "most tasks running at once: $(cut -d' ' -f2 started.log | sort -n | tail -n 1)"
[ -f met.timeout ] && echo "t1-t3 ran at once: no" || echo "t1-t3 ran at once: yes"
own=yes
for t in t1 t2 t3 t4 t5 t6 t7 t8; do
    [ "$(grep -l -x "output of $t" logs/*.log | wc -l)" -eq 1 ] || own=no
done
for log in logs/*.log; do
    [ "$(grep -c -x 'output of t[0-9]' "$log")" -eq 1 ] || own=no
done
echo "each task's output in a log of its own: $own"
cat err >&2
