"""The fresh-visit baseline for bench/ui_latency.py: the smallest Streamlit app with one plotly chart (what a
first visit costs with Streamlit's and plotly's JavaScript and nothing else). Not part of the app."""

import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Scatter(x=[0, 1, 2, 3], y=[1.0, 0.6, 0.4, 0.3], mode="lines+markers")),
                alt="A falling line of four points")
