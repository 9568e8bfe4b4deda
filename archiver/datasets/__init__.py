"""Datasets for study: selecting records, exporting them with manifests, stats, timelines."""
