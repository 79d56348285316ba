# Driver of resource_tracking.shx: runs it (no network: its ping fails) with a 2 s
# interval until its four background tasks, the longest `sleep 30`, have ended, then
# checks the monitoring data it wrote.
prog=$1
$SHX_SHELL "$prog" --monitor-interval 2 --output-file usage.json >out 2>err
echo "status $?"
grep -e '^Starting' -e '^Monitoring' -e '^Output' -e 'All monitored' out
jq -r '"valid JSON: \(type), \(length >= 2) more than one sample",
    "first sample watches tasks: \((.[0].processes | length) >= 1)",
    "last sample watches nothing: \(.[-1].processes == [])",
    "system metrics are numbers: \(all(.[].system[]; type == "number"))",
    "monitoring_duration grows: \(.[-1].monitoring_duration >= 28)"' usage.json
cat err >&2
