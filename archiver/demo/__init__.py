"""Sample portals: hand-written Vietnamese articles rendered in the markup of real portal families,
served from 127.0.0.1 for the demo, the tests and the benchmarks."""
