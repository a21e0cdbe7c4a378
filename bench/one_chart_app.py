"""Baselines for bench/ui_latency.py: the smallest Streamlit app with one plotly chart and a slider that changes
it. Its fresh visit is what Streamlit's and plotly's JavaScript cost and nothing else; its slider change is what
Streamlit itself costs to redraw one chart (st.plotly_chart), the floor of a page whose slider changes a chart.
Not part of the app."""

import plotly.graph_objects as go
import streamlit as st

rate = st.slider("Learning rate", min_value=0.0, max_value=1.0, value=0.5, step=0.01, key="lr")
costs = [(1 - rate) ** step for step in range(4)]
st.plotly_chart(go.Figure(go.Scatter(x=[0, 1, 2, 3], y=costs, mode="lines+markers")),
                alt="A falling line of four points")
