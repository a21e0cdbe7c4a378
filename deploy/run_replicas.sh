#!/usr/bin/env bash
# One First Contact app process per core, on 127.0.0.1:8501, 8502, ... (the upstreams of deploy/nginx.conf).
#
#   deploy/run_replicas.sh            # as many processes as cores (nproc)
#   deploy/run_replicas.sh 4          # four
#   FIRST_CONTACT_BASE_PORT=9001 deploy/run_replicas.sh
#   FIRST_CONTACT_ADDRESS=0.0.0.0 deploy/run_replicas.sh   # reachable from other machines (containers)
#   PYTHON=/srv/first-contact/venv/bin/python deploy/run_replicas.sh
#
# The Python that runs Streamlit: $PYTHON if set, else the active virtual environment's
# ($VIRTUAL_ENV/bin/python), else python3 from the PATH. A virtual environment that is not activated
# must be named in PYTHON: python3 from the PATH would be a Python without Streamlit.
#
# Why one process per core: a Python process runs Python code on one core at a time (the GIL), and a
# lesson's work (drawing pages, training) is Python and numpy in that process. N processes use N cores.
# Each process keeps its own learners' sessions, so nginx must keep each browser on one (it does, by
# cookie). A process that exits is started again after 2 s; Ctrl-C or SIGTERM stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-$(nproc)}"
base_port="${FIRST_CONTACT_BASE_PORT:-8501}"
address="${FIRST_CONTACT_ADDRESS:-127.0.0.1}"
python="${PYTHON:-${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}}"
python="${python:-python3}"

# numpy's BLAS would start one thread per core in every process, and every session's training would
# then compete for all cores at once with the other processes: on a shared server that costs CPU in
# spinning threads and gains nothing (the app's matrices are small). One thread per process.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

run_one() {
  local port="$1" child=""
  # Stopped: stop the app process too, and wait until it has shut down.
  trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 0' TERM
  while true; do
    "$python" -m streamlit run app.py --server.address="$address" --server.port="$port" &
    child=$!
    wait "$child" || true
    echo "run_replicas: the app on port $port exited; starting it again in 2 s" >&2
    sleep 2 & wait $!
  done
}

replicas=()
stop_all() {
  trap - INT TERM
  kill -TERM "${replicas[@]}" 2>/dev/null || true
  wait
  exit 0
}
trap stop_all INT TERM

for ((i = 0; i < count; i++)); do
  run_one $((base_port + i)) &
  replicas+=($!)
done
echo "run_replicas: $count app processes ($python) on $address:$base_port..$((base_port + count - 1))" >&2
wait
