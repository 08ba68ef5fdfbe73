#!/usr/bin/env bash
# Client start-up benchmarks, under Xvfb, with the real product:
#   launch → login window mapped, and login (Return pressed) → workbench window mapped, on a given client store.
# usage: bench/launch.sh STORE_DIR [runs]
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
DATA="$1"; RUNS="${2:-5}"
PRODUCT="$HERE/releng/org.kefu.product/target/products/org.kefu.product/linux/gtk/x86_64/kefu"
export DISPLAY=:93
Xvfb $DISPLAY -screen 0 1440x900x24 >/dev/null 2>&1 & XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
now() { date +%s%N; }
wait_window() { # window name prefix, timeout s
  local end=$(( $(date +%s) + $2 )) w
  while [ "$(date +%s)" -lt $end ]; do
    for w in $(xdotool search --onlyvisible --name "Kefu" 2>/dev/null); do
      case "$(xdotool getwindowname "$w" 2>/dev/null)" in "$1"*) return 0 ;; esac
    done
    sleep 0.02
  done
  return 1
}
launch=(); login=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now)
  KEFU_DATA="$DATA" KEFU_SERVER=none KEFU_WORKSPACE="$(mktemp -d)" "$PRODUCT/kefu" >/tmp/kefu-bench-client.log 2>&1 &
  pid=$!
  wait_window "登录 Kefu 客服中台" 60 || { echo "login window did not appear"; kill $pid; exit 1; }
  t1=$(now); launch+=($(( (t1 - t0) / 1000000 )))
  # the store opens behind the dialog; wait until the login button is enabled, i.e. the hint text says so
  sleep 1.5
  xdotool type --delay 0 "admin"; xdotool key Tab; xdotool type --delay 0 "Kefu@2026"
  t2=$(now); xdotool key Return
  wait_window "Kefu 客服中台" 120 || { echo "workbench did not appear"; kill $pid; exit 1; }
  t3=$(now); login+=($(( (t3 - t2) / 1000000 )))
  kill $pid; wait $pid 2>/dev/null || true
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (%d runs)", a[1], a[int((NR+1)/2)], a[NR], NR}'; }
echo "launch → login window: $(stats "${launch[@]}")"
echo "login → workbench window: $(stats "${login[@]}")"
