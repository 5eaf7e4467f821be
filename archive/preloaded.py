"""Imported by the extraction workers' fork server (workers.PRELOAD) and nowhere else: what every
extraction needs and is slow to load is loaded there once, and each worker forked from it starts
with it. Reading the language model takes 0.4 s, which a worker of a short run (a cluster's task
reads its few files in a fresh worker) paid again every time."""

from .language import full_model

full_model()
