"""Imported by a cluster worker's fork server (workers.WARM_PRELOAD) and nowhere else: what most
extractions need and is slow to load is loaded there once, and each process forked from it starts
with it. Reading the language model takes 0.4 s, which every task paid again (a task reads its
few files in a fresh process)."""

from .language import full_model

full_model()
