"""The class board page's controls and pace (Streamlit-free)."""

from core.settings import TOGGLE, Setting

PRESENTER = Setting("presenter", "board.presenter", TOGGLE, False, help="board.presenter_help")
SETTINGS = (PRESENTER,)

REFRESH_SECONDS = 3  # the board redraws itself this often: fresh enough to watch, light for forty viewers
SNAPSHOT_SECONDS = 2  # one database read per class serves every viewer refreshing within this time
SWEEP_SECONDS = 60  # how often a server process deletes expired classes
