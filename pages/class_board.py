"""Chapter: the class board. A teacher opens a class, students join with its code, and every run they
train on the cat classifier, shallow network and deep network chapters lands on one shared board."""

import streamlit as st

from core.text import t
from ui.class_board import render
from ui.router import ensure_router

ensure_router()
st.title(t("class_board.title"))
render()
