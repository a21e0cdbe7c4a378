"""For bench/element_cost.py: a slider and K copies of one kind of element (KIND, from the environment) that
the slider's change sends again. Not part of the app."""

import os
import sys
from pathlib import Path

import numpy as np
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ui.small_table import small_table  # noqa: E402

COUNT, KIND = int(os.environ.get("K", "0")), os.environ.get("KIND", "markdown")
rate = st.slider("Learning rate", min_value=0.0, max_value=1.0, value=0.5, step=0.01, key="lr")
st.write(f"rate {rate}")
columns = {name: [f"{rate * row / 12:.3f}" for row in range(12)] for name in "abcdefg"}  # twelve rows of seven
for i in range(COUNT):
    if KIND == "markdown":
        st.markdown(f"Paragraph {i}: a sentence that moves with the slider, now at **{rate}**.")
    elif KIND == "st.table":
        st.table({name: np.array(cells, dtype=float) for name, cells in columns.items()})
    elif KIND == "st.dataframe":
        st.dataframe({name: np.array(cells, dtype=float) for name, cells in columns.items()}, hide_index=True,
                     height="content")
    elif KIND == "small_table":
        small_table(columns, right=tuple(columns))
    elif KIND == "expander":
        with st.expander(f"Panel {i}"):
            st.write("inside")
    elif KIND == "container":  # a markdown paragraph inside a container of its own: against "markdown", the block's cost
        with st.container():
            st.markdown(f"Paragraph {i}: a sentence that moves with the slider, now at **{rate}**.")
    elif KIND == "latex":
        st.latex(rf"w_{{{i}}} = w_0 - {rate} \cdot \frac{{\partial J}}{{\partial w}}")
