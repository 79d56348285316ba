# Driver of api_calls.shx: serves ./www with busybox httpd on 127.0.0.1 and asks the
# program for 6 URLs, 3 at a time: three CGI requests that wait (at most 20 s) until all
# three are being served at once, a static file, a 404 and a refused connection (port 1).
prog=$1
mkdir -p www/cgi-bin met
cat >www/cgi-bin/meet <<CGI
#!/bin/sh
: >"$PWD/met/\$\$"
i=0
while [ "\$(ls "$PWD/met" | wc -l)" -lt 3 ]; do
    i=\$((i + 1))
    [ "\$i" -gt 200 ] && { echo "request \$\$ waited alone" >>"$PWD/met.timeout"; break; }
    sleep 0.1
done
printf 'Content-Type: application/json\r\n\r\n{"request":"%s"}' "\$QUERY_STRING"
CGI
chmod +x www/cgi-bin/meet
printf '{"data": [1, 2, 3]}\n' >www/data.json
port=0
for try in 1 2 3 4 5; do
    candidate=$((20000 + ($$ * 7 + try * 1013) % 40000))
    busybox httpd -f -p "127.0.0.1:$candidate" -h www 2>>httpd.err &
    server=$!
    i=0
    while [ "$i" -lt 50 ] && kill -0 "$server" 2>/dev/null; do
        if curl -s -o /dev/null "http://127.0.0.1:$candidate/data.json"; then
            port=$candidate
            break 2
        fi
        i=$((i + 1))
        sleep 0.1
    done
    kill "$server" 2>/dev/null
done
[ "$port" = 0 ] && { echo "could not start busybox httpd"; cat httpd.err; exit 1; }
base="http://127.0.0.1:$port"
cat >urls.txt <<URLS
# three requests that must be served at once
$base/cgi-bin/meet?1
$base/cgi-bin/meet?2
   $base/cgi-bin/meet?3

$base/data.json
$base/missing.json
http://127.0.0.1:1/refused
URLS
$SHX_SHELL "$prog" --urls-file urls.txt --concurrency 3 --timeout 25 >out 2>err
echo "status $?"
kill "$server"
sed -E -e "s,$base,BASE,g" -e 's/\([0-9]+ms\)/(Nms)/' -e 's/(Average time: )[0-9]+/\1N/' out >out.n
# the requests of a batch end in any order
grep -v -E '\[[0-9]+\] ' out.n
echo "requests:"
grep -E '\[[0-9]+\] ' out.n | sort -t '[' -k 2 -n
echo "responses:"
for f in api-results/response-*.json; do
    jq -r '"\(.index) \(.url | sub("http://127.0.0.1:[0-9]+"; "")) \(.http_code) \(.success)" +
        " \(.time_total_ms | type) \(.body_file)"' "$f"
done | sort -n
echo "summary:"
jq -S -c '{total_requests, successful, failed, status_codes, average_time_ms: (.average_time_ms | type)}' \
    api-results/summary.json
echo "data.json body: $(cat api-results/response-3.json.body)"
[ -f met.timeout ] && echo "3 requests served at once: no" || echo "3 requests served at once: yes"
cat err >&2
