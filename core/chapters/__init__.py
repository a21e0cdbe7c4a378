"""Each chapter's declared controls: `core/chapters/<slug>.py` defines SETTINGS, a tuple of Settings."""
