"""First Contact's pure core: math, data, training and figures. Never imports Streamlit."""
