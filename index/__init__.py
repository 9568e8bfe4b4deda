"""The Whoosh full-text index of the archive and the search over it."""
