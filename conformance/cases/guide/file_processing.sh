# Driver of file_processing.shx: 7 input files (one in a sub-folder, one not matching the
# pattern) shared by 3 workers. Every worker runs `tr`; the `tr` first on PATH waits (at
# most 20 s) until three calls run at once, so the run only succeeds when the workers do.
prog=$1
mkdir bin met in in/sub
cat >bin/tr <<'TR'
#!/bin/sh
: >"met/$$"
i=0
while [ "$(ls met | wc -l)" -lt 3 ]; do
    i=$((i + 1))
    [ "$i" -gt 200 ] && { echo "tr $$ waited alone" >>met.timeout; break; }
    sleep 0.1
done
exec /usr/bin/tr "$@"
TR
chmod +x bin/tr
for n in 1 2 3 4 5; do
    printf 'line one of file %s\nline two\n' "$n" >"in/f$n.txt"
done
printf 'nested file\n' >in/sub/nested.txt
printf 'not a txt file\n' >in/skip.log
PATH="$PWD/bin:$PATH" $SHX_SHELL "$prog" --input-dir in --output-dir out --workers 3 >stdout 2>stderr
echo "status $?"
grep -e '^Found' -e '^Starting worker' -e '^Files processed' -e 'All files processed' stdout
for f in in/*.txt in/sub/*.txt; do
    name=$(basename "$f")
    if [ "$(tail -n +4 "out/processed_$name")" = "$(/usr/bin/tr '[:lower:]' '[:upper:]' <"$f")" ]; then
        echo "processed_$name: upper-cased, after $(head -n 3 "out/processed_$name" | grep -c '^# ') header lines"
    else
        echo "processed_$name: wrong"
    fi
done
echo "outputs: $(ls out | wc -l | tr -d ' ')"
[ -f met.timeout ] && echo "3 workers ran at once: no" || echo "3 workers ran at once: yes"
[ -e worker.sh ] && echo "worker.sh left behind" || echo "worker.sh removed"
cat stderr >&2
