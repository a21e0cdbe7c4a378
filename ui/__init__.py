"""Streamlit helpers shared by the pages (core/ stays free of Streamlit)."""
