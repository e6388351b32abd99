"""Every output format of a checked derivation: text, Markdown, LaTeX, JSON, GitHub, JUnit."""
