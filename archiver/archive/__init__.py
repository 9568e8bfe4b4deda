"""Reading and writing the archive: the JSON Lines store, run records, WARC captures, history."""
