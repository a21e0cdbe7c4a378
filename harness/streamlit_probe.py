"""`python harness/streamlit_probe.py run app.py ...`: Streamlit's own command line, plus a window into the
server for tests and benches: on SIGUSR1 it writes to $FIRST_CONTACT_PROBE_FILE (JSON) how many
sessions the runtime knows (connected, and kept for reconnection), how many AppSession objects are
still alive after a garbage collection (a closed session that is never freed stays counted), how many
media files (images) it holds, and its thread count.

Resident memory alone cannot show a session leak here: a session of this app holds well under 1 MB,
within the allocator's noise on a 250 MB process; counting the objects can.
"""

import gc
import json
import os
import signal
import sys
import threading
from pathlib import Path


def _report(*_):
    from streamlit.runtime import Runtime
    from streamlit.runtime.app_session import AppSession

    gc.collect()
    report = {"alive_app_sessions": sum(isinstance(o, AppSession) for o in gc.get_objects()),
              "threads": threading.active_count()}
    if Runtime.exists():
        runtime = Runtime.instance()
        manager = runtime._session_mgr
        report["connected_sessions"] = len(manager.list_active_sessions())
        report["known_sessions"] = len(manager.list_sessions())
        try:
            report["media_files"] = len(runtime.media_file_mgr._file_metadata)
        except AttributeError:  # a private detail of this Streamlit version
            pass
    target = Path(os.environ["FIRST_CONTACT_PROBE_FILE"])
    partial = target.with_suffix(".part")
    partial.write_text(json.dumps(report))
    partial.replace(target)


if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, _report)
    from streamlit.web.cli import main

    sys.argv[0] = "streamlit"
    sys.exit(main())
