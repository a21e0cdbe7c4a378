"""The class board page's pace (Streamlit-free). Its large layout for the projector follows the app-wide
presenter mode (ui/presenter.py), so the board has no settings of its own."""

SETTINGS = ()

REFRESH_SECONDS = 3  # the board redraws itself this often: fresh enough to watch, light for forty viewers
SNAPSHOT_SECONDS = 2  # one database read per class serves every viewer refreshing within this time
SWEEP_SECONDS = 60  # how often a server process deletes expired classes
