# Driver of basic_background.shx. Every task is `sleep 5 && echo ...`: the `sleep` found
# first on PATH marks its arrival in ./met and waits (at most 20 s) until all four tasks
# have arrived before sleeping, so the run only succeeds when the four run at once.
prog=$1
mkdir bin met
cat >bin/sleep <<'SLEEP'
#!/bin/sh
: >"met/$$"
i=0
while [ "$(ls met | wc -l)" -lt 4 ]; do
    i=$((i + 1))
    [ "$i" -gt 200 ] && { echo "sleep $$ waited alone" >>met.timeout; break; }
    /bin/sleep 0.1
done
exec /bin/sleep "$@"
SLEEP
chmod +x bin/sleep
PATH="$PWD/bin:$PATH" $SHX_SHELL "$prog" >out 2>err
echo "status $?"
sed -E 's/PID: [0-9]+/PID: N/' out
for f in file1 file2 file3 file4; do
    echo "$f.txt.result: $(cat "$f.txt.result")"
done
echo "$(sed -n 's/.*started with PID: //p' out | sort -u | wc -l | tr -d ' ') different PIDs"
[ -f met.timeout ] && echo "the 4 sleeps met: no" || echo "the 4 sleeps met: yes"
cat err >&2
