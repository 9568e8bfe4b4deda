"""Pure text functions for Vietnamese pages: normalisation, dates, bylines, boilerplate."""
