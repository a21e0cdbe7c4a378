"""The baseline for bench/ui_latency.py: the smallest Streamlit app with a slider (what a rerun costs
with no work in it). Run by the bench beside the real app; not part of the app."""

import streamlit as st

rate = st.slider("Learning rate", min_value=0.0, max_value=1.0, value=0.5, step=0.01, key="lr")
st.write(f"α = {rate:.2f}")
