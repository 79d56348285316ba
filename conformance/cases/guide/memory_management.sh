# Driver of memory_management.shx: stand-ins for free, uptime and nproc, then the program.
mkdir bin
cat >bin/free <<'FREE'
#!/bin/sh
echo "               total        used        free      shared  buff/cache   available"
echo "Mem:           16000        4000        9000         100        3000       11900"
echo "Swap:              0           0           0"
FREE
cat >bin/uptime <<'UPTIME'
#!/bin/sh
echo " 10:00:00 up 1 day,  2:03,  0 users,  load average: $(cat load), 0.40, 0.30"
UPTIME
printf '#!/bin/sh\necho 2\n' >bin/nproc
chmod +x bin/free bin/uptime bin/nproc
PATH="$PWD/bin:$PATH" $SHX_SHELL "$@"
